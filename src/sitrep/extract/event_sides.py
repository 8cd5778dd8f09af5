"""Two sides named together: "Indian and Pakistani troops exchanged fire".

A clash told with both sides in its subject has one as its actor and the other as its target;
neither demonym says where the fighting was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import normalize_actor

if TYPE_CHECKING:
    from spacy.tokens import Token


def first_conjunct(token: Token) -> Token:
    """ "Pakistani" in "Indian and Pakistani troops" stands where "Indian" does."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def other_side(subject: Token | None, actor: str | None) -> str | None:
    """The side named beside the actor in a subject that names two ("Armenian and Azerbaijani
    forces"), or None."""
    if subject is None:
        return None
    joined = [t for t in subject.subtree if t.dep_ == "conj"]
    named = [normalize_actor(t.text) for t in [first_conjunct(t) for t in joined[:1]] + joined]
    return next((name for name in named if name and name != actor), None)
