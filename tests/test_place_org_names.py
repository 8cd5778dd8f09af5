"""Place words inside an organisation's name are no places: an outlet ("told Harbour Desk"), a
force ("Africa Corps"), a firm in the possessive and an agency's acronym that spells a small
territory. Invented outlets, firms and sentences."""

from __future__ import annotations

import pytest

from sitrep.extract.places import extract_places


def _names(make_context, gazetteer, text: str) -> set[str]:
    return {p.text for p in extract_places(make_context(text), gazetteer)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        ("A clerk told Gulf Desk that nine people had died in Kassala.", "Gulf", "Kassala"),
        ("The Darfur Monitor said the road to Kassala was shut.", "Darfur", "Kassala"),
        ("Fighters of Russia's Africa Corps arrived in Mali on Monday.", "Africa", "Mali"),
        ("An IOM spokesperson in Geneva said 900 families had fled.", "IOM", "Geneva"),
        ("Data from Lloyd's List Intelligence showed ships waiting off Aden.", "Lloyd", "Aden"),
        ("The Institute for Peace Studies in Asia said Kassala was shelled.", "Asia", "Kassala"),
        ("Talks mediated by the Gulf state ended in Doha on Monday.", "Gulf", "Doha"),
        ("Gulf monarchies pledged aid to Kassala.", "Gulf", "Kassala"),
    ],
)
def test_a_place_word_of_an_organisations_name_is_no_place(
    make_context, gazetteer, text, dropped, kept
):
    names = _names(make_context, gazetteer, text)
    assert dropped not in names and kept in names


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("UAE officials met the envoy in Cairo on Monday.", "UAE"),
        ("Russia's Africa Corps replaced the contractors.", "Russia"),
        ("Tankers crossed the Gulf of Oman on Friday.", "Gulf of Oman"),
        ("The Red Cross office in Kabul said the road was shut.", "Kabul"),
        ("Aid agencies working in Africa said 900 families had fled.", "Africa"),
        ("Other Asia-Pacific nations like Malaysia joined the pact.", "Pacific"),
        ("The Council of Europe condemned the vote in Minsk.", "Europe"),
        ("The ship sailed from Kerala, the Times of India reported.", "India"),
        # an outlet's home town is counted as a toponym by GeoWebNews
        ("A clerk told the Harbourton Post about it, the Kassala Times said.", "Kassala"),
    ],
)
def test_places_beside_such_names_are_kept(make_context, gazetteer, text, kept):
    assert kept in _names(make_context, gazetteer, text)
