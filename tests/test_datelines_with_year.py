"""A dateline is read whole whatever date it carries ("TALLINN, April 3, 2024 (Harbour Wire) -",
"RIGA, 3 April 2024 -"), so its capital never acts and the outlet in its credit is no place.
Invented datelines only."""

from __future__ import annotations

import pytest
import spacy

from sitrep.extract.datelines import DATELINE_PLACE, dateline_length, in_dateline_credit


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        (
            "TALLINN, April 3, 2024 (Harbour Wire) - Drones hit",
            "TALLINN, April 3, 2024 (Harbour Wire) - ",
        ),
        ("RIGA, 3 April 2024 - Drones hit", "RIGA, 3 April 2024 - "),
        ("RIGA, 3 April, 2024 - Drones hit", "RIGA, 3 April, 2024 - "),
        ("SAN JOSE, Oct. 9 (AP) — Police said", "SAN JOSE, Oct. 9 (AP) — "),
        ("TARTU, Estonia, Sept. 2, 2023 - Police said", "TARTU, Estonia, Sept. 2, 2023 - "),
        ("VILNIUS, Feb 7 (Lakeside Times) - Police said", "VILNIUS, Feb 7 (Lakeside Times) - "),
        ("VILNIUS (AP) — Police said", "VILNIUS (AP) — "),
        ("Vilnius, April 3, 2024 - Police said", ""),  # a sentence, not a place in capitals
        ("TALLINN, April 3, 2024 Police said", ""),  # no dash: no dateline
    ],
)
def test_a_dateline_is_read_with_its_year_and_credit(line: str, dateline: str) -> None:
    assert line[: dateline_length(line)] == dateline


@pytest.mark.parametrize(
    ("head", "opens"),
    [("TALLINN, ", True), ("notes\nTARTU, Estonia, ", True), ("Tallinn, ", False), ("", False)],
)
def test_the_place_before_a_filing_date_is_the_dateline_grammars(head: str, opens: bool) -> None:
    assert bool(DATELINE_PLACE.search(head)) is opens


def test_only_the_credits_words_are_in_the_credit() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("TALLINN, April 3, 2024 (Harbour Wire) - Drones hit a depot near Narva.")
    credit = [t.text for t in doc if in_dateline_credit(t)]
    assert credit == ["(", "Harbour", "Wire", ")"]


@pytest.mark.model
@pytest.mark.parametrize(
    "dateline",
    [
        "TALLINN, April 3, 2024 (Harbour Wire) - ",
        "TALLINN, 3 April 2024 - ",
        "TALLINN, April 3 (Harbour Wire) — ",
    ],
)
def test_a_dated_datelines_capital_is_no_actor(dateline: str) -> None:
    import sitrep

    text = dateline + "Latvian drones struck a fuel depot in Pskov overnight, the governor said."
    result = sitrep.extract(text, published="2024-04-04")
    assert next(p for p in result.places if p.text == "TALLINN").role == "location"
    attack = next(e for e in result.events if e.type == "attack")
    assert attack.actor == "Latvia"
