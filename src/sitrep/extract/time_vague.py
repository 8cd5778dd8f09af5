"""Handlers for the vaguer expressions: sets ("every Monday", "daily"), unanchored durations
("years", "recent weeks") and the PRESENT_REF / PAST_REF / FUTURE_REF points.
"""

from __future__ import annotations

import re

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_durations import FREQUENCY_BEFORE, RATE_BEFORE
from sitrep.extract.time_pairs import first_of_pair, night_of_pair
from sitrep.extract.time_patterns import (
    COUNT,
    Env,
    Groups,
    Handler,
    Value,
    in_name,
    parse_number,
)


def set_per(m: Groups, env: Env) -> Value | None:
    """ "a day", "each year", "every other week" (P2W), "every four years" (P4Y)."""
    unit = cal.unit_of(m["unit"] or m["unit2"] or m["unit3"])
    steps = 2 if m["other"] else parse_number(m["count"]) if m["count"] else 1
    return cal.duration_value(steps, unit), "set"


def set_month(m: Groups, env: Env) -> Value | None:
    """ "each July": the month in every year."""
    month = cal.month_number(m["month"])
    if month is None or not m["month"][0].isupper():
        return None
    return f"XXXX-{month:02d}", "set"


# "each spring"; "the past three summers", "recent winters": the season, year after year
# ("falls" and "springs" are mostly tumbles and water; "two winters ago" is one winter).
SET_SEASON = (
    r"(?:every|each)\s+(?P<season>spring|summer|fall|autumn|winter)"
    rf"|(?:(?:the\s+)?(?:past|last|next|coming|previous|recent)\s+(?:{COUNT}\s+)?|{COUNT}\s+)"
    r"(?P<seasons>summer|winter|autumn)s(?!\s+(?:ago|earlier|later|before|after)\b)"
)


def set_season(m: Groups, env: Env) -> Value | None:
    """ "each spring", "the past three summers": the season in every year, not the next one."""
    return f"XXXX-{cal.SEASONS[(m['season'] or m['seasons']).lower()]}", "set"


def set_adverb(m: Groups, env: Env) -> Value | None:
    word = m.group(0).lower()
    if re.search(r"\baverage\s*$", env.before, re.IGNORECASE):
        return None  # "average daily volume" is a measure, not a recurrence
    if word == "annually" and re.search(r"(?:%|\bpercent)\s*$", env.before, re.IGNORECASE):
        return None  # "to rise 8.5% annually": a growth rate
    if word == "daily" and (NEWSPAPER_NAMED.match(env.after) or NEWSPAPER_ACTS.match(env.after)):
        return None  # "the Communist Party daily Granma", "the daily said": a newspaper
    if in_name(m.group(0), env):
        return None  # "the Weekly Standard", "Breitbart News Daily"
    values = {
        "hourly": "PT1H",
        "daily": "P1D",
        "nightly": "P1D",
        "weekly": "P1W",
        "biweekly": "P2W",
        "monthly": "P1M",
        "quarterly": "P3M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "annual": "P1Y",
    }
    return values.get(word), "set"


# "daily" as a noun is a newspaper: its name follows ("the party daily Granma") or it acts as a
# subject ("the daily reported").
NEWSPAPER_NAMED = re.compile(
    r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]"
)
NEWSPAPER_ACTS = re.compile(r"\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes)\b")


def ref(value: str) -> Handler:
    def handler(m: Groups, env: Env) -> Value | None:
        # A discourse "Now, ..." or "Now for the weather" opens a sentence; it is no reference
        # to the present.
        if (
            m.group(0) == "Now"
            and re.match(r",|\s+(?:for(?!\s+the\s+first\s+time)|then)\b", env.after)
            and re.search(r"(?:^|[.!?:;\"'`]\s*|\n\s*)$", env.before)
        ):
            return None
        return value, "date"

    return handler


def weekday_set_any(m: Groups, env: Env) -> Value | None:
    """ "every Monday", "Fridays", "Tuesday nights": a weekday that recurs."""
    wd = m["wd"] or m["wd2"] or m["wd3"]
    if not wd[0].isupper():
        return None
    weekday = cal.weekday_number(wd)
    part = cal.PARTS_OF_DAY.get((m["part"] or m["part2"] or "").lower())
    first = first_of_pair(env) if m["wd3"] and weekday is not None and part else None
    if weekday is not None and part and first is not None:
        return night_of_pair(weekday, part, env, weekday, first)  # "Saturday and [Sunday nights]"
    return f"XXXX-WXX-{(weekday or 0) + 1}" + (f"T{part}" if part else ""), "set"


def set_per_guard(m: Groups, env: Env) -> Value | None:
    """ "twice a week", "per year": a recurrence, so a set; after an amount it is a rate's unit,
    which belongs to the quantity (see `time_durations.RATE_BEFORE`)."""
    if FREQUENCY_BEFORE.search(env.before):
        return set_per(m, env)
    if RATE_BEFORE.search(env.before):
        return None
    return set_per(m, env) if m.group(0).lower().startswith("per") else None


def plural_duration(m: Groups, env: Env) -> Value | None:
    """ "years", "recent weeks", "coming months": a stretch of unstated length."""
    if re.search(r"\bold\b", env.before[-4:]) or re.search(r"\d\s*$", env.before):
        return None
    if m["unit"].lower() == "hours" and re.search(r"\b(?:early|small|wee)\s+$", env.before):
        return None  # "in the early hours of Thursday": a part of the night, not a stretch
    return cal.duration_value(None, cal.unit_of(m["unit"])), "duration"


def past_ref_guard(m: Groups, env: Env) -> Value | None:
    text = m.group(0).lower()
    if text == "past":
        return None  # "past" alone is a preposition or an adjective
    unit = text.split()[-1]
    if text.startswith("recent ") and unit != "times":
        # "in recent weeks": a stretch of unstated length, as "in coming months" is
        return cal.duration_value(None, cal.unit_of(unit)), "duration"
    return "PAST_REF", "date"


def future_ref_guard(m: Groups, env: Env) -> Value | None:
    text = m.group(0).lower()
    if text in ("soon",) and re.search(r"\bas\s*$", env.before, re.IGNORECASE):
        return None  # "as soon as Sunday": the weekday is the expression
    if text == "soon" and (
        env.tense == cal.PAST or re.match(r"\s*(?:after|before|thereafter)\b", env.after, re.I)
    ):
        return None  # "was soon released", "soon after the raid": soon after a story time, not now
    if text == "the future" and re.match(r"\s+of\b", env.after):
        return None  # "the future of our peoples": a fate, not a time
    if in_name(m.group(0).split()[-1], env):
        return None  # "the Future Technology Week"
    if text.startswith("coming"):
        return cal.duration_value(None, cal.unit_of(text.split()[-1])), "duration"
    return "FUTURE_REF", "date"
