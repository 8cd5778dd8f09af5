"""Days named in pairs share what the pair names once.

* "on April 24 and 25", "from Nov. 4 to 6": the second day takes the first's month;
* "from 3 to 5 March", "on 3 and 4 April": the first day takes the month the second names;
* "on Saturday and Sunday nights": both days take the part of the day. In past narration they
  are two particular nights, the last Saturday and Sunday; in the present or the future
  ("ferries sail on Monday and Thursday nights") the pair recurs, as a plural weekday alone
  ("on Tuesday nights") does in any tense; so it does in past narration of a habit ("used to
  gather on Friday and Saturday nights", "... nights last year": `time_habits`).
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_habits import tells_habit
from sitrep.extract.time_patterns import (
    DAYNUM,
    MONTH_ANY,
    PART,
    WEEKDAY,
    YEAR4,
    Env,
    Groups,
    Value,
)

# "on April 24 and 25", "from Nov. 4 to 6": a day number right after a month and day, perhaps
# before a preposition ("on May 6 and 7 near the border"); not a count of what follows ("on Oct. 7
# and 8 soldiers died").
SECOND_DAY = (
    r"(?:(?<=\sand\s)|(?<=\sto\s)|(?<=\sor\s)|(?<=\sthrough\s))"
    rf"(?P<day>{DAYNUM})(?![\d:])"
    r"(?!\s+(?!(?:in|at|on|and|or|of|for|when|after|before|during|respectively|near|around|"
    r"across|along|outside|inside|from|with|by|amid|against|over|as|while|but)\b)[a-z])"
)
FIRST_DAY_BEFORE = re.compile(
    rf"\b{MONTH_ANY}\s+{DAYNUM}\s+(?:and|to|through|or)\s+$", re.IGNORECASE
)
# "[3] to 5 March", "[3] and 4 April": a day whose month is named after the pair's second day.
FIRST_DAY = rf"(?P<day>{DAYNUM})(?=\s*(?:and|to|through|or|until|till)\s+{DAYNUM}\s+(?:of\s+)?{MONTH_ANY}\b)"
SECOND_DAY_AFTER = re.compile(
    rf"\s*(?:and|to|through|or|until|till)\s+(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<month>{MONTH_ANY})\b"
    rf"\.?(?:,?\s+(?P<year>{YEAR4}))?",
    re.IGNORECASE,
)
# The first weekday of a pair whose second names the part of the day for both: "[Saturday] and
# Sunday nights".
PART_NAMED_AFTER = re.compile(
    rf"\s+(?:and|or)\s+(?P<wd>{WEEKDAY})\s+(?P<part>{PART})s\b", re.IGNORECASE
)
# The second weekday of such a pair: "Saturday and [Sunday nights]".
FIRST_WEEKDAY_BEFORE = re.compile(rf"\b(?P<wd>{WEEKDAY})\s+(?:and|or)\s+$", re.IGNORECASE)


def second_day(m: Groups, env: Env) -> Value | None:
    """The second day of a pair or range written with one month: it takes the first's month."""
    if env.day_hint is None or not FIRST_DAY_BEFORE.search(env.before):
        return None
    first = dt.date.fromisoformat(env.day_hint)
    day = cal.safe_date(first.year, first.month, int(re.sub(r"\D", "", m["day"])))
    return (day.isoformat(), "date") if day is not None and day > first else None


def first_day(m: Groups, env: Env) -> Value | None:
    """The first day of a pair or range whose second names the month: in the second's year."""
    second = SECOND_DAY_AFTER.match(env.after)
    month = cal.month_number(second["month"]) if second else None
    if second is None or month is None or not second["month"][0].isupper():
        return None  # "between 10 and 15 may be hurt": a verb, not a month
    day, last_day = (int(re.sub(r"\D", "", d)) for d in (m["day"], second["day"]))
    if day >= last_day:
        return None
    year = _year_of_second(int(second["year"] or 0), month, last_day, env)
    found = cal.safe_date(year, month, day) if year else None
    return (found.isoformat(), "date") if found else None


def _year_of_second(written: int, month: int, day: int, env: Env) -> int | None:
    """The year the pair's second day is read in, as the month-and-day rule reads it: the one
    written, the one the text frames ("In 2022, talks ran from 3 to 5 April"), else the nearest
    the tense allows (none ahead when the clause looks wholly back)."""
    if written:
        return written
    if env.year_frame:
        return int(env.year_frame)
    if env.anchor is None:
        return None
    margin = 0 if env.looking_back else cal.DAYS_AGAINST_TENSE
    last = cal.resolve_month_day(env.anchor, month, day, env.tense, margin)
    return last.year if last else env.anchor.year


def night_of_first(weekday: int, env: Env) -> Value | None:
    """ "on [Saturday] and Sunday nights": the first weekday of a pair whose second names the part
    of the day for both, or None."""
    found = PART_NAMED_AFTER.match(env.after)
    second = cal.weekday_number(found["wd"]) if found and found["wd"][0].isupper() else None
    if found is None or second is None:
        return None
    return night_of_pair(weekday, cal.PARTS_OF_DAY[found["part"].lower()], env, second)


def first_of_pair(env: Env) -> int | None:
    """The first weekday of a pair a weekday ends: "[Saturday] and Sunday nights", or None."""
    found = FIRST_WEEKDAY_BEFORE.search(env.before)
    return cal.weekday_number(found["wd"]) if found and found["wd"][0].isupper() else None


def night_of_pair(
    weekday: int, part: str, env: Env, second: int, first: int | None = None
) -> Value:
    """One weekday of a pair sharing a part of the day: in past narration the particular one, in
    the pair that ends on the last `second` weekday (the report's own day, if it is that
    weekday); in any other tense, or in a sentence that tells of a habit, a recurrence.

    `first` is the pair's first weekday when this one ends it: the first was read before, with
    more of the sentence in view, and a particular night there became the text's latest day;
    when it did not, the first was read as recurring, and so is this one."""
    if env.tense != cal.PAST or env.anchor is None:
        return f"XXXX-WXX-{weekday + 1}T{part}", "set"
    last = cal.resolve_weekday(env.anchor, second, cal.PAST)
    day = last - dt.timedelta(days=(second - weekday) % 7)
    start = day if first is None else last - dt.timedelta(days=(second - first) % 7)
    first_recurred = first is not None and (env.reference is None or env.reference.day != start)
    if first_recurred or tells_habit(env.before, env.after, (start, last), env.clause_habit):
        return f"XXXX-WXX-{weekday + 1}T{part}", "set"
    return f"{day.isoformat()}T{part}", "time"
