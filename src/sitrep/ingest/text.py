"""Plain text files: one article a file, any common encoding."""

from __future__ import annotations

import datetime as dt
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


def headline(text: str) -> str | None:
    """The first line of a plain text article when it reads as its headline: short, alone before
    a blank line, and not ending like a sentence, as news saved as text opens. Lists and search
    results then show the headline rather than "untitled"."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    gap, _, body = rest.partition("\n")
    if not first or len(first) > HEADLINE_MAX_CHARS or first[-1] in ".,;:":
        return None
    return first if not gap.strip() and body.strip() else None


def article_from_text(
    text: str,
    published: dt.date | None = None,
    article_id: str | None = None,
    **metadata: str | None,
) -> Article:
    """An Article from a string, with a content-hash id unless one is given."""
    return Article(id=article_id or content_id(text), text=text, published=published, **metadata)  # type: ignore[arg-type]
