"""Another source's toll of an act told before ("a charity gave a higher toll ... 23 people had
died when the strike took place") joins that act's quantities and attributions, and the act keeps
its own toll. Texts are invented."""

from __future__ import annotations

import pytest

import sitrep

ARTICLE = """DORVIK, June 3 (AP) - An airstrike hit the main hospital in Dorvik late on Sunday, \
killing at least 14 people, the health ministry said on Tuesday.

The governor said the surgical ward had been destroyed.

A medical charity that runs the children's ward gave a higher toll. Its coordinator, Mara Olsen, \
said that 21 people had died when the strike took place.
"""

WITHOUT_POINTER = ARTICLE.replace("when the strike took place", "in the city this year")


def strike_counts(text: str) -> tuple[float | None, list[float | None]]:
    found = sitrep.extract(text, published="2025-06-03")
    strike = next(e for e in found.events if e.type == "attack" and e.duplicate_of is None)
    return strike.killed, [found.quantities[i].value for i in strike.quantities]


def test_a_rival_toll_of_the_act_joins_its_quantities() -> None:
    killed, counts = strike_counts(ARTICLE)
    assert killed == 14
    assert 21 in counts


def test_a_count_that_does_not_point_back_at_the_act_stays_apart() -> None:
    _, counts = strike_counts(WITHOUT_POINTER)
    assert 21 not in counts


HOSPITAL = """DORVIK, June 3 (AP) - A missile strike hit a clinic in Dorvik on Sunday, killing 9 \
people, the governor said.

"""


@pytest.mark.parametrize(
    "aside",
    [
        "The strike was the worst in the town since 2019, when 40 people died in one night.",
        "Before this strike, 15 people had died in the province this year, the mayor said.",
    ],
)
def test_other_days_dead_told_beside_the_act_stay_apart(aside: str) -> None:
    found = sitrep.extract(HOSPITAL + aside, published="2025-06-03")
    strike = next(e for e in found.events if e.type == "attack" and e.duplicate_of is None)
    assert [found.quantities[i].value for i in strike.quantities] == [9]
