"""The word in a feature's name that says what kind of feature it is, not where it lies.

Inside a name the gazetteer lacks, such a word must not be read as a place of its own: "Gulf"
of "the Gulf of Orvana" is not the Persian Gulf (which news also calls "the Gulf"), "Bay" of
"the Bay of Velmar" is not Somalia's Bay Region, "Delta" of "Selvan Delta" is not Nigeria's Delta
State. A named water body matches its own name or stays unresolved. And a valley, a basin or a
gorge names a region: "the Oskar Valley" is no town called Oskar, only a unit of that name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.place_sites import SITE_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.gazetteer import Entry

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


# Kinds of land feature that end a region's name ("the Oskar Valley", "the Tarim Basin").
REGION_HEADS = frozenset(
    {"valley", "valleys", "basin", "gorge", "plain", "plains", "steppe", "lowlands", "uplands"}
)


def regions_before_feature(
    tokens: list[Token], i: int, size: int, entries: tuple[Entry, ...]
) -> tuple[Entry, ...]:
    """The readings of a name right before the last word of "the Oskar Valley": a unit spans a
    valley, a town does not, so the towns are dropped where the name is a unit of the one
    country its towns lie in. A name of towns in several countries keeps them, for the article
    to choose among: "the San Fernando Valley" lies by the Californian town, not in a
    Caribbean borough of that name."""
    if i + size != len(tokens) - 1 or tokens[-1].lower_ not in REGION_HEADS:
        return entries
    towns = [e for e in entries if e.level.startswith("PPL")]
    units = tuple(e for e in entries if not e.level.startswith("PPL"))
    countries = {e.country for e in towns}
    if len(countries) != 1 or not any(e.country in countries for e in units):
        return entries
    return units


# Land and water features that a strike may fall near or on but no side can be: "on the Oskar
# River", "across the Velm Lake".
NATURAL_FEATURE_HEADS = REGION_HEADS | frozenset(
    {"river", "lake", "sea", "bay", "gulf", "strait", "canal", "reservoir", "mountains", "hills"}
)


def names_a_natural_feature(noun: Token) -> bool:
    """ "the Oskar River", "the Velm Lake": a capitalised feature word with a name before it,
    which says where an act fell, never whom it struck."""
    return (
        noun.lower_ in NATURAL_FEATURE_HEADS
        and noun.text[:1].isupper()
        and any(c.dep_ == "compound" and c.text[:1].isupper() for c in noun.children)
    )
