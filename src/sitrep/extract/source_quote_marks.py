"""A source whose name holds a quoted word ('a medic with the call sign "Falcon"') keeps both
quote marks: the parse may end the source on the word and leave the closing mark outside,
which prints an unbalanced name. Kept apart from `sources`, which classifies names."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
DOUBLE_QUOTES = frozenset({'"', "“", "”"})


def with_closing_quote(source: list[Token]) -> list[Token]:
    """The source with the closing mark after its last word when it opens a quote it does not
    close; as it is otherwise."""
    if not source:
        return source
    marks = [t for t in source if t.text in DOUBLE_QUOTES]
    if len(marks) % 2 == 0 or source[-1].text in QUOTE_MARKS:
        return source
    doc, after = source[0].doc, source[-1].i + 1
    if after < len(doc) and doc[after].text in DOUBLE_QUOTES:
        return [*source, doc[after]]
    return source
