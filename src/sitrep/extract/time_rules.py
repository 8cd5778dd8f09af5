"""Handlers: each reads one rule's match and returns a TimeML (value, kind), or None to reject.

TimeBank's conventions decide the values; `time_calendar` does the arithmetic and `time_detect`
pairs each handler with its pattern.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_patterns import (
    DAY_MONTH,
    MONTH_ANY,
    MONTH_DAY,
    MONTH_FULL,
    MONTH_WORDS,
    ONES,
    ORDINALS,
    RELATIVE_DAY_PHRASE,
    TENS,
    WEEKDAY,
    WEEKDAY_PHRASE,
    Env,
    Groups,
    Value,
    anchored,
    capitalised,
    make_rule,
    word_number,
)


def iso_date(m: Groups, env: Env) -> Value | None:
    day = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (day.isoformat(), "date") if day else None


def slash_date(m: Groups, env: Env) -> Value | None:
    year = int(m["y"])
    year += 1900 if year < 100 and year >= 30 else 2000 if year < 100 else 0
    day = cal.safe_date(year, int(m["m"]), int(m["d"]))
    return (day.isoformat(), "date") if day else None


def month_day(m: Groups, env: Env) -> Value | None:
    if not capitalised(m.group(0), MONTH_ANY + "|" + WEEKDAY):
        return None
    month = cal.month_number(m["month"])
    day = int(re.sub(r"\D", "", m["day"]))
    if month is None:
        return None
    if m["year"]:
        found = cal.safe_date(int(m["year"]), month, day)
        return (found.isoformat(), "date") if found else None
    if env.anchor is None:
        return None
    found = cal.resolve_month_day(env.anchor, month, day, env.tense)
    return (found.isoformat() if found else None), "date"


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
    else:
        year = cal.resolve_month(env.anchor, month, env.tense)
    return cal.month_value(year, month), "date"


def bare_month(m: Groups, env: Env) -> Value | None:
    text = m["month"]
    if not text[0].isupper():
        return None
    if text.lower() == "may" and not re.search(
        r"(?:in|since|by|until|through|from|of|early|late|mid|before|after|during|last|next|this)[\s-]*$",
        env.before,
        re.IGNORECASE,
    ):
        return None
    if text.lower() == "march" and MARCH_AS_NAME.match(env.after):
        return None  # a procession: "the March for Life", "the March of the Mothers"
    return month_year(m, env)


MARCH_AS_NAME = re.compile(r"\s+(?:(?:for|on|against|to)\s+|of\s+the\s+)(?:the\s+)?[A-Z]")


def year(m: Groups, env: Env) -> Value | None:
    return m["year"], "date"


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


def decade(m: Groups, env: Env) -> Value | None:
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
    number = int(re.sub(r"\D", "", m["n"])) if m["n"][0].isdigit() else ordinal_word(m["n"])
    if not number:
        return None
    return f"{number - 1:02d}", "date"


def ordinal_word(word: str) -> int | None:
    words = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "twenty-first",
    ]
    word = word.lower()
    return words.index(word) + 1 if word in words else None


def quarter(m: Groups, env: Env) -> Value | None:
    text = m.group(0).lower()
    which = (m["q"] or "").lower()
    year = m["year"]
    if "half" in which or which in ("first-half", "second-half"):
        return half(m, env)
    if which in ORDINALS:
        number = ORDINALS[which]
        if year:
            return cal.quarter_value(int(year), number), "date"
        if env.anchor is None:
            return None, "date"
        value = cal.resolve_quarter(env.anchor, number, env.tense)
        return year_shift(value, text), "date"
    if env.anchor is None:
        return None, "date"
    if re.search(r"year.(?:ago|earlier)|a\s+year\s+(?:ago|earlier)|last\s+year", text):
        base = env.quarter_hint or cal.shift(env.anchor, "quarter", -1)
        return year_shift(base, "last year") if base else None, "date"
    if re.search(r"\b(?:this|current)\b", text):
        return cal.shift(env.anchor, "quarter", 0), "date"
    if "latest" in text:
        return cal.shift(env.anchor, "quarter", -1), "date"  # the last one reported: ended
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
    if env.tense == cal.FUTURE:
        return cal.shift(env.anchor, "quarter", 0), "date"
    return cal.shift(env.anchor, "quarter", -1), "date"


QUARTER_ENDED = re.compile(
    rf"\s+end(?:ed|ing)\s+(?P<month>{MONTH_ANY})\s+(?P<day>\d{{1,2}})\b", re.IGNORECASE
)


def quarter_ending(ended: re.Match[str], anchor: dt.date) -> str | None:
    """ "the quarter ended July 31": the calendar quarter holding most of its three months.

    A quarter ending in March is Q1, one ending in July (May to July) Q2, one ending in January
    the last year's Q4.
    """
    month = cal.month_number(ended["month"])
    day = cal.resolve_month_day(anchor, month, int(ended["day"]), cal.PAST) if month else None
    if day is None:
        return None
    number = (day.month + 1) // 3
    return cal.quarter_value(day.year, number) if number else cal.quarter_value(day.year - 1, 4)


def quarter_in_year(m: Groups, env: Env) -> Value | None:
    """ "the 1988 quarter", "the 1989 period": the quarter under discussion, in the year named."""
    if env.quarter_hint:
        return f"{m['year']}{env.quarter_hint[4:]}", "date"
    return m["year"], "date"


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
    rel = (m["rel"] or "").lower()
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    year = env.anchor.year
    if "last" in rel or "past" in rel or "previous" in rel:
        year -= 1 if start + 2 >= env.anchor.month else 0
    elif "next" in rel or "coming" in rel:
        year += 1 if start <= env.anchor.month else 0
    elif not rel:
        return cal.resolve_season(env.anchor, season, env.tense), "date"
    return f"{year:04d}-{season}", "date"


def weekday(m: Groups, env: Env) -> Value | None:
    text = m.group(0)
    if not capitalised(text, WEEKDAY):
        return None
    weekday = cal.weekday_number(m["wd"])
    part = cal.PARTS_OF_DAY.get((m["part"] or "").lower())
    if weekday is None or env.anchor is None:
        return None, "time" if part else "date"
    rel = (m["rel"] or "").lower()
    tense = cal.FUTURE if rel in ("next", "this coming", "coming") else env.tense
    day = cal.resolve_weekday(env.anchor, weekday, tense)
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


def relative_day(m: Groups, env: Env) -> Value | None:
    word = m["day"].lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(word, 0)
    text = m.group(0).lower()
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
    date_value: str | None = None
    if m["on"]:
        sub = match_date_phrase(m["on"], env)
        date_value = sub[0] if sub else None
    elif env.day_hint:
        date_value = env.day_hint
    elif env.reference is not None and env.reference.day is not None:
        date_value = env.reference.day.isoformat()
    elif env.anchor:
        date_value = env.anchor.isoformat()
    if date_value is None or len(date_value) != 10:
        return None, "time"
    zone = "Z" if re.search(r"UTC|GMT", m.group(0)) else ""
    return f"{date_value}T{clock}{zone}", "time"


def clock_value(text: str) -> str | None:
    text = text.lower().replace(" ", "")
    named = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}
    if text in named:
        return named[text]
    digits = re.match(r"(\d{1,2}):?(\d{2})?", text)
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
    """ "last week", "this month", "next year", "earlier this year", "the past year"."""
    rel = re.sub(r"^the\s+", "", m["rel"].lower())
    unit = m["unit"].lower()
    if unit == "fiscal year":
        unit = "year"
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
    if rel in ("this", "current"):
        return cal.current(env.anchor, unit), "date"
    if unit in ("decade", "century") and rel in ("past", "last", "next", "coming"):
        return cal.duration_value(1, unit), "duration"
    offset = -1 if rel in ("last", "past", "previous") else 1
    return cal.shift(env.anchor, unit, offset), "date"


def holiday(m: Groups, env: Env) -> Value | None:
    """ "Christmas", "Easter 1998", "Easter week" (the ISO week that holds the day)."""
    if not m.group(0)[0].isupper():
        return None
    day = _holiday_date(m["name"], m["year"], env)
    if day is None:
        return None, "date"
    return (cal.week_value(day) if m["week"] else day.isoformat()), "date"


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
    return this_year


def quarter_with_year(m: Groups, env: Env) -> Value | None:
    year = m["year"]
    if year:
        which = (m["q"] or "").lower()
        if which in ORDINALS:
            return cal.quarter_value(int(year), ORDINALS[which]), "date"
    return quarter(m, env)


def half_guard(m: Groups, env: Env) -> Value | None:
    text = m.group(0).lower()
    if not (m["year"] or "year" in text or text.startswith("the")):
        return None
    return half(m, env)


def season_guard(m: Groups, env: Env) -> Value | None:
    rel = (m["rel"] or "").lower()
    if m["season"].lower() == "fall" and not (rel or m["year"]):
        return None  # "fall" is mostly a verb
    return season(m, env)


def week_of(m: Groups, env: Env) -> Value | None:
    """ "the week of March 6": the ISO week holding that day."""
    day = month_day(m, env)
    if day is None or day[0] is None:
        return day
    return cal.week_value(dt.date.fromisoformat(day[0])), "date"


def weekend(m: Groups, env: Env) -> Value | None:
    """ "this weekend" is the report's own week's; "the weekend" the one the tense points to."""
    text = m.group(0).lower()
    if env.anchor is None:
        return None, "date"
    if text.startswith("this") and "past" not in text:
        return cal.week_value(env.anchor) + "-WE", "date"
    if text.startswith("next") or "coming" in text:
        return cal.shift(env.anchor, "weekend", 1), "date"
    tense = cal.PAST if text.startswith(("last", "this past")) else env.tense
    return cal.weekend_value(env.anchor, tense), "date"


def whole_year(m: Groups, env: Env) -> Value | None:
    """ "the full year", "the fiscal year", "year-end": the anchor's year (the last one, if "latest")."""
    text = m.group(0).lower()
    if re.search(r"\b(?:an?|each|every|per)\s+$", env.before, re.IGNORECASE):
        return None  # "changed from a fiscal year to a calendar year": a kind of year, not one
    if re.match(r"\s+end(?:ed|ing)\b", env.after):
        return "P1Y", "duration"  # "the fiscal year ended Jan. 31": twelve months
    if env.anchor is None:
        return None, "date"
    if "latest" in text:
        return str(env.anchor.year - 1), "date"
    return str(env.anchor.year), "date"


