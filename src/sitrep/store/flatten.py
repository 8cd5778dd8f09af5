"""An Extraction as rows of the flat tables, for filtering and search."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Table

from sitrep.link.dates import date_interval
from sitrep.model import Attribution, Extraction, Offsets, as_plain
from sitrep.sentences import sentence_around
from sitrep.store import schema


def finding_rows(
    extraction: Extraction, extraction_id: int, article_id: str
) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
    base = {"extraction_id": extraction_id, "article_id": article_id}
    text = extraction.article.text
    yield (
        schema.places,
        [
            {**base, **_pick(as_plain(p), schema.places), "idx": i}
            for i, p in enumerate(extraction.places)
        ],
    )
    yield (
        schema.times,
        [
            {**base, **_pick(as_plain(t), schema.times), "idx": i}
            for i, t in enumerate(extraction.times)
        ],
    )
    yield (
        schema.quantities,
        [
            {**base, **_pick(as_plain(q), schema.quantities), "idx": i}
            for i, q in enumerate(extraction.quantities)
        ],
    )
    yield (
        schema.attributions,
        [
            {**base, "idx": i, **_attribution_row(a, text)}
            for i, a in enumerate(extraction.attributions)
        ],
    )
    yield (
        schema.events,
        [{**base, "idx": i, **_event_row(extraction, i)} for i in range(len(extraction.events))],
    )


def _pick(values: dict[str, Any], table: Table) -> dict[str, Any]:
    return {
        k: v
        for k, v in values.items()
        if k in table.c and k not in ("extraction_id", "idx", "article_id")
    }


PARTS_JOINER = " … "
"""Between the parts of a claim written as one text: the reporting clause left out is elided."""


def parts_or_whole(
    parts: list[dict[str, int]] | None, start: int, end: int
) -> list[dict[str, int]]:
    """A claim's parts as stored; a claim stored before parts were (migration 9), or read from
    an extraction made before, is all one part."""
    return parts or [{"start": start, "end": end}]


def said_text(text: str, parts: Iterable[Offsets]) -> str:
    """What was said, as a list or an export writes the claim: its parts, the reporting clause
    between them elided ("“A,” … “B.”")."""
    return PARTS_JOINER.join(text[part.start : part.end] for part in parts)


def _attribution_row(attribution: Attribution, text: str) -> dict[str, Any]:
    source = attribution.source
    cue = attribution.cue
    return {
        "start": attribution.claim.start,
        "end": attribution.claim.end,
        "claim_text": said_text(text, attribution.parts),
        "parts": [as_plain(part) for part in attribution.parts],
        **event_days(attribution.date),
        "source_text": source.text,
        "source_name": source.name or source.text,
        "source_kind": source.kind,
        "via": [as_plain(v) for v in attribution.via],
        "cue": cue.text if cue else None,
        "verb_class": cue.verb_class if cue else None,
        "direct_quote": str(attribution.direct_quote).lower(),
        "date": attribution.date,
        "certainty": attribution.certainty,
    }


def read_direct_quote(stored: str | None) -> bool | str | None:
    """A stored `direct_quote` as the extraction gives it: true, false or "mixed" (a claim
    partly quoted). The column holds it as text ("true"), which a reader testing it would
    take as true even when it says "false"."""
    if stored is None:
        return None
    return {"true": True, "false": False}.get(stored, stored)


def event_days(date: str | None) -> dict[str, str | None]:
    """The first and last calendar day a TIMEX3 date covers (an event's or a claim's); None for
    one that names no days."""
    days = date_interval(date)
    return {
        "date_start": days[0].isoformat() if days else None,
        "date_end": days[1].isoformat() if days else None,
    }


def _event_row(extraction: Extraction, index: int) -> dict[str, Any]:
    event = extraction.events[index]
    place = event.place
    sources = sorted(
        {
            extraction.attributions[i].source.name or extraction.attributions[i].source.text
            for i in event.attributions
            if 0 <= i < len(extraction.attributions)
        }
    )
    return {
        "start": event.start,
        "end": event.end,
        "sentence": sentence_around(extraction.article.text, event.start, event.end),
        "type": event.type,
        "acled": event.acled,
        "plover": event.plover,
        "actor": event.actor,
        "target": event.target,
        "place_name": place.name if place else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "level": place.level if place else None,
        "place_near": place.near if place else None,
        "date": event.date,
        **event_days(event.date),
        "weapon": list(event.weapon),
        "killed": event.killed,
        "injured": event.injured,
        "killed_hedge": event.killed_hedge,
        "injured_hedge": event.injured_hedge,
        "modality": event.modality,
        "duplicate_of": event.duplicate_of,
        "confidence": event.confidence,
        "sources": sources,
        "published": extraction.article.published,
    }
