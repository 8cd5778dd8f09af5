"""A name written with a unit's type word belongs to the unit that bears it, not to one whose
short form it echoes.

Short forms are derived for every subdivision ("Velgrad Oblast" from the city unit "Velgrad"),
and one may spell the very name that a neighbouring unit bears as its own or as an alias: the
oblast around the city is "Velgrad Oblast". A text that writes "Velgrad Oblast" means that
oblast, so the derived reading of the city unit is dropped where a unit bears the name itself.
"""

from __future__ import annotations

# The type words that end a derived short form ("kursk oblast", "velnodar krai").
TYPE_WORDS = frozenset({"oblast", "region", "province", "krai"})


def without_echoed_typed_names(
    names: dict[tuple[str, int], int], derived: int, units: set[int]
) -> dict[tuple[str, int], int]:
    """`names` ((key, place) -> kind) less the derived typed keys that a unit (`units`) bears
    as a main or alternate name."""
    borne = {
        key
        for (key, place), kind in names.items()
        if kind < derived and place in units and key.rsplit(" ", 1)[-1] in TYPE_WORDS
    }
    return {
        (key, place): kind
        for (key, place), kind in names.items()
        if not (kind == derived and key in borne)
    }
