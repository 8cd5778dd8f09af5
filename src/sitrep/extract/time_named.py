"""Handlers for the periods news names rather than dates: quarters, seasons, holidays, decades.

Each is a span longer than a day whose bounds come from a convention (the calendar quarter, the ISO
week that holds Easter, "the 70s" as the last century's), often resolved against the quarter the
article is discussing; keeping them apart from the day, month and clock handlers in `time_rules`
keeps each module to one job.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_patterns import (
    MONTH_ANY,
    ORDINALS,
    TENS,
    Env,
    Groups,
    Value,
    anchored,
    day_of_month,
    in_name,
)
from sitrep.extract.time_rules import month_day, month_year, year_number

# "the approval rating dipped into the mid-20s", "remains in the 30s": a level, not an era.
LEVEL_BEFORE = re.compile(
    r"(?:\b(?:into|below|above|under|near)|\b(?:remain|stay|hover|stuck|linger)\w*\s+in)\s+$",
    re.IGNORECASE,
)


def decade(m: Groups, env: Env) -> Value | None:
    if m["decade2"] and LEVEL_BEFORE.search(env.before):
        return None
    if re.search(r"\b(?:his|her|their)\s+$", env.before, re.IGNORECASE):
        return None  # an age: "a man in his fifties"
    text = (m["decade"] or m["decade2"] or m["decade3"]).lower()
    if re.fullmatch(r"\d0s", text):
        return "19" + text[0], "date"  # "the 70s": the last century's, as news uses it
    if text[0].isdigit():
        return text[:3], "date"
    if text.startswith("'"):
        century = "19" if text[1] != "0" and text[1] != "1" else "20"
        return century + text[1], "date"
    word = text.split()[-1]
    tens = {w[:-1] + "ies": i + 2 for i, w in enumerate(TENS)}
    tens.update({"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6})
    index = tens.get(word)
    return (f"19{index}", "date") if index else None


def century(m: Groups, env: Env) -> Value | None:
    # "the 21st century" or "the twenty-first century": the same reading as a day of the month
    if in_name(m.group(0)[-len("century") :], env):
        return None  # "21st Century Fox"
    number = day_of_month(m["n"] if m["n"][0].isdigit() else "", m["n"])
    if not number:
        return None
    return f"{number - 1:02d}", "date"


def quarter(m: Groups, env: Env) -> Value | None:
    text = m.group(0).lower()
    which = (m["q"] or "").lower()
    year = m["year"]
    if "half" in which or which in ("first-half", "second-half"):
        return half(m, env)
    if which in ORDINALS:
        number = ORDINALS[which]
        named_year = re.search(r"\b(this|last|next)\s+year", text)
        if not named_year:  # "In 2011, fourth-quarter profit rose"; not "next year's first quarter"
            year = year or env.year_frame or ""
        if year:
            return cal.quarter_value(int(year), number), "date"
        if env.anchor is None:
            return None, "date"
        ended = QUARTER_ENDED.match(env.after)
        closing = closing_day(ended, env.anchor) if ended else None
        if closing is not None:  # "the second quarter ended Oct. 31": the year it closed in
            return cal.quarter_value(closing.year, number), "date"
        if named_year:  # "next year's first quarter": that year counts from the report's
            shift = {"this": 0, "last": -1, "next": 1}[named_year[1]]
            return cal.quarter_value(env.anchor.year + shift, number), "date"
        value = cal.resolve_quarter(env.anchor, number, env.tense, env.looking_back)
        return year_shift(value, text), "date"
    if env.anchor is None:
        return None, "date"
    if re.search(r"year.(?:ago|earlier)|a\s+year\s+(?:ago|earlier)|last\s+year", text):
        if env.stretch_hint and "period" in text:
            return env.stretch_hint, "duration"  # the nine months compared with, a year back
        month = named_month(env) if "same period" in text else None
        base = month or env.quarter_hint or cal.shift(env.anchor, "quarter", -1)
        return year_shift(base, "last year") if base else None, "date"
    if re.search(r"\b(?:this|current)\b", text):
        return cal.shift(env.anchor, "quarter", 0), "date"
    if "latest" in text:
        # the last one reported: the one the article has named, which may be a fiscal one
        return env.quarter_hint or cal.shift(env.anchor, "quarter", -1), "date"
    ended = QUARTER_ENDED.match(env.after)
    if ended and text == "the quarter" and not env.quarter_hint:
        # a quarter the article has already named by number may be a fiscal one: that wins
        return quarter_ending(ended, env.anchor), "date"
    if re.search(r"\bnext\b", text):
        return cal.shift(env.anchor, "quarter", 1), "date"
    if env.quarter_hint:
        return (
            env.quarter_hint,
            "date",
        )  # "the quarter", "the latest period": the one under discussion
    if text.endswith("period"):
        # "over the same period" with no quarter named: the stretch the text just told ("since
        # October 2023"), whose end the phrase does not give
        return None, "date"
    if env.tense == cal.FUTURE:
        return cal.shift(env.anchor, "quarter", 0), "date"
    return cal.shift(env.anchor, "quarter", -1), "date"


QUARTER_ENDED = re.compile(
    rf"\s+end(?P<ended>ed|ing)\s+(?P<month>{MONTH_ANY})\s+(?P<day>\d{{1,2}})\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


def closing_day(ended: re.Match[str], anchor: dt.date) -> dt.date | None:
    """The day a period "ended Oct. 31" (or "ending Oct. 31, 2012") closes on."""
    month = cal.month_number(ended["month"])
    if month is None:
        return None
    if ended["year"]:
        return cal.safe_date(int(ended["year"]), month, int(ended["day"]))
    # a quarter "ended" has closed; one "ending" may be the current one
    margin = 0 if ended["ended"].lower() == "ed" else cal.DAYS_AGAINST_TENSE
    return cal.resolve_month_day(anchor, month, int(ended["day"]), cal.PAST, margin)


def quarter_ending(ended: re.Match[str], anchor: dt.date) -> str | None:
    """ "the quarter ended July 31": the calendar quarter holding most of its three months.

    A quarter ending in March is Q1, one ending in July (May to July) Q2, one ending in January
    the last year's Q4.
    """
    day = closing_day(ended, anchor)
    if day is None:
        return None
    number = (day.month + 1) // 3
    return cal.quarter_value(day.year, number) if number else cal.quarter_value(day.year - 1, 4)


def quarter_in_year(m: Groups, env: Env) -> Value | None:
    """ "the 1988 quarter", "the 1989 period": the quarter under discussion, in the year named."""
    if env.quarter_hint:
        return f"{m['year']}{env.quarter_hint[4:]}", "date"
    return m["year"], "date"


def named_month(env: Env) -> str | None:
    """The month the text last named by itself ("sales rose in February"), which "the same period
    last year" then compares with; a quarter or a day named since takes its place."""
    ref = env.reference
    if ref is None or ref.month is None or ref.day is not None:
        return None
    return cal.month_value(*ref.month)


