"""Titles that read like times: programmes and papers such as "USA Today", ABC's "This Week"
or CBS's "60 Minutes" name no date, and a reader who sees them resolved to one stops trusting
the ledger.
"""

from __future__ import annotations

import re

# An opening quote inside a sentence (a word, then the quote): `ABC's "`, "CBS's ``".
QUOTE_AFTER_WORD = re.compile(r"[\w.'’]\s+(?:\"|“|``|'')$")
# A broadcaster's or paper's acronym just before: "USA Today", "VOA Today".
ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,5}(?:['’]s)?\s+$")


def is_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is (the head of) a title rather than a time expression.

    A quoted phrase whose words are all capitalised ("This Week", "60 Minutes") is a title when
    the quote opens mid-sentence; a capitalised "Today" after an acronym is a paper or a show.
    """
    phrase = text[start:end]
    before = text[max(0, start - 20) : start]
    words = re.findall(r"[A-Za-z]+", phrase)
    if not words or not all(w[0].isupper() for w in words):
        return False
    if phrase == "Today":
        return bool(ACRONYM_BEFORE.search(before))
    return " " in phrase and bool(QUOTE_AFTER_WORD.search(before))
