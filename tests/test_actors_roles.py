"""One who commands or speaks for an armed side stands for that side: "the RSF commander" is the
RSF's act, as "RSF fighters" are. A role after no side's name gives nothing of its own."""

from __future__ import annotations

import pytest

from sitrep.extract.actors import normalize_actor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the RSF commander", "RSF"),
        ("the RSF's commander", "RSF"),
        ("a Hamas commander", "Hamas"),
        ("the M23 spokesman", "M23"),
        ("senior M23 officials", "M23"),
        ("a deputy RSF commander", "RSF"),
        ("a Free Syrian Army commander", "Free Syrian Army"),
        ("the Rapid Support Forces commander", "Rapid Support Forces"),
        ("an Arakan Army spokesman", "Arakan Army"),
        ("RSF commander Osman Idris", "RSF"),
        ("Chad's army spokesman", "Chad"),
        # a role after no armed side: as the bare words give
        ("the army's spokesman", normalize_actor("the army")),
        ("the rebel commander", None),
        ("the Defence Ministry spokesman", None),
        ("Former Army commander Tom Reed", None),
        ("the police chief", None),
        # one who no longer serves the side speaks for none
        ("a former RSF commander", None),
        ("a retired M23 commander", None),
        ("an ex-Hamas commander", None),
        ("the former Arakan Army spokesman", None),
    ],
)
def test_a_role_after_a_sides_name_gives_the_side(text, expected):
    assert normalize_actor(text) == expected
