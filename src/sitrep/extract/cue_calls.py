"""Calls that are visits or conversations, told apart from calls for action. "Her call for a
recount" demands something; "a social call on the minister" is a visit and "a phone call with
reporters" a conversation, whatever was said in them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

CALL_NOUNS = frozenset({"call", "calls"})
# Modifiers that make a call a visit or a conversation: "a courtesy call", "conference calls".
MEETING_KINDS = frozenset(
    {"social", "courtesy", "phone", "telephone", "conference", "condolence", "video"}
)


def is_call_to_meet(noun: Token) -> bool:
    """A visit or a conversation: "a social call on the minister", "a phone call with Iran"."""
    return noun.lower_ in CALL_NOUNS and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in MEETING_KINDS and c.i < noun.i
        for c in noun.children
    )
