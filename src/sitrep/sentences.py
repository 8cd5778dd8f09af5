"""Where a finding's sentence lies in the stored text: the evidence shown beside every fact.

One definition for the store's flat rows, the ledger's records and the web page's highlights.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[“\"A-Z0-9])|\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of the sentence (or line) holding [start, end), trimmed of spaces."""
    window = text[
        : min(len(text), start + 1)
    ]  # lookaheads must see the first character of [start:]
    left = max((m.end() for m in SENTENCE_END.finditer(window) if m.end() <= start), default=0)
    right_match = SENTENCE_END.search(text, max(end, start))
    right = right_match.start() if right_match else len(text)
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def sentence_around(text: str, start: int, end: int) -> str:
    left, right = sentence_bounds(text, start, end)
    return text[left:right]