def year_shift(value: str | None, text: str) -> str | None:
    """Move a quarter value a year back or ahead when the phrase says "last/next year's"."""
    if value is None:
        return None
    if "last year" in text or "year-ago" in text or "year-earlier" in text:
        return f"{int(value[:4]) - 1:04d}{value[4:]}"
    if "next year" in text:
        return f"{int(value[:4]) + 1:04d}{value[4:]}"
    return value


def half(m: Groups, env: Env) -> Value | None:
    number = 1 if "first" in m.group(0).lower() else 2
    if m["year"]:
        return f"{m['year']}-H{number}", "date"
    if env.anchor is None:
        return None, "date"
    if m.group(0).lower().endswith("the year") and env.reference and env.reference.year:
        return f"{env.reference.year:04d}-H{number}", "date"  # the year the text last named
    year = env.anchor.year
    if env.tense != cal.FUTURE and number == 2 and env.anchor.month <= 6:
        year -= 1
    return f"{year_shift(str(year), m.group(0).lower())}-H{number}", "date"


def season(m: Groups, env: Env) -> Value | None:
    season = cal.SEASONS[m["season"].lower()]
    if m["year"]:
        number = year_number(m["year"])
        return (f"{number:04d}-{season}" if number else None), "date"
    if env.anchor is None:
        return None, "date"
    if m["year_rel"]:  # "the spring of last year"
        step = {"last": -1, "next": 1}.get(m["year_rel"].lower(), 0)
        return f"{env.anchor.year + step:04d}-{season}", "date"
    rel = (m["rel"] or "").lower()
    start = cal.SEASON_START[season]
    year = env.anchor.year
    if "last" in rel or "past" in rel or "previous" in rel:
        year -= 1 if start + 2 >= env.anchor.month else 0
    elif "next" in rel or "coming" in rel:
        year += 1 if start <= env.anchor.month else 0
    elif not rel or (rel == "the" and env.tense in (cal.PAST, cal.FUTURE)):
        # "in the spring" takes the season the clause points to; without a tense, this year's
        return cal.resolve_season(env.anchor, season, env.tense), "date"
    return f"{year:04d}-{season}", "date"


