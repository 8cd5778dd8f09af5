"""The word in a feature's name that says what kind of feature it is, not where it lies.

Inside a name the gazetteer lacks, such a word must not be read as a place of its own: "Gulf"
of "the Gulf of Orvana" is not the Persian Gulf (which news also calls "the Gulf"), "Bay" of
"the Bay of Velmar" is not Somalia's Bay Region, "Delta" of "Selvan Delta" is not Nigeria's Delta
State. A named water body matches its own name or stays unresolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.place_sites import SITE_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Kinds of feature that end a feature's name ("Kestrel Bay", "Nile Delta"); alone, the word is
# also the short name of some unit (Bay Region of Somalia, Delta State of Nigeria).
FEATURE_HEADS = SITE_HEADS | frozenset(
    {"delta", "plateau", "highlands", "hills", "plains", "coast", "desert", "gulf", "sea"}
)
# Kinds of water that open a name before "of" ("Gulf of Orvana", "Bay of Velmar", "Sea of
# Teral", "Strait of Hormel"). "Lake Orvu" needs no rule: "Lake" alone is read as no place.
WATER_HEADS = frozenset({"gulf", "bay", "sea", "strait", "straits"})


def head_of_unknown_name(tokens: list[Token], i: int, size: int, unknown_word: int) -> bool:
    """The last word of a feature's name that the gazetteer lacks, right after a word that
    names no place ("Kestrel Bay", "Selvan Delta")."""
    return (
        size == 1
        and i + 1 == len(tokens)
        and unknown_word == i - 1
        and tokens[i].lower_ in FEATURE_HEADS
    )


def water_word_opening_name(tokens: list[Token], i: int, size: int) -> bool:
    """The water word that opens a longer name before "of": "Gulf" of "Gulf of Orvana"; not
    "Gulf" alone, nor "Gulf States"."""
    return (
        size == 1
        and i == 0
        and len(tokens) > 2
        and tokens[0].lower_ in WATER_HEADS
        and tokens[1].lower_ == "of"
    )
