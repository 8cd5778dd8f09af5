"""A figure a toll rose, climbed or stood at, read from the parse rather than a window of text.

"The death toll from the storm that battered the coast of Chile in the early hours of Monday
rose to 45" puts the toll far before its figure, past any fixed window, and "the number of dead
climbed to 61" names no toll at all. The figure is the toll's when it is what a verb of level
("rose to", "reached", "stood at", "up from") says of a subject whose head is a toll or the
number of the dead (injured, displaced ...), or a verb of revision ("lowered the toll to 27 from
31") says of the toll it names as its object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.quantity_captives import names_people, taken_captive
from sitrep.extract.quantity_types import CASUALTY_WORDS
from sitrep.extract.quantity_uprooted import driven_from_home

if TYPE_CHECKING:
    from spacy.tokens import Token

# Inflected forms: the pipeline runs without a lemmatizer.
LEVEL_VERBS = frozenset({
    "rose", "rise", "rises", "rising", "risen", "climbed", "climb", "climbs", "climbing",
    "reached", "reach", "reaches", "reaching", "increased", "increase", "increases", "jumped",
    "grew", "grown", "growing", "mounted", "mounting", "stood", "stands", "standing", "hit",
    "surged", "soared", "passed", "topped", "exceeded", "swelled", "swollen", "fell", "fallen",
    "dropped", "revised",
})  # fmt: skip
# Verbs by which someone moves a toll they name as the object: "lowered the death toll to 27
# from 31", "revised down the toll to 19".
REVISING_VERBS = frozenset({
    "lowered", "lowers", "lowering", "revised", "revises", "revising", "raised", "raises",
    "raising", "updated", "updates", "cut", "cuts",
})  # fmt: skip
LEVEL_PREPOSITIONS = frozenset({"to", "at", "from"})
# "up from 128", "down from 40": the earlier level, hung on the verb through its particle
LEVEL_PARTICLES = frozenset({"up", "down"})
INJURY_TOLLS = frozenset({"injury", "injuries", "casualty"})
# "up from an earlier estimate of 850,000": the earlier level named by what it was
FIGURE_NOUNS = frozenset({"estimate", "figure", "count", "tally", "toll", "total", "level"})


def toll_level(number: Token) -> str | None:
    """The casualty a toll counts when `number` is a level it rose to, stood at or came from."""
    found = level_verb(number)
    if found is None:
        return None
    verb, preposition = found
    revised = verb.lower_ in REVISING_VERBS and preposition in ("to", "from")
    if not revised and verb.lower_ not in LEVEL_VERBS:
        return None
    if preposition and verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = _level_subjects(verb)
    if revised:
        subjects.extend(_revised_objects(verb, number))
    return next((m for m in map(_toll_of, subjects) if m is not None), None)


def _level_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, else those of the clause the parser made of its subject: "the number
    of soldiers taken prisoner had risen to 71" is parsed as "number" taking "taken", with
    "risen" joined to it or "taken" the clause that is its subject."""
    subjects = _subjects(verb)
    if not subjects and verb.dep_ == "conj":
        subjects = _subjects(verb.head)
    if not subjects:
        subjects = [s for c in verb.children if c.dep_ == "csubj" for s in _subjects(c)]
    return subjects


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def toll_group(number: Token) -> str | None:
    """The people a toll's level counts when its subject names them: "soldiers" for "the number
    of soldiers taken prisoner had risen to 71"; None for "the number of dead"."""
    found = level_verb(number)
    subjects = _level_subjects(found[0]) if found is not None else []
    for subject in (s for s in subjects if s.lower_ in ("number", "count", "tally")):
        groups = [g for of in _of_phrases(subject) for g in of.children if g.dep_ == "pobj"]
        named = [g for g in groups if names_people(g) and g.tag_ == "NNS"]
        if named:
            return named[0].lower_
    return None


def _of_phrases(subject: Token) -> list[Token]:
    return [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]


def _revised_objects(verb: Token, number: Token) -> list[Token]:
    """The toll a revising verb moved: "lowered [the toll]", "revised down [the toll]" (the
    parser may take "down" for a preposition with the toll as its object), "lowered [the number
    of dead] to 27" (`_toll_of` says which counts name a fate). "raising to 40 the number of
    soldiers killed" names its own noun after the figure (`quantity_revisions`)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    particles = [c for c in verb.children if c.lower_ in LEVEL_PARTICLES]
    objects += [o for p in particles for o in p.children if o.dep_ == "pobj"]
    return [
        o
        for o in objects
        if o.lower_ in ("toll", "tally") or (o.lower_ in ("number", "count") and o.i < number.i)
    ]


def level_verb(number: Token) -> tuple[Token, str] | None:
    """The verb `number` is the figure of, and the preposition it takes it by ("" for an object):
    "reached 77" (reached, ""), "rose to 45" (rose, "to"), "rose to 312, up from 128" (rose,
    "from"). Which verbs count is the caller's: a level's ("stood at") or a rise's ("climbed to",
    `event_toll_rises`)."""
    while number.dep_ in ("compound", "quantmod") and number.head.tag_ == "CD":
        number = number.head  # "1.2 million": the scale word carries the number's role
    head = number.head
    if number.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in FIGURE_NOUNS:
        number, head = head.head, head.head.head  # "up from an earlier estimate of 850,000"
    if number.dep_ == "dobj":
        return head, ""
    if number.dep_ != "pobj" or head.lower_ not in LEVEL_PREPOSITIONS:
        return None
    verb = head.head
    if verb.lower_ in LEVEL_PARTICLES and verb.head.i != verb.i:
        verb = verb.head  # "rose to 312, up from 128"
    return verb, head.lower_


def _toll_of(subject: Token) -> str | None:
    """ "the death toll" is of the killed; "the number of dead (of people killed)" of the fate
    its group is named by."""
    word = subject.lower_
    if word == "toll":
        named = {c.lower_ for c in subject.children if c.dep_ in ("compound", "amod")}
        return "injured" if named & INJURY_TOLLS else "killed"
    if word in ("number", "count", "tally"):
        for of in _of_phrases(subject):
            for group in (c for c in of.children if c.dep_ == "pobj"):
                # "the number of people forced from their homes": the parser may hang the
                # participle on "number" rather than on "people", or make it number's verb
                # ("the number of soldiers taken prisoner had risen to 71")
                told = _modifiers(group) + _modifiers(subject) + _misread_verb(subject)
                fate = _fate_named(group, told)
                if fate is not None:
                    return fate
    return None


def _modifiers(word: Token) -> list[Token]:
    return [c for c in word.children if c.dep_ in ("acl", "amod")]


def _misread_verb(subject: Token) -> list[Token]:
    """The verb the parser made "number" the subject of, when the level verb is its conjunct or
    it is the level verb's subject clause (`_level_subjects`)."""
    verb = subject.head
    joined = any(c.dep_ == "conj" and c.lower_ in LEVEL_VERBS for c in verb.children)
    clause = verb.dep_ == "csubj" and verb.head.lower_ in LEVEL_VERBS
    return [verb] if subject.dep_ == "nsubj" and (joined or clause) else []


def _fate_named(group: Token, modifiers: list[Token]) -> str | None:
    """ "dead", "deaths", "people killed", "injured people", "people forced from their homes":
    the fate a group is named by."""
    for word in (group, *modifiers):
        fate = CASUALTY_WORDS.get(word.lower_)
        if fate is not None:
            return fate
        if taken_captive(word):  # "soldiers taken prisoner"
            return "detained"
        if word.dep_ == "acl" and driven_from_home(word):
            return "displaced"
    return None
