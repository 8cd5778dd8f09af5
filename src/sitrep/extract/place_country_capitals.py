"""A country named only to say whose capital is meant: "a market in the Somali capital",
"fighting in Sudan's capital". The word "capital" is then a place of its own, the country's
capital city (its PPLC in the gazetteer), and the events of the sentence happen there, not
somewhere in the country. When the phrase names the city too ("the Somali capital, Mogadishu")
the name is already a place and nothing is added. A bare "the capital" in a datelined report is
the capital of the dateline's country (`place_dateline_capitals`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.place_dateline_capitals import bare_capitals, dateline_place
from sitrep.extract.place_entries import entry_fields
from sitrep.model import Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.gazetteer import Entry, Gazetteer

CAPITAL_CONFIDENCE = 0.8
# The dateline tells the country less surely than a word before "capital" does.
DATELINE_CAPITAL_CONFIDENCE = 0.7


def with_country_capitals(doc: Doc, gazetteer: Gazetteer, places: list[Place]) -> list[Place]:
    """The places plus, for each country written just before "capital", that capital city, and
    for each bare "the capital" of a datelined report, the dateline country's capital."""
    added = []
    for place in places:
        word = capital_after(doc, place)
        city = gazetteer.capital(place.country) if word is not None and place.country else None
        if word is not None and city is not None:
            added += _capital_place(word, city, places, CAPITAL_CONFIDENCE)
    filed_from = dateline_place(doc, places)
    city = gazetteer.capital(filed_from.country) if filed_from and filed_from.country else None
    if filed_from is not None and city is not None:
        for word in bare_capitals(doc, filed_from, places):
            added += _capital_place(word, city, places, DATELINE_CAPITAL_CONFIDENCE)
    return sorted(places + added, key=lambda p: p.start) if added else places


def _capital_place(word: Token, city: Entry, places: list[Place], confidence: float) -> list[Place]:
    """The word "capital" as a place, the capital `city`, unless a place holds it already."""
    end = word.idx + len(word.text)
    if any(p.start < end and word.idx < p.end for p in places):
        return []
    return [Place(word.idx, end, word.text, **entry_fields(city), confidence=confidence)]


def capital_after(doc: Doc, place: Place) -> Token | None:
    """The word "capital" right after a country ("the Kenyan capital", "Chad's capital"), when
    it heads its phrase and no name of the city follows it."""
    if not (place.level or "").startswith("PCL"):
        return None
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    word = doc[span.end]
    if word.lower_ in ("'s", "’s") and word.i + 1 < len(doc):
        word = doc[word.i + 1]
    in_a_name = word.dep_ == "compound" and word.head.lower_ != "city"  # "capital markets"
    if word.lower_ != "capital" or in_a_name or _named_after(word):
        return None
    return word


def _named_after(word: Token) -> bool:
    """ "the Chadian capital N'Djamena", "Chad's capital, N'Djamena", "Chad's capital of
    N'Djamena", "Chad's capital city, N'Djamena": the city is named; "N'Djamena, Chad's capital": named
    before."""
    doc, after = word.doc, word.i + 1
    if after < len(doc) and doc[after].lower_ == "city":
        after += (
            1  # "Kenya's capital city, Nairobi" names it; "Kenya's capital city" alone does not
        )
    if word.dep_ == "appos" or (after < len(doc) and doc[after].lower_ == "of"):
        return True
    if after < len(doc) and doc[after].text == ",":
        after += 1
    return after < len(doc) and (
        doc[after].pos_ == "PROPN" or doc[after].ent_type_ in ("GPE", "LOC")
    )
