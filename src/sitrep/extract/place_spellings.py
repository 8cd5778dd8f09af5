"""A town named by another spelling of its name, many times the size of the town spelt so.

Names transliterated from Cyrillic or Arabic come in several spellings, and the gazetteer keeps
one as the main name and the others as alternates. A village whose main name is the spelling an
outlet chose ("Balakliia", 500 people) is not what a story means when a town of 26,000 goes by
that spelling too ("Balakliya"): the alternate is then as good as a main name. Kept apart from
`place_candidates` because it compares spellings, not levels or cues.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from sitrep.gazetteer.names import normalize

if TYPE_CHECKING:
    from sitrep.gazetteer import Entry

# How much larger than every town of the main name the other spelling's town must be.
OUTSIZED_RATIO = 10
# How alike two spellings must be: "Balakliia"/"Balakliya" are, "Centralia"/"Fargo" are not.
SPELLING_LIKENESS = 0.8
# Undoes the alternate's penalty (`place_candidates._kind_penalty`) for a town: it is a spelling.
SPELLING_BONUS = 1.5


def outsized_spelling(entry: Entry, towns: Sequence[Entry], text: str) -> bool:
    """Whether `entry`, a town known by `text` only as an alternate name, is another spelling of
    its main name and many times the size of every town whose main name `text` is."""
    if not towns or entry.population < OUTSIZED_RATIO * max(t.population for t in towns):
        return False
    return similar_spellings(normalize(text), normalize(entry.name))


def similar_spellings(said: str, name: str) -> bool:
    """Two spellings of one name: the same first letters and most letters in common."""
    return said[:3] == name[:3] and SequenceMatcher(None, said, name).ratio() >= SPELLING_LIKENESS
