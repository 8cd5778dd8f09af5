"""Plain text files: one article a file, any common encoding."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from sitrep.ingest.common import check_text, content_id, decode_bytes
from sitrep.model import Article


def read_text(
    path: Path, published: dt.date | None = None, max_chars: int = 2_000_000
) -> Iterator[Article]:
    item = str(path)
    text = check_text(decode_bytes(path.read_bytes(), item), item, max_chars)
    yield Article(
        id=content_id(text), text=text, published=published, title=headline(text), origin=item
    )


HEADLINE_MAX_CHARS = 200
# A first line that is only a date ("June 4, 2009", "4 June 2009", "2009-06-04") dates the
# article; it names nothing.
DATE_LINE = re.compile(
    r"(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4}|\d{4}-\d\d-\d\d)"
)


def headline(text: str) -> str | None:
    """The first line of a plain text article when it reads as its headline: short, alone before
    a blank line, and not ending like a sentence, as news saved as text opens. Lists and search
    results then show the headline rather than "untitled"."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    gap, _, body = rest.partition("\n")
    if not first or len(first) > HEADLINE_MAX_CHARS or first[-1] in ".,;:":
        return None
    if DATE_LINE.fullmatch(first):
        return None
    return first if not gap.strip() and body.strip() else None


def article_from_text(
    text: str,
    published: dt.date | None = None,
    article_id: str | None = None,
    **metadata: str | None,
) -> Article:
    """An Article from a string, with a content-hash id unless one is given; nothing is read
    from the text: entry points fill its outlet from it (`ingest.provenance`)."""
    return Article(id=article_id or content_id(text), text=text, published=published, **metadata)  # type: ignore[arg-type]
