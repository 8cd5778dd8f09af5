"""JSON lines: one article a line with id, text, url, title, outlet, published."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from sitrep.errors import BadInput
from sitrep.ingest.common import (
    ReadFailure,
    check_text,
    content_id,
    decode_bytes,
    given_id,
    json_depth,
    max_nesting,
    nesting_error,
    one_line,
    parse_published,
)
from sitrep.model import Article


def read_jsonl(
    path: Path, published: dt.date | None = None, max_chars: int = 2_000_000
) -> Iterator[Article | ReadFailure]:
    """Each line an Article, in order; a bad line is a ReadFailure naming `path:line`."""
    yield from articles_from_jsonl(
        decode_bytes(path.read_bytes(), str(path)), str(path), published, max_chars
    )


def articles_from_jsonl(
    content: str, item_prefix: str, published: dt.date | None = None, max_chars: int = 2_000_000
) -> Iterator[Article | ReadFailure]:
    limit = max_nesting()
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        item = f"{item_prefix}:{number}"
        if json_depth(line) > limit:
            yield ReadFailure(item, nesting_error("JSON", limit))
            continue
        try:
            yield article_from_record(json.loads(line), item, published, max_chars)
        except json.JSONDecodeError as error:
            # some of json's messages end in " at", waiting for the position
            reason = error.msg.removesuffix(" at")
            yield ReadFailure(item, f"malformed JSON ({reason} at column {error.colno})")
        except RecursionError:
            yield ReadFailure(item, "JSON nested too deeply")
        except BadInput as error:
            yield ReadFailure(item, error.reason)


def article_from_record(
    record: object, item: str, published: dt.date | None = None, max_chars: int = 2_000_000
) -> Article:
    """An Article from one JSON object; `published` fills in when the record has no date."""
    if not isinstance(record, dict):
        raise BadInput(item, "a JSON line must be an object with at least a 'text' field")
    text = record.get("text")
    if not isinstance(text, str):
        raise BadInput(item, "missing or non-string 'text' field")
    text = check_text(text, item, max_chars)
    return Article(
        id=given_id(record.get("id")) or content_id(text),
        text=text,
        url=one_line(record.get("url")),
        title=one_line(record.get("title")),
        outlet=one_line(record.get("outlet")),
        published=parse_published(record.get("published"), item) or published,
        language=one_line(record.get("language")) or "en",
        origin=item,
    )
