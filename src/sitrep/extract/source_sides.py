"""The parties of the story as sources: "each side", "both sides", "the two sides", "the other
side" speak for the parties the article is about, not for a person or an official; "the
Ukrainian side", as diplomats and war reports say, is that state's government, and "the Polish
and Lithuanian sides" are those states' governments.

Which kind of body they are the article tells by its other sources: when the bodies it quotes
are mostly states and their forces (a war between two countries) the sides are governments,
else (parties, campaigns, a state against a rebel group as often as not) organizations.
"""

from __future__ import annotations

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


def is_story_side(head: Token) -> bool:
    """True for the head of "each side", "both sides", "the two sides", "the warring sides"."""
    return head.lower_ in SIDE_NOUNS and any(
        t.lower_ in PARTY_MARKERS for t in head.subtree if t.i < head.i
    )


def states_of_side(head: Token) -> list[str]:
    """The states a side is named for: ["Ukraine"] for "the Ukrainian side", two for "the Russian
    and Ukrainian sides"; empty for any other head."""
    if head.lower_ not in SIDE_NOUNS:
        return []
    adjectives = [c for c in head.lefts if c.dep_ == "amod"]
    adjectives += [c for a in adjectives for c in a.conjuncts]
    states = (country_of_word(a.text) for a in sorted(set(adjectives), key=lambda t: t.i))
    return list(dict.fromkeys(s for s in states if s is not None))


def _joined(states: list[str]) -> str:
    """The states as a reader names them together: "Poland", "Poland and Lithuania", "Poland,
    Lithuania and Latvia" (a government's name, not the phrase "the Polish and Lithuanian
    sides")."""
    if len(states) == 1:
        return states[0]
    return ", ".join(states[:-1]) + " and " + states[-1]


def sides_as_parties(found: list[Found]) -> None:
    """A state's side speaks as its government (named for the state when there is one); the
    story's sides take the kind of the bodies the article quotes."""
    sides: list[Found] = []
    for item in found:
        if not item.source:
            continue
        head = source_head(item.source)
        states = states_of_side(head)
        if states:
            item.kind = "government"
            item.name = _joined(states)
        elif is_story_side(head):
            sides.append(item)
    if not sides:
        return
    side_ids = {id(item) for item in sides}
    kinds = [f.kind for f in found if id(f) not in side_ids]
    kind: SourceKind = (
        "government" if kinds.count("government") > kinds.count("organization") else "organization"
    )
    for item in sides:
        item.kind = kind
