"""Handlers for counted stretches of time: "three years", "two consecutive quarters", "a
minute and a half", and the points they reach from the report ("two days ago", "a year earlier").
"""

from __future__ import annotations

import re

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_entries import clock_from_stamp
from sitrep.extract.time_patterns import Env, Groups, Value, parse_number


def duration(m: Groups, env: Env) -> Value | None:
    """ "three years", "16-hour", "a year and a half": a counted stretch, unless the count makes
    it an age, a share or an ordinal."""
    text = m.group(0).lower()
    if re.search(r"-old|\bold\b", text) or re.match(r"\s*old\b", env.after):
        return None  # an age: "52 years old"
    unit = cal.unit_of(m["unit"])
    if unit == "quarter" and is_fraction(text, env.after):
        return None  # a fraction: "three-quarters of its food"
    if unit == "quarter" and re.match(r"\s*of\s+(?:fiscal\s+)?(?:19|20)\d\d\b", env.after):
        return None  # "the first two quarters of 1990": a part of the year, which the year names
    if (
        re.search(r"(?:^|\ba\s+)second$", text)
        and re.match(r"\s+[A-Za-z0-9]", env.after)
        and not re.match(r"\s+(?:later|earlier|ago|or|and|of|to|in|before|after)\b", env.after)
    ):
        return None  # an ordinal: "a second group", "up to a second outbreak"
    if m["unit"].startswith("Second"):
        return None  # a rank: "914 Second Class" (a time unit is not written with a capital)
    if text in ("a " + m["unit"].lower(), "an " + m["unit"].lower()):
        if FREQUENCY_BEFORE.search(env.before):
            return cal.duration_value(1, unit), "set"  # "twice a week"
        if RATE_BEFORE.search(env.before) and not _stretch_between(env):
            return None  # "$500 million a year": the rate's unit, part of the quantity
    if text == "one day" and SOMEDAY_BEFORE.search(env.before):
        return "FUTURE_REF", "date"  # "Islam will one day be ...": some day ahead, not 24 hours
    amount = parse_number(m["count"]) if m["count"] else None
    if not m["count"] and not m["unit"].lower().endswith("s"):
        amount = 1.0
    if m["count"].lower() in ("a", "an") and m["unit"].lower().endswith("s"):
        amount = None  # "a years long feud": the article is the feud's, the years uncounted
    if m["half"] and amount is not None:
        amount += 0.5  # "a year and a half"
    if unit not in cal.UNITS:
        return None
    return cal.duration_value(amount, unit), "duration"


def one_unit_gone(m: Groups, env: Env) -> Value | None:
    """ "over the past day", "in the past hour": the stretch just gone, one unit long, as "the
    past 24 hours" is; not the calendar day before the report."""
    return cal.duration_value(1, cal.unit_of(m["unit"])), "duration"


def range_start(m: Groups, env: Env) -> Value | None:
    """ "two to three weeks", "between 60 and 90 days": TimeML marks each end of a range, and the
    first count borrows the unit the second one names."""
    amount = parse_number(m["count"])
    unit = cal.unit_of(m["unit"])
    if amount is None or unit not in cal.UNITS:
        return None
    return cal.duration_value(amount, unit), "duration"


# "twice a week", "three times a day": how often something recurs, a TimeML set.
FREQUENCY_BEFORE = re.compile(r"\b(?:twice|once|thrice|times)\s+$", re.IGNORECASE)
# An amount, perhaps with its plural noun and what it measures ("$35", "700 seats", "hundreds of
# interviews", "12 million tonnes of crude", "two million barrels of oil"), before
# "a year"/"a night": the time unit is a rate's denominator ("$500 million a year"). It belongs to
# the quantity and says nothing about when anything happened, so no time expression is made of
# it; TimeBank leaves most such rates unannotated too.
RATE_BEFORE = re.compile(
    # an amount, not a year ("in 1999 a year after") nor a number a comma closes ("Oct. 30, a
    # week before the vote")
    r"(?:(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d(?:[\d,.]*\d)?"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty"
    r"|hundred|thousand|million|billion|trillion|dozen)s?)(?:\s+(?:of\s+)?[a-z]+s)?"
    r"(?:\s+of\s+[a-z]+)?\s+$",
    re.IGNORECASE,
)
# "detained 40 protesters a day after the rally": the stretch between two events, no rate.
COUNTED_FROM = re.compile(r"\s+(?:before|after)\b", re.IGNORECASE)
# An act going on ("had been treating 300 patients a day before the strike"): a rate, whatever
# follows, since a stretch between two events needs one act to count from.
GOING_ON_BEFORE = re.compile(r"\b(?:been|is|are|was|were)\s+[a-z]+ing\b[^.;]*$", re.IGNORECASE)
SOMEDAY_BEFORE = re.compile(
    r"\b(?:will|would|could|may|might|can|should|must|shall|to|I|you|he|she|we|they|who)\s+$",
    re.IGNORECASE,
)


