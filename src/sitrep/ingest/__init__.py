"""Readers: files, pages, feeds and JSON lines in, Articles (or one-line failures) out.

`read_paths` walks files and directories and dispatches on the file's ending; each reader yields
`Article`s, and a `ReadFailure` for an item it refuses, so one bad item never stops a batch.

An article's publication date is, first to last:
1. the date the item carries itself: a page's date metadata, a feed entry's date, a JSON
   record's `published`;
2. the date given to the reader (`sitrep ingest --published`): the user said so;
3. the date its file's name ends in (`kharkiv-drones-2024-11-03.txt`), as saved news often is
   named (a guess: the day it was saved may not be the day it was published);
4. none: extraction then counts "on Friday" from the report's dateline, if it has one.
What an input says about itself beats one date given for a whole folder of them.

An article with no outlet takes the one its dateline credits ("TAWILA, Sudan (AP) -"), and one
that reprints another outlet's report records that outlet (`ingest.provenance`).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from sitrep.errors import BadInput
from sitrep.ingest.common import ReadFailure, content_id, parse_published
from sitrep.ingest.feeds import read_feed
from sitrep.ingest.html import read_html
from sitrep.ingest.jsonl import read_jsonl
from sitrep.ingest.provenance import with_text_provenance
from sitrep.ingest.text import read_text
from sitrep.model import Article

log = logging.getLogger(__name__)

__all__ = [
    "ReadFailure",
    "content_id",
    "directory_files",
    "file_name_date",
    "parse_published",
    "read_path",
    "read_paths",
]

READERS = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}


# a corpus folder often carries its own documentation; none of it is a news report
DOCUMENTATION_NAMES = frozenset(
    {"readme", "license", "licence", "copying", "changelog", "authors", "contributing"}
)


def directory_files(directory: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The files in `directory` (recursively, sorted) an ingest reads, and those it skips with why.

    Hidden files and folders are left out silently; a folder's documentation (README, LICENSE
    ...) and files with an ending that is not an article format (images, scripts, style sheets
    saved beside a page) are skipped. A file named on its own is always read.
    """
    read, skipped = [], []
    for child in sorted(p for p in directory.rglob("*") if p.is_file()):
        if any(part.startswith(".") for part in child.relative_to(directory).parts):
            continue
        if child.name.split(".")[0].lower() in DOCUMENTATION_NAMES:
            skipped.append((child, "the folder's documentation, not an article"))
        elif child.suffix and child.suffix.lower() not in READERS:
            skipped.append((child, f"{child.suffix} is not an article format"))
        else:
            read.append(child)
    return read, skipped


# a name that ends in a day, after a separator: "kharkiv-drones-2024-11-03", "2024-11-03"
FILE_NAME_DATE = re.compile(r"(?:^|[-_. ])(\d{4}-\d{2}-\d{2})$")


def file_name_date(path: Path) -> dt.date | None:
    """The day a file's name ends in, if it is a real one ("report-2024-02-30.txt" is not)."""
    found = FILE_NAME_DATE.search(path.stem)
    try:
        return dt.date.fromisoformat(found.group(1)) if found else None
    except ValueError:
        return None


def read_path(
    path: Path, published: dt.date | None = None, max_chars: int = 2_000_000
) -> Iterator[Article | ReadFailure]:
    """Articles from one file, by its ending (unknown endings are read as plain text); dated as
    the module's docstring says."""
    reader = READERS.get(path.suffix.lower(), read_text)
    try:
        for item in reader(path, published=published or file_name_date(path), max_chars=max_chars):
            yield with_text_provenance(item) if isinstance(item, Article) else item
    except BadInput as error:  # reported once, by whoever consumes the failure
        yield ReadFailure(error.item, error.reason)
    except OSError as error:
        yield ReadFailure(str(path), f"cannot read the file: {error.strerror or error}")


def read_paths(
    paths: Iterable[Path | str], published: dt.date | None = None, max_chars: int = 2_000_000
) -> Iterator[Article | ReadFailure]:
    """Articles from files and directories (a directory's files as `directory_files` picks them)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files, skipped = directory_files(path)
            for child, reason in skipped:
                log.warning(
                    "skipped %s: %s (name the file to read it as an article)", child, reason
                )
            for child in files:
                yield from read_path(child, published, max_chars)
        elif path.exists():
            yield from read_path(path, published, max_chars)
        else:
            yield ReadFailure(str(path), "no such file or directory")
