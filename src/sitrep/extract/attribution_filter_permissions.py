"""Speech a source was not allowed to make: "officials, who were not authorized to discuss the
investigation, said ...". The phrase explains why a source goes unnamed; what follows
"discuss" is the topic they had no leave to speak on, not a claim of theirs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that give or withhold leave to speak: "not authorized to", "not permitted to".
LEAVE_WORDS = frozenset(
    {"authorized", "authorised", "allowed", "permitted", "cleared", "empowered", "entitled"}
)


def without_leave(token: Token) -> bool:
    """The verb is what its speaker had no leave to do: "were not authorized to discuss",
    "was not allowed to comment publicly"."""
    leave = token.head
    return (
        token.dep_ == "xcomp"
        and leave.lower_ in LEAVE_WORDS
        and any(c.dep_ == "neg" for c in leave.children)
    )
