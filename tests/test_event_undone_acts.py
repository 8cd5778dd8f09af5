"""Acts a sentence says were not done ("did not negotiate", "without warning") and idioms
("when conditions permit") give no event; the same acts done, or refused with a modal, still
do. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"  # a Friday


def events_of(text: str) -> list[tuple[str, str | None, str]]:
    found = sitrep.extract(text, published=PUBLISHED).events
    return [(e.type, e.plover, e.modality) for e in found]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The freighter was stopped without warning, the operator said.",
        "Officials will reopen the airport when conditions permit.",
        "The ministry did not negotiate with the hijackers.",
        "We do not negotiate with smugglers, the minister said.",
        "The council was not considering confiscating the funds.",
        "Prices eased to 9.1 percent in January.",
    ],
)
def test_undone_acts_and_idioms_give_no_event(text: str) -> None:
    assert events_of(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry negotiated with the hijackers on Tuesday.",
            ("other", "CONSULT", "happened"),
        ),
        (  # a refusal: the modal makes it news, its act denied
            "The government will not negotiate with the hijackers, the minister said.",
            ("statement", "REJECT", "denied"),
        ),
        ("The junta lifted the curfew on Tuesday.", ("other", "CONCEDE", "happened")),
        ("Police confiscated the documents on Tuesday.", ("other", "COERCE", "happened")),
    ],
)
def test_acts_done_or_refused_still_count(text: str, expected: tuple[str, str, str]) -> None:
    assert events_of(text) == [expected]
