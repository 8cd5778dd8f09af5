"""A figure the writer sets after a trailing reporter to compare a count: "2,000 families have
fled, the relief office said on Tuesday, a number nearly three times the army's estimate". The
source gave the count; the writer weighs it against another, so the claim ends at the reporter
and the phrase after it is no claim text (as with the rankings of `claim_writer_appositives`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns that take up a count just reported: "a figure", "a number", "a total", "a rise".
FIGURE_NOUNS = frozenset(
    {"figure", "number", "total", "count", "tally", "toll", "rise", "increase", "jump"}
    | {"drop", "fall", "decline", "doubling", "tripling"}
)


def compares_a_figure(last_said: Token, rest: list[Token]) -> bool:
    """`rest`, the words after a reporter, is a noun phrase opened by "a" or "an" whose head is a
    figure noun and whose words hang on nothing before it, after a complete clause (not a
    copula awaiting the phrase: "It was, he said, a number ...")."""
    if not rest or rest[0].lower_ not in {"a", "an"} or last_said.pos_ == "AUX":
        return False
    ids = {t.i for t in rest}
    heads = [t for t in rest if t.head.i not in ids or t.head.i == t.i]
    return len(heads) == 1 and heads[0].pos_ == "NOUN" and heads[0].lower_ in FIGURE_NOUNS
