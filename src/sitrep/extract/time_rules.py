"""Handlers for dates, months, years, weekdays and clock times named by the text itself.

Each reads one rule's match and returns a TimeML (value, kind), or None to reject. TimeBank's
conventions decide the values; `time_calendar` does the arithmetic, `time_named` handles the
periods news names rather than dates (quarters, seasons, holidays), and `time_detect` pairs each
handler with its pattern.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_pairs import night_of_first
from sitrep.extract.time_patterns import (
    DAY_MONTH,
    MONTH_ANY,
    MONTH_DAY,
    MONTH_FULL,
    MONTH_WORDS,
    ONES,
    PART,
    RELATIVE_DAY_PHRASE,
    WEEKDAY,
    WEEKDAY_PHRASE,
    Env,
    Groups,
    Value,
    anchored,
    capitalised,
    day_of_month,
    make_rule,
    word_number,
)
from sitrep.extract.time_restated import UTC_ZONE, restatement, utc_day


def iso_date(m: Groups, env: Env) -> Value | None:
    day = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (day.isoformat(), "date") if day else None


def slash_date(m: Groups, env: Env) -> Value | None:
    year = int(m["y"])
    year += 1900 if year < 100 and year >= 30 else 2000 if year < 100 else 0
    day = cal.safe_date(year, int(m["m"]), int(m["d"]))
    return (day.isoformat(), "date") if day else None


def month_day(m: Groups, env: Env) -> Value | None:
    """ "Oct. 30", "Oct. 30, 2023", "Oct. 30 last year"."""
    if not capitalised(m.group(0), MONTH_ANY + "|" + WEEKDAY):
        return None
    month = cal.month_number(m["month"])
    day = day_of_month(m["day"], m["day_word"])
    if month is None:
        return None
    if m["year"]:
        found = cal.safe_date(int(m["year"]), month, day)
        return (found.isoformat(), "date") if found else None
    if env.year_frame and not m["wd_rel"] and not m["year_rel"]:  # the text names its year
        found = cal.safe_date(int(env.year_frame), month, day)
        return (found.isoformat() if found else None), "date"
    if env.anchor is None:
        return None
    if m["year_rel"]:
        step = {"last": -1, "next": 1}.get(m["year_rel"].lower(), 0)
        found = cal.safe_date(env.anchor.year + step, month, day)
        return (found.isoformat() if found else None), "date"
    margin = 0 if env.looking_back else cal.DAYS_AGAINST_TENSE
    found = cal.resolve_month_day(env.anchor, month, day, _pointed_tense(m, env), margin)
    return (found.isoformat() if found else None), "date"


def _pointed_tense(m: Groups, env: Env) -> str | None:
    """ "next Tuesday, Nov. 12" lies ahead and "last Friday, Nov. 1" behind, whatever the verb."""
    pointer = m["wd_rel"].lower()
    if pointer.endswith(("next", "coming")):
        return cal.FUTURE
    if pointer.endswith(("last", "past")):
        return cal.PAST
    return env.tense


def month_year(m: Groups, env: Env) -> Value | None:
    if not capitalised(m.group(0), MONTH_FULL):
        return None
    month = cal.month_number(m["month"])
    if month is None:
        return None
    if m["year"]:
        number = year_number(m["year"])
        return (cal.month_value(number, month) if number else None), "date"
    rel = (m["rel"] or "").lower()
    if env.year_frame and not rel:  # "In 2011, the army attacked in January"
        return cal.month_value(int(env.year_frame), month), "date"
    if env.anchor is None:
        return None, "date"
    if rel in ("last", "past", "previous") or "last" in rel:
        year = (
            env.anchor.year - 1 if (month >= env.anchor.month or "year" in rel) else env.anchor.year
        )
    elif rel in ("next", "coming") or "next" in rel:
        year = (
            env.anchor.year + 1 if (month <= env.anchor.month or "year" in rel) else env.anchor.year
        )
    elif rel.startswith("this"):
        year = env.anchor.year
    elif rel.startswith(("that", "the")) and env.reference and env.reference.year is not None:
        year = env.reference.year  # "in September of that year": the last year named
    else:
        margin = 0 if env.looking_back else cal.MONTHS_AGAINST_TENSE
        year = cal.resolve_month(env.anchor, month, env.tense, margin)
    return cal.month_value(year, month), "date"


def bare_month(m: Groups, env: Env) -> Value | None:
    text = m["month"]
    if not text[0].isupper():
        return None
    if text.lower() == "may" and not (
        re.search(
            r"(?:in|since|by|until|through|from|of|early|late|mid|before|after|during|last|next|this)[\s-]*$",
            env.before,
            re.IGNORECASE,
        )
        or MONTH_BEFORE.search(env.before)
        or MONTH_AFTER.match(env.after)
    ):
        return None
    if text.lower() == "march" and (
        MARCH_AS_NAME.match(env.after) or MARCH_PEOPLE.match(env.after)
    ):
        return None  # a procession: "the March for Life", "March organizers said"
    return month_year(m, env)


# The other end of a span of months: "from March to May", "between April and May".
MONTH_BEFORE = re.compile(rf"\b{MONTH_ANY}\s*(?:to|through|and|or|-|–)\s*$", re.IGNORECASE)
# The first end of one: "between May and July" ("May or may not" is no month).
MONTH_AFTER = re.compile(rf"\s*(?:to|through|and|or|-|–)\s*(?=[A-Z])(?i:{MONTH_FULL})\b")
MARCH_AS_NAME = re.compile(
    rf"\s+(?:(?:for|on|against)\s+|to\s+(?!(?i:{MONTH_FULL})\b)|of\s+the\s+)(?:the\s+)?[A-Z]"
)

# The people of a procession ("clashed with March organizers"), or people who speak for it
# ("March participants told reporters"); a month's own figures are no speakers ("March sales
# rose").
MARCH_PEOPLE = re.compile(
    r"\s+(?:organi[sz]ers|participants|marchers|stewards)\b"
    r"|\s+(?:[a-z]+(?:ers|ors|ants|ents|ists)|leaders|officials)\s+"
    r"(?:said|say|says|told|tell|announced|estimated|claimed|added|stated)\b"
)


def year(m: Groups, env: Env) -> Value | None:
    if m.group(0) == m["year"] and NAME_BEFORE_YEAR.search(env.before):
        return None  # "a venture called Orion 1980", "Windows 2000": part of a name
    return m["year"], "date"


# A capitalised word inside a sentence, right before a bare year, makes the year part of a name
# ("Orion 1980", "Russell 2000"). An event's name keeps its year, which dates it ("Developers
# Conference 2010"), and so do the calendar words that start sentences ("Since 1949").
NAME_BEFORE_YEAR = re.compile(
    r"[a-z,]\s+(?!(?:In|Since|By|Until|Fiscal|Early|Late|Mid|Spring|Summer|Fall|Autumn|Winter|"
    r"Conference|Summit|Olympics|Games|Cup|Championships?|Expo|Festival|Congress|Forum|"
    r"Convention|Elections?|Census|Budget|"
    rf"{MONTH_WORDS.replace(' ', '|').title()})\s)[A-Z][a-z]+\s+$"
)


def spelled_year(m: Groups, env: Env) -> Value | None:
    number = year_number(m["year"])
    return (f"{number:04d}", "date") if number is not None else None


def year_number(text: str) -> int | None:
    """The year in digits or read out ("nineteen ninety-four", "two thousand and one")."""
    if text.isdigit():
        return int(text)
    words = text.lower().split()
    if words[0] == "two":
        tail = [w for w in words[2:] if w != "and"]
        number = word_number(" ".join(tail)) if tail else 0.0
        return 2000 + int(number or 0)
    century = ONES.index(words[0]) if words[0] in ONES else None
    years = word_number(" ".join(words[1:]))
    if century is None or years is None:
        return None
    return century * 100 + int(years)


def short_year(m: Groups, env: Env) -> Value | None:
    """ "since '82", "the class of '09": the year of that name nearest the report.

    Only after a preposition: a quotation may open on a number ("'30 killed', police said").
    """
    if not SHORT_YEAR_BEFORE.search(env.before):
        return None
    yy = int(m["yy"])
    if env.anchor is None:
        return f"{(1900 if yy >= 30 else 2000) + yy:04d}", "date"
    report_year = env.anchor.year
    years = [century + yy for century in (1900, 2000)]
    return f"{min(years, key=lambda y: abs(y - report_year)):04d}", "date"


SHORT_YEAR_BEFORE = re.compile(
    r"\b(?:since|in|of|from|until|till|by|to|before|after|during)\s+$", re.IGNORECASE
)


# "the Sunday Times", "the Monday Club": a weekday that opens a name is no day ("Friday Oct. 13"
# and "Sunday Morning" in a headline still are).
WEEKDAY_OPENS_NAME = re.compile(rf"\s+(?!(?i:{MONTH_ANY}|{PART})\b)[A-Z][a-z]")
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A weekday that shares the pointer of the one before it ("next Thursday and Friday", "last
# Monday or Tuesday") or ends a range from it ("Monday through Friday") lies after it.
PAIRED_WEEKDAY_BEFORE = re.compile(
    rf"\b(?:(?:next|last|this|coming|past)\s+{WEEKDAY}\s+(?:and|or|to|through)"
    rf"|{WEEKDAY}\s+(?:to|through))\s+$",
    re.IGNORECASE,
)


# "The funeral was held on a Sunday": some Sunday, not the last one; "told a Monday news
# conference" names the day it was held.
ON_A_BEFORE = re.compile(r"\bon\s+a\s+$", re.IGNORECASE)
ANY_DAY_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:in|at|when|after|before|and|or|while|during|as)\b"
)


def weekday(m: Groups, env: Env) -> Value | None:
    text = m.group(0)
    if not capitalised(text, WEEKDAY):
        return None
    if not m["part"] and THE_BEFORE.search(env.before) and WEEKDAY_OPENS_NAME.match(env.after):
        return None
    weekday = cal.weekday_number(m["wd"])
    part = cal.PARTS_OF_DAY.get((m["part"] or m["overnight"]).lower())
    paired = None if part or m["rel"] or weekday is None else night_of_first(weekday, env)
    if paired is not None:  # "on Saturday and Sunday nights"
        return paired
    some_day = ON_A_BEFORE.search(env.before) and ANY_DAY_AFTER.match(env.after)
    if weekday is not None and not part and some_day:
        return f"XXXX-WXX-{weekday + 1}", "date"  # "held on a Sunday": some Sunday
    if weekday is None or env.anchor is None:
        return None, "time" if part else "date"
    rel = (m["rel"] or "").lower()
    tense = cal.FUTURE if rel in ("next", "this coming", "coming") else env.tense
    day = cal.resolve_weekday(env.anchor, weekday, tense)
    if env.day_hint and not rel and PAIRED_WEEKDAY_BEFORE.search(env.before):
        # "next Thursday and Friday": the first such day after the other
        first = dt.date.fromisoformat(env.day_hint)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 or 7)
    if rel == "previous" and env.reference is not None and env.reference.day is not None:
        # "down 4.5% from the previous Friday": the one before the day the text last named
        day = env.reference.day - dt.timedelta(
            days=(env.reference.day.weekday() - weekday - 1) % 7 + 1
        )
    if rel in ("last", "this past", "past", "previous") and day >= env.anchor:
        day -= dt.timedelta(days=7)
    if rel == "next" and day == env.anchor:
        day += dt.timedelta(days=7)
    if part:
        return f"{day.isoformat()}T{part}", "time"
    return day.isoformat(), "date"


# "today's youth", "in today's world": the present age, as the adjectival "future earnings" is a
# time to come; neither dates anything, and TimeML leaves both unmarked.
TODAY_AS_AGE = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:world|youth|young|society|societies|generations?|children|kids"
    r"|teenagers|standards|economy|technology|culture|politics|computers)\b"
)


# "the people of tomorrow", "the cars of tomorrow": the age to come, not the day after the report.
OF_TOMORROW = re.compile(r"\w\s+of\s+$", re.IGNORECASE)


def relative_day(m: Groups, env: Env) -> Value | None:
    word = m["day"].lower()
    text = m.group(0).lower()
    if text in ("today", "tomorrow") and TODAY_AS_AGE.match(env.after.lstrip(" ")):
        return None
    if text == "tomorrow" and OF_TOMORROW.search(env.before):
        return None
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(word, 0)
    if "before yesterday" in text:
        offset = -2
    elif "after tomorrow" in text:
        offset = 2
    part = cal.PARTS_OF_DAY.get((m["part"] or "").lower()) or ("NI" if word == "tonight" else None)
    if env.anchor is None:
        return None, "time" if part else "date"
    day = (env.anchor + dt.timedelta(days=offset)).isoformat()
    return (f"{day}T{part}", "time") if part else (day, "date")


def clock(m: Groups, env: Env) -> Value | None:
    clock = clock_value(m["clock"])
    if clock is None or re.search(r"\bhigh\s+$", env.before, re.IGNORECASE):
        return None  # "High Noon", "high noon comes today": an idiom, not midday
    restated, local = restatement(env.before, m.group(0))
    if restated and not local:
        return None  # "9 a.m. (10 a.m. Moscow time)": the same moment in another local zone
    if not m["on"] and OFFSET_FROM_EVENT_AFTER.match(env.after):
        return None, "time"  # "at 6 a.m. ten days before the shooting": a day not dated
    date_value: str | None = None
    day_after = DAY_AFTER_CLOCK.match(env.after)
    on = m["on"] or (day_after["date"] or day_after["weekday"] if day_after else "")
    if on:
        sub = match_date_phrase(on, env)
        date_value = sub[0] if sub else None
    elif env.day_hint:
        date_value = env.day_hint
    elif env.reference is not None and env.reference.day is not None and not env.reference_far:
        # the day of the last thing narrated, not of a later report ("said on Friday")
        day = env.reference.day_of_clause(env.before, env.after) or env.reference.day
        date_value = day.isoformat()
    elif env.reference_far and env.reference is not None and env.reference.lead_day is not None:
        date_value = env.reference.lead_day.isoformat()  # back to the story after an aside
    elif env.anchor:
        date_value = env.anchor.isoformat()
    if (
        clock == "24:00"
        and env.tense == cal.PAST
        and env.anchor is not None
        and date_value == env.anchor.isoformat()
    ):
        # midnight in a past clause, on the report's own day, is the one that day began at:
        # the one it ends at is still to come. "Shortly after midnight" is its first minutes,
        # "shortly before midnight" the last of the day before.
        date_value, clock = _midnight_gone(env.anchor, m.group(0))
    if date_value is None or len(date_value) != 10:
        return None, "time"
    if local and (local_value := clock_value(local)):  # "12:00 p.m. (0300 GMT)": UTC's day
        date_value = utc_day(date_value, local_value, clock)
    # "(GMT +8)" names a local zone, not UTC itself: the clock stays local
    zone = "Z" if UTC_ZONE.search(m.group(0)) else ""
    return f"{date_value}T{clock}{zone}", "time"


def _midnight_gone(report: dt.date, text: str) -> tuple[str, str]:
    """The midnight a report's day began at, as the day before's end when the time leads up to it."""
    if re.search(r"\b(?:before|to)\s+midnight", text, re.IGNORECASE):
        return (report - dt.timedelta(days=1)).isoformat(), "24:00"
    return report.isoformat(), "00:00"


# A clock time whose day is counted from an event: "at 6 a.m. ten days before the shooting".
OFFSET_FROM_EVENT_AFTER = re.compile(
    r",?\s+(?:\w+[\s-]+){1,2}(?:days?|weeks?|months?|years?)\s+(?:before|after|prior\s+to)\b",
    re.IGNORECASE,
)
# "at 16:15 UTC , June 1st", "at 10:35 a.m. (0735 GMT) Friday": a day set off after the clock
# (or after its restatement), which TimeBank marks on its own.
DAY_AFTER_CLOCK = re.compile(
    rf"\s*(?:,\s+(?P<date>{MONTH_ANY}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    rf"|(?:\([^()]{{1,20}})?\)\s+(?P<weekday>{WEEKDAY}))\b",
    re.IGNORECASE,
)


def clock_value(text: str) -> str | None:
    text = text.lower().replace(" ", "")
    text = re.sub(r"inthemorning$", "am", re.sub(r"inthe(?:afternoon|evening)$", "pm", text))
    named = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}
    if text in named:
        return named[text]
    digits = re.match(r"(\d{1,2})[:.]?(\d{2})?", text)
    if not digits:
        return None
    hour, minute = int(digits[1]), int(digits[2] or 0)
    if len(text) >= 4 and text[:4].isdigit() and ":" not in text:
        hour, minute = int(text[:2]), int(text[2:4])
    if "p" in text and hour < 12:
        hour += 12
    if "a" in text and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def match_date_phrase(text: str, env: Env) -> Value | None:
    for rule in DAY_RULES:
        m = rule.pattern.fullmatch(text.strip())
        if m:
            return rule.handler(Groups(m), env)
    return None


def relative_unit(m: Groups, env: Env) -> Value | None:
    """ "last week", "this month", "next year", "earlier this year", "the (or this) past year"."""
    rel = re.sub(r"^(?:the|this)\s+(?=\w)", "", m["rel"].lower())
    unit = m["unit"].lower()
    if unit == "fiscal year":
        unit = "year"
    if unit == "fortnight":  # "the past fortnight": two weeks, not a calendar period
        return "P2W", "duration"
    if env.anchor is None:
        return None, "date"
    if unit == "weekend":
        if rel == "this":
            return cal.weekend_value(
                env.anchor, cal.FUTURE if env.tense == cal.FUTURE else env.tense
            ), "date"
        offset = -1 if rel in ("last", "past", "previous") else 1
        return cal.shift(
            env.anchor, "weekend", offset if env.anchor.weekday() < 5 or offset > 0 else 0
        ), "date"
    if rel in ("this", "current", "present"):
        return cal.current(env.anchor, unit), "date"
    if unit in ("decade", "century") and rel in ("past", "last", "next", "coming"):
        return cal.duration_value(1, unit), "duration"
    offset = -1 if rel in ("last", "past", "previous") else 1
    return cal.shift(env.anchor, unit, offset), "date"


def unit_beyond(m: Groups, env: Env) -> Value | None:
    """ "the week before last", "the month after next": two steps from the report's own."""
    offset = -2 if m["dir"].lower().startswith("before") else 2
    return anchored(env, lambda a: cal.shift(a, m["unit"].lower(), offset), "date")


