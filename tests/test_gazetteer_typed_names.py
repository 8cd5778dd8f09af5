"""A name with a unit's type word names the unit that bears it, not one whose short form it is."""

from __future__ import annotations

import pytest

from sitrep.gazetteer.build import NAME_ALTERNATE, NAME_DERIVED, NAME_MAIN
from sitrep.gazetteer.typed_names import without_echoed_typed_names

CITY_UNIT, OBLAST, TOWN = 1, 2, 3


@pytest.mark.parametrize(
    ("names", "dropped"),
    [
        # the oblast bears "Velgrad Oblast"; the city unit's derived echo of it goes
        ({("velgrad oblast", CITY_UNIT): NAME_DERIVED, ("velgrad oblast", OBLAST): NAME_ALTERNATE},
         {("velgrad oblast", CITY_UNIT)}),
        # a short form without a type word stays ("Velgrad" for the oblast as for the city)
        ({("velgrad", OBLAST): NAME_DERIVED, ("velgrad", CITY_UNIT): NAME_MAIN}, set()),
        # no unit bears the typed name: every derived reading stays
        ({("velgrad oblast", CITY_UNIT): NAME_DERIVED, ("velgrad oblast", OBLAST): NAME_DERIVED},
         set()),
        # a town bearing the typed name is no unit
        ({("velgrad region", CITY_UNIT): NAME_DERIVED, ("velgrad region", TOWN): NAME_MAIN},
         set()),
    ],
)  # fmt: skip
def test_a_derived_typed_name_yields_to_a_unit_bearing_it(names, dropped):
    kept = without_echoed_typed_names(names, NAME_DERIVED, {CITY_UNIT, OBLAST})
    assert set(names) - set(kept) == dropped


@pytest.mark.parametrize(
    ("written", "shown"),
    [("Moscow Oblast", "Moscow Oblast"), ("Kyiv Oblast", "Kyiv Oblast"),
     ("Tashkent Region", "Tashkent Region")],
)  # fmt: skip
def test_a_typed_name_reads_as_the_unit_bearing_it(gazetteer, written, shown):
    assert {e.name for e in gazetteer.lookup(written) if e.level == "ADM1"} == {shown}
