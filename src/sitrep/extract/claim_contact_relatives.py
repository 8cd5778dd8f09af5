"""A relative clause with no relative pronoun on the place or medium of speaking: in "said on
a radio station it controls that the target was a convoy" the parser takes "it controls" for
what was said and hangs the real complement on it. A verb that takes an object but stands with
none, right before a "that" clause, is the relative clause ("a station it controls"); what is
said is the "that" clause. A reporting verb there ("said in Rome he believed that ...") is a
statement of its own and is left as it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cues import is_cue_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "dative", "prt"})


def past_contact_relative(token: Token, child: Token) -> Token:
    """The head of what `token` says: `child`, or the "that" clause under it when `child` is a
    relative clause on the object of the verb's preposition ("said on a station it runs that")."""
    if child.dep_ != "ccomp" or is_cue_verb(child) or not _after_prep_phrase(token, child):
        return child
    if any(c.dep_ in OBJECT_DEPS for c in child.children):
        return child
    inner = [
        c
        for c in child.children
        if c.dep_ == "ccomp" and c.left_edge.i == child.i + 1 and c.left_edge.lower_ == "that"
    ]
    return inner[0] if inner else child


def _after_prep_phrase(token: Token, child: Token) -> bool:
    """The clause opens right after a prepositional phrase on the verb ("on a radio station")."""
    return any(
        c.dep_ == "prep" and token.i < c.i and c.right_edge.i + 1 == child.left_edge.i
        for c in token.children
    )
