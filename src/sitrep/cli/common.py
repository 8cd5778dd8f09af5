"""What every `sitrep` command shares: the Typer app, consoles, option types and table output."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console

from sitrep.cli.tables import print_rows
from sitrep.errors import SitrepError
from sitrep.settings import Settings

if TYPE_CHECKING:
    from sitrep.store import Store

app = typer.Typer(
    name="sitrep",
    help="News articles in, a sourced, dated, geolocated ledger of events and claims out.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(help="Build or import the offline gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

out = Console()
err = Console(stderr=True)
EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "data" / "examples"

Paths = Annotated[
    list[Path], typer.Argument(help="Files or directories (.txt .html .jsonl .rss .atom .xml).")
]
Published = Annotated[
    str | None,
    typer.Option(
        help="Publication date (YYYY-MM-DD) for inputs without one: a page's, feed entry's or "
        "record's own date comes first, then this one, then a date the file name ends in "
        "(news-2024-11-03.txt)."
    ),
]
Db = Annotated[str, typer.Option(envvar="SITREP_DB", help="SQLite path or database URL.")]
Model = Annotated[
    str | None, typer.Option(envvar="SITREP_MODEL", help="spaCy pipeline name or path.")
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
MAX_ROWS = 10_000_000  # more overflows no list but the database's integer: a traceback, not a reply
Limit = Annotated[int, typer.Option(min=1, max=MAX_ROWS, help="At most this many rows.")]


def _settings(**overrides: Any) -> Settings:
    return Settings.from_env(**overrides)


def _published(value: str | None) -> Any:
    from sitrep.ingest.common import parse_given_date

    return parse_given_date(value, "--published")


def _fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def check_database_exists(db: str) -> None:
    """Refuse a database file that is not there: opening one creates it, so a mistyped --db would
    list nothing from a new empty store and exit 0. Server URLs (PostgreSQL) are left alone; a
    SQLite URL is checked by its path."""
    path = db.removeprefix("sqlite:///") if db.startswith("sqlite:///") else db
    if "://" not in path and path not in (":memory:", "") and not Path(path).exists():
        _fail(
            f"no database at {db}; check --db/SITREP_DB, or create one with "
            f"`sitrep ingest ... --db {db}` or `sitrep demo --db {db}`"
        )


def existing_store(db: str) -> Store:
    """The store of a command that reads one (lists, exports, serve): never a new empty one."""
    from sitrep.store import Store

    check_database_exists(db)
    return Store(db)


class CurrentStderrHandler(logging.StreamHandler):
    """Log lines to `sys.stderr` as it is when each is written, not as it was when logging was
    set up: while a progress bar is drawn on a terminal, rich stands in for it and prints each
    line above the bar; written past it, "WARNING ... skipped" ran on from the bar's last cell.
    """

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _stream: Any) -> None:
        """StreamHandler sets its stream when built; the current one is always used instead."""


@app.callback()
def main_callback(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False,
) -> None:
    """sitrep reads news reports and keeps what they say: typed events with who, where, when,
    how many and according to whom.

    Examples:

    ```
    sitrep demo
    sitrep extract article.txt --published 2024-10-26
    sitrep ingest corpus/ --db sitrep.db && sitrep events --type attack
    ```
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        handlers=[CurrentStderrHandler()],
    )
    if not verbose:
        # "discarding data: None" for a page with no article text, which sitrep's own one-line
        # failure ("no article text found in the page") already says with the file's name
        logging.getLogger("trafilatura").setLevel(logging.ERROR)


def _filter(**values: Any) -> Any:
    from sitrep.store import EventFilter

    return EventFilter(**{k: v for k, v in values.items() if v is not None})


def _date_bound(value: str | None) -> str | None:
    """A --since/--until value checked up front: a bad date would silently list nothing."""
    from sitrep.store.queries import check_date_bound

    try:
        return check_date_bound(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def _event_type(value: str | None) -> str | None:
    """A --type value checked up front: a misspelt type would silently list nothing."""
    from sitrep.model import EVENT_TYPES

    if value is not None and value not in EVENT_TYPES:
        raise typer.BadParameter(
            f"unknown event type {value!r}; choose one of {', '.join(EVENT_TYPES)}"
        )
    return value


Since = Annotated[
    str | None,
    typer.Option(callback=_date_bound, help="Only from this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
]
Until = Annotated[
    str | None,
    typer.Option(
        callback=_date_bound, help="Only up to this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)."
    ),
]
Within = Annotated[
    bool,
    typer.Option(
        "--within",
        help="Only events wholly from --since to --until; by default one dated to a week, a "
        "month or a year that reaches into them is listed too.",
    ),
]
TypeOpt = Annotated[
    str | None,
    typer.Option("--type", callback=_event_type, help="Event type (attack, deploy, ...)."),
]
PlaceOpt = Annotated[str | None, typer.Option(help="Place name, admin area or country code.")]
ActorOpt = Annotated[
    str | None, typer.Option(help="Actor or target: a country, an army or a group.")
]
SourceOpt = Annotated[str | None, typer.Option(help="Source name (who said it).")]
TextOpt = Annotated[str | None, typer.Option(help="Text the sentence contains.")]


def _show(rows: list[dict[str, Any]], columns: list[str], as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if not rows:
        out.print("nothing found")
        return
    print_rows(out, rows, columns)


def main() -> None:
    """Entry point: SitrepError becomes a one-line message and exit code 2."""
    try:
        app()
    except SitrepError as error:
        err.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        sys.exit(2)
