"""What one mention brings to `event_merge`: its event and the words told around it.

A draft is built per mention in `events` and read only by the merging rules, which ask what kind
of act it names (`act_kinds`), what it was done to, which places its words name and whether it
points back to something told before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.model import Event, Place


@dataclass
class Draft:
    event: Event
    caption: bool
    trigger_start: int
    back_reference: bool = False
    response: bool = False  # strikes back at the attackers of the attack just told
    series: bool = False  # "attacked 11 times", "hundreds of strikes": never one attack told again
    kinds: frozenset[str] = frozenset()  # the kinds of act its words name (`act_kinds`)
    objects: frozenset[str] = frozenset()  # what the act was done to ("a base": base)
    pointed: frozenset[str] = frozenset()  # those named as known ("the base"): `event_objects`
    scenes: frozenset[str] = frozenset()  # the places its words name (`places_named`)
    headline: bool = False  # told on the article's first line (`event_headline_tolls`)
    retold_blast: bool = False  # "the blast", "the car exploded": `event_referents`
    own_day: bool = True  # its sentence names a day ("shortly before noon" names none)
    named: frozenset[str] = frozenset()  # what it names as hit ("the attack on the market")
    nouns: frozenset[str] = frozenset()  # the common nouns of its sentence


def places_named(event: Event, places: Sequence[Place]) -> frozenset[str]:
    """The places told within an event's own words, by the name its place would take."""
    return frozenset(p.name or p.text for p in places if event.start <= p.start < event.end)


# Words that name no kind of act: "the attack" may point back to a shelling or a raid, and
# "were killed" to any of them.
GENERIC_ACTS = frozenset(
    {"attack", "assault", "operation", "incident", "violence", "hit", "target", "kill"}
)


def act_kinds(bases: list[str]) -> frozenset[str]:
    """The kinds of act a group of trigger words names ("the strikes hit": strike), so that "the
    strikes" points back to the last strikes told, not to a missile fired in between."""
    return frozenset(bases) - GENERIC_ACTS
