"""A figure put on a count: "the army put the death toll at 23 soldiers", "officials put the
cost of the damage at $2 billion", and a figure changed by whoever keeps it: "the ministry
revised its death toll down to 41", "raised the toll to 45". Putting a toll, a number or a cost
at some value states it as plainly as "estimated the toll at 23" does, and a source revising
its own count states the new one, so the object with its value is the claim; "put the bags at
the door" and "raised the number of troops to 5,000" say nothing (`cues.is_cue_verb` asks for
the construction)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.token_positions import token_end

if TYPE_CHECKING:
    from spacy.tokens import Token

# What a figure is put on: "the toll", "the number of displaced", "the cost", "losses".
FIGURE_NOUNS = frozenset(
    {"toll", "tolls", "number", "numbers", "figure", "figures", "count", "total", "tally"}
    | {"cost", "costs", "losses", "casualties", "estimate", "estimates", "value"}
)
# Counts that only a source keeps, so changing one is restating it: "raised the number of
# troops" is an act, "raised the toll" a report.
KEPT_COUNTS = frozenset(
    {"toll", "tolls", "tally", "count", "figure", "figures", "estimate", "estimates"}
)
# Verbs that state a figure, with the counts each takes and the preposition of the value.
FIGURE_CONSTRUCTIONS: dict[str, tuple[frozenset[str], str]] = {
    "put": (FIGURE_NOUNS, "at"),
    "revise": (KEPT_COUNTS, "to"),
    "raise": (KEPT_COUNTS, "to"),
    "lower": (KEPT_COUNTS, "to"),
}
FIGURE_VERBS = frozenset(FIGURE_CONSTRUCTIONS)
# Words for the direction of a change, which may carry its value: "revised it down to 41".
DIRECTIONS = frozenset({"up", "down", "upward", "upwards", "downward", "downwards"})


def figure_stated(verb: Token, lemma: str) -> tuple[int, int] | None:
    """The counted thing and its value ("the death toll at 23 soldiers"), or None."""
    counts, preposition = FIGURE_CONSTRUCTIONS[lemma]
    counted = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in counts]
    if not counted:
        return None
    directions = [c for c in verb.children if c.lower_ in DIRECTIONS]
    holders = [verb, counted[0], *directions]
    values = [
        prep
        for prep in (child for holder in holders for child in holder.children)
        if prep.dep_ == "prep"
        and prep.lower_ == preposition
        and prep.i > counted[0].i
        and any(c.dep_ == "pobj" for c in prep.children)
    ]
    if not values:
        return None
    return counted[0].left_edge.idx, token_end(values[0].right_edge)
