"""The writer's concession at the end of a claim: "decided not to recommend charges even though
he found evidence", "say the positions are “about right,” though voters are more likely to
...". A concessive clause weighs the claim against a fact the writer sets beside it, so it is
the writer's comment, not what was said; `claim_spans` drops it when a comma sets it off, and
this drops it when no comma does (or when the comma hides inside a closing quote)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

CONCESSIVE_SUBORDINATORS = frozenset({"though", "although"})


def less_concession(tokens: list[Token]) -> list[Token]:
    """`tokens` up to a concessive clause with a subject of its own that closes them."""
    if not tokens:
        return tokens
    last = tokens[-1].i
    for token in tokens[1:]:
        if token.right_edge.i >= last - 1 and _is_concession(token):
            stop = token.left_edge.i
            return [t for t in tokens if t.i < stop and not (t.i == stop - 1 and t.is_punct)]
    return tokens


def _is_concession(token: Token) -> bool:
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    return token.dep_ == "advcl" and has_subject and bool(marks & CONCESSIVE_SUBORDINATORS)
