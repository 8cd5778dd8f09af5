"""A bare "the capital" in a datelined report: "BAMAKO, Mali (AP) — Gunmen attacked a post
outside the capital" means the capital of the country the report was filed from, as a reader
of the wire takes it. Without a dateline, or with a dateline that names no known country, the
word says nothing about which capital is meant and adds no place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.datelines import in_dateline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Place

# Where a bare "the capital" stands as a place: "in the capital", "the capital was calm",
# "shelled the capital", "the capital's streets". Other roles ("raised the capital needed")
# are money more often than a city.
PLACE_ROLES = frozenset({"pobj", "nsubj", "nsubjpass", "dobj", "poss"})


def dateline_place(doc: Doc, places: list[Place]) -> Place | None:
    """The report's dateline place ("KHARTOUM" of "KHARTOUM, March 3 (Reuters) -")."""
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and len(span) and in_dateline(span[0]):
            return place
    return None


def bare_capitals(doc: Doc, filed_from: Place, places: list[Place]) -> list[Token]:
    """The words "capital" past the dateline that stand alone in a phrase of their own: "the
    capital" and nothing more ("the state capital", "the capital markets", "the capital of Chad"
    and "the capital, Bamako" say more, or another thing), in a sentence that names no other
    country before it ("Valdorian air defences downed drones over the capital" is Valdoria's
    capital whatever the dateline)."""
    return [
        word
        for word in doc
        if word.lower_ == "capital"
        and word.idx >= filed_from.end
        and word.dep_ in PLACE_ROLES
        and [c.lower_ for c in word.children if c.dep_ != "case"] == ["the"]
        and not _named_right_after(word)
        and not _other_country_in_sentence(word, filed_from.country, places)
    ]


def _other_country_in_sentence(word: Token, home: str | None, places: list[Place]) -> bool:
    """Another country named before the word in its sentence, which may own the capital; one
    named after it ("..., a Velanian official said", "boats from Velania") does not."""
    return any(
        word.sent.start_char <= p.start < word.idx
        and (p.level or "").startswith("PCL")
        and p.country != home
        for p in places
    )


def _named_right_after(word: Token) -> bool:
    """ "the capital of Chad", "the capital, Bamako", "the capital Bamako"."""
    doc, after = word.doc, word.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    return after < len(doc) and (
        doc[after].lower_ == "of"
        or doc[after].pos_ == "PROPN"
        or doc[after].ent_type_ in ("GPE", "LOC", "FAC")
    )
