"""A toll told in the sentence after an act whose own account says nobody was hurt is another
source's, disputing it: the act does not take it. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep


def tolls(text: str) -> list[float | None]:
    events = sitrep.extract(text, published="2025-03-14").to_json()["events"]
    return [e["killed"] for e in events if e["duplicate_of"] is None]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A police officer said guards fired tear gas when protesters approached the gate in "
            "Hebron on Friday, but said nobody was hurt. Residents told Reuters that at least four "
            "people were killed.",
            [None],
        ),
        (
            "Soldiers opened fire on a crowd in Jenin on Tuesday, but no one was injured, the army "
            "said. Medics said two people were killed.",
            [None],
        ),
        (  # must not change: no denial of casualties
            "Soldiers opened fire on a crowd in Jenin on Tuesday, the army said. Residents said at "
            "least four people were killed.",
            [4.0],
        ),
    ],
)
def test_a_toll_does_not_go_to_an_act_told_as_harming_no_one(text, expected):
    assert tolls(text) == expected


@pytest.mark.model
def test_a_following_toll_lists_its_own_source_on_the_act() -> None:
    out = sitrep.extract(
        "Soldiers opened fire on a crowd in Jenin on Tuesday, the army said. Residents said at "
        "least four people were killed.",
        published="2025-03-14",
    ).to_json()
    (event,) = [e for e in out["events"] if e["duplicate_of"] is None]
    sources = {out["attributions"][i]["source"]["text"] for i in event["attributions"]}
    assert sources == {"the army", "Residents"}
