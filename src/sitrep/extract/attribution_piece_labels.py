"""The kind of piece named before a colon at the head of a line: "Analysis: What a blockade
would look like", "Transcript: Coast Guard briefing", "Morning Briefing: Rebels take the
airport", "FACT CHECK: ...". The label says what the text is, not who speaks, so it is neither
a speaker of the line ("Interview" did not say anything) nor a reporting verb ("Briefing")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.token_positions import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words of such labels; a label counts only when all its words are among them ("WSJ
# editorial: ..." and "EXCLUSIVE - Roger Stone: ..." name who speaks).
PIECE_KINDS = frozenset(
    {"analysis", "transcript", "breaking", "news", "exclusive", "explainer", "factbox"}
    | {"factcheck", "fact", "check", "opinion", "editorial", "timeline", "interview"}
    | {"commentary", "column", "feature", "profile", "review", "obituary", "briefing"}
    | {"morning", "evening", "daily", "weekly", "newsletter", "in", "brief"}
)
LINE_LABEL = re.compile(r"[ \t]*([A-Za-z' \t]{1,40}):")


def is_piece_kind(words: list[str]) -> bool:
    """The label's words all name a kind of piece."""
    return bool(words) and all(word.lower() in PIECE_KINDS for word in words)


def in_piece_label(token: Token) -> bool:
    """The token is a word of a line-opening label that names the kind of piece."""
    text = doc_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    label = LINE_LABEL.match(text, line_start)
    return label is not None and token.idx < label.end(1) and is_piece_kind(label.group(1).split())
