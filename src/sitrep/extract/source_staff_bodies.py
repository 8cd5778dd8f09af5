"""A military staff named for its chiefs: "South Korea's Joint Chiefs of Staff said". The head
word is "Chiefs", an official's noun, but the plural title with "of Staff" names the body that
commands a state's forces, which speaks for its government as "the General Staff" does; "the
chief of staff" is one official."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def names_chiefs_of_staff(head: Token) -> bool:
    """True for the head "Chiefs" of "(the Joint) Chiefs of Staff"."""
    return head.lower_ == "chiefs" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lower_ == "staff" for o in c.children)
        for c in head.children
    )
