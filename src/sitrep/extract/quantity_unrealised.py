"""Casualties not yet suffered: "threatened to kill 11 hostages" counts no dead.

A casualty verb under a threat, a vow or a plan ("vowed to execute five soldiers", "plans to
kill them") or under a modal of what may come ("would kill", "could kill") tells what someone
says may happen; the count keeps the fate of its own noun (hostages stay held) or none. Killing
words that also name other deeds ("executed a search warrant", "executed 12 orders") are a
killing only when the count is of people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.quantity_types import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# The parse carries no lemmas here (the pipeline leaves the lemmatizer out): forms are listed.
THREATENING = frozenset(
    f"{base}{ending}"
    for base in (
        "threaten", "vow", "pledge", "promise", "intend", "warn", "want", "seek", "attempt",
        "prepare", "aim", "demand", "order", "try", "plan", "plot",
    )
    for ending in ("", "s", "ed", "d", "ing", "ned", "ning", "ted", "ting")
) | {"sought", "tried", "tries"}  # fmt: skip
MAY_COME = frozenset({"will", "would", "could", "may", "might", "shall", "'ll", "’ll"})
EXECUTION_WORDS = frozenset({
    "execute", "executes", "executed", "executing", "beheaded", "behead", "beheading",
    "lynched", "lynch",
})  # fmt: skip
# Counted nouns for people besides `PERSON_NOUNS`' singulars.
PEOPLE = frozenset({"people", "men", "women", "children", "hostage", "captive", "detainee"})


def unrealised(word: Token) -> bool:
    """Whether the casualty verb `word` is threatened, vowed or planned rather than done."""
    if word.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in MAY_COME for c in word.children):
        return True
    verb = word
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
        if verb.lower_ in THREATENING:
            return True
    return False


def kills_only_people(word: Token, holder: Token) -> bool:
    """ "executed 12 orders": an execution word whose count is of things tells no killing."""
    if word.lower_ not in EXECUTION_WORDS or holder.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = holder.lower_
    return noun not in PEOPLE and noun.removesuffix("s") not in PERSON_NOUNS | PEOPLE
