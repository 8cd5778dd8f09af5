"""The calendar day an offset points to: "Two days earlier" is `P2D` to TimeML, March 30 to a reader.

TimeML (and the gold sets we score on) keeps a counted offset from the story ("three days
later", "a week after the attack") as the stretch it names, so `TimeExpr.value` stays a duration;
an analyst needs the day. `StoryDays` remembers the latest day, month and year the text resolved,
and where; `StoryDays.anchored` counts the offset from the one under discussion, at the offset's
own granularity (days and weeks give a day, months a month, years a year). Where that point is
unknown or unsure it gives None: a guessed day is worse than none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_durations import DAY_EXACT_WEEKS

# A duration, counted or not ("P2D", "PXY"), not a reference such as "PAST_REF".
DURATION = re.compile(r"PT?[\dX]")
# A counted duration: "P2D", "P1W", "P3M", "P1Y", "PT6H", "PT30M" (TimeML's values).
COUNTED = re.compile(r"P(?P<clock>T)?(?P<count>\d+)(?P<unit>[DWMYH])")
# A calendar value the text resolved: a day, perhaps with its clock or part of day, a month, or a
# year, alone or with its season, quarter, half or week ("2015-WI", "2024-Q3": the year only).
CALENDAR = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d)(?:T(?:(?P<h>\d\d):(?P<mi>\d\d)\S*|[A-Z]{2}))?)?"
    r"|-(?:Q[1-4]|H[12]|SP|SU|FA|WI|W\d\d))?"
)
# A date after "since" starts a stretch the sentence measures ("held prisoner since 2012"): it is
# named in passing, not the point the story stands at.
SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# "Today, there are 11 million ...", "Today it is Trump who ...": "today" for these days, in the
# present tense, not a day the story tells.
NOWADAYS = re.compile(
    r",?\s+(?:(?:it|there|this|that|he|she|they|we|i|you)\s+)?(?:is|are|has|have|remains?)\b",
    re.IGNORECASE,
)
# The offset's direction inside the phrase ("Two days earlier", "a week later", "two days ago").
DIRECTION_IN = re.compile(r"\b(?P<dir>earlier|later|ago|before|after)$", re.IGNORECASE)
# ... or just after it: "Five days before, he left", "three days after the strike"; "two days
# later than planned" is a delay, not a day.
DIRECTION_AFTER = re.compile(r"\s+(?P<dir>before|after)\b(?!\s+than\b)", re.IGNORECASE)
# What closes "before"/"after" when it stands alone ("Five days after, ...", "a week after that.").
STANDS_ALONE = re.compile(r"(?:\s+(?:that|this))?\s*(?:[,.;:!?)]|$)")
# A count that is not exact ("some two weeks later", "more than a week after", "a decade later":
# a round number).
INEXACT = re.compile(
    r"\b(?:about|around|approximately|nearly|almost|roughly|over|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|up\s+to|just\s+over|just\s+under|some|a\s+little|a\s+bit|"
    r"(?:a\s+)?couple|decades?|century|centuries)\b",
    re.IGNORECASE,
)
# A stretch rather than a point ("for two days after the arrest", "within a week after the vote"),
# or one end of a range ("one or two days later", "two to three weeks after").
STRETCH_BEFORE = re.compile(
    r"\b(?:for|within|in|over|during|lasted|lasting|took|taking|spent|up\s+to|or|to)\s+$",
    re.IGNORECASE,
)
# "after" counts on from the day under discussion only where it opens the sentence and names an
# event already told ("A day after the attack, ..."); "The move comes a day after Chrysler
# released its list" or "Five years after its launch" names an earlier event the story has not
# dated.
KNOWN_EVENT = re.compile(
    r"\s+(?:the|that|this)\s+(?![a-z]+\s+(?:was|were|had|has)\b)", re.IGNORECASE
)
SENTENCE_OPENING = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:(?:and|but|then|just|only|barely|exactly)\s+)*$", re.IGNORECASE
)
# Days that skip weekends or holidays: "eight trading days after", "five business days later".
UNCALENDAR_DAYS = re.compile(
    r"\b(?:trading|business|working|school|market)\s+days?\b", re.IGNORECASE
)
# How far back the day under discussion may have been named: its paragraph or the two before
# (news paragraphs run a sentence or two: "... fired missiles at about 1:45 a.m." | an aside |
# "Two days earlier, a strike destroyed the consulate").
PARAGRAPHS_BACK = 2
PARAGRAPH_BREAK = re.compile(r"\n\s*")
# Nothing but a comma or a dash between a named day and the offset: the offset restates that
# day ("died on Monday, two days later"), it does not count on from it.
APPOSITION = re.compile(r"\s*[,–—-]\s*(?:(?:just|only|barely|exactly)\s+)?")
# The grain of a duration value's last letter; decades ("P1DE") and centuries count in years.
GRAINS = {"D": "D", "W": "W", "M": "M", "Y": "Y", "E": "Y"}
# Counts of years this large are round numbers ("a century earlier", "30 years before"), not a
# calendar year a reader could rely on.
MOST_YEARS_COUNTED = 20
MINUTES_IN_DAY = 24 * 60


@dataclass(frozen=True)
class Named:
    """A calendar point the text resolved, and the offset where its expression ends."""

    end: int
    day: dt.date
    clock: dt.time | None = None


@dataclass
class StoryDays:
    """The latest day, month and year the text has resolved: the points offsets count from."""

    day: Named | None = None
    month: Named | None = None
    year: Named | None = None
    # Where the event or date an unanchored offset counts from begins ("a day after Oct. 12"):
    # the date named there is that event's, not the story's.
    counted_from: int | None = None

    def note(self, text: str, value: str | None, start: int, end: int) -> None:
        """Take the day, month or year resolved at `text[start:end]` as the story's latest, unless
        an offset counts from it ("a day after Oct. 12"), it starts a stretch ("since 2012") or it
        means these days ("Today, there are ...")."""
        if start == self.counted_from or SINCE.search(text[max(0, start - 10) : start]):
            return
        if text[start:end].lower() == "today" and NOWADAYS.match(text, end):
            return
        self._stand_at(value, end)

    def _stand_at(self, value: str | None, end: int) -> None:
        """Take a day, month or year (a day's clock too) as the latest at its grain."""
        m = CALENDAR.fullmatch(value or "")
        if m is None:
            return
        year = int(m["y"])
        self.year = Named(end, dt.date(year, 1, 1))
        if m["m"] is None:
            return
        self.month = Named(end, dt.date(year, int(m["m"]), 1))
        day = cal.safe_date(year, int(m["m"]), int(m["d"])) if m["d"] else None
        if day is not None:
            clock = dt.time(int(m["h"]), int(m["mi"])) if m["h"] and int(m["h"]) < 24 else None
            self.day = Named(end, day, clock)

    def note_clock(self, value: str | None, end: int) -> None:
        """A clock time on the day under discussion ("at 10 p.m.") says when in it things began."""
        m = CALENDAR.fullmatch(value or "")
        if m is not None and m["h"] and self.day is not None and m["d"]:
            same_day = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"])) == self.day.day
            self._stand_at(value if same_day else None, end)

    def anchored(
        self,
        text: str,
        start: int,
        end: int,
        value: str | None,
        published: dt.date | None,
        tense: str | None = None,
    ) -> str | None:
        """The calendar value the offset at `text[start:end]` points to, or None; an offset
        counted on from the story moves it there (to an unknown point when it gives None).

        In past narration ("A day earlier, six were arrested") a day still ahead of the report is
        one named in passing ("ahead of next Tuesday's primary"), not the one under discussion.
        """
        if value is None or not DURATION.match(value) or published is None:
            return None
        grain = "D" if "T" in value else GRAINS.get(value[-1], "D")
        base = self._point_for(grain)
        if base is not None and APPOSITION.fullmatch(text[base.end : start]):
            return None  # "died on Monday, two days later": a restatement of that day
        direction = _direction(text, start, end)
        if direction is None:
            self.counted_from = _counted_from(text, end)
            if self.counted_from is not None:
                self._move_to(None, grain, end)  # "two days before the vote": a day not dated
            return None
        counted = COUNTED.fullmatch(value)
        if _inexact(text, start, end):
            counted = None
        if direction == "ago":
            return _shifted(Named(start, published), -1, counted) if counted else None
        if base is not None and tense == cal.PAST and base.day > published:
            return None
        result = None
        if counted and base is not None and _within_reach(text, base.end, start):
            result = _shifted(base, -1 if direction in ("earlier", "before") else 1, counted)
        self._move_to(result, grain, end)
        return result

    def _point_for(self, grain: str) -> Named | None:
        """The latest point fine enough for the offset: a day for days, weeks and hours."""
        if grain in ("D", "W"):
            return self.day
        return self.month if grain == "M" else self.year

    def _move_to(self, value: str | None, grain: str, end: int) -> None:
        """The story now stands where the offset pointed; without a value, somewhere unknown at
        the offset's grain and finer."""
        self.day = None
        if grain in ("M", "Y"):
            self.month = None
        if grain == "Y":
            self.year = None
        self._stand_at(value, end)


def _inexact(text: str, start: int, end: int) -> bool:
    """A count that is not exact ("some two weeks later"), a stretch rather than a point ("for
    two days after the arrest"), or days that skip some ("eight trading days after")."""
    return bool(
        INEXACT.search(text[start:end])
        or STRETCH_BEFORE.search(text[max(0, start - 20) : start])
        or UNCALENDAR_DAYS.search(text[start:end])
    )


def _direction(text: str, start: int, end: int) -> str | None:
    """ "earlier", "later", "ago", "before", "after" (which counts from the event the sentence
    goes on to name: "Three days after the strike, troops withdrew"), or None for a stretch
    that points nowhere."""
    inside = DIRECTION_IN.search(text[start:end])
    if inside is not None:
        return inside["dir"].lower()
    following = DIRECTION_AFTER.match(text, end)
    if following is None:
        return None
    word = following["dir"].lower()
    if STANDS_ALONE.match(text, following.end()):
        return "earlier" if word == "before" else "later"
    if (
        word == "after"
        and KNOWN_EVENT.match(text, following.end())
        and _opens_sentence(text, start)
    ):
        return "after"
    return None  # "two days before the vote": the vote may lie anywhere ahead


def _counted_from(text: str, end: int) -> int | None:
    """Where the event or date an offset counts from begins, when one follows it ("two days
    before the vote", "a day after Oct. 12")."""
    following = DIRECTION_AFTER.match(text, end)
    if following is None or STANDS_ALONE.match(text, following.end()):
        return None
    rest = text[following.end() :]
    return len(text) - len(rest.lstrip())


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only a conjunction or a focusing adverb ("Just", "But") precedes `start` in its
    sentence."""
    return SENTENCE_OPENING.search(text[max(0, start - 40) : start]) is not None


def _within_reach(text: str, point_end: int, start: int) -> bool:
    """Whether the point named at `point_end` is still under discussion at `start`: it was named
    in the same paragraph or shortly before."""
    return len(PARAGRAPH_BREAK.findall(text[point_end:start])) <= PARAGRAPHS_BACK


def _shifted(base: Named, sign: int, counted: re.Match[str] | None) -> str | None:
    """`base` moved by the counted units, at the unit's grain (weeks past a fortnight: the week)."""
    if counted is None:
        return None
    steps, unit = sign * int(counted["count"]), counted["unit"]
    if counted["clock"]:
        minutes = steps * (60 if unit == "H" else 1)
        if base.clock is None:
            if minutes % MINUTES_IN_DAY:
                return None  # "six hours later" on a day with no hour named: that day or the next
            return (base.day + dt.timedelta(minutes=minutes)).isoformat()
        moment = dt.datetime.combine(base.day, base.clock) + dt.timedelta(minutes=minutes)
        return moment.date().isoformat()
    if unit == "D":
        return (base.day + dt.timedelta(days=steps)).isoformat()
    if unit == "W":
        day = base.day + dt.timedelta(weeks=steps)
        return day.isoformat() if abs(steps) <= DAY_EXACT_WEEKS else cal.week_value(day)
    if unit == "M":
        return cal.month_value(*cal.add_months(base.day, steps))
    if abs(steps) > MOST_YEARS_COUNTED:
        return None
    return f"{base.day.year + steps:04d}"
