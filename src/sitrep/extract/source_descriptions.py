"""The description a writer sets after a speaker named behind the verb: ", said Ana Ruiz, a
senior official at the ministry." It says who is speaking, so it belongs to the source (and
tells its kind), not to what was said, which the claim would otherwise run on into."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import trim

if TYPE_CHECKING:
    from spacy.tokens import Token

DESCRIPTION_ENDS = frozenset({",", ".", "!", "?", ";"})


def with_description(
    tokens: list[Token], source: list[Token], stop: int
) -> tuple[list[Token], int]:
    """The source and the index where its reporter clause stops, taken on over a noun phrase in
    apposition to the speaker right after the comma at `stop`, when a comma or the sentence's
    end closes it; a relative clause in it ("a nurse who fled") stays out of the source."""
    if stop + 1 >= len(tokens) or tokens[stop].text != ",":
        return source, stop
    speaker = {t.i for t in source}
    opening = tokens[stop + 1]
    described = [
        t
        for t in opening.doc[opening.i : tokens[-1].i + 1]
        if t.dep_ == "appos" and t.head.i in speaker and t.left_edge.i == opening.i
    ]
    if not described or described[0].pos_ not in {"NOUN", "PROPN"}:
        return source, stop
    # list positions, not doc indices: `tokens` has the space tokens left out
    last = described[0].right_edge.i
    end = next((k for k in range(stop + 1, len(tokens)) if tokens[k].i > last), len(tokens))
    if end < len(tokens) and tokens[end].text not in DESCRIPTION_ENDS:
        return source, stop
    words = tokens[stop:end]
    relatives = {t.i for r in words if r.dep_ == "relcl" for t in r.subtree}
    words = trim([t for t in words if t.i not in relatives])
    return source + words, end
