"""A building named after its town is not the town: the gazetteer lists some forts, castles and
airports under their town's name as an alias, sometimes with the town's population and a
populated-place code ("Tovik Fort" for "Tovik"). When another reading of the name is a place
whose own name adds no such word, a bare mention of the name means that place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.gazetteer.names import normalize

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sitrep.gazetteer import Entry

# Words that, added to a town's name, name one building or compound in or near it.
BUILDING_WORDS = frozenset({
    "fort", "castle", "citadel", "fortress", "barracks", "airport", "airfield", "airbase",
    "station", "mosque", "church", "cathedral", "palace", "tower", "hospital", "stadium",
    "prison", "dam", "bridge",
})  # fmt: skip
BUILDING_PENALTY = -2.5


def building_penalty(entry: Entry, entries: Iterable[Entry], text: str) -> float:
    """Lower a reading whose own name is the mention's plus a building word ("Tovik Fort" for
    "Tovik") when a rival reading's name adds none."""
    said = normalize(text)
    if not _adds_a_building(entry, said):
        return 0.0
    rivals = [e for e in entries if e.id != entry.id and not _adds_a_building(e, said)]
    return BUILDING_PENALTY if rivals else 0.0


def _adds_a_building(entry: Entry, said: str) -> bool:
    """The reading's name is the said name followed by a building word ("Tovik Fort")."""
    name = normalize(entry.name)
    rest = name[len(said) :].split() if name.startswith(said + " ") else []
    return bool(set(rest) & BUILDING_WORDS)


def named_after_a_town(text: str, entries: Iterable[Entry]) -> bool:
    """Some reading is a building named by the mention plus a building word ("Tovik Fort"): the
    mention is then the town's own local name, not a foreign spelling of it."""
    return any(_adds_a_building(e, normalize(text)) for e in entries)