def _stretch_between(env: Env) -> bool:
    """ "detained 40 protesters a day after the rally": "a day" counts from another event, unless
    the act before it goes on, which makes it a rate's unit."""
    return bool(COUNTED_FROM.match(env.after)) and not GOING_ON_BEFORE.search(env.before)


def is_fraction(text: str, after: str) -> bool:
    """ "a quarter of the market", "three quarters of its food", "three-quarters": a share, not
    nine months.

    Plain plural quarters before a bare noun count time ("two quarters of losses"), and so do
    consecutive ones ("two consecutive quarters of negative growth").
    """
    if re.search(r"-quarters$", text):
        return True  # the hyphen spells a fraction: "three-quarters said the same"
    after = re.sub(r"^\s*,(?=\s*of\b)", "", after)  # "about a quarter, of its dealers"
    if re.search(r"consecutive|straight|successive", text) or not re.match(r"\s*of\b", after):
        return False
    if re.match(r"\s*of\s+(?:a|an|the)\s+(?:century|hour|year|decade)\b", after):
        return False
    if text.endswith("quarters") and "-" not in text:
        return bool(FRACTION_OF.match(after))
    return True


FRACTION_OF = re.compile(
    r"\s*of\s+(?:the|a|an|its|their|his|her|our|your|this|that|these|those|all|each"
    r"|[$€£]|(?!(?:19|20)\d\d\b)\d)",
    re.IGNORECASE,
)


# Up to a fortnight back a count of weeks still names a day ("two weeks ago" Sunday); further
# back the writer has stopped counting days, and only the week is known.
DAY_EXACT_WEEKS = 2


def ago(m: Groups, env: Env) -> Value | None:
    """ "two days ago", "a year earlier": the point that far from the report; "three days later":
    the stretch itself, since its starting point is the story's, not the report's."""
    unit = cal.unit_of(m["unit"])
    amount = (
        parse_number(m["count"])
        if m["count"]
        else (1.0 if not m["unit"].lower().endswith("s") else None)
    )
    direction = m["dir"].lower()
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    if direction == "later" or (direction == "earlier" and unit != "year"):
        # "Three days later" counts from the story's last event, not from the report: TimeBank
        # gives the stretch ("P3D"). "A year earlier" stays a date, the period compared with.
        return cal.duration_value(amount, unit), "duration"
    if amount is None:
        return ("FUTURE_REF" if sign > 0 else "PAST_REF"), "date"
    clock = clock_from_stamp(env.clock, sign * amount, unit) if env.clock else None
    if clock is not None:
        return clock, "time"
    if env.anchor is None:
        return None, "date"
    steps = int(amount) if amount >= 1 else 0
    if unit == "year" and steps == 1 and env.quarter_hint and direction in ("ago", "earlier"):
        return f"{int(env.quarter_hint[:4]) - 1:04d}{env.quarter_hint[4:]}", "date"
    if unit == "year" and steps == 1 and direction == "earlier" and env.year_hint:
        # "a loss for 2012, against a profit a year earlier": a year before the one just named,
        # as TimeML anchors "earlier" to the story's time ("ago" counts from the report)
        return f"{int(env.year_hint) - 1:04d}", "date"
    if unit == "year" and steps == 1 and direction == "earlier" and env.month_hint:
        # "traffic fell 40% in January compared with a year earlier": that month, a year back
        return f"{int(env.month_hint[:4]) - 1:04d}{env.month_hint[4:]}", "date"
    if unit in ("decade", "century"):
        return f"{env.anchor.year + sign * steps * cal.UNITS[unit][1]:04d}", "date"
    if unit in ("week", "fortnight"):
        days = sign * steps * 7 * cal.UNITS[unit][1]
        if abs(days) > DAY_EXACT_WEEKS * 7:
            return cal.shift(env.anchor, "week", days // 7), "date"  # "six weeks ago": that week
        # "a week ago" names the day seven days back, not a whole ISO week
        return cal.shift(env.anchor, "day", days), "date"
    return cal.shift(env.anchor, unit, sign * steps), "date"
