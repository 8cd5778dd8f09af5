"""Which named places can be where an event happened.

Not a place the event points away from: "fighting forced 40,000 people to flee towards Bukavu"
happened outside Bukavu, and "warplanes fired missiles from the direction of Idlib" hit somewhere
else than Idlib; nor a side's affiliation ("targets linked to Iran in Syria"); nor the region that
only says where a named city lies ("the Darfur city of El Fasher"); nor the nationality of whoever
reports the event ("Israel behind pager blasts, U.S. officials say"). And "the town", told after a
story named a town and its province, points back to the town, not the province.
A phrase that only locates the event ("near the Algerian border") names no side it targeted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import REPORTING_VERBS, verb_forms
from sitrep.extract.place_candidates import FEATURE_CUES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Place

FLIGHT_VERBS = frozenset().union(*(verb_forms(v) for v in ("flee", "escape", "evacuate")))
LAUNCH_VERBS = frozenset().union(*(verb_forms(v) for v in ("fire", "launch")))
TOWARDS = frozenset({"to", "towards", "toward", "into"})
AFFILIATIONS = frozenset({"linked", "tied", "belonging", "loyal", "allied", "affiliated"})
NEAR_PREPS = frozenset({"near", "along", "across", "beside", "outside", "around"})
TOWN_ANAPHORS = frozenset({"town", "city", "village"})
UNIT_ANAPHORS = frozenset({"province", "region"})
SETTLEMENT_NOUNS = TOWN_ANAPHORS | frozenset({"capital", "port", "camp", "district", "suburb"})


def origin_or_destination(prep: Token) -> bool:
    """The preposition brings in where a flight led, where a launch started or whom a party is
    tied to."""
    word, head = prep.lower_, prep.head.lower_
    if word in TOWARDS:
        return head in FLIGHT_VERBS or head in AFFILIATIONS
    if word == "from":
        return head in LAUNCH_VERBS or any(c.lower_ == "direction" for c in prep.children)
    return False


def fits_anaphor(place: Place, words: set[str]) -> bool:
    """ "the town" can point back to a town (or an unknown name), not to a province."""
    if words & TOWN_ANAPHORS and not words & UNIT_ANAPHORS:
        return place.level is None or place.level.startswith("PPL")
    return True


def near_only(token: Token) -> bool:
    """ "an ambush near the Algerian border": a phrase that only locates the event names no side
    it was aimed at."""
    return token.dep_ == "prep" and token.lower_ in NEAR_PREPS


def qualifies_a_named_place(token: Token) -> bool:
    """ "the Darfur city of El Fasher": the region describes the city that the phrase names; so
    does the country in "Pakistan's northwestern Khyber Pakhtunkhwa province"."""
    head = token.head
    if token.dep_ == "poss" and head.lower_ in FEATURE_CUES:
        return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)
    return (
        token.dep_ == "compound"
        and head.lower_ in SETTLEMENT_NOUNS
        and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
            for c in head.children
        )
    )


def source_nationality(token: Token) -> bool:
    """ "U.S. officials say", "Iranian state media reported": the place tells who reports."""
    noun = token.head
    return (
        token.dep_ in ("compound", "amod", "poss")
        and noun.dep_ == "nsubj"
        and noun.head.lower_ in REPORTING_VERBS
    )


def in_organisation_name(doc: Doc, char: int) -> bool:
    """ "backed by African Union forces": an adjective opening a body's name is no place the
    event was."""
    token = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
    following = token.nbor(1) if token is not None and token.i + 1 < len(doc) else None
    return (
        token is not None
        and token.ent_type_ == "ORG"
        and token.ent_iob_ == "B"
        and following is not None
        and following.ent_iob_ == "I"
    )
