"""A figure put on a count: "the army put the death toll at 23 soldiers", "officials put the
cost of the damage at $2 billion". Putting a toll, a number or a cost at some value states it as
plainly as "estimated the toll at 23" does, so the object with its value is the claim; "put the
bags at the door" says nothing (`cues.is_cue_verb` asks for the construction)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

FIGURE_VERBS = frozenset({"put"})
# What a figure is put on: "the toll", "the number of displaced", "the cost", "losses".
FIGURE_NOUNS = frozenset(
    {"toll", "tolls", "number", "numbers", "figure", "figures", "count", "total", "tally"}
    | {"cost", "costs", "losses", "casualties", "estimate", "estimates", "value"}
)


def figure_stated(verb: Token) -> tuple[int, int] | None:
    """The counted thing and its value ("the death toll at 23 soldiers"), or None."""
    counted = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in FIGURE_NOUNS]
    if not counted:
        return None
    values = [
        prep
        for prep in [*verb.children, *counted[0].children]
        if prep.dep_ == "prep"
        and prep.lower_ == "at"
        and prep.i > counted[0].i
        and any(c.dep_ == "pobj" for c in prep.children)
    ]
    if not values:
        return None
    last = values[0].right_edge
    return counted[0].left_edge.idx, last.idx + len(last.text)
