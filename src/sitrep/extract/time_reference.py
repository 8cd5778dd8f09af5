"""The running reference date: what "that day", "the following year" or "later that month" mean.

TimeML anchors such anaphoric expressions to the last date the narrative named, not to the
publication date (HeidelTime keeps the same running reference per document). `Reference` keeps
the latest day, month and year named so far; without one, the publication date stands in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_patterns import (
    DAYNUM,
    MONTH_ANY,
    WEEKDAY,
    YEAR4,
    Env,
    Groups,
    Value,
)
from sitrep.extract.time_report_days import goes_on_as, reported_same_day
from sitrep.extract.time_rules import match_date_phrase
from sitrep.extract.time_tense import SETTLED_PAST

# A year, quarter, month or day, or a time of a day ("2024-03-31T05:00": that day).
ABSOLUTE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d)(?:T[\w:]+)?)?|-Q(?P<q>[1-4]))?")


@dataclass
class Reference:
    """The latest day, month, quarter and year the text has named (each as a TimeML value).

    `story_day` is the latest day named at all: a month or year named in passing ("jobs lost in
    March", "the highest since 1983") clears `day` but leaves the day the story is telling.
    `past_day` is the latest day named that is not after the report; `lead_day` the first day
    named before it, the day the story is about (the days it was told on, "said on Tuesday",
    are the report's own). `scene_day` is the latest day named that dates what the story narrates,
    not a report or a revised toll ("said on Friday", "rose to 61 on Friday": `time_report_days`).
    `speaker` is the pronoun the speaker of the latest day, a report's, told of their own acts by
    ("The mayor said on Friday that she ...": "she").
    """

    day: dt.date | None = None
    month: tuple[int, int] | None = None
    quarter: tuple[int, int] | None = None
    year: int | None = None
    story_day: dt.date | None = None
    past_day: dt.date | None = None
    lead_day: dt.date | None = None
    scene_day: dt.date | None = None
    speaker: str | None = None

    def update(
        self,
        value: str | None,
        report: dt.date | None = None,
        reports: bool = False,
        speaker: str | None = None,
    ) -> None:
        """Take a resolved value as the new reference at its own granularity and the coarser ones
        (`report`: the day the report speaks from; `reports`: the value only dates a report, whose
        `speaker` told of their own acts by that pronoun)."""
        m = ABSOLUTE.fullmatch(value or "")
        if m is None:
            return
        self.speaker = speaker if reports and m["d"] else None
        year = int(m["y"])
        self.year = year
        if m["q"]:
            self.quarter, self.month, self.day = (year, int(m["q"])), None, None
            return
        if not m["m"]:
            self.quarter = self.month = self.day = None
            return
        month = int(m["m"])
        self.month, self.quarter = (year, month), (year, (month - 1) // 3 + 1)
        self.day = cal.safe_date(year, month, int(m["d"])) if m["d"] else None
        self.story_day = self.day or self.story_day
        if self.day is not None and (report is None or self.day <= report):
            self.past_day = self.day
        if self.lead_day is None and self.day is not None and report and self.day < report:
            self.lead_day = self.day
        if not reports and self.day is not None:
            # a month or year named in passing ("had said in January") leaves the scene's day
            self.scene_day = self.day

    def day_narrated(self) -> dt.date | None:
        """The day of the last thing narrated, for a time of day or "the same day" that names
        none: not the day a later report or toll update was given on."""
        return self.scene_day or self.day

    def day_of_clause(self, before: str, after: str) -> dt.date | None:
        """The day a time of day names no day of its own in: the report's when the clause around
        it (`before`, `after`) goes on with the speaker's own acts ("The mayor said on Friday that
        she would visit. She arrived at 3 p.m."), else the day of the last thing narrated."""
        if self.speaker and self.day is not None and goes_on_as(self.speaker, before, after):
            return self.day
        return self.day_narrated()

    def day_told(self, env: Env) -> dt.date | None:
        """The day "that day" or "the next morning" counts from: the last one named, but in past
        narration not one still ahead of the report, which the text named in passing ("the
        Paralympics run until Sept. 8. Earlier in the day, Hassan won")."""
        day = self.day or self.story_day or env.anchor
        if (
            day is not None
            and env.anchor is not None
            and day > env.anchor
            and env.tense == cal.PAST
        ):
            return self.past_day or env.anchor
        return day

    def lies_before(self, day: dt.date) -> bool:
        """Whether the story's latest day (or, without one, its month or year) is before `day`:
        a clause set ahead of the report cannot be about it."""
        story_day = self.day or self.story_day
        if story_day is not None:
            return story_day < day
        if self.month is not None:
            return self.month < (day.year, day.month)
        return self.year is not None and self.year < day.year


# "that day", "the same year", "later that month", "the following day (or week)", "early the next
# year" (in past narration; a forecast's "over the next year" is the report's), "the day before",
# "the previous year", "(in|on|during|for|of) the day/week/year", "the same month a year ago",
# "the end of the month".
ANAPHORA = (
    r"(?:(?:earlier|later|early|late)\s+)?(?:that|the\s+same|that\s+same)\s+(?P<unit>day|week|month|quarter|year)"
    r"(?P<year_back>\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year))?"
    r"|(?:(?:earlier|later|early|late)\s+)?the\s+(?P<dir>following|previous|preceding|next)"
    r"\s+(?P<unit2>day|week|month|quarter|year)"
    r"|the\s+(?P<unit3>day|month|year)\s+(?P<dir2>before|after)(?=\s*[,.;:)]|\s*$)"
    # "by the end of the month": the month under discussion ("at the end of the day" is an idiom)
    r"|the\s+(?:end|beginning|start|middle)\s+of\s+the\s+(?P<unit5>week|month)"
    # "the year ended March 31", "the year to March", "the week to Sunday": a stretch, not a date
    rf"|the\s+(?P<unit4>day|week|year)(?:(?=\s+(?:end(?:ed|ing)|to\s+(?:{MONTH_ANY}|{WEEKDAY}))\b)(?P<ended>))?"
    # "during the day Friday": the weekday names the day, "the day" is its part, not a second date;
    # "a high for the year of $42" is the year's high, "the day of the attack" and "the week
    # following the crash" other ones
    rf"(?!\s+(?:before|after|following|preceding|of(?!\s+[$£€¥])|when|that|in|on|he|she|they|it"
    rf"|and|{WEEKDAY})\b"
    r"|['’]s\s+(?:end|close))"
)
# "on the day", "for the week", "in the year", "to end the day": a time; "the day he left": not.
AFTER_PREPOSITION = re.compile(
    r"\b(?:in|on|of|for|during|over|end|ending|ended|finish|finished|close|closed)\s+$",
    re.IGNORECASE,
)


def anaphoric(m: Groups, env: Env) -> Value | None:
    """The value of an expression anchored to the running reference (the publication date without one)."""
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"] or m["unit5"] or "day").lower()
    if m["unit4"] and not AFTER_PREPOSITION.search(env.before):
        return None  # "the day" is a time only as "on the day", "for the week"
    direction = (m["dir"] or m["dir2"]).lower()
    step = -1 if direction in ("previous", "preceding", "before") else 1 if direction else 0
    ref = env.reference or Reference()
    counts_a_day = unit == "day" and step != 0
    if (
        env.tense == cal.FUTURE
        and env.anchor is not None
        and ref.lies_before(env.anchor)
        and not counts_a_day
    ):
        # "will finish by the end of the week": the report's, not the story's. A day counted
        # from one ("agreed to disarm the next day") stays the story's: news says "tomorrow"
        # for the day after the report.
        ref = Reference()
    if direction == "next" and unit != "day" and _counted_from_report(env, ref):
        ref = Reference()
    if m["year_back"]:
        return _a_year_back(unit, ref, env.anchor)
    if m.m.group("ended") is not None:
        return cal.duration_value(1, unit), "duration"  # a fiscal year, a week of figures
    anchor = env.anchor
    if unit == "year":
        year = ref.year if ref.year is not None else anchor.year if anchor else None
        if anchor is not None and _the_report_year(m, env):
            year = anchor.year
        return (f"{year + step:04d}" if year is not None else None), "date"
    if unit == "quarter":
        quarter = ref.quarter or (cal.quarter_of(anchor) if anchor else None)
        if quarter is None:
            return None, "date"
        index = quarter[0] * 4 + quarter[1] - 1 + step
        return cal.quarter_value(index // 4, index % 4 + 1), "date"
    if unit == "month":
        month = ref.month or ((anchor.year, anchor.month) if anchor else None)
        if month is None:
            return None, "date"
        return cal.month_value(*cal.add_months(dt.date(month[0], month[1], 1), step)), "date"
    day = ref.day_told(env)
    if _same_day_as_the_scene(m, env, ref):
        day = ref.day_narrated()
    if day is None:
        return None, "date"
    if unit == "week":
        return cal.week_value(day + dt.timedelta(weeks=step)), "date"
    return (day + dt.timedelta(days=step)).isoformat(), "date"


# "since the start of the year", "by the end of the year": a part of a year named by no number
YEAR_PART_BEFORE = re.compile(
    r"\b(?P<since>since\s+)?the\s+(?:start|beginning|end|middle|turn|rest|remainder|first\s+half"
    r"|second\s+half)\s+of\s+$",
    re.IGNORECASE,
)


def _the_report_year(m: Groups, env: Env) -> bool:
    """ "has surged since the start of the year": with no year named in its own sentence, a part
    of "the year" is the report's year, not one a sentence before named in passing ("expelled
    French forces in 2022"), unless the clause narrates the past ("By the end of the year, the
    troops had left"); a stretch "since" then still runs to the report, unless a pluperfect
    closed it in that past ("Police had arrested 300 people since the start of the year")."""
    part = YEAR_PART_BEFORE.search(env.before)
    if not m["unit4"] or part is None or env.year_hint or env.year_frame:
        return False
    if part["since"]:
        return not env.looking_back
    return env.tense not in (cal.PAST, SETTLED_PAST)


def _same_day_as_the_scene(m: Groups, env: Env, ref: Reference) -> bool:
    """ "Gunmen shot a mayor on the same day": the day of the last thing narrated, not of a
    statement told since, unless a statement is what happened that day ("Rebels said the same
    day")."""
    if ref.scene_day is None or ref.day is None or ref.scene_day == ref.day:
        return False
    if not re.search(r"\bsame\b", m.group(0), re.IGNORECASE) or m["unit"].lower() != "day":
        return False
    return env.tense in (None, cal.PAST) and not reported_same_day(env.before)


# "over the next year", "within the next month": the stretch ahead of the report, in news nearly
# always a forecast's, whatever tense the clause is told in.
STRETCH_AHEAD = re.compile(r"\b(?:over|within|for|throughout)\s+$", re.IGNORECASE)
# "in the next year", "during the next month": a stretch ahead unless the clause narrates the past
# ("He was elected in 2010. In the next year he launched a war": the year after 2010).
STRETCH_AHEAD_UNLESS_PAST = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)


def _counted_from_report(env: Env, ref: Reference) -> bool:
    """Whether "the next year" (week, month) counts from the report rather than from the story's
    time: as a stretch ahead ("expected over the next year"), or outside past narration when the
    story's time lies before the report ("Sales fell in 2012. They will recover the next year")."""
    if STRETCH_AHEAD.search(env.before):
        return True
    if env.tense != cal.PAST and STRETCH_AHEAD_UNLESS_PAST.search(env.before):
        return True
    return env.tense != cal.PAST and env.anchor is not None and ref.lies_before(env.anchor)


def _a_year_back(unit: str, ref: Reference, anchor: dt.date | None) -> Value:
    """ "the same month a year ago": the reference's day, week, month or quarter, a year back."""
    day = ref.day or anchor
    if unit in ("day", "week") and day is not None:
        back = cal.safe_date(day.year - 1, day.month, day.day) or dt.date(day.year - 1, 2, 28)
        return (back.isoformat() if unit == "day" else cal.week_value(back)), "date"
    if unit == "month":
        month = ref.month or ((anchor.year, anchor.month) if anchor else None)
        if month is not None:
            return cal.month_value(month[0] - 1, month[1]), "date"
    if unit == "quarter":
        quarter = ref.quarter or (cal.quarter_of(anchor) if anchor else None)
        if quarter is not None:
            return cal.quarter_value(quarter[0] - 1, quarter[1]), "date"
    year = ref.year if ref.year is not None else anchor.year if anchor else None
    return (f"{year - 1:04d}" if year is not None else None), "date"


# "that night", "later that evening", "the next morning": a part of the day under discussion;
# so is the part of a trading day ("shares rose in [morning] trading"), and in past narration
# "in the morning" ("gunfire all night, and in the morning the militias were in the market"),
# but not as a modifier ("in the morning papers"). "During the night" is left out: without a
# day told it is the night before the report, as "overnight" is, not the report's own.
PART_OF_STORY_DAY = (
    r"(?:(?:earlier|later|early|late)\s+)?(?:that|that\s+same|the\s+same"
    r"|the\s+(?P<dir>next|following|previous|preceding))\s+(?P<part>morning|afternoon|evening|night)"
    r"|(?P<trading>morning|afternoon)(?=\s+(?:trading|trade|session|dealings)\b)"
    r"|(?:(?<=\bin\s)|(?<=\bduring\s))the\s+(?P<told>morning|afternoon|evening)"
    r"(?!\s+(?!(?:the|a|an|to|and|he|she|they|it|we|i|at|before|after|when|as|with|by)\b)[a-z])"
)


def part_of_story_day(m: Groups, env: Env) -> Value | None:
    """A part of the last day the text named (of the day after or before it), as "that day" is
    that day: "He was arrested on Jan. 5 and released the next morning"."""
    if m["told"] and env.tense != cal.PAST:
        return None  # "will leave in the morning", "runs in the morning": no day told
    day = (env.reference or Reference()).day_told(env)
    if day is None:
        return None, "time"
    direction = m["dir"].lower()
    step = -1 if direction in ("previous", "preceding") else 1 if direction else 0
    part = cal.PARTS_OF_DAY[(m["part"] or m["trading"] or m["told"]).lower()]
    return f"{(day + dt.timedelta(days=step)).isoformat()}T{part}", "time"


ORDINAL_WORDS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,3}(?:st|nd|rd|th)"
)
# "a second consecutive day", "the fourth week (in a row)", "It's the eighth day of the strike".
RUN_OF_DAYS = (
    rf"(?:(?:the|a|an)\s+)?(?P<ordinal>{ORDINAL_WORDS})\s+"
    r"(?P<run>(?:straight|consecutive|successive)\s+)?(?P<unit>day|week)"
    r"(?P<row>(?=\s+in\s+a\s+row))?"
)
# Only a present copula makes the ordinal day the report's: "it was the second day" is the story's.
PRESENT_COPULA = re.compile(r"\b(?:it['’]s|it\s+is|today\s+is|this\s+is)\s+$", re.IGNORECASE)


