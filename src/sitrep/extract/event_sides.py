"""Two sides named together: "Indian and Pakistani troops exchanged fire".

A clash told with both sides in its subject has one as its actor and the other as its target;
neither demonym says where the fighting was. An attack aimed at an armed group ("strikes on rebel
positions") has that group, not the country it happened in, as its target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import fights_from_home, is_non_state, normalize_actor
from sitrep.extract.datelines import in_dateline
from sitrep.extract.event_lexicon import JUDGING_VERBS, STATEMENT_INDEX, split_words
from sitrep.extract.place_feature_heads import names_a_natural_feature

if TYPE_CHECKING:
    from spacy.tokens import Token


ARMED_GROUP_WORDS = frozenset(
    split_words(
        "rebel rebels militant militants insurgent insurgents jihadist jihadists terrorist "
        "terrorists militia militias gang gangs"
    )
)
TARGET_DEPS = frozenset({"dobj", "nsubjpass", "prep"})
NEAR_PREPS = frozenset({"near", "along", "across", "beside", "outside", "around"})
INSIDE_PREPS = frozenset({"in", "inside"})  # "fired at Israel" aims; "in Israel" sites
SITING_PREPS = INSIDE_PREPS | {"at"}
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def aimed_at_armed_group(triggers: list[Token]) -> bool:
    """The attack's object names an armed group ("strikes on rebel positions", "bombed militant
    hideouts"), or its dead do ("killed twenty jihadists in an air strike"): the country where it
    fell is no target."""
    holders = list(triggers) + [_killing_told_around(t) for t in triggers]
    return any(
        word.lower_ in ARMED_GROUP_WORDS
        for holder in holders
        if holder is not None
        for child in holder.children
        if child.dep_ in TARGET_DEPS
        for word in child.subtree
    )


def _killing_told_around(trigger: Token) -> Token | None:
    """The verb whose act a noun event is the means of: "killed twenty jihadists in an air
    strike" tells who the strike hit."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("in", "during"):
        return None
    verb = prep.head
    if verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head  # the phrase hangs on the dead: "killed twenty jihadists in a strike"
    return verb if verb.pos_ == "VERB" else None


def home_of_the_actor(anchors: list[Token], country: str, actor: str | None) -> bool:
    """ "Yemen's Houthi rebels fired missiles at a tanker off Hodeidah": the country the actor's
    own phrase names as its home, or the home a group fights foreign states from ("Houthis hit
    tanker off Yemen"), is no target of the attack, though the attack fell there."""
    if fights_from_home(actor, country):
        return True
    for anchor in anchors:
        for subject in (c for c in anchor.children if c.dep_ in ("nsubj", "agent")):
            words = (t for t in subject.subtree if t.dep_ in ("poss", "compound", "amod"))
            if any(normalize_actor(t.text) == country and t.i < subject.i for t in words):
                return True
    return False


def first_conjunct(token: Token) -> Token:
    """ "Pakistani" in "Indian and Pakistani troops" stands where "Indian" does."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def other_side(subject: Token | None, actor: str | None) -> str | None:
    """The side named beside the actor in a subject that names two ("Armenian and Azerbaijani
    forces"), or None; a dateline the parser hung on the subject names no side."""
    if subject is None:
        return None
    joined = [t for t in subject.subtree if t.dep_ == "conj"]
    sides = [first_conjunct(t) for t in joined[:1]] + joined
    named = [normalize_actor(t.text) for t in sides if not in_dateline(t)]
    return next((name for name in named if name and name != actor), None)


BACKING_VERBS = frozenset(
    split_words("backed supported funded financed armed trained equipped sponsored aided")
)
LOSING_VERBS = frozenset(split_words("lose loses lost losing"))


def losing_side(trigger: Token) -> Token | None:
    """ "Russia has lost 1,850 soldiers killed or wounded": the side that lost them is the one
    hit, not the one that acted."""
    first = trigger
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ not in ("acl", "amod") or first.head.dep_ != "dobj":
        return None
    verb = first.head.head
    if verb.lower_ not in LOSING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def launcher(subject: Token) -> Token | None:
    """ "A missile fired by Yemen's Houthi rebels struck ...": a weapon's subject is the side
    named as its launcher, not a country the launcher's name mentions. A backer is no launcher:
    in "forces backed by Russian air power recaptured the city" the forces did."""
    for clause in subject.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lower_ not in BACKING_VERBS:
            for agent in clause.children:
                if agent.dep_ == "agent":
                    return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def side_named_by(phrase: Token) -> str | None:
    """The side an object phrase names: the whole phrase first, then an armed group named by its
    own words without what follows them ("rival FARC dissidents and civilians they accused of
    ...": FARC dissidents); a place read so ("In Tel Aviv") is no side."""
    if phrase.dep_ == "prep" and phrase.lower_ in INSIDE_PREPS and _sites_in_a_place(phrase):
        return None  # "attacked a village in northern Nigeria": where, not whom
    if any(names_a_natural_feature(t) for t in _phrase_nouns(phrase)):
        return None  # "pounded the town on the Oskar River": a river is no side
    whole = normalize_actor(" ".join(t.text for t in _without_landmarks(phrase)))
    if whole is not None:
        return whole
    noun = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    noun = noun if phrase.dep_ == "prep" else phrase
    if noun is None:
        return None
    named = normalize_actor(noun.doc[noun.left_edge.i : noun.i + 1].text)
    return named if named is not None and is_non_state(named) else None


def _phrase_nouns(phrase: Token) -> list[Token]:
    """The phrase's own noun: the object of a preposition, or the phrase itself."""
    if phrase.dep_ == "prep":
        return [c for c in phrase.children if c.dep_ == "pobj"]
    return [phrase]


def _without_landmarks(phrase: Token) -> list[Token]:
    """The phrase less what only locates it: "a residential area near the U.S. consulate" aims
    at no one in the United States, and "a town in southern Somalia" or "protesters in Caracas"
    at no state: the place an act fell in is no side (`event_country_targets` says when its
    country is the target)."""
    nouns = [phrase, *(c for c in phrase.children if c.dep_ == "pobj" and phrase.dep_ == "prep")]
    beside = {
        t.i
        for noun in nouns
        for c in noun.children
        if c.dep_ == "prep" and (c.lower_ in NEAR_PREPS or _sites_in_a_place(c))
        for t in c.subtree
    }
    return [t for t in phrase.subtree if t.i not in beside]


def _sites_in_a_place(prep: Token) -> bool:
    """ "in southern Somalia", "in Caracas": a preposition of site whose object is a place."""
    return prep.lower_ in SITING_PREPS and any(
        c.dep_ == "pobj" and c.ent_type_ in PLACE_ENTITIES for c in prep.children
    )


def judges_the_act(verb: Token) -> bool:
    """ "The prime minister condemned the attack": who condemns or praises an act did not do it;
    nor who names it ("called the attack 'an act of terrorism'", "described the strike as")."""
    entry = STATEMENT_INDEX.get(verb.text.lower())
    if entry is not None and entry[1] in ("DISAPPROVE", "SUPPORT"):
        return True
    return verb.lower_ in JUDGING_VERBS and any(
        c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.children
    )
