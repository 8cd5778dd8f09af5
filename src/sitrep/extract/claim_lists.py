"""A list announced by a colon ("The Command wishes to report the following:" over "1. ...",
"2. ..."): every item is what was reported, not the first item alone."""

from __future__ import annotations

import re

# "1.", "2)", "a.", "-", "•", "*" opening a line: the mark of a list item.
LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[a-z][.)]|[-•*])\s")


def list_end(text: str, start: int, end: int) -> int:
    """Where the list opening at `start` ends: past the last of the lines that follow one another
    (blank lines between them allowed) and each open a list item; `end` when no list opens at
    `start`."""
    if not LIST_ITEM.match(text, start):
        return end
    while True:
        following = end + len(text[end:]) - len(text[end:].lstrip())
        if following == end or not LIST_ITEM.match(text, following):
            return end
        line_end = text.find("\n", following)
        end = len(text.rstrip()) if line_end < 0 else len(text[:line_end].rstrip())
