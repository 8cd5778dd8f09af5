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


# What a news outlet writes and another text then cites: "an Associated Press account", "a
# Reuters report", "an AFP tally".
OUTLET_PIECES = frozenset(
    {"account", "report", "reports", "reporting", "tally", "count", "dispatch", "story"}
    | {"analysis", "investigation", "review", "estimate", "calculation", "survey"}
)


def piece_author(tokens: Sequence[Token]) -> str | None:
    """The proper name right before a piece's noun ("Associated Press" in "an Associated Press
    account"), for the caller to check as an outlet: the outlet wrote the piece, so the outlet
    is the source, not an anonymous writer or a document."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 2 or words[-1].lower_ not in OUTLET_PIECES:
        return None
    name = [t for t in words[:-1] if _names_author(t)]
    if not name or not all(t.text[:1].isupper() for t in name if t.dep_ != "det"):
        return None
    return " ".join(t.text for t in name)


def _names_author(token: Token) -> bool:
    """A word of the author's name: not "an", "detailed" or the possessive "'s"; "The" of "The
    Times" is."""
    if token.dep_ == "case":
        return False
    if token.dep_ == "det":
        return token.lower_ == "the"
    return token.dep_ != "amod" or token.pos_ == "PROPN"


def outlet_named_at_head(tokens: Sequence[Token]) -> str | None:
    """The proper name that ends the span and heads it ("Anadolu" in "Turkey's state news agency
    Anadolu"), for the caller to check as an outlet: an outlet named beside what describes it is
    the outlet, however the description (or a country owning it) reads."""
    words = [t for t in tokens if not t.is_punct]
    run: list[Token] = []
    for token in reversed(words):
        if token.pos_ != "PROPN" or token.dep_ == "poss":
            break
        run.insert(0, token)
    inside = {t.i for t in tokens}
    heads_span = any(t.head.i not in inside or t.head.i == t.i for t in run)
    return " ".join(t.text for t in run) if run and len(run) < len(words) and heads_span else None
