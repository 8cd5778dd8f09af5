"""Units counted by their country's adjective: "four Thai provinces", "two Syrian villages".

The adjective there is no nationality of people or troops: it says in which country the counted
provinces or villages lie, and the phrase names no other place. Read as a demonym it would leave
"138,000 people were evacuated from four Thai provinces" without a place, to be placed at
whatever town the story names most, even one across the border.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import FEATURE_CUES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.extract.place_candidates import Mention

# Plural kinds of place a country holds several of.
COUNTED_UNITS = frozenset(
    {
        "provinces", "villages", "towns", "cities", "regions", "districts", "states",
        "counties", "islands", "municipalities", "communities", "oblasts", "governorates",
    }
)  # fmt: skip
# Words that count without a number: "several Syrian villages", "dozens of Thai villages".
COUNTING_WORDS = frozenset({"several", "many", "some", "other", "both", "few", "numerous"})
COUNTING_NOUNS = frozenset({"dozens", "scores", "hundreds", "thousands", "number"})


# "five Thai villages in Sisaket province", "near the city of Qalqilya": the place named after the
# units is where they are.
PLACING_WORDS = FEATURE_CUES | {"in", "of", "near", "around", "across", "along", "on", "the"}


def as_countrys_units(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each demonym that counts units of its country made a place mention,
    unless a place named right after the units says where they are."""
    starts = {m.start for m in mentions}
    return [replace(m, demonym=False) if _counts_units(doc, m, starts) else m for m in mentions]


def _counts_units(doc: Doc, mention: Mention, starts: set[int]) -> bool:
    if not mention.demonym or mention.head < 1 or mention.head + 1 >= len(doc):
        return False
    adjective, unit = doc[mention.head], doc[mention.head + 1]
    if adjective.idx != mention.start or unit.lower_ not in COUNTED_UNITS:
        return False
    return _a_count(doc[mention.head - 1]) and not _placed_after(unit, starts)


def _placed_after(unit: Token, starts: set[int]) -> bool:
    doc = unit.doc
    i = unit.i + 1
    while i < len(doc) and doc[i].lower_ in PLACING_WORDS:
        i += 1
    return i > unit.i + 1 and i < len(doc) and doc[i].idx in starts


def _a_count(word: Token) -> bool:
    """ "four", "12", "several", or the "of" of "dozens of"."""
    if word.like_num or word.lower_ in COUNTING_WORDS:
        return True
    return word.lower_ == "of" and word.i > 0 and word.nbor(-1).lower_ in COUNTING_NOUNS
