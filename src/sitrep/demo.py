"""The demo's readable summary: each event with place, date, numbers and sources.

Everything taken from articles is escaped before printing: rich reads "[...]" as markup, and an
article's text (or our own "[cue, certainty]" labels) must never be swallowed as a style.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from sitrep.link.records import worded_toll
from sitrep.store import EventFilter, Store
from sitrep.store.queries import counts, list_claims, list_events


def print_summary(store: Store, console: Console) -> None:
    with store.engine.connect() as conn:
        totals = counts(conn)
        events = list_events(conn, EventFilter(limit=200))
        claims = list_claims(conn, EventFilter(limit=200))
    console.print(
        f"\n[bold]{totals['articles']} article(s): {totals['events']} events, "
        f"{totals['claims']} claims, {totals['places']} place mentions[/bold]\n"
    )
    for event in sorted(events, key=lambda e: (e["date"] or "", e["start"])):
        console.print(_event_line(event), highlight=False, soft_wrap=True)
        console.print(
            f"    [dim]“{escape(event['sentence'][:160])}”[/dim]", highlight=False, soft_wrap=True
        )
    console.print(f"\n[bold]Claims[/bold] ({len(claims)})")
    for claim in claims[:20]:
        via = " → ".join(v["text"] for v in claim["via"] or [])
        chain = claim["source_name"] + (f" → {via}" if via else "")
        label = ", ".join(
            str(part) for part in (claim["cue"], claim["verb_class"], claim["certainty"]) if part
        )
        console.print(
            f"  {escape(chain)} [dim]({escape(label)})[/dim]: {escape(claim['claim_text'][:110])}",
            highlight=False,
            soft_wrap=True,
        )


# How a summary line names the other side: aid goes "to" Ukraine, a deal is made "with" Hamas.
TARGET_WORDS = {
    "aid": "to",
    "agreement": "with",
    "train": "with",
    "sanction": "on",
    "seize_territory": "from",
    "retake_territory": "from",
}


def _event_line(event: dict) -> str:  # type: ignore[type-arg]
    parts = [f"[bold]{event['type']}[/bold]"]
    if event["actor"]:
        parts.append(f"by {event['actor']}")
    if event["target"]:
        parts.append(f"{TARGET_WORDS.get(event['type'], 'against')} {event['target']}")
    if event["place_name"]:
        where = event["place_name"]
        if event["lat"] is not None:
            where += f" ({event['lat']:.2f}, {event['lon']:.2f})"
        parts.append(f"in {where}")
    parts.append(f"on {event['date'] or 'an unknown date'}")
    if event["weapon"]:
        parts.append("with " + ", ".join(event["weapon"]))
    for measure in ("killed", "injured"):
        if event[measure] is not None:
            toll = worded_toll(event[measure], event.get(f"{measure}_hedge"))
            parts.append(f"{measure} {toll}")
    if event["sources"]:
        parts.append("according to " + ", ".join(event["sources"]))
    return "• " + " ".join(parts[:1] + [escape(part) for part in parts[1:]])
