"""The parties of the story as sources: "each side", "both sides", "the two sides", "the other
side" speak for the parties the article is about, not for a person or an official; "the
Ukrainian side", as diplomats and war reports say, is that state's government.

Which kind of body they are the article tells by its other sources: when the bodies it quotes
are mostly states and their forces (a war between two countries) the sides are governments,
else (parties, campaigns, a state against a rebel group as often as not) organizations.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.actors import country_of_word
from sitrep.extract.attribution_common import Found
from sitrep.extract.sources import source_head
from sitrep.model import SourceKind

if TYPE_CHECKING:
    from spacy.tokens import Token

SIDE_NOUNS = frozenset({"side", "sides"})
# Words that make "side" a party of the story: not "the Russian side" (a state, by its adjective)
# nor "the east side" (a place).
PARTY_MARKERS = frozenset({"each", "both", "either", "neither", "two", "other", "warring"})


def is_story_sides(tokens: Sequence[Token]) -> bool:
    """True for "each side", "both sides", "the two sides", "the warring sides"."""
    if not tokens:
        return False
    head = source_head(tokens)
    return head.lower_ in SIDE_NOUNS and any(
        t.lower_ in PARTY_MARKERS for t in tokens if t.i < head.i
    )


def state_of_side(tokens: Sequence[Token]) -> str | None:
    """The state a side is named for ("Ukraine" for "the Ukrainian side"); else None."""
    if not tokens or source_head(tokens).lower_ != "side":
        return None
    states = [country_of_word(c.text) for c in source_head(tokens).lefts if c.dep_ == "amod"]
    return next((s for s in states if s is not None), None)


def sides_as_parties(found: list[Found]) -> None:
    """A state's side speaks as its government; the story's sides take the kind of the bodies
    the article quotes."""
    for item in found:
        state = state_of_side(item.source)
        if state is not None:
            item.kind, item.name = "government", state
    sides = [f for f in found if is_story_sides(f.source)]
    if not sides:
        return
    kinds = [f.kind for f in found if f not in sides]
    kind: SourceKind = (
        "government" if kinds.count("government") > kinds.count("organization") else "organization"
    )
    for item in sides:
        item.kind = kind
