"""Handlers for the shorthand business news writes periods in: "Q3", "Q3 2024", "H1 2025",
"FY2025", "FY25", "the July-September quarter".

Each names the same period as its spelled-out form ("the third quarter", "the first half of
2025", "fiscal 2025") and takes the same value; the shorthand only needs guards of its own, since
"Q3" is also a car and "H1" a visa.
"""

from __future__ import annotations

import re

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_patterns import MONTH_ANY, YEAR4, Env, Groups, Value

QUARTER_CODE = (
    rf"(?P<code>Q[1-4])(?:\s+(?:of\s+)?(?:FY\s?)?(?P<year>{YEAR4}))?"
    rf"|(?P<half>H[12])\s+(?P<year2>{YEAR4})"
)
FISCAL_CODE = r"FY\s?(?P<yy>(?:19|20)?\d\d)"
QUARTER_MONTHS = rf"(?:the\s+)?(?P<first>{MONTH_ANY})\s?[-–]\s?(?P<last>{MONTH_ANY})\s+(?:fiscal\s+)?(?:quarter|period)"
# A capitalised word inside a sentence right before the code makes it a model's name ("the Audi
# Q3"); one that opens the sentence ("In Q3") or a possessive ("Apple's Q3") does not.
NAME_BEFORE_CODE = re.compile(r"[a-z,]\s+[A-Z][a-z]+\s+$")


def quarter_code(m: Groups, env: Env) -> Value | None:
    """ "Q3" is the third quarter, resolved as "the third quarter" is; "H1 2025" a half."""
    code = m["code"] or m["half"]
    if not code.isupper() or NAME_BEFORE_CODE.search(env.before):
        return None
    number = int(code[1])
    if m["half"]:
        return f"{m['year']}-H{number}", "date"
    if m["year"]:
        return cal.quarter_value(int(m["year"]), number), "date"
    if env.anchor is None:
        return None, "date"
    return cal.resolve_quarter(env.anchor, number, env.tense, env.looking_back), "date"


def fiscal_code(m: Groups, env: Env) -> Value | None:
    """ "FY2025", "FY25": the fiscal year named by the year it ends in, as "fiscal 2025" is;
    two digits take the century that puts the year nearest the report."""
    if not m.group(0).startswith("FY"):
        return None
    digits = m["yy"]
    if len(digits) == 4:
        return digits, "date"
    yy = int(digits)
    report_year = env.anchor.year if env.anchor else 2000
    year = min((century + yy for century in (1900, 2000)), key=lambda y: abs(y - report_year))
    return f"{year:04d}", "date"


def quarter_months(m: Groups, env: Env) -> Value | None:
    """ "the July-September quarter" is the third quarter; "the August-October quarter" too, the
    calendar quarter holding most of its months (two of three)."""
    first, last = cal.month_number(m["first"]), cal.month_number(m["last"])
    if first is None or last is None or (last - first) % 12 != 2:
        return None  # "the June-December period" is no quarter
    number = (last + 1) // 3 or 4
    if env.anchor is None:
        return None, "date"
    return cal.resolve_quarter(env.anchor, number, env.tense, env.looking_back), "date"
