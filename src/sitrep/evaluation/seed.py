"""Score one extraction against a gold file in the seed format (`shared/seed/README.md`).

Every gold item names an `evidence` substring of the article; a `mention` is its first
occurrence inside the evidence. A system item matches a gold item when their spans overlap;
then each field is compared. Country names used as plain locations and durations are not in the
gold, so they are neither rewarded nor punished.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from sitrep.extract.place_candidates import haversine_km
from sitrep.model import Extraction


def locate(text: str, evidence: str, mention: str | None = None) -> tuple[int, int]:
    """Offsets of `mention` inside the first occurrence of `evidence` (or of evidence itself)."""
    start = text.find(evidence)
    if start < 0:
        raise ValueError(f"gold evidence not found in the article: {evidence[:60]!r}")
    if mention is None:
        return start, start + len(evidence)
    inner = text.find(mention, start, start + len(evidence))
    if inner < 0:
        raise ValueError(f"gold mention {mention!r} not inside its evidence {evidence[:60]!r}")
    return inner, inner + len(mention)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def _same_name(system: str | None, gold: str | None) -> bool:
    if gold is None:
        return system is None
    if system is None:
        return False
    s, g = system.casefold(), gold.casefold()
    return s == g or s in g or g in s


def score_places(ex: Extraction, gold: dict[str, Any]) -> dict[str, float]:
    text = ex.article.text
    found = located = level_ok = 0
    for item in gold.get("places", []):
        span = locate(text, item["evidence"], item["mention"])
        match = next(
            (p for p in ex.places if overlaps((p.start, p.end), span) and p.role == "location"),
            None,
        )
        if match is None:
            continue
        found += 1
        near = (
            match.lat is not None
            and match.lon is not None
            and haversine_km(match.lat, match.lon, item["lat"], item["lon"])
            <= item.get("tolerance_km", 161)
        )
        located += near
        if item.get("level") == "region" or match.level == item.get("level"):
            level_ok += 1
    total = len(gold.get("places", []))
    return {
        "recall": _ratio(found, total),
        "accuracy_at_161": _ratio(located, total),
        "level_accuracy": _ratio(level_ok, total),
    }


def score_metonyms(ex: Extraction, gold: dict[str, Any]) -> dict[str, float]:
    text = ex.article.text
    gold_spans = [
        (locate(text, m["evidence"], m["mention"]), m["refers_to"])
        for m in gold.get("metonyms", [])
    ]
    hits = sum(
        1
        for span, refers in gold_spans
        if any(
            p.role == "actor"
            and overlaps((p.start, p.end), span)
            and _same_name(p.refers_to, refers)
            for p in ex.places
        )
    )
    # Country names standing for their state are not in the gold (it is not exhaustive for them).
    actors = [p for p in ex.places if p.role == "actor" and not (p.level or "").startswith("PCL")]
    correct_actors = sum(
        1 for p in actors if any(overlaps((p.start, p.end), s) for s, _ in gold_spans)
    )
    return {
        "recall": _ratio(hits, len(gold_spans)),
        "precision": _ratio(correct_actors, len(actors)),
    }


def score_times(ex: Extraction, gold: dict[str, Any]) -> dict[str, float]:
    text = ex.article.text
    found = right = 0
    for item in gold.get("times", []):
        span = locate(text, item["evidence"], item["mention"])
        match = next((t for t in ex.times if overlaps((t.start, t.end), span)), None)
        if match is None:
            continue
        found += 1
        right += bool(match.value and match.value.startswith(item["value"]))
    total = len(gold.get("times", []))
    return {"span_recall": _ratio(found, total), "value_accuracy": _ratio(right, total)}


def _quantity_value_ok(q: Any, item: dict[str, Any]) -> bool:
    if "value" in item:
        return q.value is not None and math.isclose(q.value, item["value"], rel_tol=1e-6)
    low_ok = item.get("low") is None or (q.low is not None and math.isclose(q.low, item["low"]))
    high_ok = item.get("high") is None or (
        q.high is not None and math.isclose(q.high, item["high"])
    )
    return low_ok and high_ok


def score_quantities(ex: Extraction, gold: dict[str, Any]) -> dict[str, float]:
    text = ex.article.text
    found = value_ok = hedge_ok = unit_ok = 0
    for item in gold.get("quantities", []):
        span = locate(text, item["evidence"], item["mention"])
        candidates = [q for q in ex.quantities if overlaps((q.start, q.end), span)]
        match = next(
            (q for q in candidates if _quantity_value_ok(q, item)),
            candidates[0] if candidates else None,
        )
        if match is None:
            continue
        found += 1
        value_ok += _quantity_value_ok(match, item)
        hedge_ok += match.hedge == item["hedge"]
        unit_ok += item["unit"] in (match.unit, match.measure)
    total = len(gold.get("quantities", []))
    return {
        "recall": _ratio(found, total),
        "value_accuracy": _ratio(value_ok, total),
        "hedge_accuracy": _ratio(hedge_ok, total),
        "unit_accuracy": _ratio(unit_ok, total),
    }


def _attribution_checks(match: Any, item: dict[str, Any]) -> dict[str, bool]:
    source_name = match.source.name or match.source.text
    return {
        "source": _same_name(source_name, item["source"])
        or _same_name(match.source.text, item["source"]),
        "kind": match.source.kind == item["source_kind"],
        "via": _same_chain([v.text for v in match.via], item.get("via", [])),
        "verb": bool(match.cue) and item["verb"].casefold() in match.cue.text.casefold(),
        "direct": bool(match.direct_quote) == item.get("direct_quote", False),
        "date": "date" not in item or (match.date or "").startswith(item["date"]),
    }


def score_attributions(ex: Extraction, gold: dict[str, Any]) -> dict[str, float]:
    """Each gold claim against the overlapping system attribution that agrees with it most."""
    text = ex.article.text
    counts = dict.fromkeys(("found", "source", "kind", "via", "verb", "direct", "date"), 0)
    for item in gold.get("attributions", []):
        span = locate(text, item["evidence"])
        candidates = [a for a in ex.attributions if overlaps((a.claim.start, a.claim.end), span)]
        if not candidates:
            continue
        checks = max(
            (_attribution_checks(a, item) for a in candidates), key=lambda c: sum(c.values())
        )
        counts["found"] += 1
        for key, ok in checks.items():
            counts[key] += ok
    total = len(gold.get("attributions", []))
    return {
        f"{k}_accuracy" if k != "found" else "recall": _ratio(v, total) for k, v in counts.items()
    }


def _same_chain(system: Sequence[str], gold: Sequence[str]) -> bool:
    return len(system) == len(gold) and all(
        _same_name(s, g) for s, g in zip(system, gold, strict=True)
    )


def score_events(ex: Extraction, gold: dict[str, Any]) -> dict[str, float]:
    text = ex.article.text
    fields = ("actor", "target", "place", "date", "weapon", "killed", "injured")
    counts = dict.fromkeys(("found", *fields), 0)
    originals = [e for e in ex.events if e.duplicate_of is None]
    for item in gold.get("events", []):
        span = locate(text, item["evidence"])
        match = next(
            (e for e in originals if overlaps((e.start, e.end), span) and e.type == item["type"]),
            None,
        )
        if match is None:
            continue
        counts["found"] += 1
        counts["actor"] += _same_name(match.actor, item.get("actor"))
        counts["target"] += _same_name(match.target, item.get("target"))
        counts["place"] += _same_name(match.place.name if match.place else None, item.get("place"))
        counts["date"] += (match.date or None) == item.get("date") or bool(
            match.date and item.get("date") and match.date.startswith(item["date"])
        )
        counts["weapon"] += sorted(match.weapon) == sorted(item.get("weapon", []))
        counts["killed"] += match.killed == item.get("killed", item.get("killed_at_least"))
        counts["injured"] += match.injured == item.get("injured")
    total = len(gold.get("events", []))
    result = {"recall": _ratio(counts.pop("found"), total)}
    result.update({f"{k}_accuracy": _ratio(v, total) for k, v in counts.items()})
    result["precision"] = _ratio(
        sum(
            1
            for e in originals
            if any(
                overlaps((e.start, e.end), locate(text, g["evidence"]))
                for g in gold.get("events", [])
            )
        ),
        len(originals),
    )
    return result


def score_furniture(ex: Extraction, gold: dict[str, Any]) -> dict[str, float]:
    text = ex.article.text
    duplicates = gold.get("duplicates", [])
    not_twice = linked = 0
    for item in duplicates:
        span = locate(text, item["evidence"])
        inside = [e for e in ex.events if overlaps((e.start, e.end), span)]
        not_twice += all(e.duplicate_of is not None for e in inside)
        linked += any(e.duplicate_of is not None for e in inside)
    names = [a.source.text for a in ex.attributions] + [
        a.source.name or "" for a in ex.attributions
    ]
    names += [v.text for a in ex.attributions for v in a.via] + [e.actor or "" for e in ex.events]
    banned = gold.get("not_actors_or_sources", [])
    leaks = sum(1 for b in banned if any(b.casefold() in n.casefold() for n in names))
    boiler_spans = [locate(text, b) for b in gold.get("boilerplate", [])]
    found_spans = [(p.start, p.end) for p in ex.places] + [(t.start, t.end) for t in ex.times]
    found_spans += [(q.start, q.end) for q in ex.quantities] + [(e.start, e.end) for e in ex.events]
    fed = sum(1 for b in boiler_spans if any(overlaps(b, s) for s in found_spans))
    return {
        "duplicates_not_counted_twice": _ratio(not_twice, len(duplicates)),
        "duplicates_linked": _ratio(linked, len(duplicates)),
        "credit_names_kept_out": _ratio(len(banned) - leaks, len(banned)),
        "boilerplate_kept_out": _ratio(len(boiler_spans) - fed, len(boiler_spans)),
    }


def score_seed(ex: Extraction, gold: dict[str, Any]) -> dict[str, dict[str, float]]:
    """Every section of the seed gold scored; each figure is a fraction of the gold items."""
    return {
        "places": score_places(ex, gold),
        "metonyms": score_metonyms(ex, gold),
        "times": score_times(ex, gold),
        "quantities": score_quantities(ex, gold),
        "attributions": score_attributions(ex, gold),
        "events": score_events(ex, gold),
        "furniture": score_furniture(ex, gold),
    }
