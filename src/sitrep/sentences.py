"""Where a finding's sentence lies in the stored text: the evidence shown beside every fact.

One definition for the store's flat rows, the ledger's records and the web page's highlights.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[“\"A-Z0-9])|\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of the sentence (or line) holding [start, end), trimmed of spaces."""
    left = _sentence_start(text, start)
    stop = max(end, start)
    while stop > start and text[stop - 1].isspace():
        stop -= 1  # a span ending in a line break ends on this line, not the next one
    right_match = SENTENCE_END.search(text, stop)
    right = right_match.start() if right_match else len(text)
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def sentence_around(text: str, start: int, end: int) -> str:
    left, right = sentence_bounds(text, start, end)
    return text[left:right]


_LOOK_BACK = 2000


def _sentence_start(text: str, start: int) -> int:
    """The end of the last boundary at or before `start` (0 if none).

    Boundaries are searched in the text before `start` only, and first in a short window:
    a long article asks this for every finding. Lookaheads see the first character of
    [start:] (endpos is start + 1); lookbehinds see before the window, as `finditer(pos=)` does.
    """
    end = min(len(text), start + 1)
    origins = (start - _LOOK_BACK, 0) if start > _LOOK_BACK else (0,)
    for origin in origins:
        found = [m.end() for m in SENTENCE_END.finditer(text, origin, end) if m.end() <= start]
        if found:
            return found[-1]
    return 0
