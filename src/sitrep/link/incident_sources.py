"""The names an incident shows for its sources: the events' own names, one per entity.

`canonical_entity` strips role words to join a person's mentions ("Spokesman Dmytro Lykhovii"
and "Lykhovii" are one person), but the same stripping left a body's bare head noun ("Russia's
Defense Ministry" became "Ministry", "Ukraine's General Staff" "Staff") or a clause ("a military
spokesman who asked not to be named" became "who asked not to be named"). An incident lists
its sources beside the events that name them in full, so a stripped remainder that is no name
gives way to the name as the event gives it, and a pronoun ("he") names no source at all.

Names are one source when they name one entity, however written: "Tarvia's Defense Ministry",
"the Tarvian Defence Ministry" and "the ministry" (when it can be no other of the incident's
ministries) are one, as "Police" and "the police" are; the incident shows the fullest
capitalised form.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sitrep.link.entities import DETERMINERS, EntityIndex, canonical_entity, fold, split_name

PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"})


# Spellings of one title word: "Defence Ministry" is the "Defense Ministry".
TITLE_SPELLINGS = {"defence": "defense"}

SourceKey = tuple[str, str, str]  # country, title words, name (folded)


def incident_sources(names: Iterable[str], index: EntityIndex | None = None) -> list[str]:
    """The sources' names as an incident lists them, sorted, each entity once (module doc)."""
    shown_by_key: dict[SourceKey, set[str]] = defaultdict(set)
    for name in names:
        if shown := shown_source(name, index):
            shown_by_key[_source_key(name, index)].add(shown)
    for key in [k for k in shown_by_key if not (k[0] or k[1])]:
        fuller = [k for k in shown_by_key if k[2] == key[2] and (k[0] or k[1])]
        if len(fuller) == 1:  # "the ministry" of the one ministry named in full
            shown_by_key[fuller[0]] |= shown_by_key.pop(key)
    return sorted(_preferred(forms) for forms in shown_by_key.values())


def _source_key(written: str, index: EntityIndex | None) -> SourceKey:
    """What one entity's names share: a name of two words or more ("Ivo Marek"), else the
    country and titles its head noun stands with ("Tarvia", "defense", "ministry")."""
    name = fold(_without_article(canonical_entity(written.strip(), index)))
    if len(name.split()) >= 2:
        return "", "", name
    country, titles = split_name(written.strip()).role
    title_words = sorted(TITLE_SPELLINGS.get(w, w) for w in fold(titles).split())
    return country, " ".join(title_words), name


def _preferred(forms: set[str]) -> str:
    """The fullest capitalised form: "Tarvia's Defense Ministry" over "ministry"."""
    return min(forms, key=lambda form: (not form[:1].isupper(), -len(form), form))


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
    return rest if rest and fold(first) in DETERMINERS else name
