"""Names followed by the unit they name: "the Tver region", "Idlib province".

"Tver" alone is the city, but "the Tver region" is the oblast, which the gazetteer knows only
under the whole phrase ("Tver region": Tver Oblast). A name is resolved once for the whole
article, which is right for "New York state ... in New York", but "the Moscow region" in a story
filed from MOSCOW is still Moscow Oblast: the unit word settles that mention whatever the name
reads as elsewhere.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from sitrep.extract.place_entries import entry_fields
from sitrep.extract.place_names import lookup

if TYPE_CHECKING:
    from sitrep.extract.context import DocContext
    from sitrep.extract.place_candidates import Mention
    from sitrep.gazetteer import Entry, Gazetteer
    from sitrep.model import Place

UNIT_AFTER = re.compile(r" (?i:region|province|oblast|governorate|krai|prefecture|state)\b")
# One plural unit word after coordinated names names a unit for each: "the Bryansk and Kursk
# regions" are two oblasts.
SHARED_UNIT_AFTER = re.compile(
    r"(?:,? (?:and |or )?[A-Z][\w'’-]*)* "
    r"(?P<unit>(?i:region|province|oblast|governorate|prefecture))s\b"
)
# A kind of place after a name shared by a town and its district: "in Churachandpur district",
# "in Churachandpur town"; a county is a first-level unit in some countries ("Lamu county").
KIND_AFTER = re.compile(r" (?P<kind>district|county|town|city)\b", re.IGNORECASE)
KIND_LEVELS = {
    "district": ("ADM2",),
    "county": ("ADM2", "ADM1"),
    "town": ("PPL", "PPLA", "PPLA2"),
    "city": ("PPL", "PPLA"),
}
UNIT_IN_NAME = re.compile(r"\b(?:Region|Province|Oblast|Governorate|Krai|Prefecture|State)\b")


def as_named_unit(ctx: DocContext, gazetteer: Gazetteer, mention: Mention, place: Place) -> Place:
    """`place`, or the unit that the name and the unit word after it make together when the
    gazetteer knows one and `place` is not it: a first-level unit ("Kursk region"), or the
    district or town a shared name's kind word says ("Churachandpur district"). A name written
    with its qualifier ("the Washington, D.C. region") is that one place's: the word after it
    names no unit of the first name (the state of Washington)."""
    if "," in ctx.text[mention.start : mention.end]:
        return place
    units = (
        _named_units(ctx, gazetteer, mention)
        or _unit_of_the_town(ctx, gazetteer, mention, place)
        or _kind_named_after(ctx, gazetteer, mention, place)
    )
    if not units or place.gazetteer_id in {e.gazetteer_id for e in units}:
        return place
    if place.gazetteer_id is not None and place.country is None:
        return place  # "Iraq's Kurdistan region" is the region, not Iran's province of the name
    unit = next((e for e in units if e.country == place.country), units[0])
    return dataclasses.replace(
        place,
        **entry_fields(unit),
        ambiguous=False,
        candidates=(),
        unresolved_reason=None,
        near=None,
    )


def _named_units(ctx: DocContext, gazetteer: Gazetteer, mention: Mention) -> list[Entry]:
    """The units "<name> <unit word>" names; "Moscow region" is Moscow Oblast, not Moskva, the
    federal city the gazetteer also lists under it."""
    if mention.demonym:
        return []
    unit_word = UNIT_AFTER.match(ctx.text, mention.end)
    shared = SHARED_UNIT_AFTER.match(ctx.text, mention.end) if unit_word is None else None
    if unit_word is not None:
        phrase = ctx.text[mention.start : unit_word.end()]
    elif shared is not None:
        phrase = f"{ctx.text[mention.start : mention.end]} {shared.group('unit')}"
    else:
        return []
    units = [e for e in lookup(gazetteer, phrase, recognising=False) if e.level == "ADM1"]
    return [e for e in units if UNIT_IN_NAME.search(e.name)] or units


def _unit_of_the_town(
    ctx: DocContext, gazetteer: Gazetteer, mention: Mention, place: Place
) -> list[Entry]:
    """ "Sulaimaniyah province", spelt unlike the gazetteer's unit: the unit named after the town
    the name was read as ("Sulaymaniyah Governorate"), whatever level the gazetteer keeps it at."""
    if mention.demonym or not place.name or not (place.level or "").startswith("PPL"):
        return []
    if UNIT_AFTER.match(ctx.text, mention.end) is None:
        return []
    return [
        e
        for e in lookup(gazetteer, place.name, recognising=False)
        if e.level in ("ADM1", "ADM2")
        and e.country == place.country
        and UNIT_IN_NAME.search(e.name)
    ]


def _kind_named_after(
    ctx: DocContext, gazetteer: Gazetteer, mention: Mention, place: Place
) -> list[Entry]:
    """ "Churachandpur district" after "Churachandpur town": a name the town and its district
    share reads as the kind of place the word after it says, in the country it was read in."""
    kind = KIND_AFTER.match(ctx.text, mention.end)
    levels = KIND_LEVELS[kind.group("kind").lower()] if kind is not None else ()
    if mention.demonym or not levels or place.level in levels:
        return []
    text = ctx.text[mention.start : mention.end]
    return [
        e
        for e in lookup(gazetteer, text, recognising=False)
        if e.level in levels and e.country == place.country and e.kind == 0
    ]
