"""Soldiers captured in war are one kind of event whichever side took them (an arrest: CAMEO 173,
PLOVER COERCE), never ground taken; their nationality is the side they were taken from, and a
warring state reporting them is their captor. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2026-03-11"


def captures(text: str) -> list[tuple[str, str | None, str | None]]:
    events = sitrep.extract(text, published=PUBLISHED).events
    return [(e.type, e.actor, e.target) for e in events if e.type != "attack"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both directions are one type
        (
            "Moscow claimed on Monday to have captured 120 Ukrainian troops.",
            [("arrest", "Russia", "Ukraine")],
        ),
        (
            "Kyiv said its forces had captured 35 Russian soldiers near the river.",
            [("arrest", "Ukraine", "Russia")],
        ),
        (
            "The ministry said its units had taken 90 Ukrainian servicemen prisoner.",
            [("arrest", None, "Ukraine")],
        ),
        # a share of the soldiers: the people after "of" were taken, not ground
        (
            "Some of the freed Polish soldiers had been captured in the border region last year.",
            [("arrest", None, "Poland")],
        ),
        # the captives are the target; the warring state that reports them took them
        (
            "Ukraine's army said on Friday that up to 150 Russian soldiers had been captured "
            "during the offensive.",
            [("arrest", "Ukraine", "Russia")],
        ),
        # the side whose operation took them is the captor, not the captives' own
        (
            "Some of the freed Polish soldiers had been captured during Belarus's incursion "
            "into the border region.",
            [("arrest", "Belarus", "Poland")],
        ),
        (
            "Dozens of Russian soldiers were captured during a Russian assault on the village.",
            [("arrest", None, "Russia")],
        ),
        # a count of the captives is no new capture, nor a captor
        ("He said the number of Russian soldiers taken prisoner had risen to 64.", []),
        # people taken hostage are the target, not their own captors
        (
            "Two Dutch nurses taken hostage in central Mali last year were freed on Friday.",
            [("abduction", None, "Netherlands")],
        ),
        # unnamed armed men still abduct
        (
            "Gunmen seized two soldiers near the border on Friday.",
            [("abduction", "Unidentified Armed Group", None)],
        ),
        # ground is still ground
        (
            "Russian troops captured the town of Velykyi Dvir on Tuesday.",
            [("seize_territory", "Russia", None)],
        ),
    ],
)
def test_soldiers_captured_are_prisoners_of_war(text: str, expected: list) -> None:
    assert captures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the side's own soldiers, or a source that is no state: no captor told
        "Moscow said 40 Russian soldiers had been captured in the fighting.",
        "The Red Cross said 40 Russian soldiers had been captured in the fighting.",
        # a third state that relays the news is no party to the war: it took nobody
        "The United States said 200 North Korean soldiers had been captured near the border.",
        "Britain's defence ministry said 300 Russian soldiers had been captured near the river.",
    ],
)
def test_no_captor_without_a_reporting_enemy(text: str) -> None:
    assert [(t, a) for t, a, _ in captures(text) if t == "arrest"] == [("arrest", None)]


def test_a_state_fighting_elsewhere_in_the_story_reports_its_own_catch() -> None:
    """The reporting state's troops fight in another sentence: it is a party, so its captives'
    report names it as captor."""
    text = (
        "Polish troops pushed into the border region on Monday. Warsaw said 70 Belarusian "
        "soldiers had been captured."
    )
    assert ("arrest", "Poland", "Belarus") in captures(text)


def test_a_swap_of_captured_soldiers_stays_a_swap() -> None:
    """ "soldiers captured in the region" and "Ukrainians taken prisoner" only say who is
    swapped: the exchange is the news, not a new capture."""
    text = (
        "Kyiv and Moscow swapped 120 prisoners each, including soldiers captured in the border "
        "region. The 30 captured soldiers could be exchanged for Ukrainians taken prisoner "
        "near the river."
    )
    events = sitrep.extract(text, published=PUBLISHED).events
    assert {e.type for e in events} == {"other"}
