"""Questions put to someone: "Will the army send troops to the border?".

A briefing's transcript, an interview or an analysis asks about acts that may never happen; the
question asserts nothing, so the acts it names are no events (the answer, if it tells one, does).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

CLOSING_MARKS = " \t\n\"'”’)"


def asked(token: Token) -> bool:
    """True when the mention sits in a sentence that ends with a question mark."""
    return token.sent.text.rstrip(CLOSING_MARKS).endswith("?")
