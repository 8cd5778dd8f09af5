"""Where a finding's sentence lies in the stored text: the evidence shown beside every fact.

One definition for the store's flat rows, the ledger's records and the web page's highlights.
"""

from __future__ import annotations

import re

from sitrep.quote_marks import (
    APOSTROPHE,
    CURLY_CLOSING,
    CURLY_OPENING,
    SINGLE_CLOSING,
    SINGLE_OPENING,
    STRAIGHT,
)

# A sentence ends after . ! or ?, or after one or two quote marks closing it: '"We hold."' and,
# nested, "'a rout.'\"". A quote mark alone ends none: 'had "fully liberated" Harlow after'
# and '"We hold," Harlow's mayor said' go on after it.
_CLOSING = re.escape(CURLY_CLOSING + STRAIGHT + SINGLE_CLOSING + APOSTROPHE)
_OPENING = re.escape(CURLY_OPENING + STRAIGHT + SINGLE_OPENING)
SENTENCE_END = re.compile(
    rf"(?:(?<=[.!?])|(?<=[.!?][{_CLOSING}])|(?<=[.!?][{_CLOSING}][{_CLOSING}]))"
    rf"\s+(?=[{_OPENING}A-Z0-9])|\n"
)


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


_LOOK_BACKS = (300, 2000)
"""Windows searched in turn before the text's start: most sentences are shorter than the first."""


def _sentence_start(text: str, start: int) -> int:
    """The end of the last boundary at or before `start` (0 if none).

    Boundaries are searched in the text before `start` only, and first in short windows: a
    long article, or a ledger rebuild over a large store, asks this for every finding. A
    window's last boundary is the text's last one before `start`; when a window holds none
    (or only one cut by its edge) the next, wider one is searched. Lookaheads see the first
    character of [start:] (endpos is start + 1); lookbehinds see before the window, as
    `finditer(pos=)` does.
    """
    end = min(len(text), start + 1)
    origins = [start - back for back in _LOOK_BACKS if start > back] + [0]
    for origin in origins:
        found = [m.end() for m in SENTENCE_END.finditer(text, origin, end) if m.end() <= start]
        if found:
            return found[-1]
    return 0
