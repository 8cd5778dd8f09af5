"""Victims named before a count of "other" victims: "killed the mayor and five other people".

The count says five, but the toll is six: the mayor died too. Wire copy names the notable dead
first ("a commander, his deputy and three other fighters"), so each singular person named in the
list before "and N other(s)" adds one to the event's toll. The quantity itself keeps its five.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Quantity

OTHERS = frozenset({"other", "others"})
SINGULAR_NOUNS = frozenset({"NN", "NNP"})


def named_companions(doc: Doc, quantity: Quantity) -> int:
    """How many singular victims the list before "and N other ..." names (0 when none)."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or not any(t.lower_ in OTHERS for t in span):
        return 0
    before = span.start - 1
    if before < 1 or doc[before].lower_ != "and":
        return 0
    count, end = 0, before - 1
    while count < 5 and end >= 0:
        head = _noun_head(doc[end])
        if head is None:
            break
        count += 1
        start = head.left_edge.i - 1
        if start < 1 or doc[start].text != ",":
            break
        end = start - 1
    return count


def _noun_head(token: Token) -> Token | None:
    """The singular noun a list item ends on ("the mayor of Nabatieh": mayor), or None when the
    item is a count of its own ("two guards") or no noun at all."""
    while token.dep_ in ("pobj", "prep", "compound") and token.head.i < token.i:
        token = token.head
    if token.tag_ not in SINGULAR_NOUNS or token.ent_type_ in ("GPE", "LOC", "NORP"):
        return None
    if any(c.dep_ == "nummod" for c in token.children):
        return None
    return token
