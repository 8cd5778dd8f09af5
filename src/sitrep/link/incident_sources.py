"""The names an incident shows for its sources: the events' own names, one per entity.

`canonical_entity` strips role words to join a person's mentions ("Spokesman Dmytro Lykhovii"
and "Lykhovii" are one person), but the same stripping left a body's bare head noun ("Russia's
Defense Ministry" became "Ministry", "Ukraine's General Staff" "Staff") or a clause ("a military
spokesman who asked not to be named" became "who asked not to be named"). An incident lists
its sources beside the events that name them in full, so a stripped remainder that is no name
gives way to the name as the event gives it, and a pronoun ("he") names no source at all.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.link.entities import DETERMINERS, EntityIndex, canonical_entity, fold

PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"})


def incident_sources(names: Iterable[str], index: EntityIndex | None = None) -> list[str]:
    """The sources' names as an incident lists them, sorted, each entity once."""
    return sorted({shown for name in names if (shown := shown_source(name, index))})


def shown_source(name: str, index: EntityIndex | None = None) -> str | None:
    """The entity's name when the stripping left a name, else the name as written less its
    article; None for a pronoun."""
    written = name.strip()
    if not written or fold(written) in PRONOUNS:
        return None
    canonical = canonical_entity(written, index)
    return canonical if _is_a_name(canonical, written) else _without_article(written)


def _is_a_name(canonical: str, written: str) -> bool:
    """A capitalised remainder of two words or more ("Dmytro Lykhovii"), or the whole written
    name ("Police"); not a lone head noun left of a longer name ("Ministry"), nor a clause."""
    words = canonical.split()
    if not words or not canonical[:1].isupper():
        return False
    return len(words) >= 2 or fold(canonical) == fold(_without_article(written))


def _without_article(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in DETERMINERS else name
