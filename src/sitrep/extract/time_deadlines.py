"""Deadlines look forward: the day a deadline, an ultimatum or a demand falls on is ahead.

A deadline is set before the day it names, so the reporting verb's past ("set a deadline of
Saturday", "gave the firm until Monday to pay", "expected $2 billion by the end of May") says
nothing of the day: it is the next one, not the last. Only a deadline the text says has gone by
("missed the deadline of Monday", "the ultimatum expired on Tuesday") stays behind.
"""

from __future__ import annotations

import re

# "a deadline of Saturday noon", "the deadline for Monday", "an ultimatum expiring at dawn Sunday"
DEADLINE_BEFORE = re.compile(
    r"\b(?:deadline|ultimatum)\s+(?:(?:of|for|on|at|is|set\s+for|expiring|running\s+out)\s+)+"
    r"(?:(?:dawn|noon|midnight|midday|the\s+end\s+of)\s+)?$",
    re.IGNORECASE,
)
# "until Monday to pay", "till Friday to leave": a span of time given to do something.
GIVEN_UNTIL = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
TO_DO_AFTER = re.compile(r"[^.;,]{0,20}?\s+to\s+(?!the\b|a\b|an\b|\d)[a-z]+\b", re.IGNORECASE)
# "by Monday" under a verb of expecting or obliging earlier in the clause: "expected ... by June",
# "ordered them to leave by Friday", "must pay by the end of the month".
BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
LOOKING_AHEAD = re.compile(
    r"\b(?:expect|forecast|project|predict|anticipat|target|demand|order|requir|must|need|"
    r"ask|urge[sd]?\b|urging|told\s+\w+\s+to|pledg|promis|vow)\w*\b[^;]*$",
    re.IGNORECASE,
)
# A deadline that has gone by: "missed", "passed", "expired", "ignored", or a pluperfect.
GONE_BY = re.compile(
    r"\b(?:miss(?:ed)?|pass(?:ed)?|expired|lapsed|ignored|defied|had|met|beat)\b", re.IGNORECASE
)
REACH = 150  # a sentence's worth: "expected a further $1.3 billion from the fund's ... by"


def looks_ahead(text: str, start: int, end: int) -> bool:
    """Whether the expression at [start, end) names a deadline's day, which lies ahead."""
    clause = re.split(r"[.;!?]\s|\n|,\s+but\s", text[max(0, start - REACH) : start])[-1]
    if GONE_BY.search(clause):
        return False
    if DEADLINE_BEFORE.search(clause):
        return True
    if GIVEN_UNTIL.search(clause) and TO_DO_AFTER.match(text, end):
        return True
    if text[end : end + 2] in ("'s", "’s"):
        return False  # "hit by Monday's strike": an event's day, not a deadline
    return bool(BY_BEFORE.search(clause) and LOOKING_AHEAD.search(clause))
