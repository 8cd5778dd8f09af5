"""The other spellings of a place a search names: a reader types "Kyiv" where an article wrote
"Kiev", or "Odessa" where it wrote "Odesa", and full-text search matches only the letters typed.

A searched word names a place when the stored place mentions spell or resolve it so (a mention
of "Kiev" resolved to the gazetteer's Kyiv), or when the gazetteer, if one is at hand, knows it
as a name of a place the articles mention. The place's spellings are then those its mentions
use and the name they resolve to, each searched beside the word typed. A spelling that would
find other things than the place is left out: a people's adjective ("Ukrainian", also a place
mention of Ukraine), a common word, a name of one or two letters ("US" finds every "us").
A mention's own words count as a spelling only where they are written as a name: "the Maltese
capital", resolved to Valletta, is no spelling of Valletta, and a search for "capital" (a word
that names a kind of place, `TYPE_CUES`) is a search for the word, not for a place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, or_, select

from sitrep.extract.place_candidates import TYPE_CUES
from sitrep.gazetteer.build import NAME_DEMONYM
from sitrep.gazetteer.reference import DEMONYMS
from sitrep.store import schema
from sitrep.store.search_words import STOP_WORDS

if TYPE_CHECKING:
    from sitrep.gazetteer.query import Gazetteer

MOST_SPELLINGS = 8  # the commonest of a place's spellings: a search stays a handful of terms
_FOLDED_DEMONYMS = frozenset(name.casefold() for name in DEMONYMS)
_LETTER_RUN = re.compile(r"[^\W_]+")


def other_spellings(conn: Connection, word: str, gazetteer: Gazetteer | None = None) -> list[str]:
    """The spellings of the place(s) `word` names, other than `word` itself, the commonest
    first; none when it names no place the store mentions, or is a word for a kind of place."""
    if word.casefold() in TYPE_CUES:
        return []
    ids, names = _places_spelled(conn, word)
    if gazetteer is not None:
        ids |= {e.gazetteer_id for e in gazetteer.lookup(word) if e.kind != NAME_DEMONYM}
    if not ids and not names:
        return []
    p = schema.places
    mentions = (
        select(p.c.text, p.c.name, func.count().label("n"))
        .where(or_(p.c.gazetteer_id.in_(sorted(ids)), p.c.name.in_(sorted(names))))
        .group_by(p.c.text, p.c.name)
    )
    counted: dict[str, int] = {}
    for text, name, n in conn.execute(mentions):
        for spelling in (text if _written_as_a_name(text) else None, name):
            if spelling:
                counted[spelling] = counted.get(spelling, 0) + n
    ranked = sorted(counted, key=lambda s: (-counted[s], s))
    kept = [s for s in ranked if _searchable(s, word, gazetteer)]
    return kept[:MOST_SPELLINGS]


def _places_spelled(conn: Connection, word: str) -> tuple[set[str], set[str]]:
    """The gazetteer ids and names of the stored mentions that spell `word` or resolve to it,
    compared in the cases a name is written in (the indexes on `name` and `text` serve it)."""
    p = schema.places
    forms = sorted(written_forms(word))
    query = select(p.c.gazetteer_id, p.c.name).where(or_(p.c.name.in_(forms), p.c.text.in_(forms)))
    ids: set[str] = set()
    names: set[str] = set()
    for gazetteer_id, name in conn.execute(query.distinct()):
        if gazetteer_id:
            ids.add(gazetteer_id)
        elif name:
            names.add(name)
    return ids, names


def _written_as_a_name(text: str | None) -> bool:
    """A mention's words that spell its place: capitalised, and more than words for a kind of
    place or common words ("capital", "the capital", "Capital" opening a sentence); searched as
    a phrase, "Corvish capital" finds only what it names."""
    if not text or not text[:1].isupper():
        return False
    words = [w.casefold() for w in _LETTER_RUN.findall(text)]
    return not all(w in TYPE_CUES or w in STOP_WORDS for w in words)


def written_forms(word: str) -> set[str]:
    """ "kyiv" as typed, and as a name is written: "Kyiv", "KYIV"."""
    return {word, word.lower(), word.title(), word.upper()}


def _searchable(spelling: str, word: str, gazetteer: Gazetteer | None) -> bool:
    """A spelling worth searching beside `word`: not the word itself, nor a people's
    adjective, a common word, or a name with a part of one or two letters."""
    folded = spelling.casefold()
    if folded == word.casefold() or folded in _FOLDED_DEMONYMS or folded in STOP_WORDS:
        return False
    if any(len(part) < 3 for part in _LETTER_RUN.findall(spelling)):
        return False
    return gazetteer is None or not _only_a_demonym(spelling, gazetteer)


def _only_a_demonym(spelling: str, gazetteer: Gazetteer) -> bool:
    """The gazetteer knows the spelling as a people's name and as no place's ("Kurdish")."""
    kinds = {entry.kind for entry in gazetteer.lookup(spelling)}
    return bool(kinds) and kinds <= {NAME_DEMONYM}
