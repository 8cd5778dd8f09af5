"""Organisations and offices the tagger splits or misses: a name in title case with a small word
inside it ("Physicians Beyond Frontiers"), a company named beside a common noun ("the vessel's
owner, Corvid Shipping"), and a state's department named in full ("the U.S. Treasury
Department"). Without these, their head noun reads as people or as one official."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.model import SourceKind

if TYPE_CHECKING:
    from spacy.tokens import Token

# Small words that a name capitalises inside it: "Reporters Without Borders".
NAME_FUNCTION_WORDS = frozenset({"without", "for", "of", "against", "beyond", "in", "on"})
# Government offices named as proper nouns: "the State Department", "the Interior Department".
DEPARTMENT_NOUNS = frozenset({"department", "departments"})


def named_body_kind(tokens: Sequence[Token], head: Token) -> SourceKind | None:
    """The kind of a source that names a body the tagger split, or None."""
    if head.pos_ == "PROPN" and head.lower_ in DEPARTMENT_NOUNS:
        return "government"
    if _titled_name(tokens, head) or _company_beside(head):
        return "organization"
    return None


def _titled_name(tokens: Sequence[Token], head: Token) -> bool:
    """Every word capitalised, a small word too, and part of it tagged an organisation."""
    words = [t for t in tokens if t.i >= head.i and not t.is_punct]
    inner = [t for t in words if t.lower_ in NAME_FUNCTION_WORDS]
    return (
        bool(inner)
        and all(t.text[:1].isupper() for t in words)
        and any(t.ent_type_ == "ORG" for t in words)
    )


def _company_beside(head: Token) -> bool:
    """ "the ship's owner, Corvid Shipping": a common noun with an organisation set beside it."""
    return head.pos_ == "NOUN" and any(
        c.dep_ == "appos" and c.ent_type_ == "ORG" for c in head.children
    )
