"""What happened to a counted group: a threatened killing is none yet, an execution of people is
a killing (`quantity_unrealised`), people crossing a border in flight are displaced
(`quantity_uprooted`)."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The bandits threatened to kill the last 14 hostages.", "detained"),
        ("The bandits vowed to kill 14 villagers.", "other"),
        ("The bandits killed 14 villagers.", "killed"),
        ("The junta executed seven prisoners at dawn.", "killed"),
        ("The bailiffs executed 30 eviction orders.", "other"),
        ("Nearly 12,000 people have crossed into Uganda, fleeing the shelling.", "displaced"),
        ("Some 8,000 villagers crossed the border into Malawi last week.", "displaced"),
        ("About 400 troops crossed into Lesotho on Monday.", "troops"),
    ],
)
def test_fate_of_the_counted_group(make_context, text: str, measure: str) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = extract_quantities(make_context(text))
    assert [q.measure for q in found] == [measure]
