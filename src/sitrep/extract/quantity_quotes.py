"""A figure in quotation marks still counts what follows the marks.

A side's claimed toll is often quoted word for word: 'killed "dozens" of soldiers', 'killed "at
least 40" fighters', "‘scores’ of militants". The closing mark stands between the number and its
noun, so the unit is read past it; the quantity's own span stays inside the marks.
"""

from __future__ import annotations

import re

CLOSING_MARKS = frozenset("\"”’'")
# An opening mark a few words before the number: "at least 40", "dozens".
OPENED_BEFORE = re.compile(r"[\"“‘'](?:[A-Za-z-]+\s+){0,3}$")


def past_closing_mark(text: str, start: int, end: int) -> int | None:
    """Where the text resumes after the mark that closes a quoted figure at [start, end), or None
    when the figure is not quoted alone."""
    if end >= len(text) or text[end] not in CLOSING_MARKS:
        return None
    if not OPENED_BEFORE.search(text[max(0, start - 30) : start]):
        return None
    return end + 1
