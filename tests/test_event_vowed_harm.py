"""A vow to harm someone is a threat (THREATEN); a vow to build, give or stop one's own fighting
stays a promise (AGREE), and a conditional ban stays a threat. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"  # a Friday


def codes(text: str) -> list[tuple[str, str | None]]:
    events = sitrep.extract(text, published=PUBLISHED).to_json()["events"]
    return [(e["type"], e["plover"]) for e in events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The smugglers vowed to execute the passengers.", [("statement", "THREATEN")]),
        ("The insurgents vowed to retaliate.", [("statement", "THREATEN")]),
        ("The clan pledged to wipe out the rival militia.", [("statement", "THREATEN")]),
        ("The junta promised to crush the rebels.", [("statement", "THREATEN")]),
        (
            "Valdor would ban exports of wheat if prices kept climbing, the minister warned.",
            [("statement", "THREATEN")],
        ),
        # no harm to anyone: the lexicon's promise stands
        ("The governor vowed to rebuild the clinic.", [("statement", "AGREE")]),
        ("The president vowed to eradicate malaria.", [("statement", "AGREE")]),
        ("The minister vowed to fight corruption.", [("statement", "AGREE")]),
        ("The general vowed to execute the plan.", [("statement", "AGREE")]),
        ("The rebels pledged to halt their raids.", [("statement", "AGREE")]),
        ("The donors pledged $7m to the relief fund.", [("aid", "AGREE")]),
    ],
)
def test_a_vow_is_a_threat_only_when_it_harms(text, expected):
    assert codes(text) == expected
