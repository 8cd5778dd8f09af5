"""Violence done to people who cannot fight back: beatings, force used on a crowd, torture.

"Police beat protesters with batons", "several detainees were beaten by guards", "police used live
ammunition against protesters" are attacks (`event_types` then reads ACLED's "Excessive force
against protesters" off a crowd's words, else "Attack"), though neither "beat" nor "use" is an
attack word alone: "beat" needs people beaten ("beat the champions", "beat back the assault" are
no attacks), "use" force or arms turned on people. The nouns "execution" and "beating" name an
attack only with the people they are done to ("the execution of a civilian"), or "executions" as a
plural ("public executions"); "the execution of the plan", "a stay of execution" or injuries "from
beatings" (the cause of a toll told with its attack) are none. "Torture" is one unless it is only
alleged ("allegations of torture").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

BEATING = lex.forms("beat batter club flog whip bludgeon") | {"beaten"}  # no irregular "beat"
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
        if any(_victim(t, verb) for t in done_to):
            return "attack", "beat", None
    if low in USING and _force_on_people(verb):
        return "attack", "use", None
    return None


def harm_noun_fits(noun: Token) -> bool:
    """ "the execution of a civilian", "public executions"; not "the execution of the plan"."""
    if noun.lower_ in TORTURE:  # "died as a result of torture", not "allegations of torture"
        held = noun.dep_ == "pobj" and noun.head.lower_ == "of"
        return not (held and noun.head.head.lower_ in ALLEGED)
    if noun.lower_ not in HARM_NOUNS:
        return True
    done_to = [o for p in noun.children if p.lower_ == "of" for o in p.children]
    if done_to:
        return any(_victim(o, noun) for o in done_to)
    return noun.lower_ in BARE_PLURALS


def _victim(word: Token, act: Token) -> bool:
    """People harmed: a word for them, or a name or a pronoun when the harm is plain ("beat him
    to death", "beat Ivo Kral with iron bars"); "Nadal beat Federer" is a match."""
    counted = [o for p in word.children if p.lower_ == "of" for o in p.children]
    if (word.like_num or word.lower_ in COUNTS) and counted:
        word = counted[0]  # "dozens of protesters were beaten"
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