def year_ago(m: Groups, env: Env) -> Value | None:
    """ "year-earlier profit": the quarter named nearby a year back, else last year."""
    if env.quarter_hint:
        return f"{int(env.quarter_hint[:4]) - 1:04d}{env.quarter_hint[4:]}", "date"
    return anchored(env, lambda a: str(a.year - 1))


def part_any(m: Groups, env: Env) -> Value | None:
    """ "this morning", "last night", "tonight", "by mid-afternoon", "late evening yesterday"."""
    part = m["part"] or m["part2"] or m["part3"]
    rel = (m["rel"] or m["rel3"] or "").lower()
    if part.lower() in ("tonight", "overnight"):
        return anchored(env, lambda a: f"{a.isoformat()}TNI", "time")
    code = cal.PARTS_OF_DAY[part.lower()]
    offset = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
    if rel == "last" and code != "NI":
        offset = -1
    return anchored(env, lambda a: f"{(a + dt.timedelta(days=offset)).isoformat()}T{code}", "time")


DAY_RULES = (
    make_rule("month_day", MONTH_DAY, month_day, MONTH_WORDS),
    make_rule("day_month", DAY_MONTH, month_day, MONTH_WORDS),
    make_rule("weekday", WEEKDAY_PHRASE, weekday),
    make_rule("relative_day", RELATIVE_DAY_PHRASE, relative_day),
)
