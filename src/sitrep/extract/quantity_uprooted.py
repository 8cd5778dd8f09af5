"""People driven from their homes: "forced about 2 million from their homes".

News tells displacement by its verb ("displaced", "fled") but as often by where people were
driven from: "forced 40,000 from their homes", "drove thousands out of their villages", or by
the home they left: "4,000 families had left their homes". The verb then says nothing of the
fate (force, drive, leave), and the phrase naming the home does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

HOME_NOUNS = frozenset({"home", "homes", "house", "houses", "village", "villages", "land", "lands"})
AWAY_PREPS = frozenset({"from", "out"})
DWELLING_VERBS = frozenset({"live", "lives", "lived", "living", "stay", "stays", "stayed"})
LEAVING_VERBS = frozenset({"left", "leave", "leaving", "abandoned", "abandon", "abandoning"})


def driven_from_home(verb: Token) -> bool:
    """Whether `verb` moves its object away from a home: "forced N from their homes", "drove N
    out of their villages"."""
    if verb.lower_ in DWELLING_VERBS:
        return False  # "lives two streets from the house": a distance, not an uprooting
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in AWAY_PREPS:
            continue
        places = [c for c in prep.subtree if c.dep_ == "pobj"]
        if any(p.lower_ in HOME_NOUNS for p in places):
            return True
    return False


def left_home(verb: Token) -> bool:
    """Whether `verb` has its subject leave a home: "4,000 families had left their homes"."""
    if verb.lower_ not in LEAVING_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lower_ in HOME_NOUNS for c in verb.children)


CROSSING_VERBS = frozenset({"cross", "crossed", "crosses", "crossing", "poured", "streamed"})
INTO_PREPS = frozenset({"into", "over", "across", "to"})
BORDER_NOUNS = frozenset({"border", "frontier"})
FLIGHT_WORDS = frozenset({"fleeing", "fled", "escaping", "escaped"})
# Who crosses a border as a force, not in flight.
ARMED = frozenset({"troops", "soldiers", "fighters", "militants", "forces", "tanks", "rebels"})


def crossed_in_flight(subject: Token) -> bool:
    """Whether the subject `subject` crossed into another country or over a border, or its verb
    tells a flight ("have arrived, fleeing the fighting"); not troops crossing."""
    verb = subject.head
    if subject.lower_ in ARMED:
        return False
    if any(c.dep_ == "advcl" and c.lower_ in FLIGHT_WORDS for c in verb.children):
        return True
    if verb.lower_ not in CROSSING_VERBS:
        return False
    if any(c.dep_ == "dobj" and c.lower_ in BORDER_NOUNS for c in verb.children):
        return True
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in INTO_PREPS]
    places = [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
    return any(p.ent_type_ in ("GPE", "LOC") or p.lower_ in BORDER_NOUNS for p in places)
