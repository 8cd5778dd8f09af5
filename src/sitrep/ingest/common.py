"""What every reader shares: content-hash ids, publication dates, decoding and size limits."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from sitrep.errors import BadDate, BadInput


@dataclass(frozen=True)
class ReadFailure:
    """An item a reader refused, with a one-line reason; stored in the failures table."""

    item: str
    reason: str
    stage: str = "read"


def content_id(text: str) -> str:
    """A stable id from the text alone, so the same article read twice is stored once."""
    normalised = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:24]


def parse_published(value: object, item: str = "publication date") -> dt.date | None:
    """A date from ISO text, RFC 822 text, a datetime or a date; None for empty values.

    Raises BadDate naming the item when the value is present but cannot be read as a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        from dateutil import parser as date_parser

        return date_parser.parse(text, fuzzy=False).date()
    except (ValueError, OverflowError) as error:
        hint = "no such day" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else "use YYYY-MM-DD"
        raise BadDate(item, f"cannot read the publication date {text!r} ({hint})") from error


YEAR_FIRST_DATE = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
SLASHED_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def parse_given_date(value: object, item: str = "published") -> dt.date | None:
    """A publication date a person gives (`--published`, the API's `published=`): a date, a
    datetime, ISO 8601 text ("2026-03-02", "2026-03-02T08:00:00Z") or a date whose month is a
    word ("26 Oct 2024", RFC 822); None for empty values.

    Numbers-only text with one possible reading ("25/12/2025", "2024/10/26") is read. Text with
    two readings ("03/02/2026" is 3 February in one country and 2 March in another) or without
    a day, month or year ("Friday", "Oct 2024") is refused with BadDate (a ValueError) rather
    than guessed. An item's own date (a feed's RFC 822
    one) is read by `parse_published`.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return parse_published(value, item)
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    year_first = YEAR_FIRST_DATE.fullmatch(text)
    if year_first:
        try:
            return dt.date(*(int(part) for part in year_first.groups()))
        except ValueError:
            raise BadDate(
                item, f"cannot read the publication date {text!r} (no such day)"
            ) from None
    readings = _day_month_readings(text)
    if len(readings) == 1:
        return dt.date.fromisoformat(readings[0])
    if re.search(r"[A-Za-z]{3}", text) and not readings:
        # A month written as a word ("26 Oct 2024", RFC 822) has one reading, when the text
        # gives the whole date: dateutil fills what is missing from today's date.
        complete = _whole_date(text)
        if complete:
            return complete
    raise BadDate(item, _unread_given_date(text))


def _whole_date(text: str) -> dt.date | None:
    """The date `text` names when it names the day, month and year, else None ("Friday",
    "Oct 2024" and "3 Feb" are read the same against two different defaults only if whole)."""
    from dateutil import parser as date_parser

    try:
        readings = {
            date_parser.parse(text, default=dt.datetime(year, month, day)).date()
            for year, month, day in ((2001, 1, 1), (2002, 2, 2))
        }
    except (ValueError, OverflowError):
        return None
    return readings.pop() if len(readings) == 1 else None


def _unread_given_date(text: str) -> str:
    """Why a given date was refused, and the form to give it in."""
    refused = f"cannot read the publication date {text!r}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return f"{refused} (no such day)"
    readings = _day_month_readings(text)
    if len(readings) > 1:
        return f"{refused}: it may be {' or '.join(readings)}; give it as YYYY-MM-DD"
    if readings:
        return f"{refused}; give it as YYYY-MM-DD ({readings[0]})"
    return f"{refused} (use YYYY-MM-DD)"


def _day_month_readings(text: str) -> list[str]:
    """The real days "DD/MM/YYYY" or "MM/DD/YYYY" text can be, as ISO dates, day first."""
    found = SLASHED_DATE.fullmatch(text)
    if not found:
        return []
    first, second, year = (int(part) for part in found.groups())
    readings = []
    for day, month in dict.fromkeys([(first, second), (second, first)]):
        try:
            readings.append(dt.date(year, month, day).isoformat())
        except ValueError:
            continue
    return readings


def decode_bytes(data: bytes, item: str) -> str:
    """UTF-8 (with or without BOM) first, then a detected encoding; binary data is refused."""
    if not data.strip():
        raise BadInput(item, "empty input")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadInput(item, "binary data, not text (found NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise BadInput(item, "binary data or an unknown text encoding")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise BadInput(item, "binary data, not text (too many control characters)")
    return text


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return controls / max(1, len(sample))


CONTROL_RUN = re.compile(r"[\x00-\x1f\x7f\s]+")


def one_line(value: object) -> str | None:
    """A metadata field (a title, a URL, an outlet, an id) as one clean line, None when empty.

    A control character has no place in one (a NUL in a feed's or a JSON line's title stopped a
    whole PostgreSQL ingest: its text cannot hold one), and a line break in a title is a space.
    """
    if value is None:
        return None
    cleaned = CONTROL_RUN.sub(" ", str(value)).strip()
    return cleaned or None


CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def given_id(value: object) -> str | None:
    """An item's own id as given, less the control characters no database column can hold: an
    id is a key, so unlike a title it keeps its spaces ("abc " stored before stays "abc ", and
    re-ingesting the same file finds it present)."""
    if value in (None, ""):
        return None
    return CONTROL_CHARACTERS.sub("", str(value)) or None


def check_text(text: str, item: str, max_chars: int) -> str:
    """Refuse empty, binary-looking and over-long texts with a clear reason."""
    if not text.strip():
        raise BadInput(item, "empty input")
    if len(text) > max_chars:
        raise BadInput(
            item,
            f"article too large ({len(text):,} characters; the limit is {max_chars:,}, "
            "set SITREP_MAX_ARTICLE_CHARS to raise it)",
        )
    if "\x00" in text or _control_ratio(text) > 0.05:
        raise BadInput(item, "binary data, not text (control characters)")
    return text


DEFAULT_MAX_NESTING = 200


def max_nesting() -> int:
    """The deepest nesting a page or JSON line may have: $SITREP_MAX_NESTING, else 200."""
    import os

    try:
        return max(1, int(os.environ.get("SITREP_MAX_NESTING", DEFAULT_MAX_NESTING)))
    except ValueError:
        return DEFAULT_MAX_NESTING


def nesting_error(kind: str, limit: int) -> str:
    return f"{kind} nested deeper than {limit} levels (set SITREP_MAX_NESTING to raise the limit)"


def json_depth(line: str) -> int:
    """How deeply a JSON text nests arrays and objects (brackets inside strings do not count)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in line:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest
