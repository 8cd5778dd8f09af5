"""Who "the two countries" are: "U.S. and British warplanes struck ..., the two countries said
in a joint statement". A source that counts states without naming them speaks for the states
last named together, as many as it counts, in its sentence or the one before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import country_of_word

if TYPE_CHECKING:
    from spacy.tokens import Token

STATE_WORDS = frozenset({"countries", "nations", "governments", "states"})
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
STATE_LABELS = frozenset({"GPE", "NORP"})


def counted_states(source: list[Token]) -> str | None:
    """ "the two countries", "both governments": the states they count, in the order named, when
    exactly that many are named just before; else None."""
    words = [t.lower_ for t in source if t.lower_ != "the"]
    if len(words) != 2 or words[0] not in COUNTS or words[1] not in STATE_WORDS:
        return None
    wanted = COUNTS[words[0]]
    for token in reversed(_tokens_before(source[0])):
        group = sorted([token, *token.conjuncts], key=lambda t: t.i)
        states = [country_of_word(t.text) for t in group]
        if len(group) > 1 and token.ent_type_ in STATE_LABELS and None not in states:
            return " and ".join(s for s in states if s) if len(group) == wanted else None
    return None


def _tokens_before(token: Token) -> list[Token]:
    """The words of the token's sentence before it, and of the sentence before that."""
    sentence = token.sent
    start = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return list(token.doc[start : token.i])
