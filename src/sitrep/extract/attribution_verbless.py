"""Reporting verbs the parser demotes in a sentence it leaves without a verb.

"Beruff, a close ally of the mayor, called the standards “strong.”", "One of the doctors who
sent the letter called the host a fraud": the small parser reads the main verb as a participle
on the noun before it and makes the subject the root of a verbless sentence. A sentence has a
verb, so the participle is it, and the noun phrase before it, from the root on, speaks. A
participle right after its noun with a single complement names that noun instead ("a group
called Vets for Peace", "The ad, titled “Unifier”"), and one set off by commas describes it.
Before a colon ("The result: students take 112 tests, a study found") the root is no subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import trim

if TYPE_CHECKING:
    from spacy.tokens import Token

ROOT_NOUNS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
COMPLEMENT_DEPS = frozenset({"dobj", "oprd", "dative", "ccomp"})


def verbless_subject(participle: Token) -> list[Token]:
    """The noun phrase before a cue the parser took for a participle in a verbless sentence."""
    root = participle.sent.root
    if (
        participle.dep_ != "acl"
        or participle.tag_ not in {"VBN", "VBD"}
        or root.pos_ not in ROOT_NOUNS
        or root.i > participle.i
        or any(c.dep_ in {"auxpass", "agent"} for c in participle.children)
        or _names_its_noun(participle)
        or _is_aside(participle)
    ):
        return []
    phrase = trim(list(participle.doc[root.left_edge.i : participle.i]))
    return [] if any(t.text == ":" for t in phrase) else phrase


def _is_aside(participle: Token) -> bool:
    """ "The ad, titled “Unifier”, concludes ...": set off by commas, it describes the noun."""
    after = participle.right_edge.i + 1
    return after < participle.sent.end and participle.doc[after].text == ","


def _names_its_noun(participle: Token) -> bool:
    """ "a group called Vets for Peace", "The ad, titled “Unifier”": right after the noun (or
    its comma), with one complement."""
    complements = [c for c in participle.children if c.dep_ in COMPLEMENT_DEPS]
    between = participle.doc[participle.head.i + 1 : participle.i]
    return all(t.text == "," for t in between) and len(complements) < 2