# A holiday that names an accord, an uprising or a place is part of that name, not a date: "the
# Good Friday agreement", "the Easter Rising", "Christmas Island".
NAME_AFTER_HOLIDAY = re.compile(
    r"\s+(?:peace\s+)?(?:agreement|accords?|deal|pact|treaty|massacre|uprising|rising|offensive"
    r"|islands?)\b",
    re.IGNORECASE,
)


def holiday(m: Groups, env: Env) -> Value | None:
    """ "Christmas", "Easter 1998", "Easter week" (the ISO week that holds the day)."""
    if not m.group(0)[0].isupper() or NAME_AFTER_HOLIDAY.match(env.after):
        return None
    day = _holiday_date(m["name"], m["year"], env)
    if day is None:
        return None, "date"
    return (cal.week_value(day) if m["week"] else day.isoformat()), "date"


def historic_day(m: Groups, env: Env) -> Value | None:
    """ "Black Monday", "Bloody Sunday": a day history named for what happened on it, not the
    weekday nearest the report; the text seldom gives the event's date, so the value stays open."""
    if not m.group(0)[0].isupper():
        return None
    return None, "date"


# A holiday this close ahead is the one at hand even in past narration: "as Easter week began".
HOLIDAY_AT_HAND = dt.timedelta(days=7)


def _holiday_date(name: str, year: str, env: Env) -> dt.date | None:
    if year:
        return cal.holiday(name, int(year))
    if env.anchor is None:
        return None
    this_year = cal.holiday(name, env.anchor.year)
    if this_year is None:
        return None
    if env.tense == cal.PAST and this_year > env.anchor + HOLIDAY_AT_HAND:
        return cal.holiday(name, env.anchor.year - 1) or this_year
    if env.tense == cal.FUTURE and this_year < env.anchor:
        return cal.holiday(name, env.anchor.year + 1) or this_year
    if env.tense != cal.PAST and this_year < env.anchor - HOLIDAY_AT_HAND:
        # a holiday named in the present is the coming one: "markets are closed on New Year's
        # Day", said on Dec. 31
        return cal.holiday(name, env.anchor.year + 1) or this_year
    return this_year


# "the quarter of caucus voters who ...": a share of something, not three months.
SHARE_OF_OTHER = re.compile(
    r"\s+of\s+(?!(?:fiscal\s+)?(?:19|20)\d\d\b|(?:the|this|last|next)\s+year\b|fiscal\b)",
    re.IGNORECASE,
)


