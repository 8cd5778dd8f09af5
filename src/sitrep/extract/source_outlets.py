"""A paper or a broadcaster named after the word that says what it is: "the Belgrade daily
Politika", "the French weekly Le Point". The tagger reads "daily" as an adjective and the name
as the head, which may look like a person or an unknown body; the word before it says it is an
outlet, whose kind is media."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

OUTLET_WORDS = frozenset(
    {"daily", "weekly", "newspaper", "paper", "tabloid", "magazine", "broadcaster", "channel"}
)


def is_described_outlet(tokens: Sequence[Token]) -> bool:
    """A word of `OUTLET_WORDS` right before a proper name that ends the span."""
    words = [t for t in tokens if not t.is_punct]
    for position, token in enumerate(words[:-1]):
        if token.lower_ in OUTLET_WORDS and all(t.pos_ == "PROPN" for t in words[position + 1 :]):
            return True
    return False
