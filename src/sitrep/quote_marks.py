"""The quotation marks sitrep reads, in one place for the quote finder and the sentence splitter.

Besides curly and straight double quotes, wire services and newspaper archives typed on ASCII
keyboards write a quote between two backticks and two apostrophes (``We stay,'' she said), and
some archives open it with two apostrophes too (''We stay,'' she said). spaCy's English tokenizer
keeps two apostrophes as one token but splits two backticks into two. The attribution stages
read the same marks: `OPENING_QUOTES` opens a quoted statement, `CLOSING_QUOTES` may close one.
"""

from __future__ import annotations

CURLY_OPENING = "“"
CURLY_CLOSING = "”"
STRAIGHT = '"'
DOUBLED_APOSTROPHE = "''"
BACKTICK = "`"
DOUBLED_BACKTICK = BACKTICK * 2
SINGLE_OPENING = "‘"
SINGLE_CLOSING = "’"
APOSTROPHE = "'"

# Marks (as tokens, and as the text a line starts with) that open a quoted statement; a single
# quote mark is left out, as it opens a nickname or a headline's quote more often.
OPENING_QUOTES = frozenset(
    {CURLY_OPENING, STRAIGHT, DOUBLED_APOSTROPHE, DOUBLED_BACKTICK, BACKTICK}
)
# Marks that close a quoted statement, and those that may close any quote, a single one
# included ("... a 'witch hunt.'").
DOUBLE_CLOSING = frozenset({CURLY_CLOSING, STRAIGHT, DOUBLED_APOSTROPHE})
CLOSING_QUOTES = DOUBLE_CLOSING | {SINGLE_CLOSING, APOSTROPHE}

# Tokens that may open a quote (or a bracket) at the start of a sentence, and tokens that may
# close one after its final full stop.
OPENING_TOKENS = OPENING_QUOTES - {DOUBLED_BACKTICK} | {SINGLE_OPENING, "(", "["}
CLOSING_TOKENS = CLOSING_QUOTES | {")", "]"}
# Marks that are the same at both ends: whether one opens or closes depends on the spaces.
SAME_BOTH_ENDS = frozenset({STRAIGHT, DOUBLED_APOSTROPHE})
