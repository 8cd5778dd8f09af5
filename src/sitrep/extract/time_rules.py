"""The rules that find time expressions in text and turn each into a TimeML value.

Each rule pairs a regular expression with a handler that reads the match. Detection runs every
rule over the text and keeps the longest non-overlapping matches; normalisation of a given string
uses the first rule that matches all of it. TimeBank's conventions decide the spans: modifiers
("early", "the past", "nearly") belong to the expression, prepositions ("on", "in", "by") do not.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sitrep.extract import time_calendar as cal
from sitrep.model import TimeKind

Value = tuple[str | None, TimeKind]


@dataclass(frozen=True)
class Env:
    """What a handler may know besides the match: the anchor, the tense, the text just before."""

    anchor: dt.date | None
    tense: str | None = None
    before: str = ""
    quarter_hint: str | None = None  # the last quarter named nearby, for "a year earlier"
    day_hint: str | None = None  # the day named earlier in the sentence, for "at 3 p.m."


class Groups:
    """A match whose absent named groups read as "", so handlers can be shared across rules.

    "year" falls back to "year2": a quarter names its year before or after ("the 1989 third
    quarter", "the third quarter of 1989").
    """

    def __init__(self, m: re.Match[str]) -> None:
        self.m = m
        self.named = m.groupdict()

    def __getitem__(self, key: str) -> str:
        """The group's text, "" when the group is absent or did not take part."""
        if key == "year":
            return self.named.get("year") or self.named.get("year2") or ""
        return self.named.get(key) or ""

    def group(self, index: int = 0) -> str:
        return self.m.group(index)


Handler = Callable[[Groups, Env], "Value | None"]


@dataclass(frozen=True)
class Rule:
    """A pattern, its handler, and the words one of which every match contains (for speed)."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    triggers: frozenset[str]


# ---------------------------------------------------------------- vocabulary

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FUZZY = {"several", "few", "a few", "some", "many", "numerous"}

NUM_WORD = (
    "(?:"
    + "|".join(sorted(ONES + TENS + ["hundred", "thousand", "dozen"], key=len, reverse=True))
    + ")"
)
NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?!\d)|{NUM_WORD}(?:(?:-|\s+)(?:and\s+)?{NUM_WORD})*)"
)
HALF = r"(?:\s+and\s+a\s+half)"
COUNT = (
    rf"(?:{NUMBER}{HALF}?|\d+\s+\d/\d|an?{HALF}?|half\s+an?|a\s+couple\s+of|couple\s+of|"
    r"a\s+few|few|several|many|a\s+dozen|numerous)"
)
UNIT_SG = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|millennium)"
UNIT_PL = r"(?:seconds|minutes|hours|days|nights|weeks|weekends|months|quarters|years|decades|centuries|millennia)"
UNIT = rf"(?:{UNIT_PL}|{UNIT_SG})"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
MONTH_FULL = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
MONTH_ANY = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
PART = r"(?:morning|afternoon|evening|night)"
EDGE = r"(?:(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|around|about|before|after)(?:\s+|-))"
APPROX = (
    r"(?:about|around|approximately|nearly|almost|roughly|over|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|up\s+to|within|just\s+over|just\s+under|only|another|"
    r"an\s+additional|some)"
)
SEQ = r"(?:the\s+)?(?:past|last|next|first|following|coming|previous|latest|remaining|final|entire|full|whole)"
TZ = r"(?:\s*(?:\(\s*)?(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|local\s+time)(?:\s*[+-]\s*\d{1,2})?(?:\s*\))?)"
CLOCK = (
    r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|a\.m|p\.m)|(?:[01]?\d|2[0-3]):[0-5]\d"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:UTC|GMT))|noon|midnight|midday)"
)
RELATIVE_DAY = r"(?:today|yesterday|tomorrow|tonight)"

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}


def parse_number(text: str) -> float | None:
    """The number a count names ("three", "twenty-four", "2.5", "a couple of"); None if vague."""
    text = re.sub(r"\s+", " ", text.lower().strip())
    if text in FUZZY:
        return None
    if text in ("a", "an", "one"):
        return 1.0
    if text.endswith("couple of"):
        return 2.0
    if text.startswith("half"):
        return 0.5
    if text in ("a dozen", "dozen"):
        return 12.0
    half = 0.5 if text.endswith("and a half") else 0.0
    text = text.removesuffix("and a half").strip()
    if re.fullmatch(r"\d+ \d/\d", text):
        whole, frac = text.split()
        num, den = frac.split("/")
        return int(whole) + int(num) / int(den)
    text = text.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text) + half
    if text in ("a", "an"):
        return 1.0 + half
    number = _word_number(text)
    return number + half if number is not None else None


def _word_number(text: str) -> float | None:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text):
        if word == "and":
            continue
        if word in ONES:
            current += ONES.index(word)
        elif word in TENS:
            current += 10 * (TENS.index(word) + 2)
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total, current = total + max(current, 1) * 1000, 0
        elif word == "dozen":
            current = max(current, 1) * 12
        else:
            return None
    return float(total + current)


def _anchored(env: Env, make: Callable[[dt.date], str | None], kind: TimeKind = "date") -> Value:
    """A relative value: None without an anchor, never a guess."""
    return (make(env.anchor) if env.anchor else None), kind


def _capitalised(text: str, names: str) -> bool:
    """Month and weekday names must be capitalised ("may" is a verb, "march" a walk)."""
    return all(w[0].isupper() for w in re.findall(names, text, re.IGNORECASE))


# ---------------------------------------------------------------- handlers


def _iso_date(m: Groups, env: Env) -> Value | None:
    day = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (day.isoformat(), "date") if day else None


def _slash_date(m: Groups, env: Env) -> Value | None:
    year = int(m["y"])
    year += 1900 if year < 100 and year >= 30 else 2000 if year < 100 else 0
    day = cal.safe_date(year, int(m["m"]), int(m["d"]))
    return (day.isoformat(), "date") if day else None


def _month_day(m: Groups, env: Env) -> Value | None:
    if not _capitalised(m.group(0), MONTH_ANY + "|" + WEEKDAY):
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


def _month_year(m: Groups, env: Env) -> Value | None:
    if not _capitalised(m.group(0), MONTH_FULL):
        return None
    month = cal.month_number(m["month"])
    if month is None:
        return None
    if m["year"]:
        return cal.month_value(int(m["year"]), month), "date"
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


def _bare_month(m: Groups, env: Env) -> Value | None:
    text = m["month"]
    if not text[0].isupper():
        return None
    if text.lower() == "may" and not re.search(
        r"(?:in|since|by|until|through|from|of|early|late|mid|before|after|during|last|next|this)[\s-]*$",
        env.before,
        re.IGNORECASE,
    ):
        return None
    return _month_year(m, env)


def _year(m: Groups, env: Env) -> Value | None:
    return m["year"], "date"


def _spelled_year(m: Groups, env: Env) -> Value | None:
    words = m["year"].lower().split()
    if words[0] == "two":
        tail = [w for w in words[2:] if w != "and"]
        number = _word_number(" ".join(tail)) if tail else 0.0
        return (f"{2000 + int(number or 0):04d}", "date")
    century = ONES.index(words[0]) if words[0] in ONES else None
    years = _word_number(" ".join(words[1:]))
    if century is None or years is None:
        return None
    return f"{century * 100 + int(years):04d}", "date"


def _decade(m: Groups, env: Env) -> Value | None:
    text = m["decade"].lower()
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


def _century(m: Groups, env: Env) -> Value | None:
    number = int(re.sub(r"\D", "", m["n"])) if m["n"][0].isdigit() else _ordinal_word(m["n"])
    if not number:
        return None
    return f"{number - 1:02d}", "date"


def _ordinal_word(word: str) -> int | None:
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


def _quarter(m: Groups, env: Env) -> Value | None:
    text = m.group(0).lower()
    which = (m["q"] or "").lower()
    year = m["year"]
    if "half" in which or which in ("first-half", "second-half"):
        return _half(m, env)
    if which in ORDINALS:
        number = ORDINALS[which]
        if year:
            return cal.quarter_value(int(year), number), "date"
        if env.anchor is None:
            return None, "date"
        value = cal.resolve_quarter(env.anchor, number, env.tense)
        return _year_shift(value, text), "date"
    if env.anchor is None:
        return None, "date"
    if re.search(r"year.(?:ago|earlier)|a\s+year\s+(?:ago|earlier)|last\s+year", text):
        base = env.quarter_hint or cal.shift(env.anchor, "quarter", -1)
        return _year_shift(base, "last year") if base else None, "date"
    if re.search(r"\b(?:this|current)\b", text) or env.tense == cal.FUTURE:
        return cal.shift(env.anchor, "quarter", 0), "date"
    if re.search(r"\bnext\b", text):
        return cal.shift(env.anchor, "quarter", 1), "date"
    return cal.shift(env.anchor, "quarter", -1), "date"


def _year_shift(value: str | None, text: str) -> str | None:
    """Move a quarter value a year back or ahead when the phrase says "last/next year's"."""
    if value is None:
        return None
    if "last year" in text or "year-ago" in text or "year-earlier" in text:
        return f"{int(value[:4]) - 1:04d}{value[4:]}"
    if "next year" in text:
        return f"{int(value[:4]) + 1:04d}{value[4:]}"
    return value


def _half(m: Groups, env: Env) -> Value | None:
    number = 1 if "first" in m.group(0).lower() else 2
    if m["year"]:
        return f"{m['year']}-H{number}", "date"
    if env.anchor is None:
        return None, "date"
    year = env.anchor.year
    if env.tense != cal.FUTURE and number == 2 and env.anchor.month <= 6:
        year -= 1
    return f"{_year_shift(str(year), m.group(0).lower())}-H{number}", "date"


def _season(m: Groups, env: Env) -> Value | None:
    season = cal.SEASONS[m["season"].lower()]
    if m["year"]:
        return f"{m['year']}-{season}", "date"
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


def _weekday(m: Groups, env: Env) -> Value | None:
    text = m.group(0)
    if not _capitalised(text, WEEKDAY):
        return None
    weekday = cal.weekday_number(m["wd"])
    part = cal.PARTS_OF_DAY.get((m["part"] or "").lower())
    if weekday is None or env.anchor is None:
        return None, "time" if part else "date"
    rel = (m["rel"] or "").lower()
    tense = cal.FUTURE if rel in ("next", "this coming", "coming") else env.tense
    day = cal.resolve_weekday(env.anchor, weekday, tense)
    if rel in ("last", "this past", "past", "previous") and day >= env.anchor:
        day -= dt.timedelta(days=7)
    if rel == "next" and day == env.anchor:
        day += dt.timedelta(days=7)
    if part:
        return f"{day.isoformat()}T{part}", "time"
    return day.isoformat(), "date"


def _weekday_set(m: Groups, env: Env) -> Value | None:
    if not _capitalised(m.group(0), WEEKDAY):
        return None
    weekday = cal.weekday_number(m["wd"])
    part = cal.PARTS_OF_DAY.get((m["part"] or "").lower())
    value = f"XXXX-WXX-{(weekday or 0) + 1}" + (f"T{part}" if part else "")
    return value, "set"


def _relative_day(m: Groups, env: Env) -> Value | None:
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


def _part_of_day(m: Groups, env: Env) -> Value | None:
    """ "this morning", "last night", "overnight": a part of the anchor day (or the one before)."""
    rel = (m["rel"] or "").lower()
    part = cal.PARTS_OF_DAY[m["part"].lower()]
    offset = -1 if rel == "last" else 0
    return _anchored(env, lambda a: f"{(a + dt.timedelta(days=offset)).isoformat()}T{part}", "time")


def _clock(m: Groups, env: Env) -> Value | None:
    clock = _clock_value(m["clock"])
    if clock is None:
        return None
    date_value: str | None = None
    if m["on"]:
        sub = _match_date_phrase(m["on"], env)
        date_value = sub[0] if sub else None
    elif env.day_hint:
        date_value = env.day_hint
    elif env.anchor:
        date_value = env.anchor.isoformat()
    if date_value is None or len(date_value) != 10:
        return None, "time"
    zone = "Z" if re.search(r"UTC|GMT", m.group(0)) else ""
    return f"{date_value}T{clock}{zone}", "time"


def _clock_value(text: str) -> str | None:
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


def _match_date_phrase(text: str, env: Env) -> Value | None:
    for rule in DAY_RULES:
        m = rule.pattern.fullmatch(text.strip())
        if m:
            return rule.handler(Groups(m), env)
    return None


def _relative_unit(m: Groups, env: Env) -> Value | None:
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


def _duration(m: Groups, env: Env) -> Value | None:
    text = m.group(0).lower()
    if re.search(r"-old|\bold\b", text):
        return None
    unit = cal.unit_of(m["unit"])
    amount = parse_number(m["count"]) if m["count"] else None
    if not m["count"] and not m["unit"].lower().endswith("s"):
        amount = 1.0
    if unit not in cal.UNITS:
        return None
    return cal.duration_value(amount, unit), "duration"


def _set_per(m: Groups, env: Env) -> Value | None:
    unit = cal.unit_of(m["unit"])
    value = cal.duration_value(1, unit)
    return value, "set"


def _set_adverb(m: Groups, env: Env) -> Value | None:
    word = m.group(0).lower()
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


def _ago(m: Groups, env: Env) -> Value | None:
    unit = cal.unit_of(m["unit"])
    amount = (
        parse_number(m["count"])
        if m["count"]
        else (1.0 if not m["unit"].lower().endswith("s") else None)
    )
    direction = m["dir"].lower()
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    if amount is None:
        return ("FUTURE_REF" if sign > 0 else "PAST_REF"), "date"
    if env.anchor is None:
        return None, "date"
    steps = int(amount) if amount >= 1 else 0
    if unit == "year" and steps == 1 and env.quarter_hint and direction in ("ago", "earlier"):
        return f"{int(env.quarter_hint[:4]) - 1:04d}{env.quarter_hint[4:]}", "date"
    if unit in ("decade", "century"):
        return f"{env.anchor.year + sign * steps * cal.UNITS[unit][1]:04d}", "date"
    return cal.shift(env.anchor, unit, sign * steps), "date"


def _ref(value: str) -> Handler:
    def handler(m: Groups, env: Env) -> Value | None:
        return value, "date"

    return handler


def _holiday(m: Groups, env: Env) -> Value | None:
    if not m.group(0)[0].isupper():
        return None
    name = m["name"]
    if m["year"]:
        found = cal.holiday(name, int(m["year"]))
        return (found.isoformat() if found else None), "date"
    if env.anchor is None:
        return None, "date"
    this_year = cal.holiday(name, env.anchor.year)
    if this_year is None:
        return None, "date"
    if env.tense == cal.PAST and this_year > env.anchor:
        this_year = cal.holiday(name, env.anchor.year - 1) or this_year
    elif env.tense == cal.FUTURE and this_year < env.anchor:
        this_year = cal.holiday(name, env.anchor.year + 1) or this_year
    return this_year.isoformat(), "date"


def _quarter_with_year(m: Groups, env: Env) -> Value | None:
    year = m["year"]
    if year:
        which = (m["q"] or "").lower()
        if which in ORDINALS:
            return cal.quarter_value(int(year), ORDINALS[which]), "date"
    return _quarter(m, env)


def _half_guard(m: Groups, env: Env) -> Value | None:
    text = m.group(0).lower()
    if not (m["year"] or "year" in text or text.startswith("the")):
        return None
    return _half(m, env)


def _season_guard(m: Groups, env: Env) -> Value | None:
    rel = (m["rel"] or "").lower()
    if m["season"].lower() == "fall" and not (rel or m["year"]):
        return None  # "fall" is mostly a verb
    return _season(m, env)


def _weekend(m: Groups, env: Env) -> Value | None:
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


def _whole_year(m: Groups, env: Env) -> Value | None:
    """ "the full year", "the fiscal year", "year-end": the anchor's year (the last one, if "latest")."""
    text = m.group(0).lower()
    if env.anchor is None:
        return None, "date"
    if "latest" in text:
        return str(env.anchor.year - 1), "date"
    return str(env.anchor.year), "date"


def _year_ago(m: Groups, env: Env) -> Value | None:
    """ "year-earlier profit": the quarter named nearby a year back, else last year."""
    if env.quarter_hint:
        return f"{int(env.quarter_hint[:4]) - 1:04d}{env.quarter_hint[4:]}", "date"
    return _anchored(env, lambda a: str(a.year - 1))


def _weekday_set_any(m: Groups, env: Env) -> Value | None:
    wd = m["wd"] or m["wd2"]
    if not wd[0].isupper():
        return None
    weekday = cal.weekday_number(wd)
    part = cal.PARTS_OF_DAY.get((m["part"] or "").lower())
    return f"XXXX-WXX-{(weekday or 0) + 1}" + (f"T{part}" if part else ""), "set"


def _set_per_guard(m: Groups, env: Env) -> Value | None:
    """ "a year" is a rate only after an amount ("$5 a day", "twice a week"), and "per year" always."""
    if m.group(0).lower().startswith("per") or re.search(
        r"(?:\d|million|billion|hundred|thousand|twice|once|times|percent|%)\s*$",
        env.before,
        re.IGNORECASE,
    ):
        return _set_per(m, env)
    return None


def _plural_duration(m: Groups, env: Env) -> Value | None:
    text = m.group(0).lower()
    if text.startswith("recent"):
        return "PAST_REF", "date"
    if re.search(r"\bold\b", env.before[-4:]) or re.search(r"\d\s*$", env.before):
        return None
    return cal.duration_value(None, cal.unit_of(m["unit"])), "duration"


def _part_any(m: Groups, env: Env) -> Value | None:
    part = m["part"] or m["part2"]
    rel = (m["rel"] or "").lower()
    if part.lower() in ("tonight", "overnight"):
        return _anchored(env, lambda a: f"{a.isoformat()}TNI", "time")
    code = cal.PARTS_OF_DAY[part.lower()]
    offset = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
    if rel == "last" and code != "NI":
        offset = -1
    return _anchored(env, lambda a: f"{(a + dt.timedelta(days=offset)).isoformat()}T{code}", "time")


def _past_ref_guard(m: Groups, env: Env) -> Value | None:
    text = m.group(0).lower()
    if text == "past":
        return None  # "past" alone is a preposition or an adjective
    return "PAST_REF", "date"


def _future_ref_guard(m: Groups, env: Env) -> Value | None:
    text = m.group(0).lower()
    if text in ("soon",) and re.search(r"\bas\s*$", env.before, re.IGNORECASE):
        return None  # "as soon as Sunday": the weekday is the expression
    if text.startswith("coming"):
        return cal.duration_value(None, cal.unit_of(text.split()[-1])), "duration"
    return "FUTURE_REF", "date"


# ---------------------------------------------------------------- the rules


def _rule(name: str, pattern: str, handler: Handler, triggers: str = "") -> Rule:
    """A rule; `triggers` (space-separated) overrides the words read off the pattern."""
    compiled = re.compile(rf"(?<![\w$£€-]){pattern}(?![\w]|-\w)", re.IGNORECASE)
    words = frozenset(triggers.split()) if triggers else _triggers(pattern)
    return Rule(name, compiled, handler, words)


# Words that only ever modify an expression whose core is another word or a number.
STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "s",
        "at",
        "in",
        "on",
        "to",
        "or",
        "about",
        "after",
        "before",
        "around",
        "approximately",
        "early",
        "late",
        "mid",
        "end",
        "beginning",
        "start",
        "middle",
        "rest",
        "earlier",
        "later",
        "this",
        "last",
        "next",
        "past",
        "coming",
        "previous",
        "following",
        "current",
        "first",
        "second",
        "third",
        "fourth",
        "final",
        "latest",
        "entire",
        "full",
        "whole",
        "just",
        "only",
        "another",
        "additional",
        "some",
        "more",
        "less",
        "than",
        "fewer",
        "least",
        "up",
        "within",
        "over",
        "under",
        "nearly",
        "almost",
        "roughly",
        "bit",
        "little",
        "fiscal",
        "calendar",
        "same",
        "comparable",
        "flat",
        "its",
        "year's",
        "sometime",
        "time",
    ]
)


