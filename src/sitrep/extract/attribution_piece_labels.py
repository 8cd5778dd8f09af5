"""The kind of piece named before a colon at the head of a line: "Analysis: What a blockade
would look like", "Transcript: Coast Guard briefing", "Morning Briefing: Rebels take the
airport", "FACT CHECK: ...". The label says what the text is, not who speaks, so it is neither
a speaker of the line ("Interview" did not say anything) nor a reporting verb ("Briefing")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.attribution_label_words import PIECE_KINDS
from sitrep.extract.token_positions import doc_text, line_start

if TYPE_CHECKING:
    from spacy.tokens import Token

# A label of a few words before a colon at a line's head.
LABEL_LENGTH = 40
LINE_LABEL = re.compile(rf"[ \t]*([A-Za-z' \t]{{1,{LABEL_LENGTH}}}):")
# How far back a word of such a label may find its line's start: the label and an indent.
LABEL_REACH = 2 * LABEL_LENGTH


def is_piece_kind(words: list[str]) -> bool:
    """The label's words all name a kind of piece."""
    return bool(words) and all(word.lower() in PIECE_KINDS for word in words)


def in_piece_label(token: Token) -> bool:
    """The token is a word of a line-opening label that names the kind of piece. Asked for
    every reporting word, so only a label's length back is searched for the line's start."""
    text = doc_text(token.doc)
    start = line_start(text, token.idx, LABEL_REACH)
    label = LINE_LABEL.match(text, start) if start >= 0 else None
    return label is not None and token.idx < label.end(1) and is_piece_kind(label.group(1).split())
