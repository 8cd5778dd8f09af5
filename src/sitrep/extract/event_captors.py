"""Who took prisoners of war from whom: the captives name the side they were taken from, and the
side whose operation took them, or a warring state that reports them, is their captor.

"300 Russian soldiers had been captured" is a passive without its doer, and "the number of
soldiers taken prisoner", "Ukrainians taken prisoner" are parsed with the captives as subject;
read the usual way, each makes the captives' own side the actor. Their nationality is the target
instead. The operation they were taken in names its side as the captor ("captured during
Ukraine's incursion"). "Ukraine's army said up to 300 Russian soldiers had been captured" names
no taker, but a state at war that tells of its enemy's soldiers captured tells of its own catch,
so the claim's source is the captor; a source that is no state ("the Red Cross said") or that
speaks of its own soldiers ("Moscow said 40 Russian soldiers were captured") names none. Only a
state the article shows at war counts: its forces speak ("Ukraine's army said") or fight in the
story ("Ukrainian troops", "Ukraine's offensive"); a third state that relays the news ("the
United States said 200 soldiers had been captured") took nobody.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.actors import country_of_word, normalize_actor
from sitrep.extract.event_home_forces import GOVERNMENT_FORCE_NOUNS
from sitrep.extract.event_lexicon import split_words
from sitrep.extract.event_people_seized import captives_of, captures_combatants
from sitrep.model import Attribution

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


SCENE_PREPS = frozenset({"during", "in", "amid"})
# Operations a side mounts, whose prisoners it takes.
OPERATIONS = frozenset(
    split_words(
        "incursion incursions offensive offensives counteroffensive counter-offensive "
        "operation operations raid raids assault assaults counterattack counter-attack "
        "advance push attack attacks"
    )
)
# Nouns that put a state in the fighting: its forces, or an operation it mounts.
FIGHTING_NOUNS = GOVERNMENT_FORCE_NOUNS | OPERATIONS | {"general", "staff", "command"}


def captive_sides(
    verb: Token,
    event_type: str,
    actor: str | None,
    target: str | None,
    attributions: Sequence[Attribution],
) -> tuple[str | None, str | None]:
    """(actor, target) of an event, with the captives' side as the target and never the actor
    when it is a capture of people (an arrest or abduction at `verb`)."""
    if event_type not in ("arrest", "abduction"):
        return actor, target
    captured = next(filter(None, map(_side_of, captives_of(verb))), None)
    if captured is not None:
        actor = None if actor == captured else actor
        target = target or captured
    if actor is None and captured is not None:
        actor = operation_side(verb, target)
    if actor is None and captures_combatants(verb):
        actor = reporting_captor(verb, target, attributions)
    return actor, target


def operation_side(verb: Token, target: str | None) -> str | None:
    """The side whose operation the people were taken in: "captured during Ukraine's incursion",
    "in the Ukrainian counteroffensive" (not the captives' own side)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in SCENE_PREPS):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in OPERATIONS):
            side = _side_of(noun)
            if side is not None and side != target:
                return side
    return None


def reporting_captor(
    verb: Token, target: str | None, attributions: Sequence[Attribution]
) -> str | None:
    """The state whose claim tells of `target`'s soldiers captured at `verb`, or None."""
    claim = next((a for a in attributions if a.claim.start <= verb.idx < a.claim.end), None)
    if target is None or claim is None:
        return None
    side = normalize_actor(claim.source.text)
    is_state = side is not None and country_of_word(side) == side
    if side is None or not is_state or side == target:
        return None
    return side if _fights_in_story(verb.doc, side) else None


def _fights_in_story(doc: Doc, state: str) -> bool:
    """True when a word for `state` names its forces or operations anywhere in the article:
    "Ukraine's army said", "Ukrainian troops advanced", "Kyiv's offensive"."""
    for token in doc:
        if token.head.lower_ not in FIGHTING_NOUNS or token.head is token:
            continue
        if token.dep_ in ("poss", "amod", "compound") and country_of_word(token.text) == state:
            return True
    return False


def _side_of(people: Token) -> str | None:
    """ "the returned Russian soldiers" -> Russia: the words up to the noun, not where it stood."""
    return normalize_actor(people.doc[people.left_edge.i : people.i + 1].text)
