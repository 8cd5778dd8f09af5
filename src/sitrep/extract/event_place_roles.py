"""Which named places can be where an event happened.

Not a place the event points away from: "fighting forced 40,000 people to flee towards Bukavu"
happened outside Bukavu, a man detained "as he tried to cross into Armenia" was not detained
in Armenia, and "warplanes fired missiles from the direction of Idlib" hit somewhere
else than Idlib; nor a side's affiliation ("targets linked to Iran in Syria"); nor the region that
only says where a named city lies ("the Darfur city of El Fasher"); nor the nationality of whoever
reports the event ("Israel behind pager blasts, U.S. officials say"). And "the town", told after a
story named a town and its province, points back to the town, not the province.
A phrase that only locates the event ("near the Algerian border") names no side it targeted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.actors import PARTY_SUFFIXES
from sitrep.extract.event_lexicon import MILITARY, REPORTING_VERBS, WEAPONS, split_words, verb_forms
from sitrep.extract.event_sides import NEAR_PREPS, first_conjunct
from sitrep.extract.place_candidates import FEATURE_CUES
from sitrep.extract.token_positions import token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Place

# Forces, weapons and missions a country's name may stand before: "a U.S. destroyer", "Israeli
# jets", "near the U.S. consulate in Erbil" (the consulate's country is not where it stands).
PARTY_NOUNS = (
    MILITARY
    | frozenset(WEAPONS)
    | frozenset(split_words("destroyer destroyers frigate frigates carrier carriers"))
    | frozenset(split_words("embassy embassies consulate consulates"))
)
FLIGHT_VERBS = frozenset().union(*(verb_forms(v) for v in ("flee", "escape", "evacuate")))
# Where a launch started or forces were sent from is not where they struck or fought.
LAUNCH_VERBS = frozenset().union(*(verb_forms(v) for v in ("fire", "launch", "send", "fly")))
# Roles of the people an act is done to ("killing three Americans"); as a subject the word may
# stand for its territory's people at large ("Palestinians have been killed there").
PEOPLE_ROLES = frozenset({"dobj", "appos", "conj"})
TOWARDS = frozenset({"to", "towards", "toward", "into"})
# A vehicle's route ("a train carrying passengers from Quetta to Peshawar") is no scene.
ROUTE_VERBS = frozenset().union(
    *(verb_forms(v) for v in ("carry", "travel", "head", "sail", "drive", "transport")),
    split_words("travelling travelled bound"),
)
CROSSING_VERBS = frozenset().union(*(verb_forms(v) for v in ("cross", "enter", "return")))
AFFILIATIONS = frozenset({"linked", "tied", "belonging", "loyal", "allied", "affiliated"})
TOWN_ANAPHORS = frozenset({"town", "city", "village"})
UNIT_ANAPHORS = frozenset({"province", "region"})
LOOSE_ANAPHORS = frozenset({"area", "there"})  # may point back to a town or a unit alike
SETTLEMENT_NOUNS = TOWN_ANAPHORS | frozenset({"capital", "port", "camp", "district", "suburb"})


def points_away(prep: Token, trigger: int) -> bool:
    """The preposition brings in a place the event at `trigger` points away from."""
    return origin_or_destination(prep) or _crossed_into(prep, trigger)


def location_tokens(doc: Doc, places: Sequence[Place]) -> set[int]:
    """The tokens of the places the article's events can happen at."""
    found: set[int] = set()
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if place.role == "location" and span is not None:
            found |= {t.i for t in span}
    return found


def origin_or_destination(prep: Token) -> bool:
    """The preposition brings in where a flight led, where a launch started, a vehicle's route
    or whom a party is tied to."""
    word, head = prep.lower_, prep.head.lower_
    if word in TOWARDS | {"from"} and _on_a_route(prep):
        return True
    if word in TOWARDS:
        return head in FLIGHT_VERBS or head in AFFILIATIONS
    if word == "from":
        return head in LAUNCH_VERBS or any(c.lower_ == "direction" for c in prep.children)
    return False


def _crossed_into(prep: Token, trigger: int) -> bool:
    """ "detained him as he tried to cross into Armenia at the checkpoint": where someone was
    crossing to is not where another act befell them; only a crossing that is itself the event
    ("troops crossed into the region") happened there."""
    return prep.lower_ in TOWARDS and prep.head.lower_ in CROSSING_VERBS and prep.head.i != trigger


def _on_a_route(prep: Token) -> bool:
    """ "carrying passengers from Quetta to Peshawar", "a bus travelling to Kabul": where a
    vehicle came from or was going, not where it was struck."""
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "dobj":
        head = head.head  # "carrying passengers from Quetta"
    return head.lower_ in ROUTE_VERBS


