"""A town the article's country knows by an English alias beats a foreign town of that main name.

A town's English spelling is often only an alternate name in the gazetteer, and `rank_alone`
ranks an alias below any town whose main name it is ("the town of Centralia" is Centralia, not
another town by an odd alias). That says nothing once the article's other names put the alias's
country in the story and never the other town's: "Israeli forces withdrew from Jenin" in a story
naming Palestinians is the West Bank town, whose main name is spelled "Janin", not a Polish
village of 1,100 people called Jenin. Its own module: `place_resolution` is full.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import NAME_ALTERNATE, ODD_ALIAS_PENALTY, Choice

if TYPE_CHECKING:
    from sitrep.extract.place_evidence import Evidence
    from sitrep.gazetteer import Entry


def home_alias_bonus(entry: Entry, key: str, ranked: list[Choice], evidence: Evidence) -> float:
    """Take back the alias's rank below a main-name town when the article's other names name the
    alias's country and not the country of any town of that main name."""
    if entry.kind != NAME_ALTERNATE or not entry.level.startswith("PPL") or not entry.country:
        return 0.0
    if not evidence.names_elsewhere(entry.country, key):
        return 0.0
    towns = [
        c.entry
        for c in ranked
        if c.entry.kind != NAME_ALTERNATE
        and c.entry.level.startswith("PPL")
        and c.entry.country != entry.country
    ]
    if not towns or any(evidence.names_elsewhere(t.country or "", key) for t in towns):
        return 0.0
    return ODD_ALIAS_PENALTY