def _triggers(pattern: str) -> frozenset[str]:
    """The literal words (and "#" for a digit) of a pattern: a line without any cannot match.

    Every rule needs a content word or a digit, so leaving out function words keeps this safe.
    """
    bare = re.sub(r"\(\?P<\w+>|\(\?[:=!<]+|\\[sdwbSDWB]|\{[^}]*\}", " ", pattern)
    words = set(re.findall(r"[a-z]+", bare.lower())) - STOPWORDS
    if "\\d" in pattern or "[0-" in pattern or "[1-" in pattern or "[12]" in pattern:
        words.add("#")
    return frozenset(words)


MONTH_DAY = (
    rf"(?:{WEEKDAY},?\s+)?(?:{EDGE})?(?P<month>{MONTH_ANY})\s+(?P<day>{DAYNUM})(?!\d|\s*[-–]\s*\d|:)"
    rf"(?:(?:\s*,)?\s+(?P<year>{YEAR4})(?!\d))?"
)
DAY_MONTH = (
    rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<month>{MONTH_FULL}|{MONTH_ABBR})"
    rf"(?:(?:\s*,)?\s+(?P<year>{YEAR4})(?!\d))?"
)
WEEKDAY_PHRASE = (
    rf"(?:(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past|previous)\s+|(?:early|late|earlier|later)\s+)?"
    rf"(?P<wd>{WEEKDAY})(?:['’]s)?(?:\s+(?P<part>{PART}))?"
)
RELATIVE_DAY_PHRASE = (
    rf"(?:(?:early|late|earlier|later|the\s+day\s+(?:before|after))\s+)?(?P<day>{RELATIVE_DAY})"
    rf"(?:\s+(?P<part>{PART}))?"
)

