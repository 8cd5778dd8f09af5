"""A question turn asserts nothing: in a briefing or interview transcript, the turn labelled
"Q:" puts a statement to the speaker to answer ("Q: Beijing says the boats entered Chinese
waters. What is your response?"); whoever it names is not on record there, and the answer turn
is what the speaker claims. A question asked in running text is kept: its sentence may end in
"?" and still report ("I think we will win, OK?"), which a question mark alone cannot tell."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.token_positions import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

# A transcript's question turn: "Q: ...", "QUESTION: ...", "Question: ...".
QUESTION_TURN = re.compile(r"[ \t]*(?:Q|QUESTION|Question)[ \t]*:")


def in_question_turn(token: Token) -> bool:
    """The line holding the reporting verb opens with a question label."""
    text = doc_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    return QUESTION_TURN.match(text, line_start) is not None