def part_any(m: Groups, env: Env) -> Value | None:
    """ "this morning", "last night", "tonight", "by mid-afternoon", "late evening yesterday"."""
    part = m["part"] or m["part2"] or m["part3"]
    rel = (m["rel"] or m["rel3"] or "").lower()
    if part.lower() == "tonight":
        return anchored(env, lambda a: f"{a.isoformat()}TNI", "time")
    if part.lower() == "overnight":
        return _overnight(env)
    code = cal.PARTS_OF_DAY[part.lower()]
    offset = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
    if rel == "last" and code != "NI":
        offset = -1
    return anchored(env, lambda a: f"{(a + dt.timedelta(days=offset)).isoformat()}T{code}", "time")


# How far back a story's day may lie for "overnight" to be its night: a weekend's gap.
STORY_DAY_REACH = 3
# "... overnight, killing 10 people, officials said Thursday": the day the night ran into.
SAID_ON_DAY = re.compile(
    rf"[^.;]*?\b(?:said|reported|announced)\s+(?:on\s+)?(?P<wd>{WEEKDAY})\b", re.IGNORECASE
)


def _day_said(env: Env) -> dt.date | None:
    """The day, up to the report's own, on which the clause closing an "overnight" sentence says
    its news, if it names one."""
    said = SAID_ON_DAY.match(env.after)
    weekday = cal.weekday_number(said["wd"]) if said and said["wd"][0].isupper() else None
    if weekday is None or env.anchor is None:
        return None
    day = cal.resolve_weekday(env.anchor, weekday, cal.PAST)
    return day if day <= env.anchor else None