def quarter_with_year(m: Groups, env: Env) -> Value | None:
    if m.group(0).lower() == "the quarter" and SHARE_OF_OTHER.match(env.after):
        return None
    year = m["year"]
    if year:
        which = (m["q"] or "").lower()
        if which in ORDINALS:
            return cal.quarter_value(int(year), ORDINALS[which]), "date"
    return quarter(m, env)


# "the second half of November", "the first half of the match": a half of something else, which
# names its own time if it is one.
HALF_OF_OTHER = re.compile(r"\s+of\s+(?!(?:fiscal\s+)?(?:19|20)\d\d\b|the\s+year\b)", re.IGNORECASE)


def half_guard(m: Groups, env: Env) -> Value | None:
    text = m.group(0).lower()
    if not (m["year"] or "year" in text or text.startswith("the")):
        return None
    if not m["year"] and "year" not in text and HALF_OF_OTHER.match(env.after):
        return None
    return half(m, env)


# "the Summer of Love", "the Summer Games", "the Winter Olympics": a capitalised season that a
# name goes on from.
SEASON_AS_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][a-z]|\s+[A-Z][a-z]")
# "the Arab Spring", "the Prague Spring": a capitalised season that ends a name.
NAME_BEFORE_SEASON = re.compile(r"\b[Tt]he\s+[A-Z][\w'’-]*\s+$")
# "in the fall", "by the fall": "the fall" is the season only as the time of something, and
# never of something other than a year; elsewhere it is a decline ("the fall in prices", "after
# the fall of the Soviet Union").
TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|during|by|until|till|through|since|before|after|over|from|for|into|of)\s+$",
    re.IGNORECASE,
)


def season_guard(m: Groups, env: Env) -> Value | None:
    rel = (m["rel"] or "").lower()
    dated = m["year"] or m["year_rel"]
    if m["season"].lower() == "fall" and not (rel or m["year"]):
        return None  # "fall" is mostly a verb
    if (
        m["season"].lower() == "fall"
        and rel == "the"
        and not dated
        and (not TIME_PREPOSITION_BEFORE.search(env.before) or re.match(r"\s+of\b", env.after))
    ):
        return None
    if m["season"][0].isupper() and SEASON_AS_NAME.match(env.after):
        return None  # "the Spring of Life protests", "the Summer Games": a name
    if m["season"][0].isupper() and not (rel or dated) and NAME_BEFORE_SEASON.search(env.before):
        return None
    return season(m, env)


def week_of(m: Groups, env: Env) -> Value | None:
    """ "the week of March 6": the ISO week holding that day; "the weekend of March 1" its
    weekend."""
    day = month_day(m, env)
    if day is None or day[0] is None:
        return day
    week = cal.week_value(dt.date.fromisoformat(day[0]))
    return (f"{week}-WE" if m["end"] else week), "date"


