"""A claim never holds its own speaker: "“We had better conventions,” Texas delegate Bill
Brook, wearing a hat, said", misparsed with the name inside the quoted clause, gives the
quote alone as the claim; nor the speaker of a relative clause that reports on its own
(", which she said would be its lowest ever", `claim_relative_reports`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from sitrep.extract.attribution_common import Found
from sitrep.extract.claim_relative_reports import before_relative_reports
from sitrep.extract.quotes import Quote


def without_own_source(found: list[Found], quotes: list[Quote]) -> None:
    """End a claim that runs from a quote over its own source at the quote's close; a quote
    that resumes after the source ("“A,” she said, “B.”") keeps the claim whole. The quotes are
    in order and apart, so those that bear on a claim are found by bisection, not by a pass
    over every quote of the article for every claim. Then each claim stops before a trailing
    relative clause that another attribution reports (`before_relative_reports`)."""
    starts = [q.start for q in quotes]
    for item in found:
        if not item.source:
            continue
        start, end = item.claim
        source_at = item.source[0].idx
        if not start < source_at < end:
            continue
        first = bisect_left(starts, start)
        if first == len(quotes) or starts[first] != start or quotes[first].end > source_at:
            continue
        closed = quotes[first : bisect_left(starts, source_at)]
        closed = [q for q in closed if q.end <= source_at]
        resumed = bisect_right(starts, source_at) < bisect_left(starts, end)
        if not resumed:
            item.claim = (start, closed[-1].end)
    before_relative_reports(found)
