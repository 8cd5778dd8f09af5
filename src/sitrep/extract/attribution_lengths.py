"""Lengths gone to: "The senator went so far as to say that the deal was dead", "she went as far
as to call him a liar". The parser hangs the infinitive on "far", an adverb with no subject, so
the statement seems to have no speaker; it is the subject of "go" who says it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

GO_FORMS = frozenset({"go", "goes", "went", "gone", "going"})


def lengths_gone_to(infinitive: Token) -> Token | None:
    """The "go" of "went so far as to say": the clause that speaks for the infinitive; None
    otherwise."""
    far = infinitive.head
    if infinitive.dep_ != "advcl" or far.lower_ != "far" or far.dep_ != "advmod":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in infinitive.children):
        return None
    return far.head if far.head.lower_ in GO_FORMS else None
