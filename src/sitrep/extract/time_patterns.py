"""The vocabulary of time expressions: lexicons, pattern pieces and the types rules share.

`time_rules` holds the handlers that read a match (`time_named` those for named periods such as
quarters and holidays, `time_durations` those for counted stretches, `time_vague` those for sets
and vague references), `time_detect` the table of rules and the scan over text, `time_reference`
the running reference date for anaphoric expressions ("that day").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.extract import time_calendar as cal
from sitrep.extract.numbers import AND_AFTER_SCALE
from sitrep.model import TimeKind

if TYPE_CHECKING:
    from sitrep.extract.time_reference import Reference

Value = tuple[str | None, TimeKind]


@dataclass(frozen=True)
class Env:
    """What a handler may know besides the match: the anchor, the tense, the text just before."""

    anchor: dt.date | None
    tense: str | None = None
    looking_back: bool = False  # wholly before the report: "since January", "had ... by June"
    before: str = ""
    after: str = ""  # the text just after, for "Now, ..." and "soon after"
    quarter_hint: str | None = None  # the last quarter named nearby, for "a year earlier"
    # the results stretch named since ("For the nine months": "P9M"), for "the year-earlier period"
    stretch_hint: str | None = None
    day_hint: str | None = None  # the day named earlier in the sentence, for "at 3 p.m."
    year_hint: str | None = None  # the year named earlier in the sentence, for "a year earlier"
    month_hint: str | None = None  # the month named earlier in the sentence, likewise
    # the year a sentence opens with ("In 2011, ...", "Last year, ..."): its months are that year's
    year_frame: str | None = None
    reference: Reference | None = None  # the last date the text named, for "that day"
    # the last day named lies paragraphs back: a bare "shortly before midnight" is the night of
    # the day the story is about again, not that day's
    reference_far: bool = False
    clock: str | None = None  # the live-blog item's time stamp, for "two hours ago"
    # whether the clause holding the expression tells of a habit, read from the parse on demand
    clause_habit: Callable[[], bool | None] | None = None


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
    rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?!\d)"
    rf"|{NUM_WORD}(?:(?:{AND_AFTER_SCALE}|-|\s+){NUM_WORD})*)"
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
# A day of the month read out, as broadcast transcripts and quotes write it: "March eighth",
# "the twenty-first of November".
DAY_ORDINAL_WORDS = (
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
)
DAY_ORDINALS = {word: n for n, word in enumerate(DAY_ORDINAL_WORDS, start=1)} | {"thirtieth": 30}
DAY_WORD = (
    rf"(?:(?:twenty|thirty)[\s-]+)?(?:{'|'.join(DAY_ORDINAL_WORDS[:9])})"
    rf"|{'|'.join(DAY_ORDINAL_WORDS[9:])}|thirtieth"
)
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
# A year read out, as broadcast transcripts write it: "nineteen ninety-four", "two thousand and one".
SPELLED_YEAR = (
    r"(?:nineteen|eighteen)\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?"
)
PART = r"(?:morning|afternoon|evening|night)"
EDGE = r"(?:(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|around|about)(?:\s+|-))"
# Modifiers that belong to a duration's span. "within" does not: TimeML takes it for a signal,
# a preposition like "for" ("within [two weeks]").
APPROX = (
    r"(?:about|around|approximately|nearly|almost|roughly|over|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|up\s+to|just\s+over|just\s+under|only|another|"
    r"an\s+additional|some)"
)
# "last" after a modal or "to" is the verb: "would last several weeks" counts weeks ahead.
VERB_LAST = "".join(
    rf"(?<!\b{word}\s)"
    for word in ("to", "will", "would", "could", "can", "may", "might", "should", "must", "not")
)
SEQ = (
    rf"(?:the\s+)?(?:past|{VERB_LAST}last|next|first|following|coming|previous|latest|remaining"
    r"|final|entire|full|whole|year-earlier|year-ago)"
)
ZONE = (
    r"(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|BST|CET|CEST|EET|EEST|MSK|IST|JST|AEST"
    r"|AEDT|local\s+time|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?\s+time)"
    r"(?![a-z])(?:\s*[+-]\s*\d{1,2})?"
)
# A zone after the clock, bracketed whole ("6:40 p.m. (GMT +8)") or bare ("(1200 GMT)": the
# bracket closing there is the restatement's, no part of the time).
TZ = rf"(?:\s*(?:\(\s*{ZONE}\s*\)|{ZONE}))"
CLOCK = (
    # British papers write "10.30am" and "21.40 GMT": a dot is a clock's only before am, pm or a zone
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|a\.m|p\.m)|(?:[01]?\d|2[0-3]):[0-5]\d"
    r"|(?:[01]\d|2[0-3])\.?[0-5]\d(?=\s*(?:UTC|GMT))|noon|midnight|midday"
    # "at 4 in the morning": an hour the part of the day places, after "at" (else a count)
    r"|(?<=\bat\s)(?:1[0-2]|[1-9])(?::[0-5]\d)?\s+in\s+the\s+(?:morning|afternoon|evening))"
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
    "final": 4,  # "the final quarter of 2009"
}


def day_of_month(digits: str, word: str) -> int:
    """The day a match names, written in figures ("8th") or read out ("twenty-first")."""
    if digits:
        return int(re.sub(r"\D", "", digits))
    tens, _, ones = re.sub(r"[\s-]+", " ", word.lower()).rpartition(" ")
    return {"": 0, "twenty": 20, "thirty": 30}[tens] + DAY_ORDINALS[ones]


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
    number = word_number(text)
    return number + half if number is not None else None


def word_number(text: str) -> float | None:
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


def anchored(env: Env, make: Callable[[dt.date], str | None], kind: TimeKind = "date") -> Value:
    """A relative value: None without an anchor, never a guess."""
    return (make(env.anchor) if env.anchor else None), kind


def capitalised(text: str, names: str) -> bool:
    """Month and weekday names must be capitalised ("may" is a verb, "march" a walk)."""
    return all(w[0].isupper() for w in re.findall(names, text, re.IGNORECASE))


# A capitalised word next to another one is part of a name ("the Daily Mail", "the Weekly
# Standard", "Breitbart News Daily", "21st Century Fox").
NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")
NAME_BEFORE = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+$")


def in_name(word: str, env: Env) -> bool:
    """Whether a time word written with a capital stands in a name rather than for a time."""
    return word[0].isupper() and bool(
        NAME_GOES_ON.match(env.after) or NAME_BEFORE.search(env.before)
    )


# ---------------------------------------------------------------- rule building


def make_rule(name: str, pattern: str, handler: Handler, triggers: str = "") -> Rule:
    """A rule; `triggers` (space-separated) overrides the words read off the pattern."""
    # The group keeps the word-edge guards on every alternative, not the first and last only.
    compiled = re.compile(rf"(?<![\w$£€-])(?:{pattern})(?![\w]|-\w)", re.IGNORECASE)
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


# The weekday before a date, with its own pointer ("this coming Sunday, March 8"): one
# expression, the pointer saying on which side of the report the date lies.
DAY_WEEKDAY = rf"(?:(?P<wd_rel>(?:this\s+)?(?:coming|past)|next|last|this)\s+)?{WEEKDAY},?\s+"
# A day's year, written out or counted from the report's: "Oct. 7, 2023", "Oct. 7 last year".
DAY_YEAR = rf"(?:(?:\s*,)?\s+(?P<year>{YEAR4})(?!\d)|\s+(?P<year_rel>last|next|this)\s+year)?"
MONTH_DAY = (
    rf"(?:{DAY_WEEKDAY})?(?:{EDGE})?(?P<month>{MONTH_ANY})\s+"
    rf"(?:(?P<day>{DAYNUM})(?!\d|\s*[-–]\s*\d|:\d)|(?P<day_word>{DAY_WORD}))" + DAY_YEAR
)
# A day read out takes "the ... of" ("the eighth of March"): "the second March" is no date.
DAY_MONTH = (
    rf"(?:{DAY_WEEKDAY})?(?:(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?|the\s+(?P<day_word>{DAY_WORD})\s+of)"
    rf"\s+(?P<month>{MONTH_FULL}|{MONTH_ABBR})" + DAY_YEAR
)
# "overnight Friday" and "Friday overnight" are Friday's night, as "Friday night" is.
# "Earlier Friday" is "earlier on Friday": the adverb places the event, not the day, and TimeBank
# leaves it out (4 of 5); "late Monday" is the day's end and stays in.
WEEKDAY_PHRASE = (
    rf"(?:(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past|previous)\s+|(?:early|late)\s+"
    rf"|(?P<overnight>overnight)\s+)?"
    rf"(?P<wd>{WEEKDAY})(?:['’]s)?(?:\s+(?P<part>{PART}|overnight))?"
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