MONTH_WORDS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sept sep oct nov dec"
)
UNIT_WORDS = (
    " ".join(cal.UNITS)
    + " seconds minutes hours days nights weeks weekends months quarters years decades centuries millennia"
)

DAY_RULES = (
    _rule("month_day", MONTH_DAY, _month_day, MONTH_WORDS),
    _rule("day_month", DAY_MONTH, _month_day, MONTH_WORDS),
    _rule("weekday", WEEKDAY_PHRASE, _weekday),
    _rule("relative_day", RELATIVE_DAY_PHRASE, _relative_day),
)

RULES: tuple[Rule, ...] = (
    _rule("iso_date", r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)", _iso_date),
    _rule(
        "slash_date",
        r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d{2})",
        _slash_date,
    ),
    *DAY_RULES,
    _rule(
        "clock",
        rf"(?:(?:around|about|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
        rf"(?P<clock>{CLOCK}){TZ}?"
        rf"(?:,?\s+(?:on\s+)?(?P<on>{WEEKDAY}|{RELATIVE_DAY}|{MONTH_ANY}\s+{DAYNUM}(?:,?\s+{YEAR4})?))?",
        _clock,
        "# noon midnight midday",
    ),
    _rule(
        "month_year",
        rf"(?:{EDGE})?(?P<month>{MONTH_FULL}|{MONTH_ABBR})(?:\s+of)?,?\s+(?:(?P<year>{YEAR4})|(?P<rel>(?:this|last|next)\s+year))(?!\d)",
        _month_year,
        MONTH_WORDS,
    ),
    _rule(
        "rel_month",
        rf"(?:{EDGE})?(?P<rel>last|next|this\s+past|this\s+coming|this|past|coming)\s+(?P<month>{MONTH_FULL})",
        _month_year,
    ),
    _rule("month", rf"(?:(?P<rel>){EDGE})?(?P<month>{MONTH_FULL})", _bare_month),
    _rule(
        "quarter",
        r"(?:(?:the|its|a|this\s+year's|last\s+year's|next\s+year's|(?:the\s+)?(?P<year>(?:19|20)\d\d))\s+)?"
        r"(?:(?:fiscal|calendar|latest|current|comparable|year-earlier|year-ago|same|flat|final)[\s-]+)*"
        r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter"
        rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year2>{YEAR4})|this\s+year|last\s+year|next\s+year))?",
        lambda m, env: _quarter_with_year(m, env),
        "quarter",
    ),
    _rule(
        "quarter_relative",
        r"(?:the\s+)?(?:(?:latest|current|comparable|year-earlier|year-ago|same|last|this|next|fiscal)[\s-]+)+(?P<q>)quarter"
        r"(?:\s+(?:a\s+year\s+(?:ago|earlier)|of\s+last\s+year|last\s+year))?(?P<year>)"
        r"|the\s+quarter(?:\s+a\s+year\s+(?:ago|earlier))?"
        r"|the\s+(?:year-earlier|year-ago|comparable|same)\s+period(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?"
        r"|the\s+same\s+period\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)"
        r"|the\s+latest\s+period",
        lambda m, env: _quarter_with_year(m, env),
        "quarter period",
    ),
    _rule(
        "half",
        rf"(?:the\s+)?(?P<q>first|second|last)[\s-]+half(?:\s+of\s+(?:(?P<year>{YEAR4})|this\s+year|last\s+year|next\s+year))?",
        _half_guard,
        "half",
    ),
    _rule(
        "season",
        rf"(?:{EDGE})?(?:(?P<rel>last|this\s+past|this\s+coming|this|next|past|coming|the)\s+)?"
        rf"(?P<season>spring|summer|fall|autumn|winter)(?:\s+of)?(?:\s+(?P<year>{YEAR4}))?",
        _season_guard,
        "spring summer fall autumn winter",
    ),
    _rule(
        "holiday",
        r"(?P<name>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]?s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?"
        r"|Easter(?:\s+Sunday)?|Election\s+Day|Independence\s+Day|Halloween|Valentine['’]s\s+Day|Boxing\s+Day)"
        rf"(?:\s+(?P<year>{YEAR4}))?",
        _holiday,
    ),
    _rule(
        "decade",
        rf"(?:the\s+)?(?:{EDGE})?(?P<decade>(?:1[5-9]|20)\d0['’]?s|['’]\d0s|(?:the\s+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
        _decade,
    ),
    _rule(
        "century",
        r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|(?:twenty-)?first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)[\s-]+century",
        _century,
        "century",
    ),
    _rule(
        "spelled_year",
        r"(?:the\s+year\s+)?(?P<year>(?:nineteen|eighteen)\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
        r"|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)",
        _spelled_year,
    ),
    _rule(
        "year",
        rf"(?:(?:{EDGE}|(?:fiscal|calendar|the\s+year|(?:the\s+)?(?:end|beginning|start|middle)\s+of|post|pre)(?:\s+|-))*(?:fiscal\s+)?)?"
        rf"(?P<year>{YEAR4})(?!\s*(?:%|percent|[-–]\d|\.\d|,\d|:\d|\s*(?:[a-z]+\s+)?(?:people|troops|soldiers|jobs|units|employees|workers|cars|votes|years|acres|miles|kilometers|km|tons|tonnes|feet|meters|members|delegates|residents|homes|points|shares|dollars|euros|men|women|children|civilians)\b))",
        _year,
        "#",
    ),
    _rule(
        "ago",
        rf"(?:(?:{APPROX}|a\s+little|a\s+bit)\s+)?(?P<count>{COUNT})?[\s-]*(?P<unit>{UNIT})\s+"
        r"(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|hence)(?!\s+(?:than|that|in\s+the))",
        _ago,
        "ago earlier later now hence",
    ),
    _rule("weekend", r"(?:the|this|last|next|this\s+past|this\s+coming)\s+weekend", _weekend),
    _rule(
        "whole_year",
        r"(?:the\s+)?(?:(?:full|entire|whole|current|latest|fiscal|calendar)\s+)+year"
        r"|(?:the\s+end\s+of\s+(?:the|this)\s+year|year[\s-]end|year['’]s\s+end|earlier\s+in\s+the\s+year)",
        _whole_year,
    ),
    _rule(
        "year_ago",
        r"(?:year-earlier|year-ago)(?!\s+(?:quarter|period|third|second|first|fourth|nine))",
        _year_ago,
    ),
    _rule(
        "relative_unit",
        r"(?:(?:earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|sometime|some\s+time)\s+)?"
        r"(?P<rel>this|last|next|past|coming|previous|current|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+current|the\s+previous)\s+"
        r"(?P<unit>week|weekend|month|quarter|year|fiscal\s+year|decade|century)(?!-)",
        _relative_unit,
    ),
    _rule(
        "duration",
        rf"(?:(?:{APPROX})\s+(?!the\b))?(?:(?:{SEQ}|the)\s+)?(?:(?P<count>{COUNT})(?:\s+|-))"
        rf"(?:(?:more|additional|straight|consecutive|full|trading|business|long|short|whole)\s+)?(?P<unit>{UNIT})(?:-long)?(?:\s+or\s+so)?",
        _duration,
        UNIT_WORDS,
    ),
    _rule(
        "duration_plural",
        rf"(?:(?:{SEQ}|the|recent|coming)\s+)?(?P<count>)(?P<unit>years|months|weeks|decades|hours|minutes|centuries)(?:-long)?",
        _plural_duration,
    ),
    _rule("set_every", rf"(?:every|each)\s+(?:other\s+)?(?P<unit>{UNIT_SG})", _set_per),
    _rule(
        "set_weekday",
        rf"(?:(?:every|each)\s+(?P<wd>{WEEKDAY})|(?P<wd2>{WEEKDAY})s)(?:\s+(?P<part>{PART})s?)?",
        lambda m, env: _weekday_set_any(m, env),
    ),
    _rule(
        "set_per", r"(?:per|a)\s+(?P<unit>year|month|week|day|hour)(?=\s|\.|,|;|$)", _set_per_guard
    ),
    _rule(
        "set_adverb",
        r"hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly",
        _set_adverb,
    ),
    _rule(
        "part_of_day",
        rf"(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part>{PART})|(?P<rel2>)(?P<part2>tonight|overnight)",
        lambda m, env: _part_any(m, env),
    ),
    _rule(
        "present_ref",
        r"right\s+now|just\s+now|now|currently|current|at\s+present|presently|nowadays|these\s+days|the\s+time\s+being|the\s+present(?:\s+time)?|the\s+moment",
        _ref("PRESENT_REF"),
        "now currently current present presently nowadays days being moment",
    ),
    _rule(
        "past_ref",
        r"recently|recent|lately|previously|formerly|(?:the\s+)?past|recent\s+(?:years|months|weeks|days|times)",
        _past_ref_guard,
        "recently recent lately previously formerly past",
    ),
    _rule(
        "future_ref",
        r"(?:the\s+)?(?:near\s+|distant\s+|foreseeable\s+)?future|soon|shortly|as\s+soon\s+as\s+possible|the\s+(?:near|long|short|medium)\s+(?:term|run)|(?:near|long|short)-term|a\s+later\s+date|coming\s+(?:years|months)",
        _future_ref_guard,
        "future soon shortly possible term run date months years",
    ),
)


