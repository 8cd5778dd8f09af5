"""A statement announced by "the following" ("The army reported the following: ..."): the words
are a pointer to what comes after the colon, which is what was reported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.claim_spans import colon_after

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def following_statement(token: Token, sentence: SpacySpan) -> tuple[int, int] | None:
    """What follows the colon after "said the following:" or "wishes to report the following:",
    not the pointer itself (which says nothing to a reader of the claim alone). The colon is
    looked for from the pointer, which the tagger often takes for a verb."""
    pointers = [
        c for c in token.children if c.dep_ == "dobj" and c.lower_ == "following" and c.i > token.i
    ]
    return colon_after(pointers[0], sentence) if pointers else None
