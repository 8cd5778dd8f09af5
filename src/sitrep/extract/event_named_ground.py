"""Ground named only by its name, and gains told by the campaign that won them.

"Capture", "take" and "seize" take people and goods as well as ground, so `event_triggers` reads
a gain of ground only when the object is ground: a territory word or a place the tagger knows. A
small town missing from the gazetteer, tagged an organisation or a person ("M23 rebels captured
Kamanyola"), is ground too when an armed group took it: such a side takes towns, and a person it
seized is told with a full name or a person's word (`event_people_seized`). The event keeps the
name as its place, not on the map, as the place extractor keeps "the town of X" it cannot find.

A campaign of arms as the subject ("A Ukrainian counteroffensive recaptured Kherson") tells one
act, the gain, by its verb; the campaign is its means and its owner the side that gained
(`event_campaigns.no_campaign_fought` drops the campaign noun as an event of its own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.actor_unnamed import unnamed_side
from sitrep.extract.actors import is_non_state, normalize_actor
from sitrep.extract.event_people_seized import is_person
from sitrep.model import EventPlace

if TYPE_CHECKING:
    from spacy.tokens import Token

# Campaigns of arms whose subject-verb tells the ground they won ("the assault captured ...").
GAINING_CAMPAIGNS = lex.CAMPAIGN_NOUNS | frozenset(
    lex.split_words(
        "assault assaults push advance advances operation incursion counterattack "
        "counter-attack blitz"
    )
)
GAIN_TYPES = frozenset({"seize_territory", "retake_territory"})
_HOLDING = frozenset({"control", "hold"})  # "took control of X": X is the ground
_NAME_PARTS = frozenset({"compound", "punct"})  # "Bulo Marer", "Kfar-Aza": one name


def gaining_campaign(verb: Token) -> Token | None:
    """The campaign noun that is the subject of a verb of gain ("the offensive retook ...")."""
    subject = _subject(verb)
    if subject is None or subject.lower_ not in GAINING_CAMPAIGNS:
        return None
    return subject if lex.VERB_INDEX.get(verb.lower_, ("",))[0] in GAIN_TYPES else None


def unlisted_ground(verb: Token) -> Token | None:
    """The lone proper name an armed side or a campaign took ("captured Kamanyola"), or None."""
    objects = [_held(c) for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or not _lone_name(objects[0]) or not _taken_by_arms(verb):
        return None
    return objects[0]


def _held(noun: Token) -> Token:
    """The ground of "took control of Kamanyola", or the object itself."""
    if noun.lower_ not in _HOLDING:
        return noun
    held = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return held[0] if len(held) == 1 else noun


def unlisted_ground_place(verb: Token) -> EventPlace | None:
    """The place of a gain whose ground only its name tells, unplaced on the map."""
    ground = unlisted_ground(verb)
    if ground is None:
        return None
    return EventPlace(name=_name(ground), lat=None, lon=None, level=None)


def _subject(verb: Token) -> Token | None:
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "captured Goma ... and seized Bukavu": the first verb's subject
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _lone_name(noun: Token) -> bool:
    """A proper name with nothing before it but its own parts: no article ("the Pentagon"), no
    name the tagger gives a person ("captured Mbeki"), no known side ("captured Hamas"). Names
    joined by "and" are each such a name ("captured Kamanyola and Luvungi")."""
    if noun.tag_ != "NNP" or noun.ent_type_ == "PERSON" or is_person(noun):
        return False
    parts = [c for c in noun.children if c.dep_ in _NAME_PARTS]
    joined = [c for c in noun.children if c.dep_ in ("cc", "conj")]
    if len(parts) + len(joined) != len(list(noun.children)):
        return False
    if any(w.tag_ != "NNP" and w.dep_ != "punct" for p in parts for w in p.subtree):
        return False
    if not all(_lone_name(c) for c in joined if c.dep_ == "conj"):
        return False
    return normalize_actor(_name(noun)) is None


def _name(noun: Token) -> str:
    """The name's own words ("Bulo Marer", "Kfar-Aza"), without the names joined to it."""
    words = [w for c in noun.children if c.dep_ in _NAME_PARTS for w in c.subtree] + [noun]
    text = " ".join(w.text for w in sorted(words, key=lambda w: w.i))
    return text.replace(" - ", "-")


def _taken_by_arms(verb: Token) -> bool:
    """Whether the subject is a campaign of arms, a named non-state group or unnamed armed men."""
    subject = _subject(verb)
    if subject is None:
        return False
    if gaining_campaign(verb) is not None:
        return True
    name = normalize_actor(" ".join(t.text for t in subject.subtree))
    return (name is not None and is_non_state(name)) or unnamed_side(subject) is not None
