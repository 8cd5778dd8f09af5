"""Statements made in an attempt: "The minister tried to calm the crowd by saying, “...”".

The subject of "try", "seek" or "attempt" also does what its infinitive says, and so makes the
statement by which it tries (a "by" gerund or an adjunct of the infinitive). An attempted
statement itself ("sought to question him", "tried to contrast her plan") may never have been
made, so an infinitive that is itself a cue gets no subject from the attempt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cues import is_cue_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

ATTEMPT_VERBS = frozenset(
    {"try", "tries", "tried", "trying", "seek", "seeks", "sought", "seeking", "attempt"}
    | {"attempts", "attempted", "attempting"}
)


def attempt_frames(infinitive: Token) -> bool:
    """The infinitive of a verb of attempt that is no statement itself: its subject speaks for
    the statements made on the way."""
    return (
        infinitive.dep_ == "xcomp"
        and infinitive.head.lower_ in ATTEMPT_VERBS
        and not is_cue_verb(infinitive)
    )
