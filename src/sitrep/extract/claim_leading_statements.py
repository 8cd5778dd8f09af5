"""A further statement of the speaker that the parser hung at the front of the reported clause:
"The mission said, citing medical sources, that six people were killed". Kept apart from
`claim_spans`, which reads the claims."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import trim

if TYPE_CHECKING:
    from spacy.tokens import Token


def past_leading_statement(
    tokens: list[Token], cut: list[Token]
) -> tuple[list[Token], list[Token]]:
    """The claim's tokens after a statement of the speaker's (one of `cut`) that opens them, and
    the statements left to end the claim; a statement opening the clause does not end it."""
    leading = [t for t in cut if tokens and t.left_edge.i == tokens[0].i]
    if not leading:
        return tokens, cut
    end = max(t.right_edge.i for t in leading)
    return trim([t for t in tokens if t.i > end]), [t for t in cut if t not in leading]
