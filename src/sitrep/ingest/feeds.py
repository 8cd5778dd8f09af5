"""RSS and Atom feed files: each item an article (its content or summary, HTML stripped)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitrep.errors import BadInput
from sitrep.ingest.common import (
    ReadFailure,
    check_text,
    content_id,
    one_line,
    parse_published,
)
from sitrep.model import Article

log = logging.getLogger(__name__)

MAX_FEED_BYTES = 50_000_000
ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)


def read_feed(
    path: Path, published: dt.date | None = None, max_chars: int = 2_000_000
) -> Iterator[Article | ReadFailure]:
    yield from articles_from_feed(path.read_bytes(), str(path), published, max_chars)


ITEM_TAG = re.compile(rb"<(?:[A-Za-z]+:)?(?:item|entry)[\s>/]")


def count_feed_items(path: Path) -> int:
    """How many items `read_feed` yields for the file: its entries, or 1 for a feed it refuses
    whole (unreadable, too large, declaring entities: never parsed here either)."""
    try:
        data = path.read_bytes()
    except OSError:
        return 1
    if _refusal(data):
        return 1
    # Counting the item tags is enough for a bar whose total grows when short; parsing the
    # whole feed here would parse every feed twice.
    return len(ITEM_TAG.findall(data)) or 1


def _refusal(data: bytes) -> str | None:
    """Why a feed is refused before it is parsed, if it is."""
    if len(data) > MAX_FEED_BYTES:
        return f"feed too large ({len(data):,} bytes)"
    if ENTITY_DECLARATION.search(data[:65536]):
        return "feed declares XML entities (refused: entity expansion is unsafe)"
    return None


def articles_from_feed(
    data: bytes, item: str, published: dt.date | None = None, max_chars: int = 2_000_000
) -> Iterator[Article | ReadFailure]:
    """Each feed item an Article (or a ReadFailure naming `item#n`); hostile XML refused."""
    import feedparser

    refusal = _refusal(data)
    if refusal:
        raise BadInput(item, refusal)
    feed = feedparser.parse(data)
    if not feed.entries:
        raise BadInput(item, f"not a readable RSS/Atom feed ({_fault(feed) or 'no items'})")
    if feed.get("bozo"):  # a cut-off download still gives the items before the cut
        log.warning(
            "%s is not a well-formed feed (%s); read the %d items found in it",
            item,
            _fault(feed) or "unknown fault",
            len(feed.entries),
        )
    outlet = feed.feed.get("title") if hasattr(feed, "feed") else None
    for number, entry in enumerate(feed.entries, start=1):
        entry_item = f"{item}#{number}"
        try:
            yield _article_from_entry(entry, entry_item, outlet, published, max_chars)
        except BadInput as error:
            yield ReadFailure(entry_item, error.reason)


def _fault(feed: Any) -> str:
    """The first line of feedparser's complaint about a feed; empty when it has none."""
    lines = str(feed.get("bozo_exception") or "").splitlines()
    return lines[0] if lines else ""


def _article_from_entry(
    entry: Any, item: str, outlet: str | None, published: dt.date | None, max_chars: int
) -> Article:
    text = _entry_text(entry)
    title = entry.get("title")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}" if text else title
    text = check_text(text or "", item, max_chars)
    date = _entry_date(entry, item) or published
    return Article(
        id=content_id(text),
        text=text,
        url=one_line(entry.get("link")),
        title=one_line(title),
        outlet=one_line(outlet),
        published=date,
        origin=item,
    )


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    return html_to_text(html)


def _entry_date(entry: Any, item: str) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    raw = entry.get("published") or entry.get("updated")
    return parse_published(raw, item) if raw else None


def html_to_text(html: str) -> str:
    """Paragraph-preserving plain text from a feed item's HTML fragment."""
    if "<" not in html:
        return html.strip()
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return re.sub(r"<[^>]+>", " ", html).strip()
    for block in root.iter("p", "br", "li", "div", "h1", "h2", "h3", "h4"):
        block.tail = "\n\n" + (block.tail or "")
    return re.sub(r"\n{3,}", "\n\n", root.text_content()).strip()