def _overnight(env: Env) -> Value | None:
    """The night that "overnight" names: the one before the day it runs into ("overnight into
    Tuesday") or the day its own sentence says the news on ("..., the mayor said on Monday"),
    else the night before the story's day when the story tells of a day just before the report,
    else the night just gone, which began the evening before the report."""
    into = OVERNIGHT_INTO.match(env.after)
    if into and env.anchor is not None:
        weekday = cal.resolve_weekday(env.anchor, cal.weekday_number(into["wd"]) or 0, env.tense)
        return f"{weekday - dt.timedelta(days=1)}TNI", "time"
    if env.tense == cal.FUTURE:
        return anchored(env, lambda a: f"{a}TNI", "time")
    said_on = _day_said(env)
    if said_on is not None:  # "killed overnight, the governor said on Monday": Sunday night
        return f"{said_on - dt.timedelta(days=1)}TNI", "time"
    story_day = env.reference.story_day if env.reference else None
    if env.anchor and story_day and 0 < (env.anchor - story_day).days <= STORY_DAY_REACH:
        # a Monday report on Friday's trading: "overnight losses in New York" were Thursday's
        return f"{story_day - dt.timedelta(days=1)}TNI", "time"
    return anchored(env, lambda a: f"{a - dt.timedelta(days=1)}TNI", "time")


OVERNIGHT_INTO = re.compile(rf"\s+into\s+(?P<wd>{WEEKDAY})\b", re.IGNORECASE)


DAY_RULES = (
    make_rule("month_day", MONTH_DAY, month_day, MONTH_WORDS),
    make_rule("day_month", DAY_MONTH, month_day, MONTH_WORDS),
    make_rule("weekday", WEEKDAY_PHRASE, weekday),
    make_rule("relative_day", RELATIVE_DAY_PHRASE, relative_day),
)
