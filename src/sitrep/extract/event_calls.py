"""A call for an act is a demand, as "demanded" is: the act called for has not happened.

"The council called for the withdrawal of troops from Tarno", "the envoy appealed for a halt to
the fighting": no troops left and nothing halted on the day; what happened is the demand (a
statement, PLOVER DEMAND). "Call" demands only through its "for" phrase ("called the raid a
crime" names the raid) or its "on ... to" ("called on the army to withdraw").

Only a party calling in its own voice demands: not a call made of something ("elections were
called for May", "the meeting was called for Friday": a date set), a thing that "calls for"
("the plan calls for more troops", "the situation calls for calm"), a call with an object or a
particle ("called the premier for talks", "called off the raid"), "called on" with no one told to
act ("called on the widows": a visit), or a force asking for help in its fight ("the garrison
called for air support": a request, and the strikes it asks for keep their own reading).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_lexicon import split_words as _w
from sitrep.extract.source_animacy import is_abstract

if TYPE_CHECKING:
    from spacy.tokens import Token

CALLING = frozenset(
    f"{base}{ending}" for base in ("call", "appeal") for ending in ("", "s", "ed", "ing")
)
ADDRESSED = frozenset({"on", "upon"})
# Things that "call for" what they provide or need: no voice of their own.
THINGS = frozenset(
    _w(
        "plan plans proposal proposals resolution resolutions bill bills law laws deal draft "
        "treaty accord agreement report strategy measure measures budget text document rules "
        "roadmap framework initiative scheme blueprint design"
    )
)
# A force and what it asks for in its own fight ("called for air support").
FORCES = (lex.MILITARY - frozenset(_w("police policemen"))) | frozenset(
    _w("garrison garrisons commander commanders officer officers general generals")
)
COMBAT_HELP = frozenset(_w("reinforcements backup airstrike airstrikes air artillery"))
# What makes "support" fire support ("air support"), not backing ("support for the deal").
FIRE = frozenset(_w("air fire artillery naval aerial close"))
CALENDAR = frozenset(
    _w(
        "monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight january "
        "february march april may june july august september october november december week "
        "weekend month year spring summer autumn fall winter"
    )
)


def calls_for(verb: Token) -> bool:
    """ "called for a ceasefire", "appealed for calm", "called on the army to withdraw"."""
    if verb.lower_ not in CALLING or not verb.tag_.startswith("VB"):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass", "dobj", "prt", "dative") for c in verb.children):
        return False  # "was called for May", "called the premier", "called off the raid"
    subjects = _subjects(verb)
    if not subjects or any(s.lower_ in THINGS or is_abstract([s]) for s in subjects):
        return False  # "the plan calls for", "the situation calls for restraint"
    if any(s.lower_ in FORCES for s in subjects) and _asks_combat_help(verb):
        return False
    if any(_for_clause(c) for c in verb.children):
        return True  # "called for troops to be withdrawn"
    return any(_demanding_phrase(verb, c) for c in verb.children if c.dep_ == "prep")


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is joined to ("said ... and called for")."""
    roles: tuple[str, ...] = ("nsubj",)
    while True:
        subjects = [c for c in verb.children if c.dep_ in roles]
        if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subjects
        verb, roles = verb.head, ("nsubj", "nsubjpass")  # "it was horrified and called for"


def _for_clause(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in clause.children
    )


def _demanding_phrase(verb: Token, prep: Token) -> bool:
    """ "for a ceasefire" (not "for Monday"), "on the army to withdraw" (not "on the widows")."""
    if prep.lower_ in ADDRESSED:
        return any(c.dep_ == "xcomp" for c in verb.children)
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ == "for" and bool(objects) and not any(_date(o) for o in objects)


def _date(word: Token) -> bool:
    return word.ent_type_ in ("DATE", "TIME") or word.lower_ in CALENDAR


def _asks_combat_help(verb: Token) -> bool:
    """ "called for air support", "for reinforcements"; not "for support for the peace deal":
    only the object's head and its own modifiers are read."""
    objects = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(_combat_help(o) for o in objects)


def _combat_help(head: Token) -> bool:
    kinds = {c.lower_ for c in head.children if c.dep_ in ("compound", "amod")}
    if head.lower_ == "support":
        return bool(kinds & FIRE)
    return head.lower_ in COMBAT_HELP or bool(kinds & COMBAT_HELP)


def called_for_through(verb: Token, step: Token) -> bool:
    """The act reached from the calling verb through its "for" phrase ("called for a truce",
    "called for troops to be withdrawn") or from a call named by its noun ("calls for the
    withdrawal grew", "answered the call for a ceasefire") is the one called for."""
    through_for = (step.dep_ == "prep" and step.lower_ == "for") or _for_clause(step)
    if not through_for or verb.lower_ not in CALLING:
        return False
    return verb.tag_.startswith("NN") or calls_for(verb)


def call_entry(verb: Token) -> tuple[str, str | None, str] | None:
    """The statement a call is (`event_lexicon.statement_entry`): a demand, or None."""
    return ("statement", "DEMAND", "call") if calls_for(verb) else None
