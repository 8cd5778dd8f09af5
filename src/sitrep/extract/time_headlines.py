"""Headlines: a present tense there reports what has happened ("Missiles kill 12 in Odesa on
Tuesday"), where in the body news uses it for what is scheduled ("the council meets Monday").

Headline style puts a done deed in the present and a coming one in "to" + verb ("Premier Okafor to
visit Washington on Thursday"). Verbs of scheduled activity ("meets", "visits", "opens") are
the exception: a headline uses their present for the plan as often as for the fact, and they
keep the body's reading, unless what they set going is an attack or the weapons fired in one
("Molvania launches drones at Ostrava on Sunday night", "opens fire", "begins offensive"): an
act of violence is news once done, so the headline reports it (`event_headline_tenses` reads the
event the same way), unless the body tells that act as still to come ("the launch was planned for
the weekend", `headline_body_plans`): then the headline's day is the coming one. A headline's
"to" + verb with no finite verb above it ("Rebels to attack the port on Thursday") is headline
style for what is planned, so its day lies ahead whatever the verb (`announces_planned_deed`),
when the day hangs on that verb: a day inside its object ("Army to blame rebels for Monday
attack") dates a deed the plan answers, already done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.headline_body_plans import body_tells_it_ahead
from sitrep.extract.token_positions import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

SCHEDULED_ACTIVITIES = frozenset(
    {
        "meet",
        "meets",
        "visit",
        "visits",
        "travel",
        "travels",
        "head",
        "heads",
        "hold",
        "holds",
        "host",
        "hosts",
        "begin",
        "begins",
        "start",
        "starts",
        "open",
        "opens",
        "resume",
        "resumes",
        "vote",
        "votes",
        "attend",
        "attends",
        "address",
        "addresses",
        "arrive",
        "arrives",
        "leave",
        "leaves",
        "return",
        "returns",
        "convene",
        "convenes",
        "gather",
        "gathers",
        "face",
        "faces",
        "play",
        "plays",
        "launch",
        "launches",
        "unveil",
        "unveils",
    }
)
LINE_CLOSERS = frozenset(".!?\"”'’:;,")
# Weapons a launch fires, and "fire" itself ("opens fire"): what no one schedules in a headline.
FIRED_WEAPONS = frozenset({"drone", "missile", "rocket", "artillery", "mortar", "aircraft"})
# How the parser hangs a bare attack noun on the verb: "launches offensive" (advmod), "begin
# offensive" (acomp).
OBJECT_DEPS = frozenset({"dobj", "advmod", "acomp", "npadvmod"})
# How the parser hangs a headline's "to" + verb on its subject when it takes the subject for the
# line's root: "Rebels [to attack] the port" (relcl), "Opposition [to hold] rally" (acl).
INFINITIVE_ON_NOUN = frozenset({"relcl", "acl"})
TARGET_PREPS = frozenset({"at", "against", "on", "into", "toward", "towards"})


def reports_done_deed(verb: Token) -> bool:
    """Whether `verb`, read as a present tense, stands in a headline for a deed already done."""
    if not is_headline(verb):
        return False
    if reports_coming_deed(verb):
        return False
    return verb.lower_ not in SCHEDULED_ACTIVITIES or _sets_off_attack(verb)


def reports_coming_deed(verb: Token) -> bool:
    """Whether `verb`, a headline's present, sets off an attack the body tells as to come
    ("Molvania launches drones at Ostrava on Sunday" over "the launch was planned")."""
    return is_headline(verb) and _sets_off_attack(verb) and body_tells_it_ahead(verb)


def announces_planned_deed(verb: Token) -> bool:
    """Whether `verb` is a headline's bare "to" + verb, the headline form of a plan ("Premier to
    visit Washington on Thursday", "Rebels to attack the port on Thursday"), not one hung on a
    finite verb ("Leaders agree to meet on Thursday"), which has a tense of its own."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    heads_line = verb.dep_ == "ROOT" or (
        verb.dep_ in INFINITIVE_ON_NOUN
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
    )
    return heads_line and is_headline(verb)


def _sets_off_attack(verb: Token) -> bool:
    """ "launches drones at Kyiv", "launches an offensive", "opens fire": the object is an attack
    or the weapons fired in one."""
    objects = [
        c for c in verb.children if c.dep_ == "dobj" or (c.dep_ in OBJECT_DEPS and c.i > verb.i)
    ]
    return any(
        lex.NOUNS.get(o.lower_) == "attack" or o.lower_ == "fire" or _weapons_fired(verb, o)
        for o in objects
    )


def _weapons_fired(verb: Token, thing: Token) -> bool:
    """ "drones", "missiles at Odesa"; a single rocket with no target is as often a space launch
    ("launches rocket to the Moon")."""
    if lex.WEAPONS.get(thing.lower_) not in FIRED_WEAPONS:
        return False
    if thing.lower_ != "rocket":
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in TARGET_PREPS and _not_a_date(c)
        for w in (verb, thing)
        for c in w.children
    )


def _not_a_date(preposition: Token) -> bool:
    return all(p.ent_type_ not in ("DATE", "TIME") for p in preposition.children)


def is_headline(token: Token) -> bool:
    """Whether `token`'s sentence is a line of its own with no closing punctuation."""
    sent = token.sent
    text = doc_text(sent.doc)
    start = sent.start_char
    end = start + len(text[start : sent.end_char].rstrip())
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    on_own_line = (not before or before.endswith("\n")) and (not after or after.startswith("\n"))
    return on_own_line and end > start and text[end - 1] not in LINE_CLOSERS
