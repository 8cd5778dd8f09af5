"""Direct quotes: where quotation marks open and close, across sentences and paragraphs.

A quote may run over several sentences, and by news convention over several paragraphs: a
paragraph that ends inside a quote leaves it open, and the next paragraph reopens it with a
fresh opening mark. Regions are found on the raw text so that the sentence splitter cannot cut
a quote in two. Besides curly and straight double quotes, archives typed on ASCII keyboards
(the New York Times archive among them) write a quote between doubled apostrophes: ''Yes,''
she said; wire services open it with two backticks instead: ``Yes,'' she said.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from sitrep.quote_marks import BACKTICK, CURLY_CLOSING, CURLY_OPENING, DOUBLED_APOSTROPHE, STRAIGHT

OPENING = CURLY_OPENING
CLOSING = CURLY_CLOSING
# A straight mark that opens a quote inside another: before a word, after a space or a bracket.
INNER_STRAIGHT = r'(?:^|(?<=[\s(\[]))"(?=\w)'
DOUBLED = DOUBLED_APOSTROPHE
BACKTICKS = BACKTICK * 2  # always opens, and two apostrophes close it
# A quoted transcript reopens each turn with a speaker's label ('"WALLACE: ...'): a new
# speaker, so the quote of the turn before does not go on.
SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'\- ]{1,30}:[^\S\n]*")
# A paragraph of a quote longer than this is an unbalanced mark, not speech; a speech quoted
# over many paragraphs, each reopened by the convention, may run far longer in all.
MAX_QUOTE = 3000


@dataclass(frozen=True)
class Quote:
    start: int  # at the opening mark
    end: int  # after the closing mark (or the end of the last paragraph it covers)

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def find_quotes(text: str) -> list[Quote]:
    """All direct-quote regions of `text`, in order, marks included; a quoted transcript turn
    ('"MAYOR: Yes, ..."') starts after its speaker's label, which is not part of what was said."""
    regions: list[Quote] = []
    position = 0
    while True:
        start = _next_opening(text, position)
        if start < 0:
            return regions
        end = _closing(text, start)
        if end is None:
            position = start + 1
            continue
        longest = max(len(paragraph) for paragraph in text[start:end].split("\n"))
        if longest <= MAX_QUOTE and _has_words(text[start:end]):
            label = SPEAKER_LABEL.match(text, start + len(_mark_at(text, start)))
            # a label reaching past the closing mark ("''AB'':") is no speaker's label: the
            # quote would end before it starts, and the bisections over quotes need order
            regions.append(Quote(label.end() if label and label.end() < end else start, end))
        position = end


def _next_opening(text: str, position: int) -> int:
    curly = text.find(OPENING, position)
    straight = _straight_opening(text, position, STRAIGHT)
    doubled = _straight_opening(text, position, DOUBLED)
    backticks = text.find(BACKTICKS, position)
    found = [i for i in (curly, straight, doubled, backticks) if i >= 0]
    return min(found) if found else -1


def _straight_opening(text: str, position: int, mark: str) -> int:
    """A mark that is the same at both ends opens a quote when a word follows it."""
    while True:
        index = text.find(mark, position)
        if index < 0:
            return -1
        after = text[index + len(mark) : index + len(mark) + 1]
        if after and not after.isspace():
            return index
        position = index + len(mark)


def _mark_at(text: str, start: int) -> str:
    for mark in (DOUBLED, BACKTICKS):
        if text.startswith(mark, start):
            return mark
    return text[start]


def _closing_mark(opening: str) -> str:
    return {OPENING: CLOSING, BACKTICKS: DOUBLED}.get(opening, opening)


def _closing(text: str, start: int) -> int | None:
    """The end of the quote opened at `start`; a paragraph break continues it if the next
    paragraph reopens with a quote mark."""
    opening = _mark_at(text, start)
    closing = _closing_mark(opening)
    position = start + len(opening)
    while True:
        close = text.find(closing, position)
        newline = text.find("\n", position)
        slip = _slip_closing(text, opening, position, close, newline)
        if slip is not None:
            return slip
        if close >= 0 and (newline < 0 or close < newline):
            return close + len(closing)
        if newline < 0:
            return None
        next_paragraph = _next_paragraph_start(text, newline)
        if (
            next_paragraph is None
            or not text.startswith(opening, next_paragraph)
            or SPEAKER_LABEL.match(text, next_paragraph + len(opening))
        ):
            return None
        position = next_paragraph + len(opening)


def _slip_closing(text: str, opening: str, position: int, close: int, newline: int) -> int | None:
    """A quote closed by the other kind of mark ("a hard guy to predict,” Reid said, “I heard
    it," she said): a common typing slip. Without it the quote runs on to the next mark of its
    own kind and swallows the reporting clause and whatever follows. A mark that closes a
    quote nested inside ('"He walked in, chanting “U-S-A!”') is not the slip, nor a straight
    mark after a digit (the inch mark of '“The 12" pipe burst,”'). An opening curly mark after
    the quote's last punctuation and before a space closes it too ("“Not yet,“ he said"): no
    quote opens there."""
    if opening in (DOUBLED, BACKTICKS):
        return None
    other, inner_opening = (CLOSING, OPENING) if opening == STRAIGHT else (STRAIGHT, INNER_STRAIGHT)
    if opening == OPENING:
        other = rf"(?:{other}|(?<=[,.!?]){OPENING}(?=\s|$))"
    ends = [i for i in (close, newline) if i >= 0]
    end = min(ends) if ends else len(text)
    match = re.compile(rf"(?<=[^\s\d]){other}(?!\w)").search(text, position, end)
    if match is None or re.search(inner_opening, text[position : match.start()]):
        return None
    return match.end()


def _next_paragraph_start(text: str, newline: int) -> int | None:
    match = re.compile(r"\S").search(text, newline)
    return match.start() if match else None


def _has_words(region: str) -> bool:
    return re.search(r"\w", region) is not None


def quoted_share(quotes: list[Quote], start: int, end: int, text: str) -> float:
    """The share of the word characters in [start, end) that lie inside quotes (in order and
    apart, as `find_quotes` gives them)."""
    total = sum(c.isalnum() for c in text[start:end])
    first = bisect_right(quotes, start, key=_end)
    last = bisect_left(quotes, end, key=_start)
    inside = sum(
        sum(c.isalnum() for c in text[max(start, q.start) : min(end, q.end)])
        for q in quotes[first:last]
    )
    return inside / total if total else 0.0


def quotes_opening_in(quotes: list[Quote], start: int, end: int) -> list[Quote]:
    """The quotes (in order and apart) that open in [start, end): those of one sentence."""
    return quotes[bisect_left(quotes, start, key=_start) : bisect_left(quotes, end, key=_start)]


def last_quote_closing_in(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The last quote (in order and apart) to close in [start, end]."""
    position = bisect_right(quotes, end, key=_end) - 1
    return quotes[position] if position >= 0 and quotes[position].end >= start else None


def quote_at(quotes: list[Quote], index: int) -> Quote | None:
    """The quote region containing character `index`, if any. The quotes are in order and apart
    (as `find_quotes` gives them), so only the last to open at or before `index` can hold it: a
    bisection, where a scan over all of them for every token made a long article's cost grow
    with its square."""
    position = bisect_right(quotes, index, key=_start) - 1
    if position >= 0 and index < quotes[position].end:
        return quotes[position]
    return None


def _start(quote: Quote) -> int:
    return quote.start


def _end(quote: Quote) -> int:
    return quote.end
