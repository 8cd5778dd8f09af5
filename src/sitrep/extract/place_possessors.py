"""The country a place is said to belong to: "Iraq's Kurdistan region", "Syria's Idlib province",
"the Italian island of Elba".

News names the country of a province or town in the possessive, or by its adjective before the
kind of place ("the Syrian city of Aleppo"), more often than after a comma. That country is then
the strongest evidence of which namesake is meant (Iraq's Kurdistan, not Iran's province of that
name), and so is the possessed name when it qualifies a town: "Erbil in Iraq's Kurdistan region"
is no town of Iran.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import FEATURE_CUES, NAME_DEMONYM
from sitrep.extract.place_names import lookup

if TYPE_CHECKING:
    from sitrep.extract.context import DocContext
    from sitrep.extract.place_candidates import Choice, Mention
    from sitrep.gazetteer import Gazetteer
    from sitrep.gazetteer.query import Entry

# between the possessive and the name: lower-case words only ("semi-autonomous", "northern")
POSSESSED_GAP = re.compile(r"['’]s (?:[a-z][\w-]* ){0,3}$")
GAP_WINDOW = 60
# "the Indonesian island of", "the southern Syrian city of": a country's adjective before the
# kind of place the name is.
KINDS_OF_PLACE = FEATURE_CUES | {"island", "islands", "provinces", "states", "regions", "resort"}
ADJECTIVE_BEFORE_KIND = re.compile(
    r"\b(?i:the) (?:[a-z][\w-]* )?(?P<adjective>[A-Z][a-z]+) (?P<kind>[a-z]+) of $"
)


def owner_countries(
    ctx: DocContext, gazetteer: Gazetteer, mentions: list[Mention]
) -> dict[int, tuple[Entry, ...]]:
    """The country a mention is said to belong to, by the mention's start: named in the
    possessive ("Iraq's Kurdistan region") or by its adjective ("the Syrian city of Aleppo")."""
    return _adjective_countries(ctx.text, gazetteer, mentions) | _possessive_countries(
        mentions, ctx.text
    )


def _adjective_countries(
    text: str, gazetteer: Gazetteer, mentions: list[Mention]
) -> dict[int, tuple[Entry, ...]]:
    """The country whose adjective comes before the kind of place a mention is, by its start."""
    found: dict[int, tuple[Entry, ...]] = {}
    for mention in mentions:
        before = ADJECTIVE_BEFORE_KIND.search(
            text, max(0, mention.start - GAP_WINDOW), mention.start
        )
        if before is None or before.group("kind") not in KINDS_OF_PLACE:
            continue
        countries = tuple(
            e
            for e in lookup(gazetteer, before.group("adjective"))
            if e.kind == NAME_DEMONYM and e.level == "PCLI"
        )
        if countries:
            found[mention.start] = countries
    return found


def _possessive_countries(mentions: list[Mention], text: str) -> dict[int, tuple[Entry, ...]]:
    """The country named in the possessive right before a mention, by the mention's start."""
    countries = {
        m.end: tuple(e for e in m.entries if e.level == "PCLI") for m in mentions if not m.demonym
    }
    found: dict[int, tuple[Entry, ...]] = {}
    for mention in mentions:
        window = text[max(0, mention.start - GAP_WINDOW) : mention.start]
        gap = POSSESSED_GAP.search(window)
        if gap is None:
            continue
        owner = countries.get(mention.start - (len(window) - gap.start()))
        if owner:
            found[mention.start] = owner
    return found


def within_possessors(
    qualified: dict[int, tuple[Entry, ...]],
    possessed: dict[int, tuple[Entry, ...]],
    mentions: list[Mention],
) -> dict[int, tuple[Entry, ...]]:
    """Qualifiers narrowed to their stated country, with the possessive ones added.

    "Erbil in Iraq's Kurdistan region": of the region's namesakes only Iraq's may qualify
    Erbil; when none lies there, the country itself does.
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    following = {a.start: b.start for a, b in pairwise(ordered)}
    merged = dict(qualified)
    for start, larger in qualified.items():
        after = following.get(start, -1)  # the possessor, then the place it owns
        owner = possessed.get(after, ()) or possessed.get(following.get(after, -1), ())
        if owner:
            countries = {e.country for e in owner}
            merged[start] = tuple(e for e in larger if e.country in countries) or owner
    for start, owner in possessed.items():
        merged.setdefault(start, owner)
    return merged


def in_owners(
    ranked: list[Choice], group: list[Mention], possessed: dict[int, tuple[Entry, ...]]
) -> list[Choice]:
    """The readings of a name in the country it is said to belong to, when there are any: a
    namesake elsewhere is no reading of "Iraq's Kurdistan region". A region across borders
    stays."""
    countries = {e.country for m in group for e in possessed.get(m.start, ())}
    if not countries:
        return ranked
    kept = [c for c in ranked if c.entry.country in countries or c.entry.country is None]
    return kept or ranked
