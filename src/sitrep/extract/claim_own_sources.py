"""A claim never holds its own speaker: "“We had better conventions,” Texas delegate Bill
Eastland, wearing a hat, said", misparsed with the name inside the quoted clause, gives the
quote alone as the claim."""

from __future__ import annotations

from sitrep.extract.attribution_common import Found
from sitrep.extract.quotes import Quote


def without_own_source(found: list[Found], quotes: list[Quote]) -> None:
    """End a claim that runs from a quote over its own source at the quote's close; a quote
    that resumes after the source ("“A,” she said, “B.”") keeps the claim whole."""
    for item in found:
        if not item.source:
            continue
        start, end = item.claim
        source_at = item.source[0].idx
        closed = [q for q in quotes if start <= q.start and q.end <= source_at]
        resumed = any(source_at < q.start < end for q in quotes)
        if start < source_at < end and closed and closed[0].start == start and not resumed:
            item.claim = (start, closed[-1].end)
