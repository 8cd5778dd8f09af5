"""Nouns completed by a "to" phrase: "an end to the fighting", "access to the site". The parser
often hangs the phrase on the verb ("demand [an end] [to the fighting]"), yet it belongs to the
object and so to the claim."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns whose sense needs a "to" phrase.
TO_TAKING_NOUNS = frozenset(
    {"end", "access", "return", "solution", "threat", "limit", "response", "alternative"}
    | {"commitment", "solutions", "threats", "limits", "responses", "alternatives"}
)


def completes_the_object(prep: Token) -> bool:
    """A "to" phrase right after the verb's object, when that object needs one ("Protesters
    demand an end to the fighting")."""
    if prep.dep_ != "prep" or prep.lower_ != "to":
        return False
    return any(
        c.dep_ == "dobj" and c.right_edge.i == prep.i - 1 and c.lower_ in TO_TAKING_NOUNS
        for c in prep.head.children
    )
