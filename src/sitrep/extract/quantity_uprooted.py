"""People driven from their homes: "forced about 2 million from their homes".

News tells displacement by its verb ("displaced", "fled") but as often by where people were
driven from: "forced 40,000 from their homes", "drove thousands out of their villages", or by
the home they left: "4,000 families had left their homes". The verb then says nothing of the
fate (force, drive, leave), and the phrase naming the home does. Civilians who leave a named
town or camp ("45,000 people had left Abu Shouk"), cross into another country ("300,000 people
who crossed into Burundi") or arrive from one ("2,500 people arrived, many of them from the
camp") are the displaced too; troops who do the same are moving, not uprooted, and a trip
made for an occasion ("arrived from London for the concert") is no flight (`quantity_occasions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.quantity_occasions import journey_for_occasion

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


# Groups of civilians, whose leaving or reaching a place is flight (troops' is a movement).
CIVILIAN_GROUPS = frozenset({
    "people", "families", "households", "residents", "civilians", "villagers", "inhabitants",
    "persons", "children", "women", "refugees", "migrants",
})  # fmt: skip
SETTLEMENT_NOUNS = HOME_NOUNS | frozenset(
    {"camp", "camps", "town", "towns", "city", "cities", "district", "districts", "area", "region"}
)
ARRIVAL_VERBS = frozenset({"arrived", "arrive", "arrives", "arriving", "reached", "reach"})


def left_place(subject: Token) -> bool:
    """Whether civilians `subject` left a named place or a town or camp: "45,000 people had left
    Abu Shouk"."""
    verb = subject.head
    if subject.lower_ not in CIVILIAN_GROUPS or verb.lower_ not in LEAVING_VERBS:
        return False
    if journey_for_occasion(verb):
        return False  # "left Kabul to study abroad"
    return any(c.dep_ == "dobj" and _a_place(c) for c in verb.children)


def arrived_from_place(subject: Token) -> bool:
    """Whether civilians `subject` arrived from somewhere or at a camp: "2,500 people arrived
    on foot, many of them from the camp"."""
    verb = subject.head
    if subject.lower_ not in CIVILIAN_GROUPS or verb.lower_ not in ARRIVAL_VERBS:
        return False
    if journey_for_occasion(verb):
        return False  # "arrived from London for the concert"
    preps = [c for w in (verb, *subject.children) for c in w.subtree if c.dep_ == "prep"]
    for prep in preps:
        places = [p for p in prep.children if p.dep_ == "pobj" and _a_place(p)]
        if places and (prep.lower_ == "from" or any(p.lower_.startswith("camp") for p in places)):
            return True
    return False


def _a_place(word: Token) -> bool:
    """A town, camp or country; a proper name the recogniser took for a person often is one
    ("had left Kadugli"), a party or army ("left Hamas") is not."""
    if word.ent_type_ in ("GPE", "LOC", "FAC") or word.lower_ in SETTLEMENT_NOUNS:
        return True
    return word.tag_ == "NNP" and word.ent_type_ not in ("ORG", "NORP")


CROSSING_VERBS = frozenset({"cross", "crossed", "crosses", "crossing", "poured", "streamed"})
INTO_PREPS = frozenset({"into", "over", "across", "to"})
BORDER_NOUNS = frozenset({"border", "frontier"})
FLIGHT_WORDS = frozenset({"fleeing", "fled", "escaping", "escaped"})
# Who crosses a border as a force, not in flight.
ARMED = frozenset({"troops", "soldiers", "fighters", "militants", "forces", "tanks", "rebels"})


def crossed_in_flight(subject: Token) -> bool:
    """Whether the subject `subject` crossed into another country or over a border, or its verb
    tells a flight ("have arrived, fleeing the fighting"); not troops crossing."""
    return _crossed(subject, subject.head)


def crossed_in_relative(group: Token) -> bool:
    """Whether a relative clause says `group` crossed into another country: "300,000 people who
    crossed into Burundi"."""
    if group.lower_ not in CIVILIAN_GROUPS:
        return False  # "the 40 tourists who crossed into Italy by car"
    clauses = [c for c in group.children if c.dep_ == "relcl"]
    return any(
        _crossed(group, clause)
        for clause in clauses
        if any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children)
    )


def _crossed(subject: Token, verb: Token) -> bool:
    if subject.lower_ in ARMED:
        return False
    if any(c.dep_ == "advcl" and c.lower_ in FLIGHT_WORDS for c in verb.children):
        return True
    if verb.lower_ not in CROSSING_VERBS or journey_for_occasion(verb):
        return False  # "200 fans crossed into France for the match"
    if any(c.dep_ == "dobj" and c.lower_ in BORDER_NOUNS for c in verb.children):
        return True
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in INTO_PREPS]
    places = [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
    return any(p.ent_type_ in ("GPE", "LOC") or p.lower_ in BORDER_NOUNS for p in places)
