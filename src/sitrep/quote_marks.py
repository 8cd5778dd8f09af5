"""The quotation marks sitrep reads, in one place for the quote finder and the sentence splitter.

Besides curly and straight double quotes, wire services and newspaper archives typed on ASCII
keyboards write a quote between two backticks and two apostrophes (``We stay,'' she said), and
some archives open it with two apostrophes too (''We stay,'' she said). spaCy's English tokenizer
keeps two apostrophes as one token but splits two backticks into two.
"""

from __future__ import annotations

CURLY_OPENING = "“"
CURLY_CLOSING = "”"
STRAIGHT = '"'
DOUBLED_APOSTROPHE = "''"
BACKTICK = "`"

# Tokens that may open a quote (or a bracket) at the start of a sentence, and tokens that may
# close one after its final full stop.
OPENING_TOKENS = frozenset({CURLY_OPENING, STRAIGHT, DOUBLED_APOSTROPHE, BACKTICK, "‘", "(", "["})
CLOSING_TOKENS = frozenset({CURLY_CLOSING, STRAIGHT, DOUBLED_APOSTROPHE, "’", "'", ")", "]"})
# Marks that are the same at both ends: whether one opens or closes depends on the spaces.
SAME_BOTH_ENDS = frozenset({STRAIGHT, DOUBLED_APOSTROPHE})
