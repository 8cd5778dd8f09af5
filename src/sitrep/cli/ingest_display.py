"""What `sitrep ingest` shows and checks around the pipeline: its inputs before a database is
opened, a progress bar counting articles, and the ledger rebuild under its own name.

Kept apart from `cli.run`, which holds the commands themselves.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from sitrep.cli.common import _fail, err


def refuse_missing_inputs(paths: list[Path]) -> None:
    """A path that is not there fails the command in one line, before a database is created
    (opening one creates it: a mistyped file name left an empty database behind)."""
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        _fail(
            f"no such file or directory: {', '.join(missing)}; nothing was read and no database "
            "was opened (check the path, or list a folder's files with `ls`)"
        )


@contextlib.contextmanager
def ingest_progress(total: int) -> Iterator[Callable[[int], None]]:
    """A bar of the articles read (stored, present or failed) out of `total`; yields the hook
    that advances it. Should the count fall short, the total grows rather than the bar reading
    "5/4"."""
    columns = (
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task("ingest", total=total)
        done = 0

        def report(count: int) -> None:
            nonlocal done
            done += count
            if done > total:
                progress.update(task, total=done)
            progress.advance(task, count)

        yield report


@contextlib.contextmanager
def ledger_progress() -> Iterator[None]:
    """A line of its own while the ledger is rebuilt: after the ingest bar is full, the wait
    is this step's, and it says so."""
    columns = (TextColumn("rebuilding the ledger"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=False) as progress:
        progress.add_task("ledger", total=None)
        yield