def week_in_month(m: Groups, env: Env) -> Value | None:
    """ "the first week of December", "the last week of March": a whole ISO week inside the
    month, as TimeML writes them (the first begins on the month's first Monday, the last ends
    on its last Sunday)."""
    month = month_year(m, env)
    if month is None or month[0] is None:
        return month
    year, number = (int(part) for part in month[0].split("-"))
    if m["nth"].lower() in ("last", "final"):
        last_day = dt.date(year + number // 12, number % 12 + 1, 1) - dt.timedelta(days=1)
        return cal.week_value(last_day - dt.timedelta(days=(last_day.weekday() + 1) % 7)), "date"
    first_monday = dt.date(year, number, 1 + (7 - dt.date(year, number, 1).weekday()) % 7)
    nth = ("first", "second", "third", "fourth").index(m["nth"].lower())
    return cal.week_value(first_monday + dt.timedelta(weeks=nth)), "date"


def year_turning(m: Groups, env: Env) -> Value | None:
    """ "in the new year", "the turn of the year": the year about to begin once the summer is
    past, the year just begun before then or in past narration ("prices rose after the new
    year")."""
    if env.anchor is None:
        return None, "date"
    ahead = env.anchor.month >= 7 and env.tense != cal.PAST
    return str(env.anchor.year + ahead), "date"


def weekend(m: Groups, env: Env) -> Value | None:
    """ "this weekend" is the report's own week's; "the weekend" the one the tense points to."""
    text = m.group(0).lower()
    if env.anchor is None:
        return None, "date"
    if text.startswith("this") and "past" not in text:
        return cal.week_value(env.anchor) + "-WE", "date"
    if text.startswith("next") or "coming" in text:
        return cal.shift(env.anchor, "weekend", 1), "date"
    if text.startswith("last"):
        # the weekend before the report's week, even when the report falls on a weekend
        return cal.week_value(env.anchor - dt.timedelta(weeks=1)) + "-WE", "date"
    tense = cal.PAST if text.startswith("this past") else env.tense
    return cal.weekend_value(env.anchor, tense), "date"


YEAR_NAMED_BEFORE = re.compile(r"\b(?P<year>(?:19|20)\d\d)(?P<span>[-–/]\d{2,4})?\s+$")


def whole_year(m: Groups, env: Env) -> Value | None:
    """ "the full year", "the fiscal year", "year-end": the year the sentence names ("in 1988,
    when year-end net ..."), else the anchor's (the last one, if "latest")."""
    text = m.group(0).lower()
    if re.search(r"\b(?:an?|each|every|per)\s+$", env.before, re.IGNORECASE):
        return None  # "changed from a fiscal year to a calendar year": a kind of year, not one
    if re.match(r"\s+end(?:ed|ing)\b", env.after):
        return "P1Y", "duration"  # "the fiscal year ended Jan. 31": twelve months
    named = YEAR_NAMED_BEFORE.search(env.before)
    if named:  # "the 2019 fiscal year" is 2019; "the 2019-20 fiscal year" has no one year
        return (None if named["span"] else named["year"]), "date"
    if env.year_frame and "latest" not in text:
        return env.year_frame, "date"  # "comparable periods in 1988, when year-end net was below"
    if env.anchor is None:
        return None, "date"
    if "latest" in text or (_closes_last_year(env) and re.search(r"full|entire|whole", text)):
        return str(env.anchor.year - 1), "date"
    if env.looking_back and re.search(r"end$", text):
        return str(env.anchor.year - 1), "date"  # "since year-end": the last one passed
    earlier_year = _earlier_year_told(env) if text.endswith("end of the year") else None
    return str(earlier_year or env.anchor.year), "date"


def _earlier_year_told(env: Env) -> int | None:
    """ "In 2022 the army lost 500 tanks; by the end of the year it had lost 1,000": a past
    clause cannot reach the end of a year still running, so it means the earlier year the story
    tells."""
    ref, anchor = env.reference, env.anchor
    if env.tense != cal.PAST or ref is None or ref.year is None or anchor is None:
        return None
    return ref.year if ref.year < anchor.year else None


def _closes_last_year(env: Env) -> bool:
    """Early in a year, a report on the last year's fourth quarter: results come out for the
    quarter and the year together, so "a loss of $8 billion for the entire year" is that year's."""
    ref, anchor = env.reference, env.anchor
    return (
        ref is not None
        and anchor is not None
        and anchor.month <= 3
        and ref.quarter == (anchor.year - 1, 4)
        and env.tense != cal.FUTURE
    )


def year_ago(m: Groups, env: Env) -> Value | None:
    """ "year-earlier profit": the quarter named nearby a year back, else last year."""
    if env.quarter_hint:
        return f"{int(env.quarter_hint[:4]) - 1:04d}{env.quarter_hint[4:]}", "date"
    return anchored(env, lambda a: str(a.year - 1))