def names_its_own_place(word: Token) -> bool:
    """ "the Middle Shabelle region", "the village of Widhu": a place word that carries its own
    name, known or not, points back to no place named before."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in word.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
        for c in word.children
    )


def fits_anaphor(place: Place, words: set[str], text: str) -> bool:
    """ "the town" can point back to a town (or an unknown name), not to a province; "the
    region" to a known unit or region, not to a town nor to a name the gazetteer lacks; and
    neither to the town another is measured from ("Masisi, about 60 km northwest of Goma": the
    town is Masisi) or forces were sent from ("sent reinforcements from Sake and retook the
    town")."""
    before = text[max(0, place.start - 80) : place.start]
    if MEASURED_FROM.search(before) or SENT_FROM.search(before):
        return False
    if words & TOWN_ANAPHORS and not words & UNIT_ANAPHORS:
        return place.level is None or place.level.startswith("PPL")
    if words & UNIT_ANAPHORS and not words & (TOWN_ANAPHORS | LOOSE_ANAPHORS):
        return place.level is not None and not place.level.startswith("PPL")
    return True


SENT_FROM = re.compile(
    r"\b(?:sent|send|sends|sending|fired|launched|flown|flew|brought)\b[^.;]{0,60}\bfrom\s+$"
)
MEASURED_FROM = re.compile(
    r"\b(?:km|kilomet(?:re|er)s?|miles?)\s+(?:due\s+)?"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\s+(?:the\s+)?"
    r"(?:(?:state|regional|provincial|district|national)\s+capital,?\s+)?$",
    re.IGNORECASE,
)


def without_reference_points(text: str, places: list[Place], start: int, end: int) -> list[Place]:
    """The places less those a distance is measured from ("Wajiroko, about 60 km southeast of
    the state capital Maiduguri") when the sentence past its dateline (`start`, `end`) names
    another place: the event happened at the place measured, not at the reference point. With
    no other place ("an ambush 40 km south of X") the reference point is the best there is."""
    measured = {
        p.start for p in places if MEASURED_FROM.search(text[max(0, p.start - 80) : p.start])
    }
    if not any(start <= p.start < end and p.start not in measured and _spot(p) for p in places):
        return places
    return [p for p in places if p.start not in measured]


def _spot(place: Place) -> bool:
    """A place below country level named as such ("Wajiroko"), not a nationality ("Liberian")."""
    return not place.demonym and (
        place.level is None or not place.level.startswith(("PCL", "CONT"))
    )


def ethnic_people(word: Token) -> bool:
    """ "positions held by ethnic Armenian forces": a people, not the state of that name."""
    return word.i > 0 and word.doc[word.i - 1].lower_ == "ethnic"


# "based in Y", not "linked to Iran in Syria": only a party's seat is told with "in".
SEAT_WORDS = frozenset({"based", "headquartered", "registered", "incorporated"})


def hyphen_modifier(token: Token) -> bool:
    """ "a Washington-based think tank", "Iran-backed militias", "the Bratislava-headquartered
    firm", "the firm, based in Bratislava,": the place describes a party; a name of several words
    ("a Marshall Islands-flagged tanker") is read from its last word."""
    doc = token.doc
    last = token.i
    while last + 1 < len(doc) and doc[last].dep_ == "compound" and doc[last].head.i == last + 1:
        last += 1
    return (
        last + 2 < len(doc)
        and doc[last + 1].text == "-"
        and doc[last + 2].lower_ in PARTY_SUFFIXES | SEAT_WORDS
    ) or party_seat(doc[last])


def party_seat(token: Token) -> bool:
    """ "ESET, based in Bratislava,", "a firm headquartered in Oslo", "which is registered in
    Panama": a place after a participle describing a noun is that party's home."""
    word = token
    for _ in range(3):  # "based in the city of Y": up through the place's own phrase
        if word.dep_ != "pobj":
            return False
        prep, head = word.head, word.head.head
        if prep.lower_ == "in" and head.lower_ in SEAT_WORDS:
            return head.dep_ in ("acl", "relcl", "amod")
        if prep.lower_ != "of" or not head.tag_.startswith("NN"):
            return False
        word = head
    return False


def nationality_of_a_party(token: Token) -> bool:
    """A demonym on a participant ("North Korean troops", "Indian and Pakistani troops"), or a
    country's name before a force or a weapon ("a U.S. destroyer", "U.S., British jets")."""
    first = first_conjunct(token)
    if first.dep_ == "amod" and first.head.lower_ in FEATURE_CUES:
        return False  # "across the Littoral region": a unit's own name, read as an adjective
    if first.dep_ == "amod" and any(
        t.tag_ == "JJ" or t.ent_type_ == "NORP" for t in (token, first)
    ):
        return True
    return first.dep_ in ("compound", "nmod") and first.head.lower_ in PARTY_NOUNS


FOR_WHOM_BEFORE = re.compile(
    r"\b(?:in support of|in solidarity with|on behalf of)\b[^,.;]{0,40}$", re.IGNORECASE
)


def done_for(word: Token) -> bool:
    """ "fired at a tanker in solidarity with the Palestinian people": the people the act is done
    for are no side it was aimed at."""
    sentence = word.sent
    before = sentence.text[: word.idx - sentence.start_char]
    return FOR_WHOM_BEFORE.search(before) is not None


def near_only(token: Token) -> bool:
    """ "an ambush near the Algerian border", "50 miles west of the Yemeni port", "off the coast
    of Yemen": a phrase that only locates the event names no side it was aimed at."""
    if token.lower_ in COMPASS_POINTS and token.dep_ in ("advmod", "npadvmod"):
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    return token.dep_ == "prep" and (token.lower_ in NEAR_PREPS or token.lower_ == "off")


COMPASS_POINTS = frozenset(
    split_words(
        "north south east west northeast northwest southeast southwest north-east north-west "
        "south-east south-west"
    )
)


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
    """ "U.S. officials say", "Iranian state media reported", "the health ministry in Ramallah
    said": the place tells who reports, or where they sit."""
    noun = token.head
    if token.dep_ == "pobj" and noun.lower_ in ("in", "at"):
        noun = noun.head
    elif token.dep_ not in ("compound", "amod", "poss"):
        return False
    return noun.dep_ == "nsubj" and noun.head.lower_ in REPORTING_VERBS


def demonym_names_no_place(doc: Doc, char: int) -> bool:
    """A nationality word that opens a body's name ("African Union forces") or names people
    ("killing three Americans"): no place the event was."""
    token = token_at(doc, char)
    people = token is not None and token.tag_ == "NNPS" and token.dep_ in PEOPLE_ROLES
    return people or in_organisation_name(doc, char)


def in_organisation_name(doc: Doc, char: int) -> bool:
    """ "backed by African Union forces", "damaged the Saudi Teaching Hospital": an adjective
    opening a body's or a building's name (after its article) is no place the event was."""
    token = token_at(doc, char)
    following = token.nbor(1) if token is not None and token.i + 1 < len(doc) else None
    return (
        token is not None
        and token.ent_type_ == "ORG"
        and _opens_the_name(token)
        and following is not None
        and following.ent_iob_ == "I"
    )


def _opens_the_name(token: Token) -> bool:
    """The first word of an entity's name, or the first after its article ("the Saudi ...")."""
    if token.ent_iob_ == "B":
        return True
    before = token.nbor(-1) if token.i > 0 else None
    return before is not None and before.ent_iob_ == "B" and before.pos_ == "DET"


CALLING = frozenset(verb_forms("call"))
URGING = frozenset(
    form for base in split_words("urge ask press tell warn invite") for form in verb_forms(base)
)


def addressed(token: Token | None) -> bool:
    """ "called on Yerevan to refrain", "urged Kyiv to hold its fire": the capital addressed is a
    party asked to act, not where anything happened."""
    if token is None:
        return False
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("on", "upon"):
        return head.head.lower_ in CALLING
    return (
        token.dep_ == "dobj"
        and head.lower_ in URGING
        and any(c.dep_ in ("xcomp", "ccomp") for c in head.children)
    )


# Levels naming a whole country, a continent or an area of several countries.
COARSE_SCENE_LEVELS = ("PCL", "CONT", "RGN", "region")


def scene_rank(
    place: Place, trigger_start: int, clause_places: Sequence[Place] = ()
) -> tuple[int, bool, int]:
    """The order in which the places of an act's clause are its scene: a resolved town or
    province first, or a name the gazetteer lacks placed near one of them ("the village of X near
    Y"); then another unknown name; then a country or a nationality; each the nearest after the
    trigger first. "struck the Russian Black Sea port of Novorossiysk" happened in Novorossiysk,
    "fired near the village of X in the Y district" in Y (or at X near Y), not in the country
    whose word stands nearer the verb."""
    if place.demonym or (place.level or "").startswith(COARSE_SCENE_LEVELS):
        tier = 2
    elif place.lat is not None and place.level is not None:
        tier = 0
    else:
        tier = 0 if place.near and any(p.name == place.near for p in clause_places) else 1
    return tier, place.start < trigger_start, abs(place.start - trigger_start)
