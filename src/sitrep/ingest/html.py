"""HTML pages: the main text, title, date and site name, extracted by trafilatura."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

from sitrep.errors import BadInput
from sitrep.ingest.common import (
    check_text,
    content_id,
    decode_bytes,
    max_nesting,
    nesting_error,
    one_line,
    parse_published,
)
from sitrep.model import Article

log = logging.getLogger(__name__)


def read_html(
    path: Path, published: dt.date | None = None, max_chars: int = 2_000_000
) -> Iterator[Article]:
    item = str(path)
    yield article_from_html(decode_bytes(path.read_bytes(), item), item, published, max_chars)


def article_from_html(
    html: str,
    item: str,
    published: dt.date | None = None,
    max_chars: int = 2_000_000,
    url: str | None = None,
) -> Article:
    """The page's main text as an Article; offsets point into that extracted text.
    `published` fills in when the page carries no readable date of its own."""
    import trafilatura

    if len(html) > max_chars * 4:
        raise BadInput(item, f"page too large ({len(html):,} characters)")
    limit = max_nesting()
    if html_depth(html) > limit:
        raise BadInput(item, nesting_error("HTML", limit))
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, fast=True
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text:
        raise BadInput(item, "no article text found in the page")
    text = check_text(text, item, max_chars)
    date = _safe_date(getattr(document, "date", None), item) or published
    return Article(
        id=content_id(text),
        text=text,
        url=one_line(url or getattr(document, "url", None)),
        title=one_line(getattr(document, "title", None)),
        outlet=one_line(getattr(document, "sitename", None)),
        published=date,
        origin=item,
    )


def html_depth(html: str) -> int:
    """How deeply the page's elements nest, as the HTML parser builds them."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return 0  # nothing to nest; trafilatura will say there is no text
    deepest, stack = 0, [(root, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _safe_date(value: object, item: str) -> dt.date | None:
    try:
        return parse_published(value, item)
    except BadInput:
        log.info(
            "%s: page date %r not readable; the date given for it is used, if any", item, value
        )
        return None