def run_of_days(m: Groups, env: Env) -> Value | None:
    """The report's own day or week when news counts a run up to it ("fell for a third straight
    day", "gains for a fourth week in a row", "it is the eighth day of the blockade"); an ordinal
    day elsewhere ("his first day in office") is some other day and is left out."""
    counts_a_run = m.m.group("run") is not None or m.m.group("row") is not None
    if not counts_a_run and not PRESENT_COPULA.search(env.before):
        return None
    if env.anchor is None:
        return None, "date"
    if m["unit"].lower() == "week":
        return cal.week_value(env.anchor), "date"
    return env.anchor.isoformat(), "date"


# "the day before last Tuesday", "the day after Oct. 12": a day counted from a named one.
DAY_NEXT_TO = (
    r"(?:the\s+)?day\s+(?P<dir>before|after)\s+"
    rf"(?P<on>(?:(?:last|next|this)\s+)?{WEEKDAY}|{MONTH_ANY}\s+{DAYNUM}(?:,?\s+{YEAR4})?)"
)


def day_next_to(m: Groups, env: Env) -> Value | None:
    """The day just before or after the day the phrase names."""
    named = match_date_phrase(m["on"], env)
    if named is None or named[0] is None:
        return named
    step = -1 if m["dir"].lower() == "before" else 1
    return (dt.date.fromisoformat(named[0]) + dt.timedelta(days=step)).isoformat(), "date"
