"""Violence done to people who cannot fight back: beatings, force used on a crowd, torture.

"Police beat protesters with batons", "several detainees were beaten by guards", "police used live
ammunition against protesters" are attacks (`event_types` then reads ACLED's "Excessive force
against protesters" off a crowd's words, else "Attack"), though neither "beat" nor "use" is an
attack word alone: "beat" needs people beaten ("beat the champions", "beat back the assault" are
no attacks), "use" force or arms turned on people. Bare "beat" (or "whip") needs more, since teams,
candidates and contestants beat one another: people who cannot fight back (protesters, detainees,
civilians), a plain harm ("to death", "with batons") or a "by" agent, and no contest told around
it ("in the election", "in a charity match", "3-1", "to win a second term"). A beating someone is
only accused of, or denies, or that allegedly happened, is a claim, not an attack told as fact. The nouns "execution" and "beating" name an
attack only with the people they are done to ("the execution of a civilian"), or "executions" as a
plural ("public executions"); "the execution of the plan", "a stay of execution" or injuries "from
beatings" (the cause of a toll told with its attack) are none, and neither are executions a court
ordered ("men convicted of murder", "sentenced to death"), a state carried out ("Ruritania carried
out 40 executions last year") or that were halted. "Torture" is one unless it is only alleged
("allegations of torture"), opposed ("the committee against torture") or the topic of a body, a
treaty, a history or a report ("the convention against torture", "documented torture").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

BEATING = lex.forms("beat batter club flog whip bludgeon") | {"beaten"}  # no irregular "beat"
BARE_BEATING = lex.forms("beat whip") | {"beaten"}  # also what teams and candidates do
# Those beaten who cannot fight back: "beat protesters", not "beat the doctors 3-1".
DEFENCELESS = frozenset(
    lex.split_words(
        "protesters protester protestors demonstrators demonstrator marchers crowd crowds "
        "detainees detainee prisoners prisoner inmates inmate captives captive civilians "
        "civilian villagers residents journalists journalist reporters activists students "
        "mourners worshippers women children people hostages suspects"
    )
)
# A contest won: "beat his opponents in the election", "beat the doctors 3-1 in a match".
CONTEST = re.compile(
    r"\b(?:match(?:es)?|finals?|elections?|votes?|polls?|seats?|win|won|victory|term|race|"
    r"contest|games?|tournament|championship|league|cup|bee|competition|debate|tug|quiz)\b"
    r"|\b\d+-\d+\b",
    re.I,
)
# What makes a beating one only claimed: "accused of beating", "allegedly beat", "denied beating".
CLAIMED = frozenset(lex.split_words("accused accuses accuse allegedly denied denies deny"))
USING = lex.forms("use")
# What harms when turned on people: "used live ammunition against", "used tear gas on".
FORCE_USED = frozenset(
    lex.split_words(
        "ammunition rounds bullets gas teargas force batons whips clubs cannon cannons "
        "grenades weapons firearms guns rifles pellets"
    )
)
VICTIMS = lex.PERSON_OBJECTS | frozenset(
    lex.split_words(
        "protesters protester protestors demonstrators demonstrator marchers crowd crowds "
        "detainees detainee prisoners prisoner inmates inmate captives captive civilian "
        "villagers villager residents resident supporters mourners worshippers voters "
        "strikers youths youth boys boy girls girl farmers farmer teachers teacher doctors "
        "doctor nurses nurse priests priest herders herder traders trader fishermen fisherman "
        "dissidents dissident opponents opponent"
    )
)
PRONOUNS = frozenset(lex.split_words("him her them"))
COUNTS = frozenset(lex.split_words("dozens scores hundreds thousands several many some most all"))
# Words that make a beating of a named person plain: "to death", "with batons".
PLAIN_HARM = frozenset(
    lex.split_words("death unconscious batons baton sticks clubs rods bars truncheons whips cables")
)
TURNED_ON = frozenset(lex.split_words("against on at"))
# Nouns that are an attack only with their victims or as a plural: "executions of civilians".
HARM_NOUNS = frozenset(lex.split_words("execution executions beating beatings"))
BARE_PLURALS = frozenset(lex.split_words("executions"))
TORTURE = frozenset(lex.split_words("torture tortures"))
# What torture is only the topic of: "the committee against torture", "the history of torture".
TOPIC_HOLDERS = frozenset(
    lex.split_words(
        "convention conventions committee commission treaty law laws ban prohibition history "
        "museum campaign rapporteur day"
    )
)
DOCUMENTING = lex.forms("document")
# What makes executions a court's or a state's: "convicted of murder", "sentenced to death".
JUDICIAL = frozenset(
    lex.split_words(
        "court courts sentenced sentence convicted conviction verdict judge judges tribunal "
        "penalty lethal injection"
    )
)
STATES = frozenset(lex.split_words("authorities state government regime kingdom"))
HALTING = lex.forms("halt stay postpone block suspend delay stop commute")
# What only says torture may have happened: "allegations of torture", "evidence of torture".
ALLEGED = frozenset(
    lex.split_words(
        "allegations allegation accusations accusation claims claim reports report evidence "
        "charges charge signs cases suspicion"
    )
)


def one_sided_harm(verb: Token) -> tuple[str, str, str | None] | None:
    """("attack", base, None) for a beating of people or force used on them; None otherwise."""
    low = verb.lower_
    if low in BEATING and not any(c.dep_ == "prt" for c in verb.children):
        done_to = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(_victim(t, verb) for t in done_to) and _plain_beating(verb, done_to):
            return "attack", "beat", None
    if low in USING and _force_on_people(verb):
        return "attack", "use", None
    return None


def _plain_beating(verb: Token, done_to: list[Token]) -> bool:
    """A beating told as one, not a contest won ("beat the boys in the spelling bee") nor a
    claim ("accused of beating detainees")."""
    if _claimed(verb):
        return False
    if verb.lower_ not in BARE_BEATING:
        return True
    plain = any(t.lower_ in PLAIN_HARM for t in verb.subtree)
    if plain or any(_counted(t).lower_ in DEFENCELESS for t in done_to):
        return True  # "beat villagers in Kasai after the election": people who cannot fight back
    if CONTEST.search(" ".join(t.text for t in verb.subtree)):
        return False
    return any(c.dep_ == "agent" for c in verb.children)


def _claimed(act: Token) -> bool:
    """ "accused of beating", "allegedly beat", "denied beating": only a claim of the act."""
    near = [act, *act.children, act.head]
    if act.dep_ in ("pobj", "pcomp"):
        near += [act.head.head, *act.head.head.children]
    return any(t.lower_ in CLAIMED for t in near)


def harm_noun_fits(noun: Token) -> bool:
    """ "the execution of a civilian", "public executions"; not "the execution of the plan"."""
    if noun.lower_ in TORTURE:  # "died as a result of torture", not "allegations of torture"
        return _torture_done(noun)
    if noun.lower_ not in HARM_NOUNS:
        return True
    if _claimed(noun) or (noun.lower_.startswith("execution") and _lawful(noun)):
        return False
    done_to = [o for p in noun.children if p.lower_ == "of" for o in p.children]
    if done_to:
        return any(_victim(o, noun) for o in done_to)
    return noun.lower_ in BARE_PLURALS


def _torture_done(noun: Token) -> bool:
    """Torture done to someone, not only alleged, opposed or the topic of a body or a report."""
    if noun.dep_ == "pobj":
        prep, holder = noun.head.lower_, noun.head.head
        if prep == "against" or holder.lower_ in TOPIC_HOLDERS:
            return False  # "the committee against torture", "the history of torture"
        return not (prep == "of" and holder.lower_ in ALLEGED)
    return not (noun.dep_ == "dobj" and noun.head.lower_ in DOCUMENTING)


def _lawful(noun: Token) -> bool:
    """Executions a court ordered, a state carried out or someone halted: no attack."""
    if any(t.lower_ in JUDICIAL for t in noun.sent):
        return True
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if verb is None:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.lower_ in HALTING or any(d.ent_type_ == "GPE" or d.lower_ in STATES for d in doers)


def _counted(word: Token) -> Token:
    """ "dozens of protesters": the people counted, not the count."""
    counted = [o for p in word.children if p.lower_ == "of" for o in p.children]
    return counted[0] if (word.like_num or word.lower_ in COUNTS) and counted else word


def _victim(word: Token, act: Token) -> bool:
    """People harmed: a word for them, or a name or a pronoun when the harm is plain ("beat him
    to death", "beat Ivo Kral with iron bars"); "Nadal beat Federer" is a match."""
    word = _counted(word)  # "dozens of protesters were beaten"
    named = word.lower_ in PRONOUNS or word.ent_type_ == "PERSON" or word.tag_ == "NNP"
    if word.lower_ in VICTIMS or (act.tag_.startswith("NN") and named):
        return True
    return named and any(t.lower_ in PLAIN_HARM for t in act.subtree)


def _force_on_people(verb: Token) -> bool:
    used = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(t.lower_ in FORCE_USED for u in used for t in u.subtree):
        return False
    holders = [verb, *used]  # "used tear gas on students": the parser may hang "on" on the gas
    aimed = [
        o
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in TURNED_ON
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(_victim(o, verb) for o in aimed)
