"""Deaths caused by the body, an animal or nature: "a heart attack killed him", "killed by a shark
attack", "two men were killed by lightning, police said".

The noun "attack" in "heart attack" is already kept from being an event; the verb it drives
("killed") must not become one either, or the word "attack" in its subject would be read as the
sign of conflict that lets "killed" through. Nature kills no one on purpose: lightning, a flood,
heat or a disease is no attack, though police tell the toll as they tell a shooting's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_policy as policy
from sitrep.extract.event_lexicon import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Token

ATTACK_NOUNS = frozenset({"attack", "attacks"})
# Natural killers. Not "fire", "debris" or "rocks": a fire may be set, and debris may fall from
# a downed drone; those stay for the sentence's other words to decide.
NATURAL_CAUSES = frozenset(
    _w(
        "lightning thunderbolt thunderstorm thunderstorms storm storms flood floods flooding "
        "floodwaters flashflood heat heatwave avalanche avalanches landslide landslides "
        "mudslide mudslides earthquake earthquakes quake tremor tsunami cyclone hurricane "
        "typhoon tornado blizzard cold frost drought disease diseases cholera malaria measles "
        "ebola virus covid epidemic"
    )
)


def caused_by_ailment(verb: Token) -> bool:
    """The verb's doer is a heart, panic or animal attack, as subject or as "by" agent."""
    return any(d.lower_ in ATTACK_NOUNS and policy.not_violence(d) for d in _doers(verb))


def caused_by_nature(trigger: Token) -> bool:
    """ "killed by lightning", "lightning killed two", "killed when lightning struck their house",
    "lightning struck a house, killing two", "a lightning strike killed two": the trigger's doer,
    the doer of its "when" clause or of the clause it tells the outcome of, or a noun naming
    the doer or the trigger, is nature."""
    doers = _doers(trigger)
    doers += [d for c in trigger.children if c.dep_ == "advcl" for d in _doers(c)]
    if trigger.dep_ == "advcl":
        doers += _doers(trigger.head)
    named = [c for t in (trigger, *doers) for c in t.children if c.dep_ == "compound"]
    return any(word.lower_ in NATURAL_CAUSES for word in (*doers, *named))


def _doers(verb: Token) -> list[Token]:
    """The subject of a verb and the object of its "by" agent."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return doers + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
