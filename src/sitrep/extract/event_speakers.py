"""The side a statement speaks for, read off the attribution its verb opens.

A statement's actor is whoever makes it. The clause often names the speaker by a pronoun or a
bare title ("The toll could rise, he warned"); the attribution extractor has already linked that
pronoun to the person first named ("Lebanon's Health Minister Firass Abiad said ..."), and the
fuller mention tells the side: Lebanon. A speaker whose side no mention tells ("Analysts said")
leaves the statement without an actor.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.extract.actors import normalize_actor
from sitrep.model import Attribution


def speaker_side(trigger_start: int, attributions: Sequence[Attribution]) -> str | None:
    """The side of the source whose reporting verb is the statement's trigger, from any mention of
    that source in the article."""
    spoken = next(
        (a for a in attributions if a.cue is not None and a.cue.start <= trigger_start < a.cue.end),
        None,
    )
    if spoken is None:
        return None
    source = spoken.source
    mentions = [source.text] + [
        a.source.text
        for a in attributions
        if source.name is not None and a.source.name == source.name
    ]
    return next((side for side in map(normalize_actor, mentions) if side is not None), None)
