"""Where the tail of a reporter clause ends (", said Ana Ruiz, ...", "according to Li Wei, ..."):
the words after the cue up to a comma or the sentence end, so long as no clause of their own
opens there. Shared by the trailing reporters (`attribution_patterns`) and "according to"
(`attribution_according`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import OBJECT_PRONOUNS, TAIL_POS

if TYPE_CHECKING:
    from spacy.tokens import Token


def tail_end(tokens: list[Token], start: int) -> int | None:
    """Index after the tail of a reporter clause, or None when the tail holds a clause."""
    position = start
    while position < len(tokens):
        token = tokens[position]
        if token.text == "," and position + 1 < len(tokens) and not tokens[position + 1].is_punct:
            return position
        if token.text in {".", "!", "?"}:
            return position
        if token.pos_ not in TAIL_POS and not _modifies_noun(token):
            return None
        position += 1
    return position


def _modifies_noun(token: Token) -> bool:
    """An object pronoun ("told him"), or a participle before its noun ("said retired general
    Ana Ruiz", "said acting mayor Li"): no clause of its own in the tail. One before a comma
    ("said the bespectacled, tall envoy") may open a list of modifiers the comma would cut."""
    if token.lower_ in OBJECT_PRONOUNS:
        return True
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.dep_ == "amod"
        and token.head.i > token.i
        and after is not None
        and after.pos_ != "PUNCT"
    )
