"""State forces named as guards: "the National Guard", "Revolutionary Guards".

A name that ends in "Guard" reads like an armed group's own ("the Nineveh Plains Guard"), yet
most guards in the news are a state's: a national, republican, presidential or revolutionary
guard, a royal guard, a coast or border guard. The title word before "Guard" tells them apart.
Kept apart from `actors` (which is full) so that the actor table and the territory sides read
the same list.
"""

from __future__ import annotations

from collections.abc import Sequence

# Titles that make a guard a state's ("the Presidential Guard"), lower-cased.
STATE_GUARD_TITLES = frozenset(
    {"national", "republican", "presidential", "revolutionary", "royal", "coast", "border"}
)
GUARD_WORDS = frozenset({"guard", "guards"})


def names_state_guard(words: Sequence[str]) -> bool:
    """Whether a name's words end as a state's guard does ("Iran's Revolutionary Guards")."""
    return (
        len(words) > 1
        and words[-1].lower() in GUARD_WORDS
        and words[-2].lower() in STATE_GUARD_TITLES
    )
