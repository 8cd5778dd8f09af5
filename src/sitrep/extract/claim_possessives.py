"""A possessive the parser cut off its noun: in "asked about Jones’ absence" the small model
often ends the preposition's object at "Jones" and hangs "absence" elsewhere, after a bare
apostrophe. The claim is the whole phrase ("Jones’ absence from the hearing"), never an owner
without what is owned."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

APOSTROPHES = frozenset({"’", "'"})


def owned_after(owner: Token) -> Token | None:
    """The noun owned by the phrase `owner` heads when a bare apostrophe ends that phrase and
    the parser hung the noun elsewhere ("Jones’ absence"), else None."""
    doc = owner.doc
    mark = owner.right_edge.i + 1
    if mark + 1 >= len(doc) or doc[mark].text not in APOSTROPHES:
        return None
    owned = doc[mark + 1]
    return owned if owned.pos_ in {"NOUN", "PROPN"} and owned.head.i != owner.i else None
