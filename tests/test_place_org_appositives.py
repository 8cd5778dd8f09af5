"""A name the gazetteer does not know, which an appositive calls a firm, a utility or an
agency, is that body and no unknown village. Invented names and sentences."""

from __future__ import annotations

import pytest

from sitrep.extract.places import extract_places


def _names(make_context, gazetteer, text: str) -> set[str]:
    return {p.text for p in extract_places(make_context(text), gazetteer)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        (
            "Engineers at Moldavex, the state-owned grid operator, restored power in Chisinau.",
            "Moldavex",
            "Chisinau",
        ),
        (
            "Savings at Norvanta, the country's biggest lender, fell after the raid on Tbilisi.",
            "Norvanta",
            "Tbilisi",
        ),
    ],
)
def test_a_name_an_appositive_calls_a_body_is_no_place(
    make_context, gazetteer, text, dropped, kept
):
    names = _names(make_context, gazetteer, text)
    assert dropped not in names and kept in names