# ---------------------------------------------------------------- detection


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def candidates(text: str) -> Iterator[Found]:
    """Every rule's matches over `text`, overlapping ones included.

    No expression spans a line break and every match holds one of its rule's trigger words, so a
    rule is tried only at the few word starts just before such a word: most text is never scanned.
    """
    for line in re.finditer(r"[^\n]+", text):
        tried: set[tuple[int, int]] = set()
        word_starts: list[int] | None = None
        for word, position in _trigger_positions(line.group(0), line.start()):
            indexes = RULES_BY_WORD.get(word, ()) or RULES_BY_WORD.get(word[:-1], ())
            if not indexes:
                continue
            if word_starts is None:
                word_starts = [
                    m.start() for m in WORD_START.finditer(text, line.start(), line.end())
                ]
            first = bisect.bisect_left(word_starts, position - REACH_BACK)
            last = bisect.bisect_right(word_starts, position)
            for start in word_starts[first:last]:
                for index in indexes:
                    if (index, start) in tried:
                        continue
                    tried.add((index, start))
                    m = RULES[index].pattern.match(text, start, line.end())
                    if m:
                        yield Found(m.start(), m.end(), RULES[index], m)


def _trigger_positions(line: str, offset: int) -> Iterator[tuple[str, int]]:
    """(trigger word, position) for each trigger word or number in the line; fast set tests first."""
    lowered = line.lower()
    if len(lowered) != len(line):  # a rare character whose lower case is longer
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in line)
    for word in TRIGGER_WORDS.intersection(LETTERS.findall(lowered)):
        size, at = len(word), lowered.find(word)
        while at != -1:
            end = at + size
            if (
                (at == 0 or not lowered[at - 1].isalpha())
                and (end == size + at)
                and (end == len(lowered) or not lowered[end].isalpha())
            ):
                yield word, offset + at
            at = lowered.find(word, end)
    if "#" in RULES_BY_WORD:
        for m in DIGITS.finditer(line):
            yield "#", offset + m.start()


