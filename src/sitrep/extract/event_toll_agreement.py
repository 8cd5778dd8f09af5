"""Whether two counts of the dead can be one event's: the test that keeps two killings apart.

`event_merge` links a report to an earlier one of the same type, place and day; two counts that
cannot agree ("killed 11" against "at least 183 killed in the region in July") keep them apart.
A rounded or vague count agrees loosely; two accounts that give two counts are two events.
"""

from __future__ import annotations

from collections.abc import Set

from sitrep.model import Event

ROUGH = frozenset({"approximate", "vague"})  # "about 30", "dozens": counts that agree loosely
VAGUE_REACH = 10  # "dozens" (12) spans counts below 120, "hundreds" (100) below 1,000


def other_tolls(a: Event, b: Event, told_in: frozenset[int] = frozenset()) -> bool:
    """Both count their dead and the counts cannot agree: "at least 183 killed in the region in
    July, many in drone strikes" is no restatement of the strike that killed 11 there on Tuesday.
    A rounded count ("about 30") agrees with any; a vague one ("dozens", "hundreds") with any
    below the next order of magnitude: "dozens of soldiers" were not "at least 183 people".
    Two accounts that give two counts ("killed eight, the mayor said" against "its troops killed
    up to 50 fighters, Moscow said") are told apart, unless one is only a rough count; the first
    report is told in the claims of its restatements too (`told_in`)."""
    if a.killed is None or b.killed is None:
        return False
    if (
        a.killed != b.killed
        and other_accounts(told_in | set(a.attributions), set(b.attributions))
        and not {a.killed_hedge, b.killed_hedge} & ROUGH
    ):
        return True
    tolls = ((a.killed, a.killed_hedge), (b.killed, b.killed_hedge))
    exact = [killed for killed, hedge in tolls if hedge == "exact"]
    bounds = [killed for killed, hedge in tolls if hedge == "lower_bound"]
    vague = [killed for killed, hedge in tolls if hedge == "vague"]
    if len(exact) == 2:
        return exact[0] != exact[1]
    if len(vague) == 1 and len(exact + bounds) == 1:
        return (exact + bounds)[0] >= vague[0] * VAGUE_REACH
    return len(exact) == 1 and len(bounds) == 1 and exact[0] < bounds[0]


def other_accounts(a: Set[int], b: Set[int]) -> bool:
    """Both are told in claims and share none: two accounts, whose counts are their own."""
    return bool(a and b) and not a & b
