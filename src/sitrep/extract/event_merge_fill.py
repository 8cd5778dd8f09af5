"""What a restatement gives the first report it repeats, for `event_merge`."""

from __future__ import annotations

import dataclasses

from sitrep.extract.event_merge_drafts import Draft
from sitrep.extract.event_place_match import refines
from sitrep.model import Event


def fill_from(original: Event, repeat: Event, draft: Draft) -> Event:
    """Give the first report what its restatement adds (a date, a place, the dead or the wounded
    it did not count: "killed 11" then "11 bodies and at least 17 wounded"); captions add
    nothing. A town's report judged its country's told again lends its toll too, lest its dead
    vanish ("missiles hit an energy facility in Ukraine ... In Lviv, a missile hit an energy
    facility, killing two"). A side that denies the act lends no actor ("X denied any part in
    the attack" names who denies it, not who did it)."""
    if draft.caption:
        return original
    return dataclasses.replace(
        _with_toll_of(original, repeat),
        date=original.date or repeat.date,
        place=repeat.place if refines(repeat.place, original.place) else original.place,
        actor=original.actor or (repeat.actor if repeat.modality != "denied" else None),
    )


def _with_toll_of(original: Event, repeat: Event) -> Event:
    """The first report with the dead, the wounded and the counts it did not tell; a count
    ("at least 34") replaces a vague one ("dozens")."""
    if original.killed is None or (
        original.killed_hedge == "vague"
        and repeat.killed is not None
        and repeat.killed_hedge != "vague"
    ):
        original = dataclasses.replace(
            original, killed=repeat.killed, killed_hedge=repeat.killed_hedge
        )
    if original.injured is None:
        original = dataclasses.replace(
            original, injured=repeat.injured, injured_hedge=repeat.injured_hedge
        )
    return dataclasses.replace(original, quantities=original.quantities or repeat.quantities)
