"""People named by their stance ("supporters of Sanders", "a fierce critic of the plan"): the
group, or the person the noun describes, is the source; whom they back or oppose the content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, cue_from, trim
from sitrep.extract.token_positions import run_bounds

if TYPE_CHECKING:
    from spacy.tokens import Token

# How the parser hangs a fronted description on its clause ("A critic of the plan, Doe said").
FRONTED_DEPS = frozenset({"npadvmod", "advcl", "nsubj"})
# Heads of the phrase an agent noun may sit in ("one of a clutch of supporters").
NP_HEADS = frozenset({"NOUN", "NUM", "PRON"})
# People named by their stance: the noun phrase is the source, whom they back or oppose the
# content ("supporters of Sanders", "critics of the plan").
AGENT_NOUNS = frozenset(
    f"{stem}{suffix}"
    for stem in (
        "supporter",
        "backer",
        "critic",
        "opponent",
        "proponent",
        "detractor",
        "defender",
        "admirer",
        "advocate",
        "fan",
        "foe",
    )
    for suffix in ("", "s")
)


def agent_noun(noun: Token) -> Found | None:
    """ "supporters of Sanders", "critics of the plan": the group is the source. (A possessor,
    "his critics", or a name, "Trump supporters", is as often the group's own as its cause.)"""
    content: list[Token] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > noun.i:
            content = trim([t for t in child.subtree if t.i != child.i])
    if not content:
        return None
    taken = {t.i for t in content}
    before = [
        t
        for t in noun.doc[noun.left_edge.i : noun.i + 1]
        if t.i not in taken and t.dep_ not in {"case", "det", "punct"}
    ]
    source = trim([t for t in before if t.i > max((i for i in taken if i < noun.i), default=-1)])
    source = _described_person(noun) or source
    if not source:
        return None
    return Found(run_bounds(content), source, cue_from(noun), "stance", cue_token=noun)


def _described_person(noun: Token) -> list[Token]:
    """ "Doe, a fierce supporter of the plan", "Doe is one of its most vocal critics", "Doe
    voted no and has been a critic of the plan", "Unions were among its earliest supporters":
    the agent noun describes the person or group named, who is the source."""
    node = noun
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in NP_HEADS:
        node = node.head.head
    while node.dep_ == "conj" and node.head.pos_ == "NOUN":
        node = node.head  # "Doe, a former congressman and fierce critic of the plan"
    if node.dep_ == "appos":
        owner: Token | None = node.head
    elif node.dep_ == "attr":
        owner = _clause_subject(node.head)
    elif node.dep_ == "pobj" and node.head.lower_ == "among" and node.head.head.lemma_ == "be":
        owner = _clause_subject(node.head.head)  # "Unions were among its earliest supporters"
    elif node.dep_ in FRONTED_DEPS and _fronted_before_comma(node):
        owner = _subject_after(node)  # "A fierce critic of the plan, Doe voted no."
    else:
        owner = None
    if owner is None or owner.pos_ not in {"PROPN", "PRON", "NOUN"}:
        return []
    asides = [c for c in owner.children if c.dep_ in {"appos", "relcl", "punct"}]
    skip = {t.i for c in [node, *asides] for t in c.subtree}
    start = end = owner.i
    while start - 1 >= owner.left_edge.i and start - 1 not in skip:
        start -= 1
    while end + 1 <= owner.right_edge.i and end + 1 not in skip:
        end += 1
    return trim(list(owner.doc[start : end + 1]))


def _clause_subject(verb: Token) -> Token | None:
    """The verb's subject, or for a verb coordinated without one, the first verb's."""
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _subject_after(phrase: Token) -> Token | None:
    """The subject of the clause that a fronted phrase opens."""
    subjects = phrase.head.children
    return next((c for c in subjects if c.dep_ == "nsubj" and c.i > phrase.right_edge.i), None)


def _fronted_before_comma(phrase: Token) -> bool:
    """A noun phrase opening its clause, closed by a comma (the parser may count the comma in)."""
    last = phrase.right_edge
    closed = last.text == "," or (
        last.i + 1 < len(phrase.doc) and phrase.doc[last.i + 1].text == ","
    )
    return phrase.i < phrase.head.i and closed
