"""Commands that read the store: events, claims, places, export, timeline, event."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from sitrep.cli.common import (
    ActorOpt,
    AsJson,
    Db,
    Limit,
    PlaceOpt,
    Since,
    SourceOpt,
    TextOpt,
    TypeOpt,
    Until,
    Within,
    _fail,
    _filter,
    _show,
    app,
    existing_store,
    out,
)
from sitrep.cli.tables import cell
from sitrep.link.corrections import corrections_in
from sitrep.link.incident_modality import INCIDENT_MODALITIES
from sitrep.link.records import figure, worded_toll
from sitrep.link.vocabulary import conversion_factor
from sitrep.model import EVENT_MODALITIES


@app.command()
def events(
    db: Db = "sitrep.db",
    since: Since = None,
    until: Until = None,
    within: Within = False,
    event_type: TypeOpt = None,
    place: PlaceOpt = None,
    actor: ActorOpt = None,
    source: SourceOpt = None,
    text: TextOpt = None,
    modality: Annotated[
        str | None,
        typer.Option(
            "--modality",
            help="Events told so, comma-separated: " + ", ".join(EVENT_MODALITIES) + ".",
        ),
    ] = None,
    limit: Limit = 50,
    as_json: AsJson = False,
) -> None:
    """List stored events, newest first, each as its report tells it (happened, expected,
    planned, denied or alleged).

    Examples:

    ```
    sitrep events --type attack --since 2024-10-01
    sitrep events --since 2024-10 --until 2024-10 --within
    sitrep events --place Kyiv --json
    sitrep events --actor Houthi --type attack
    sitrep events --modality denied,planned
    ```
    """
    from sitrep.store.queries import list_events, parse_choices

    try:
        told = parse_choices(modality, EVENT_MODALITIES, "modality")
    except ValueError as error:
        _fail(f"--modality: {error}")
    flt = _filter(
        since=since,
        until=until,
        within=within,
        type=event_type,
        place=place,
        actor=actor,
        source=source,
        text=text,
        modality=told,
        limit=limit,
    )
    with existing_store(db).engine.connect() as conn:
        rows = list_events(conn, flt)
    _show(
        rows if as_json else [_as_read(row) for row in rows],
        [
            "date",
            "type",
            "modality",
            "actor",
            "target",
            "place_name",
            "killed",
            "injured",
            "sources",
            "sentence",
        ],
        as_json,
    )


def _as_read(row: dict[str, Any]) -> dict[str, Any]:
    """A table row as a reader words it: tolls as reported ("at least 16", "dozens", never a
    floor or a vague word shown as a count), a part of a day in words ("2024-11-02 night",
    not TimeML's "2024-11-02TNI"), and an undated event by the day it was reported, which is
    what --since and --until took it by."""
    shown = dict(row)
    for name in ("killed", "injured"):
        if row[name] is not None:
            shown[name] = worded_toll(row[name], row.get(f"{name}_hedge"))
    if row.get("date"):
        shown["date"] = readable_date(row["date"])
    elif row.get("published"):
        shown["date"] = f"reported {row['published']}"
    return shown


_PARTS_OF_DAY = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}


def readable_date(value: str) -> str:
    """A TimeML date with a part of the day ("2024-11-02TNI") as "2024-11-02 night"; any other
    value as it is."""
    day, _, part = value.partition("T")
    return f"{day} {_PARTS_OF_DAY[part]}" if part in _PARTS_OF_DAY else value


@app.command()
def claims(
    db: Db = "sitrep.db",
    since: Since = None,
    until: Until = None,
    source: SourceOpt = None,
    text: TextOpt = None,
    about: Annotated[
        str | None,
        typer.Option(help="A subject: its claim history across articles (else same as --text)."),
    ] = None,
    limit: Limit = 50,
    as_json: AsJson = False,
) -> None:
    """List stored claims with who made them and through whom.

    A claim's text is what was said: a quote its reporting clause interrupts ("A," she said.
    "B.") reads "A," … "B.". --since and --until take the days a claim's date covers, so a
    claim dated to a week counts in each month that week touches.

    With --about, the claim history of the matching subject(s) across articles: each value with
    its date, hedge and source, oldest first, and the contradictions between sources flagged
    (when no subject matches, the claims whose text mentions it).

    Examples:

    ```
    sitrep claims --source "New York Times"
    sitrep claims --about "North Korean troops in Kursk"
    sitrep claims --about "killed in Dnipro" --json
    ```
    """
    from sitrep.store.ledger import claim_history
    from sitrep.store.queries import list_claims

    if about and text:  # one would silently win over the other
        _fail("give --about (a subject's claim history) or --text (words in the claim), not both")
    flt = _filter(since=since, until=until, source=source, text=text or about, limit=limit)
    with existing_store(db).engine.connect() as conn:
        histories = claim_history(conn, about, limit) if about else []
        rows = [] if histories else list_claims(conn, flt)
    if histories:
        _show_histories(histories, as_json)
        return
    _show(
        rows,
        [
            "date",
            "source_name",
            "source_kind",
            "via",
            "cue",
            "verb_class",
            "certainty",
            "claim_text",
            "title",  # which article: a claim is checked against its report
        ],
        as_json,
    )


@app.command()
def places(
    db: Db = "sitrep.db",
    place: PlaceOpt = None,
    limit: Limit = 50,
    as_json: AsJson = False,
) -> None:
    """List the places mentioned, most mentioned first.

    Examples:

    ```
    sitrep places
    sitrep places --place Kursk --json
    ```
    """
    from sitrep.store.queries import list_places

    with existing_store(db).engine.connect() as conn:
        rows = list_places(conn, _filter(place=place, limit=limit))
    _show(
        rows, ["name", "country", "admin1", "level", "lat", "lon", "mentions", "articles"], as_json
    )


def _show_histories(histories: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(histories, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    for history in histories:
        flagged = {
            (c[k + "_article"], c[k + "_idx"])
            for c in history["contradictions"]
            for k in ("first", "second")
        }
        table = Table(
            "as of",
            "value",
            "hedge",
            "source",
            "outlet",
            "published",
            "status",
            "evidence",
            title=escape(f"{history['label']}  ({history['id']})"),  # "[attack]" is no markup
        )
        corrections = corrections_in(history["values"])
        for v, correction in zip(history["values"], corrections, strict=True):
            value = _value_as_reported(v, history["unit"])
            if v.get("given_place"):  # a province's figure filed under its town
                value += f" in {v['given_place']}"
            mark = (
                "[red]contradicted[/red]"
                if (v["article_id"], v["idx"]) in flagged
                else "correction"
                if correction
                else ("expected" if v["expected"] else "")
            )
            table.add_row(
                cell(v["as_of"]),
                cell(value),
                cell(v["hedge"]),
                cell(v["source"]),
                cell(v["outlet"]),
                cell(v["published"]),
                mark,
                cell(v["sentence"]),
            )
        out.print(table)
        for c in history["contradictions"]:
            out.print(f"  [red]contradiction:[/red] {escape(c['reason'])}", highlight=False)


def _value_as_reported(value: dict[str, Any], unit: str | None) -> str:
    """A history's value worded as its report gave it: "about 1,000 square kilometres" for a
    value the history holds converted into its square miles (as the page and the contradictions
    show it), never a figure such as "about 386.1" that no one said."""
    factor = conversion_factor(value.get("reported_unit"), unit)
    if value["text"] and factor not in (None, 1):
        return str(value["text"])
    if value["hedge"] == "range":
        return f"{figure(value['low'])}-{figure(value['high'])}"
    number = value["value"] if value["value"] is not None else value["high"]
    return worded_toll(number, value["hedge"]) if number is not None else ""


@app.command()
def timeline(
    db: Db = "sitrep.db",
    since: Since = None,
    until: Until = None,
    within: Within = False,
    event_type: TypeOpt = None,
    place: PlaceOpt = None,
    actor: ActorOpt = None,
    limit: Limit = 100,
    newest: Annotated[
        bool, typer.Option("--newest", help="Newest first, as a reader following the news.")
    ] = False,
    background: Annotated[
        bool,
        typer.Option(
            "--background",
            help='Also events dated well before their reports ("an attack in 2011").',
        ),
    ] = False,
    modality: Annotated[
        str | None,
        typer.Option(
            "--modality",
            help="Incidents told so, comma-separated: "
            + ", ".join(INCIDENT_MODALITIES)
            + " (disputed: a report denies what another tells done).",
        ),
    ] = None,
    as_json: AsJson = False,
) -> None:
    """List the canonical events across articles in time order: one row per real-world event,
    with how each is told (happened, disputed, denied, expected or planned), how many reports,
    articles and outlets tell of it and how their tolls differ.

    Examples:

    ```
    sitrep timeline --since 2024-10-01
    sitrep timeline --since 2024-10 --until 2024-10 --within
    sitrep timeline --type attack --place Kyiv --json
    sitrep timeline --newest --limit 20
    sitrep timeline --modality disputed,denied
    ```
    """
    from sitrep.store.ledger import timeline as list_timeline
    from sitrep.store.queries import parse_choices

    try:
        told = parse_choices(modality, INCIDENT_MODALITIES, "incident modality")
    except ValueError as error:
        _fail(f"--modality: {error}")
    with existing_store(db).engine.connect() as conn:
        rows = list_timeline(
            conn,
            since,
            until,
            event_type,
            place,
            actor,
            limit,
            newest_first=newest,
            with_background=background,
            within=within,
            modality=told,
        )
    for row in rows:  # a ledger built before the worded tolls has only the numbers
        low, high = row.get("killed_min"), row.get("killed_max")
        bounds = [figure(bound) for bound in dict.fromkeys((low, high)) if bound is not None]
        spread = "-".join(bounds) or None
        row["killed"] = row["killed_worded"] or spread
    columns = [
        "id",
        "date_start",
        "date_end",
        "type",
        "modality",
        "actor",
        "target",
        "place_name",
        "killed",
        "reports",
        "articles",
        "outlets",
    ]
    _show(rows, columns, as_json)


@app.command(name="event")
def event_detail(
    event_id: Annotated[
        str,
        typer.Argument(
            help="A canonical event id from `sitrep timeline` (or its start, with or without ev-)."
        ),
    ],
    db: Db = "sitrep.db",
    as_json: AsJson = False,
) -> None:
    """Show one canonical event with every source's version of it and the evidence for each.

    Examples:

    ```
    sitrep event ev-3f2a9c01d4e5
    sitrep event ev-3f2a --json
    ```
    """
    from sitrep.errors import AmbiguousEventId
    from sitrep.store.ledger import event_detail as read_event

    canonical_id = event_id if event_id.startswith("ev-") else f"ev-{event_id}"
    with existing_store(db).engine.connect() as conn:
        try:
            found = read_event(conn, canonical_id)
        except AmbiguousEventId as error:
            _fail(str(error))
    if found is None:
        _fail(f"no canonical event starts with {canonical_id!r}; list them with `sitrep timeline`")
    if as_json:
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    place = ", ".join(str(p) for p in (found["place_name"], found["admin1"], found["country"]) if p)
    when = _event_when(found)
    told = found.get("modality") or "happened"  # a ledger rebuilt before modalities
    heading = escape(f"{found['type']}  {told}  {when}  {place}")  # article text, never markup
    out.print(f"[bold]{found['id']}[/bold] {heading}", highlight=False)
    out.print(
        escape(
            f"actor {found['actor'] or '?'} -> target {found['target'] or '?'}; "
            f"{found['reports']} reports in {found['articles']} articles"
        ),
        highlight=False,
    )
    columns = [
        "published",
        "outlet",
        "role",
        "modality",
        "date",
        "actor",
        "target",
        "place_name",
        "killed",
        "injured",
        "sources",
        "sentence",
    ]
    _show(found["versions"], columns, False)


def _event_when(found: dict[str, Any]) -> str:
    """The event's date, else "undated" with the days its reports allow: a window's first day
    shown alone reads as the day the event happened."""
    if found.get("date"):
        return str(found["date"])
    start, end = found.get("date_start"), found.get("date_end")
    if not start:
        return "undated"
    return f"undated (between {start} and {end})" if end and end != start else f"undated ({start})"
