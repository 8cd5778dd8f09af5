"""Whom an act is aimed at, read inside a phrase: never its doer, and the target of a sanction.

A headline such as "Riot police fire water cannon at Yerevan marchers, scores held" leaves the
parser one long subject; the marchers are whom the force was aimed at, so the words from "at" on
never name the actor. "Britain imposed sanctions on the Hezbollah finance chief": a sanction's
"on" object is its target, and a person there is read as the side the words before him name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import normalize_actor
from sitrep.extract.event_lexicon import split_words
from sitrep.extract.event_phrases import side_phrase

if TYPE_CHECKING:
    from spacy.tokens import Token

# What is fired or thrown at people: "tear gas at", "opened fire at", "rubber bullets at".
FORCE_WORDS = frozenset(
    split_words(
        "gas teargas fire cannon cannons bullets bullet rounds shots grenades pellets stones "
        "rocks fires fired firing shoot shoots shooting shot"
    )
)
OWNER_LINKS = frozenset({"compound", "amod", "poss", "nmod"})


def doer_phrase(subject: Token) -> str:
    """The words of a subject that can name its doer: those before a force aimed "at" someone."""
    aim = next(
        (
            t
            for t in subject.subtree
            if t.dep_ == "prep" and t.lower_ == "at" and t.head.lower_ in FORCE_WORDS
        ),
        None,
    )
    if aim is None or aim.i <= subject.left_edge.i:
        return side_phrase(subject)
    return subject.doc[subject.left_edge.i : aim.i].text


def sanctioned_side(phrase: Token, event_type: str) -> str | None:
    """The side a person sanctioned belongs to: "on the Hezbollah finance chief": Hezbollah."""
    if event_type != "sanction" or phrase.dep_ != "prep":
        return None
    for noun in (c for c in phrase.children if c.dep_ == "pobj"):
        owners = [c for c in noun.children if c.dep_ in OWNER_LINKS and c.i < noun.i]
        for owner in owners:
            words = noun.doc[owner.left_edge.i : owner.right_edge.i + 1].text
            if name := normalize_actor(words):
                return name
    return None
