"""Dates and times: find time expressions and resolve them to TimeML values.

Detection is pure rules over the text (`time_detect`), so it costs little on every article and
never turns "$50" into 1950. Normalisation resolves each expression against the publication date
and the tense of the clause around it (`time_tense` reads it from the parse): a bare weekday in
past narration is the most recent one, in a future clause ("will meet Monday", "as soon as
Sunday", "expected to close Monday") the next one; cue words such as "by" or "until" break ties
only when the verb group says nothing ("had filed ... by Wednesday" stays past). A dateline's
date ("KYIV, Sept 1 (Reuters) -") a day or two before publication is the day the writer counted
from, and stands in for a missing publication date; without either, every relative value stays
None. A counted offset ("two days earlier") keeps TimeML's duration as its value and carries the
day it points to, counted from the day under discussion, in `anchored` (`time_anchors`). An item
of a live blog speaks from its own time stamp ("09:14 GMT — ... two hours ago": `time_entries`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING

from sitrep.extract import time_calendar as cal
from sitrep.extract.datelines import DATELINE_PLACE  # the one dateline grammar
from sitrep.extract.time_anchors import StoryDays
from sitrep.extract.time_deadlines import looks_ahead
from sitrep.extract.time_detect import (
    Env,
    Found,
    candidates,
    normalize_match,
    normalize_text,
)
from sitrep.extract.time_entries import Entry, dated_down_the_page, opened_entry
from sitrep.extract.time_frames import sets_year_frame, year_framing
from sitrep.extract.time_habits import clause_tells_habit
from sitrep.extract.time_pair_years import share_pair_years
from sitrep.extract.time_patterns import MONTH_ANY, WEEKDAY
from sitrep.extract.time_ranges import settle_present_ranges
from sitrep.extract.time_reference import Reference
from sitrep.extract.time_report_days import dates_a_report, speakers_pronoun
from sitrep.extract.time_selection import select
from sitrep.extract.time_tense import PERFECT_TENSE, PRESENT, SETTLED_PAST, infer_tense
from sitrep.extract.time_titles import is_title
from sitrep.model import TimeExpr, TimeKind

if TYPE_CHECKING:
    from sitrep.extract.context import DocContext

__all__ = ["dateline_date", "extract_times", "find_times", "infer_tense", "normalize_time"]

# Words just before an expression that put it ahead of the report whatever the verb: "as soon
# as Sunday", "next Friday", and the day a change takes effect or a dividend is paid ("effective
# Feb. 1", "payable Dec. 7"), which announcements name ahead. Weaker cues ("by Monday", "until
# Thursday") decide only when the clause's verb group does not ("had filed ... by Wednesday").
FUTURE_CUE = re.compile(
    r"(?:\bas\s+(?:soon|early)\s+as|\bno\s+later\s+than|\bnext|\bupcoming|\beffective|\bpayable)\s*$",
    re.IGNORECASE,
)
WEAK_FUTURE_CUE = re.compile(
    r"(?:\bby|\bas\s+late\s+as|\bstarting|\bbeginning|\buntil|\btill|\bbefore)\s*$", re.IGNORECASE
)
# Something put off or extended "until Tuesday" (or "until after the summer") waits for a day
# ahead of the report, whatever the verb's tense ("extended its deadline until 9 a.m. Tuesday",
# "has extended the company $90 million in loans through January").
DEFERRED_UNTIL = re.compile(
    r"\b(?:postpone|delay|defer|adjourn|reschedule|put\s+off|pushed\s+back|extend)\w*\b[^.;]{0,70}?"
    r"\b(?:until|till|to|through)(?:\s+after)?\s*$",
    re.IGNORECASE,
)
DEFERRED_REACH = 100  # how far before the expression the putting-off verb may stand
# A day made a holiday or a day of mourning is set ahead of the decree, whatever its tense:
# "Serbia declared Wednesday a day of mourning" (but "declared Wednesday a state of emergency"
# and "declared Wednesday, a day after the attack," were done on Wednesday).
DECLARING = re.compile(r"\b(?:declar|proclaim|designat|nam|mak)\w*\s+$", re.IGNORECASE)
DECLARED_A_DAY = re.compile(
    r"\s+(?:as\s+)?(?:a|an)\s+(?:[a-z]+\s+){0,2}(?:day|holiday)\b"
    r"(?!\s+(?:after|before|later|earlier|ago)\b)",
    re.IGNORECASE,
)
PAST_CUE = re.compile(r"(?:\bago|\blast)\s*$", re.IGNORECASE)
# "since January", like a settled past ("had pulled back by December", "met in January"), looks
# only back: the month it names is never one still ahead of the report, as it may be in plain
# past narration.
SINCE = re.compile(r"\bsince\s*$", re.IGNORECASE)
FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|won't|going\s+to|expected\s+to|scheduled\s+to|due\s+to|plans?\s+to|set\s+to|"
    r"slated\s+to|poised\s+to|likely\s+to|is\s+to|are\s+to)\b|['’]ll\b",
    re.IGNORECASE,
)
PAST_WORDS = re.compile(r"\b(?:was|were|had|did|said|told|\w+ed)\b", re.IGNORECASE)
# A quarter named a year back ("the year-ago quarter") or with its year ("the 1988 third
# quarter") is a comparison or an aside, not the quarter the report is about.
YEAR_BACK = re.compile(r"year.(?:ago|earlier)|last\s+year|\b(?:19|20)\d\d\b", re.IGNORECASE)
# What an event named on a day is held ahead of lies after that day: "Parliament was dissolved on
# Monday ahead of a snap election on Dec. 15".
AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for|in\s+time\s+for)"
    r"\s+[^.;:]{0,50}$",
    re.IGNORECASE,
)
AHEAD_REACH = 80
# How much text after an expression its handler sees: enough for the clause that closes it
# ("overnight, killing 10 people, officials said Thursday").
AFTER_REACH = 80
DAY_NAMING = frozenset({"month_day", "day_month", "weekday"})
# The months a results report sums up besides its quarter ("For the nine months, net rose"):
# "the year-earlier period" then names that stretch a year back.
RESULTS_STRETCH = re.compile(r"the\s+(?:first\s+)?(?:six|nine)\s+months", re.IGNORECASE)
# A day named in the present tense is a scheduled one ahead: "meets Monday", "polls open at 7
# a.m. Tuesday".
PRESENT_AHEAD = frozenset({"weekday", "clock"})
# A time of day that names its day ("Monday night", "5 a.m. on Sunday") makes that day the one
# under discussion ("The next day, ..."); "overnight" or "this morning" take theirs from the
# report and leave the story's day alone.
NAMES_ITS_DAY = re.compile(rf"\b(?:{WEEKDAY}|{MONTH_ANY})\b", re.IGNORECASE)
# The day a period named just before closes on ("the quarter ended Oct. 31", "the year ending
# June 30"): the period stays the one under discussion ("Results for that quarter").
PERIOD_CLOSED_BY = re.compile(
    r"\b(?:quarter|half|year|period|months|weeks)\s+end(?:ed|ing)\s+$", re.IGNORECASE
)
CONFIDENCE = {"date": 0.9, "time": 0.85, "duration": 0.8, "set": 0.7}


def normalize_time(
    text: str, anchor: dt.date | None, tense: str | None = None
) -> tuple[str | None, TimeKind]:
    """The TimeML value and kind of one time expression, resolved against `anchor`.

    `tense` is "past", "present", "future" or None (news narration, read as past). A string no
    rule reads as time gives (None, "date"); so does a relative one without an anchor.
    """
    result = normalize_text(text, Env(anchor=usable_anchor(anchor), tense=tense))
    return result if result is not None else (None, "date")


PLAUSIBLE_YEARS = range(1000, 9000)


def usable_anchor(anchor: dt.date | None) -> dt.date | None:
    """The publication date to count from, or None for a placeholder such as 0001-01-01 or
    9999-12-31: a feed's empty date field is no date, and counting a day or a century back or
    forward from it would leave the calendar. Relative expressions then stay unresolved."""
    return anchor if anchor is not None and anchor.year in PLAUSIBLE_YEARS else None


def find_times(
    text: str,
    anchor: dt.date | None,
    tense_of: TenseFn | None = None,
    is_silent: SilentFn | None = None,
    habit_of: HabitFn | None = None,
    in_caption: SilentFn | None = None,
) -> list[TimeExpr]:
    """Every time expression in `text`, in order, with its value; the core of `extract_times`.

    `tense_of(start, end)` supplies the tense around a span (text cues are used when it gives
    None); `is_silent(start, end)` drops spans in page furniture; `habit_of(start, end)` says
    whether the clause around a span tells of a habit (the sentence's words do without it);
    `in_caption(start, end)` marks a photo caption's date, which dates the photo, not the story
    ("... Kharkiv, March 13, 2025. REUTERS/..." must not re-date the next live-blog stamp).
    """
    anchor = usable_anchor(anchor)
    out: list[TimeExpr] = []
    quarter_hint: tuple[int, str] | None = None
    stretch_hint: tuple[int, str] | None = None
    day_hint: tuple[int, str] | None = None
    year_hint: tuple[int, str] | None = None
    month_hint: tuple[int, str] | None = None
    year_frame: tuple[int, str] | None = None
    reference = Reference()
    day_named_at: int | None = None
    story = StoryDays()
    entry: Entry | None = None
    stamp_above: Entry | None = None  # the last live-blog stamp read down the page
    for found in select(list(candidates(text))):
        if is_silent is not None and is_silent(found.start, found.end):
            continue
        if is_title(text, found.start, found.end):
            continue
        if entry is not None and not entry.covers(found.start):
            entry = None
        tense = _tense(text, found, tense_of)
        same_day = _same_sentence(text, day_hint, found.start)
        told_from = entry.day if entry else anchor  # a live-blog item speaks from its stamp's day
        held_after = _held_after(
            text, found, day_hint, month_hint, year_frame or year_hint, told_from
        )
        if held_after is not None:
            told_from, tense = held_after, cal.FUTURE
        looking_back = tense == SETTLED_PAST
        hint = quarter_hint[1] if quarter_hint and found.start - quarter_hint[0] < 400 else None
        stretch = stretch_hint[1] if stretch_hint and found.start - stretch_hint[0] < 400 else None
        env = Env(
            anchor=told_from,
            tense=cal.PAST if looking_back else tense,
            looking_back=looking_back,
            before=text[max(0, found.start - 40) : found.start],
            after=text[found.end : found.end + AFTER_REACH],
            quarter_hint=hint,
            stretch_hint=stretch,
            day_hint=same_day,
            year_hint=_same_sentence(text, year_hint, found.start),
            month_hint=_same_sentence(text, month_hint, found.start),
            year_frame=year_framing(text, year_frame, found.start, anchor, tense),
            reference=reference,
            reference_far=_paragraphs_apart(text, day_named_at, found.start),
            clock=entry.stamp if entry else None,
            clause_habit=partial(habit_of, found.start, found.end) if habit_of else None,
        )
        result = normalize_match(found, env)
        if result is None:
            continue
        value, kind = result
        opened = opened_entry(text, found.start, found.end, value)
        if opened is not None:
            entry = stamp_above = dated_down_the_page(opened, stamp_above)
            value = entry.stamp
        if (
            value
            and re.fullmatch(r"\d{4}-Q\d", value)
            and found.rule.name.startswith("quarter")
            and not YEAR_BACK.search(found.match.group(0))
            and not _quarter_still_open(value, anchor, env.tense)
        ):
            quarter_hint, stretch_hint = (found.end, value), None
        if value and RESULTS_STRETCH.fullmatch(found.match.group(0)):
            stretch_hint = (found.end, value)
        if value and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            day_hint = (found.end, value)
        if value and re.fullmatch(r"\d{4}", value) and found.rule.name == "year":
            year_hint = (found.end, value)
        if value and re.fullmatch(r"\d{4}-\d\d", value):
            month_hint = (found.end, value)
        if (
            value
            and re.fullmatch(r"\d{4}", value)
            and sets_year_frame(text, found.start, found.end)
        ):
            year_frame = (found.end, value)
        closes_a_period = PERIOD_CLOSED_BY.search(text, max(0, found.start - 30), found.start)
        captioned = in_caption is not None and in_caption(found.start, found.end)
        if (
            not closes_a_period
            and not captioned
            and (
                kind == "date"
                or (kind == "time" and NAMES_ITS_DAY.search(text[found.start : found.end]))
            )
        ):
            reports = dates_a_report(text, found.start)
            speaker = speakers_pronoun(text, found.start, found.end) if reports else None
            reference.update(value, anchor, reports, speaker)
            story.note(text, value, found.start, found.end)
            day_named_at = found.end
        elif kind == "time":
            story.note_clock(value, found.end)
        end = found.end
        if text[end - 2 : end] in ("'s", "’s") and end - found.start > 2:
            end -= 2  # TIMEX3 leaves the possessive out: "Friday's session"
        out.append(
            TimeExpr(
                found.start,
                end,
                text[found.start : end],
                value,
                kind,
                CONFIDENCE[kind] if value else 0.3,
                story.anchored(text, found.start, found.end, value, anchor, env.tense),
            )
        )
    out = share_pair_years(text, out, tense_of)
    if tense_of is None:
        return out
    return settle_present_ranges(text, out, anchor, lambda s, e: tense_of(s, e) == PRESENT)


def _quarter_still_open(value: str, anchor: dt.date | None, tense: str | None) -> bool:
    """A quarter not yet over, named outside past narration ("will result in a fourth-quarter
    charge"), is a forecast's: the results the article reports belong to the one before."""
    if anchor is None or tense == cal.PAST:
        return False
    return value >= cal.quarter_value(*cal.quarter_of(anchor))


def _held_after(
    text: str,
    found: Found,
    day: tuple[int, str] | None,
    month: tuple[int, str] | None,
    year: tuple[int, str] | None,
    told_from: dt.date | None,
) -> dt.date | None:
    """The day a date that something was done "ahead of" counts forward from: the day, month or
    past year its sentence named before ("dissolved on Monday ahead of an election on Dec. 15":
    the first Dec. 15 after that Monday; "dissolved in June ahead of elections in September", "Last
    year ... ahead of elections in September": that year's September, not the next one)."""
    lead = text[max(0, found.start - AHEAD_REACH) : found.start]
    if found.rule.name not in DAY_NAMING | {"month"} or not AHEAD_OF.search(lead):
        return None
    named_day = _same_sentence(text, day, found.start)
    if named_day:
        return dt.date.fromisoformat(named_day)
    named_month = _same_sentence(text, month, found.start) if found.rule.name == "month" else None
    if named_month:
        return dt.date.fromisoformat(named_month + "-01")
    named_year = _same_sentence(text, year, found.start) if found.rule.name == "month" else None
    if named_year and told_from is not None and int(named_year) < told_from.year:
        return dt.date(int(named_year), 1, 1)
    return None


def _same_sentence(text: str, hint: tuple[int, str] | None, start: int) -> str | None:
    """The hint's value when nothing but a clause lies between it and `start`."""
    if hint is None or start - hint[0] > 150:
        return None
    between = text[hint[0] : start]
    return None if re.search(r"[.!?]\s|\n", between) else hint[1]


# Paragraphs between a day named and a time of day that no longer belongs to it.
STORY_DAY_REACH = 2
PARAGRAPH_BREAK = re.compile(r"\n+")


def _paragraphs_apart(text: str, named_at: int | None, start: int) -> bool:
    """Whether `STORY_DAY_REACH` or more paragraph breaks lie between a day named and `start`;
    the count stops there, as a day named early would otherwise be read back to for every time."""
    if named_at is None:
        return False
    breaks = PARAGRAPH_BREAK.finditer(text, named_at, start)
    return sum(1 for _ in islice(breaks, STORY_DAY_REACH)) >= STORY_DAY_REACH


def extract_times(ctx: DocContext) -> list[TimeExpr]:
    """The article's time expressions, resolved against its publication date (or, without one,
    the date its dateline gives)."""
    doc = ctx.doc
    parsed = doc.has_annotation("DEP") or doc.has_annotation("TAG")

    def tense_of(start: int, end: int) -> str | None:
        return infer_tense(doc, start, end) if parsed else None

    def habit_of(start: int, end: int) -> bool | None:
        return clause_tells_habit(doc, start, end) if parsed else None

    published = ctx.article.published
    filed = dateline_date(ctx.text, published)
    if published is None or (filed is not None and 0 < (published - filed).days <= FILING_LAG):
        anchor = filed  # "Friday" and "yesterday" are the writer's, counted from the dateline
    else:
        anchor = published
    return find_times(ctx.text, anchor, tense_of, ctx.is_silent, habit_of, ctx.in_caption)


DATELINE_REACH = 300  # a dateline sits in the article's first lines
# How long before publication a report may have been filed and still speak from its dateline's
# day: a story filed late on Sept 1 and published on Sept 2 means Sept 1 by "on Sunday".
FILING_LAG = 2
# A date written out ("Sept 1", "2024-09-01"), not one counted from the report ("Yesterday").
DATED = re.compile(rf"\b{MONTH_ANY}\b.*\d|\d{{4}}-\d\d-\d\d", re.IGNORECASE)


def dateline_date(text: str, published: dt.date | None = None) -> dt.date | None:
    """The date that opens one of the article's first lines ("June 04, 2009", "2009-06-04"),
    perhaps after the dateline's place ("KYIV, Sept 1 (Reuters) -"; its year the publication
    date's): the date the report was filed, which stands in for a missing publication date."""
    head = text[:DATELINE_REACH]
    for found in find_times(head, published):
        line_start = head.rfind("\n", 0, found.start) + 1
        opens_line = found.start == line_start or DATELINE_PLACE.search(
            head[max(0, line_start - 1) : found.start]
        )
        named = DATED.search(text[found.start : found.end])
        if opens_line and named and found.value and re.fullmatch(r"\d{4}-\d\d-\d\d", found.value):
            return dt.date.fromisoformat(found.value)
    return None


def _tense(text: str, found: Found, tense_of: TenseFn | None) -> str | None:
    """Which way `found` points from the report: ahead, back, wholly back (`SETTLED_PAST`: never
    a month still to come) or None, from cue words first and the parse after."""
    before = text[max(0, found.start - 30) : found.start]
    if FUTURE_CUE.search(before) or DEFERRED_UNTIL.search(
        text[max(0, found.start - DEFERRED_REACH) : found.start]
    ):
        return cal.FUTURE
    if looks_ahead(text, found.start, found.end):  # "set a deadline of Saturday"
        return cal.FUTURE
    if DECLARING.search(before) and DECLARED_A_DAY.match(text, found.end):
        return cal.FUTURE
    if SINCE.search(before):
        return SETTLED_PAST
    if PAST_CUE.search(before):
        return cal.PAST
    if tense_of is None:  # an unparsed text: its words stand in for the verb group
        tense = _tense_from_words(text, found.start, found.end)
    else:
        tense = tense_of(found.start, found.end)
    if tense == SETTLED_PAST:
        return SETTLED_PAST  # before the weak cues: "By June, the troops had pulled back"
    if WEAK_FUTURE_CUE.search(before) and tense not in (cal.PAST, cal.FUTURE):
        return cal.FUTURE
    if tense == PERFECT_TENSE:
        return cal.PAST
    if tense == PRESENT and found.rule.name in PRESENT_AHEAD:
        return cal.FUTURE  # "meets Monday": news writes scheduled events in the present
    if tense in (cal.PAST, cal.FUTURE):
        return tense
    if tense == PRESENT:
        return None  # the parse read the verb; its participles ("are closed") are not past
    return _tense_from_words(text, found.start, found.end)


def _tense_from_words(text: str, start: int, end: int) -> str | None:
    """The tense a clause's words suggest, for texts that were not parsed."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right_dot = text.find(".", end)
    window = text[left : right_dot if right_dot != -1 else len(text)]
    if FUTURE_WORDS.search(window):
        return cal.FUTURE
    if PAST_WORDS.search(window):
        return cal.PAST
    return None


if TYPE_CHECKING:
    from collections.abc import Callable

    TenseFn = Callable[[int, int], str | None]
    SilentFn = Callable[[int, int], bool]
    HabitFn = Callable[[int, int], bool | None]