def _index_triggers(rules: tuple[Rule, ...]) -> dict[str, tuple[int, ...]]:
    by_word: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for word in rule.triggers:
            by_word.setdefault(word, []).append(i)
    return {word: tuple(indexes) for word, indexes in by_word.items()}


RULES_BY_WORD = _index_triggers(RULES)
# Trigger words as they stand in text, plurals included ("Fridays", "quarters").
TRIGGER_WORDS = frozenset(w for word in RULES_BY_WORD if word != "#" for w in (word, word + "s"))
LETTERS = re.compile(r"[a-z]+")
DIGITS = re.compile(r"\d+")
RULE_ORDER = {id(rule): i for i, rule in enumerate(RULES)}
REACH_BACK = 50  # the longest lead before a trigger word: "the beginning of fiscal 1990"
WORD_START = re.compile(r"(?<![\w$£€-])[\w'’]")


def select(found: list[Found]) -> list[Found]:
    """The longest matches that do not overlap, in text order (earlier rules win ties)."""
    ranked = sorted(found, key=lambda f: (-(f.end - f.start), f.start, RULE_ORDER[id(f.rule)]))
    taken: list[Found] = []
    for f in ranked:
        if all(f.end <= t.start or t.end <= f.start for t in taken):
            taken.append(f)
    return sorted(taken, key=lambda f: f.start)


def normalize_match(found: Found, env: Env) -> Value | None:
    """The value of a detected expression, or None when its rule rejects it on a closer look."""
    return found.rule.handler(Groups(found.match), env)


def normalize_text(text: str, env: Env) -> Value | None:
    """The value of a whole string read as one time expression, or None if no rule covers it."""
    stripped = text.strip()
    for rule in RULES:
        m = rule.pattern.fullmatch(stripped)
        if m:
            result = rule.handler(Groups(m), env)
            if result is not None:
                return result
    return None
