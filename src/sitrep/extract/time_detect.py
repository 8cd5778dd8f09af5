"""The rule table and the scan that finds time expressions in text.

Each rule pairs a regular expression with a handler that reads the match. Detection runs every
rule over the text and keeps the longest non-overlapping matches; normalisation of a given string
uses the first rule that matches all of it. TimeBank's conventions decide the spans: modifiers
("early", "the past", "nearly") belong to the expression, prepositions ("on", "in", "by") do not.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sitrep.extract.time_durations import ago, duration, one_unit_gone, range_start
from sitrep.extract.time_named import (
    century,
    decade,
    half_guard,
    historic_day,
    holiday,
    quarter_in_year,
    quarter_with_year,
    season_guard,
    week_in_month,
    week_of,
    weekend,
    whole_year,
    year_ago,
    year_turning,
)
from sitrep.extract.time_ordinal_days import ORDINAL_DAY, ordinal_day
from sitrep.extract.time_pairs import FIRST_DAY, SECOND_DAY, first_day, second_day
from sitrep.extract.time_patterns import (
    APPROX,
    CLOCK,
    COUNT,
    DAYNUM,
    EDGE,
    MONTH_ABBR,
    MONTH_ANY,
    MONTH_FULL,
    MONTH_WORDS,
    NUMBER,
    PART,
    RELATIVE_DAY,
    SEQ,
    SPELLED_YEAR,
    TZ,
    UNIT,
    UNIT_PL,
    UNIT_SG,
    UNIT_WORDS,
    VERB_LAST,
    WEEKDAY,
    YEAR4,
    Env,
    Groups,
    Rule,
    Value,
    make_rule,
)
from sitrep.extract.time_reference import (
    ANAPHORA,
    DAY_NEXT_TO,
    PART_OF_STORY_DAY,
    RUN_OF_DAYS,
    anaphoric,
    day_next_to,
    part_of_story_day,
    run_of_days,
)
from sitrep.extract.time_rules import (
    DAY_RULES,
    bare_month,
    clock,
    iso_date,
    month_year,
    part_any,
    relative_unit,
    short_year,
    slash_date,
    spelled_year,
    unit_beyond,
    year,
)
from sitrep.extract.time_same_moment import SAME_MOMENT, same_moment
from sitrep.extract.time_shorthand import (
    FISCAL_CODE,
    QUARTER_CODE,
    QUARTER_MONTHS,
    fiscal_code,
    quarter_code,
    quarter_months,
)
from sitrep.extract.time_vague import (
    SET_SEASON,
    future_ref_guard,
    past_ref_guard,
    plural_duration,
    ref,
    set_adverb,
    set_month,
    set_per,
    set_per_guard,
    set_season,
    weekday_set_any,
)

# TIMEX3 takes in a point of the period it names: "by [the end of the second quarter]".
EDGE_OF = r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+"
OR_LONGER = r"(?:\s+(?:or|and)\s+(?:weeks|months|years|decades)(?![\w-]))?"

RULES: tuple[Rule, ...] = (
    make_rule("iso_date", r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)", iso_date),
    make_rule(
        "slash_date",
        r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d{2})",
        slash_date,
    ),
    *DAY_RULES,
    make_rule(
        "clock",
        rf"(?:(?:around|about|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
        rf"(?P<clock>{CLOCK}){TZ}?"
        # "10:35 a.m. (0735 GMT) Friday": the day after a bracketed restatement is the whole
        # phrase's, not the restatement's
        rf"(?:(?<!\)),?\s+(?:on\s+)?(?P<on>{WEEKDAY}|{RELATIVE_DAY}|{MONTH_ANY}\s+{DAYNUM}(?:,?\s+{YEAR4})?))?",
        clock,
        "# noon midnight midday",
    ),
    make_rule(
        "month_year",
        rf"(?:{EDGE})?(?P<month>{MONTH_FULL}|{MONTH_ABBR})(?:\s+of)?,?\s+(?:(?P<year>{YEAR4}|{SPELLED_YEAR})|(?P<rel>(?:this|last|next|that|the\s+same)\s+year))(?!\d)",
        month_year,
        MONTH_WORDS,
    ),
    make_rule(
        "rel_month",
        rf"(?:{EDGE})?(?P<rel>last|next|this\s+past|this\s+coming|this|past|coming)\s+(?P<month>{MONTH_FULL})",
        month_year,
    ),
    make_rule("month", rf"(?:(?P<rel>){EDGE})?(?P<month>{MONTH_FULL})", bare_month),
    make_rule(
        "quarter",
        rf"(?:{EDGE_OF})?(?:(?:the|this\s+year's|last\s+year's|next\s+year's|(?:the\s+)?(?P<year>(?:19|20)\d\d))\s+)?"
        r"(?:(?:fiscal|calendar|latest|current|comparable|year-earlier|year-ago|same|flat|final)[\s-]+)*"
        r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:fiscal[\s-]+)?quarter"
        rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year2>{YEAR4})|this\s+year|last\s+year|next\s+year))?",
        lambda m, env: quarter_with_year(m, env),
        "quarter",
    ),
    make_rule(
        "quarter_relative",
        r"(?:the\s+)?(?:(?:latest|current|comparable|year-earlier|year-ago|same|last|this|next|fiscal)[\s-]+)+(?P<q>)quarter"
        r"(?:\s+(?:a\s+year\s+(?:ago|earlier)|of\s+last\s+year|last\s+year))?(?P<year>)"
        r"|the\s+quarter(?:\s+a\s+year\s+(?:ago|earlier))?"
        r"|the\s+(?:year-earlier|year-ago|comparable|corresponding|same)\s+period"
        r"(?:\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?(?:the\s+)?last\s+year))?"
        r"|the\s+same\s+period\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)"
        r"|last\s+year['’]s\s+(?:quarter|period)|the\s+latest\s+period",
        lambda m, env: quarter_with_year(m, env),
        "quarter period",
    ),
    make_rule("quarter_code", QUARTER_CODE, quarter_code, "q h"),
    make_rule("fiscal_code", FISCAL_CODE, fiscal_code, "fy"),
    make_rule("quarter_months", QUARTER_MONTHS, quarter_months, "quarter period"),
    make_rule(
        "quarter_in_year",
        rf"the\s+(?P<year>{YEAR4})\s+(?:fiscal\s+)?(?:quarter|period)",
        quarter_in_year,
        "quarter period",
    ),
    make_rule(
        "half",
        rf"(?:{EDGE_OF})?(?:the\s+)?(?P<q>first|second|last|latter)[\s-]+half"
        rf"(?:\s+of\s+(?:(?P<year>{YEAR4})|this\s+year|last\s+year|next\s+year|the\s+year))?"
        # "the first two quarters of 1990" is the year's first half
        rf"|(?:the\s+)?(?P<q2>first|second|last)\s+two\s+quarters\s+of\s+(?:fiscal\s+)?"
        rf"(?:(?P<year2>{YEAR4})|this\s+year|last\s+year|next\s+year)",
        half_guard,
        "half quarters",
    ),
    make_rule(
        "season",
        rf"(?:{EDGE})?(?:(?P<rel>last|this\s+past|this\s+coming|this|next|past|coming|the)\s+)?"
        rf"(?P<season>spring|summer|fall|autumn|winter)(?:(?:\s+of)?\s+(?P<year>{YEAR4}|{SPELLED_YEAR})"
        r"|\s+of\s+(?P<year_rel>last|next|this)\s+year)?",
        season_guard,
        "spring summer fall autumn winter",
    ),
    make_rule(
        "holiday",
        r"(?P<name>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]?s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?"
        r"|Easter(?:\s+(?:Sunday|Monday))?|Election\s+Day|Independence\s+Day|Halloween|Valentine['’]s\s+Day|Boxing\s+Day"
        r"|Ash\s+Wednesday|Palm\s+Sunday|(?:Maundy|Holy)\s+Thursday|Good\s+Friday|Holy\s+Saturday"
        r"|Black\s+Friday|Cyber\s+Monday|(?:Memorial|Labor|Veterans['’]?|Remembrance|Columbus|Canada|Bastille"
        r"|Anzac|May|Presidents['’]?|Martin\s+Luther\s+King(?:\s+Jr\.)?|St\.\s+Patrick['’]s)\s+Day|Juneteenth)"
        rf"(?P<week>\s+week)?(?:\s+(?P<year>{YEAR4}))?",
        holiday,
    ),
    make_rule(
        "historic_day",
        r"(?:Black|Bloody)\s+(?:Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday)|Bloody\s+Friday",
        historic_day,
    ),
    make_rule(
        "decade",
        # "the last half of the '80s" is a part of the decade, which stands for it
        r"(?:(?:the\s+)?(?:first|second|last|latter)\s+half\s+of\s+)?"
        rf"(?:the\s+)?(?:{EDGE})?(?P<decade>(?:1[5-9]|20)\d0['’]?s|['’]\d0s|(?:the\s+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"
        # "the 70s (and 80s)" without their century; "in his 70s" is an age
        r"|the\s+(?:(?:early|late|mid)[\s-]+)?(?P<decade2>[2-9]0s)|(?<=\d0s\sand\s)(?P<decade3>[2-9]0s)",
        decade,
    ),
    make_rule("short_year", r"['’](?P<yy>\d\d)(?![\d'’])", short_year, "#"),
    make_rule(
        "century",
        r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|(?:twenty-)?first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)[\s-]+century",
        century,
        "century",
    ),
    make_rule(
        "spelled_year",
        rf"(?:the\s+year\s+)?(?P<year>{SPELLED_YEAR})",
        spelled_year,
    ),
    make_rule(
        "year",
        rf"(?:(?:{EDGE}|(?:fiscal|calendar|(?:fiscal|financial)\s+year|the\s+year|(?:the\s+)?(?:end|beginning|start|middle)\s+of|post|pre)(?:\s+|-))*(?:fiscal\s+)?)?"
        rf"(?<!\d[.,])(?P<year>{YEAR4})(?!\s*(?:%|percent|[-–]\d|\.\d|,\d|:\d|\s*(?:[a-z]+\s+)?(?:people|troops|soldiers|jobs|units|employees|workers|cars|votes|years|acres|miles|kilometers|km|tons|tonnes|feet|meters|members|delegates|residents|homes|points|shares|dollars|euros|men|women|children|civilians)\b))",
        year,
        "#",
    ),
    make_rule(
        "ago",
        rf"(?:(?:{APPROX}|a\s+little|a\s+bit)\s+)?(?P<count>{COUNT})?[\s-]*(?P<unit>{UNIT})\s+"
        r"(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|hence)(?!\s+(?:than|that|in\s+the))",
        ago,
        "ago earlier later now hence",
    ),
    make_rule("weekend", r"(?:the|this|last|next|this\s+past|this\s+coming)\s+weekend", weekend),
    make_rule(
        "week_of",
        rf"the\s+week(?P<end>end)?\s+of\s+(?P<month>{MONTH_ANY})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR4}))?",
        week_of,
        "week weekend",
    ),
    make_rule(
        "week_in_month",
        r"the\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+"
        rf"(?P<month>{MONTH_FULL})(?:,?\s+(?P<year>{YEAR4}))?",
        week_in_month,
        "week",
    ),
    make_rule(
        "year_turning",
        # "New Year's" is the holiday (see "holiday"); "in the new year" the year it begins
        r"(?:(?<=\bin\s)|(?<=\binto\s)|(?<=\bby\s)|(?<=\bafter\s)|(?<=\buntil\s)|(?<=\bbefore\s))"
        r"the\s+new\s+year(?!['’])|the\s+turn\s+of\s+the\s+year",
        year_turning,
        "year",
    ),
    make_rule(
        "whole_year",
        r"(?:the\s+)?(?:(?:full|entire|whole|current|latest|fiscal|calendar)\s+)+year"
        r"|(?:the\s+end\s+of\s+(?:the|this)\s+year|year[\s-]end|year['’]s\s+end|earlier\s+in\s+the\s+year)",
        whole_year,
    ),
    make_rule(
        "year_ago",
        r"(?:year-earlier|year-ago)(?!\s+(?:quarter|period|third|second|first|fourth|nine))",
        year_ago,
    ),
    make_rule("anaphoric", ANAPHORA, anaphoric, "day week month quarter year"),
    make_rule("part_of_story_day", PART_OF_STORY_DAY, part_of_story_day),
    make_rule("run_of_days", RUN_OF_DAYS, run_of_days, "day week"),
    make_rule("day_next_to", DAY_NEXT_TO, day_next_to, "day"),
    make_rule(
        "relative_unit",
        r"(?:(?:earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|sometime|some\s+time)\s+)?"
        r"(?P<rel>this\s+past|this|last|next|past|coming|previous|current|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+current|the\s+present|the\s+previous)\s+"
        r"(?P<unit>week|weekend|fortnight|month|quarter|year|fiscal\s+year|decade|century)(?!-)(?:\s+or\s+so\b)?",
        relative_unit,
    ),
    make_rule(
        "unit_beyond",
        r"the\s+(?P<unit>week|month|year)\s+(?P<dir>before\s+last|after\s+next)\b",
        unit_beyond,
    ),
    make_rule(
        "duration",
        # "the" and "a" stay out of a hyphenated modifier: "the [two-week] trip", "a [week-long] one"
        rf"(?:(?:{APPROX})\s+(?!the\b))?(?:(?:{SEQ}|the)\s+(?![^\s-]+-))?"
        rf"(?:(?!an?\s+{UNIT}-long)(?P<count>{COUNT})(?:\s+|-))"
        rf"(?:(?:more|additional|straight|consecutive|full|trading|business|long|short|whole)\s+)?(?P<unit>{UNIT})(?:-long)?"
        r"(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?",
        duration,
        UNIT_WORDS,
    ),
    make_rule("one_unit_gone", r"(?:the\s+)?past\s+(?P<unit>day|hour|minute)", one_unit_gone),
    make_rule(
        "range_start",
        # "three to four quarters" is mostly a share, so quarters stay out.
        rf"(?P<count>{NUMBER})(?=\s*(?:to|or|and|-|–)\s*{NUMBER}(?:\s+|-)"
        r"(?P<unit>seconds|minutes|hours|days|nights|weeks|months|years|decades)(?![\w-]|\s+old\b))",
        range_start,
        UNIT_WORDS,
    ),
    # "a [week-long] trip", "their third [day-long] meeting": one unit, the article the noun's
    make_rule("unit_long", rf"(?P<count>)(?P<unit>{UNIT_SG})-long", duration, UNIT_WORDS),
    make_rule(
        "duration_plural",
        # "weeks or months", "recent weeks and months": one stretch of unstated length
        rf"(?:(?:{SEQ}|the|recent|coming)\s+)?(?P<count>)(?P<unit>years|months|weeks|decades|hours|minutes|centuries)(?:-long)?"
        + OR_LONGER,
        plural_duration,
    ),
    make_rule(
        "days_plural",
        # "in the coming days", "over the past days", "within days", "could last days"; bare
        # "days" is mostly a count's unit or an era ("in those days"), and "the last days of
        # the war" a part of something else
        rf"(?:(?:the\s+)?(?:past|{VERB_LAST}last|next|coming|following)\s+|(?<=\bwithin\s)|(?<=\blast\s))"
        r"(?P<count>)(?P<unit>days)(?!\s+of\b)" + OR_LONGER,
        plural_duration,
    ),
    make_rule(
        "set_every",
        rf"(?:every|each)\s+(?:(?P<other>other)\s+(?P<unit>{UNIT_SG})|(?P<count>{NUMBER})\s+(?P<unit2>{UNIT_PL})"
        rf"|(?P<unit3>{UNIT_SG}))",
        set_per,
    ),
    make_rule(
        "set_weekday",
        rf"(?:(?:every|each)\s+(?:other\s+)?(?P<wd>{WEEKDAY})|(?P<wd2>{WEEKDAY})s)(?:\s+(?P<part>{PART})s?)?"
        rf"|(?P<wd3>{WEEKDAY})\s+(?P<part2>{PART})s",  # "Tuesday nights"
        lambda m, env: weekday_set_any(m, env),
    ),
    make_rule(
        "set_frequency",
        # TIMEX3 takes the count of times in: "[twice a week]", "[three times a year]"
        rf"(?:once|twice|thrice|(?:{NUMBER}|several|many)\s+times)\s+(?:a|an|per|each|every)\s+"
        r"(?P<unit>year|month|week|day|hour)\b",
        set_per,
        "once twice thrice times",
    ),
    make_rule("set_month", rf"(?:every|each)\s+(?P<month>{MONTH_FULL})", set_month, MONTH_WORDS),
    make_rule("set_season", SET_SEASON, set_season, "every each summers winters autumns"),
    make_rule(
        "set_per", r"(?:per|a)\s+(?P<unit>year|month|week|day|hour)(?=\s|\.|,|;|$)", set_per_guard
    ),
    make_rule(
        "set_adverb",
        r"hourly|daily|nightly|weekly|biweekly|monthly|annually|yearly",  # "quarterly": mostly "quarterly results"
        set_adverb,
    ),
    make_rule(
        "part_of_day",
        rf"(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part>{PART})|(?P<rel2>)(?P<part2>tonight|overnight)"
        rf"|(?:early|mid|late)[\s-](?P<part3>morning|afternoon|evening)(?:\s+(?P<rel3>yesterday|tomorrow))?",
        lambda m, env: part_any(m, env),
    ),
    make_rule(
        "present_ref",
        r"right\s+now|just\s+now|now|currently|current|at\s+present|presently|nowadays|these\s+days|the\s+present(?:\s+time)?",
        ref("PRESENT_REF"),
        "now currently current present presently nowadays days",
    ),
    make_rule(
        "past_ref",
        # "formerly" is a title ("formerly vice president"); "the then-current price" was current
        # at a time the story has left behind.
        r"recent\s+(?:years|months|weeks|days|quarters|times)\b|recently|recent|lately|(?:the\s+)?past"
        r"|then[\s-]+current",
        past_ref_guard,
        "recently recent lately past current",
    ),
    make_rule(
        "future_ref",
        # TimeBank leaves "future earnings", "shortly" and "long-term debt" unannotated; "in the
        # short term" is a stretch ahead of the report, like "in the near future".
        r"(?:the\s+)?(?:near|distant|foreseeable)\s+future|the\s+future|future(?!\s+[a-z])|soon"
        r"|the\s+(?:near|short|long|longer)\s+term(?!\s+[a-z])"
        r"|(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bover\s))the\s+(?:near|short|long|longer)\s+term"
        r"|as\s+soon\s+as\s+possible|a\s+later\s+date|coming\s+(?:years|months)",
        future_ref_guard,
        "future soon possible date months years term",
    ),
    make_rule("ordinal_day", ORDINAL_DAY, ordinal_day, "#"),
    make_rule("first_day", FIRST_DAY, first_day, "#"),
    make_rule("same_moment", SAME_MOMENT, same_moment, "time"),
    # last, so that any other reading of the number wins a tie
    make_rule("second_day", SECOND_DAY, second_day, "#"),
)


# ---------------------------------------------------------------- detection


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def candidates(text: str) -> Iterator[Found]:
    """Every rule's matches over `text`, overlapping ones included, in no set order (`select`
    ranks them).

    No expression spans a line break and every match holds one of its rule's trigger words, so a
    rule is tried only at the few word starts just before such a word: most text is never scanned.
    The starts are gathered per rule first, so each (rule, start) pair is tried once.
    """
    for line in re.finditer(r"[^\n]+", text):
        starts_by_rule: dict[int, set[int]] = {}
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
            for index in indexes:
                starts_by_rule.setdefault(index, set()).update(word_starts[first:last])
        for index, starts in starts_by_rule.items():
            rule = RULES[index]
            match = rule.pattern.match
            for start in starts:
                m = match(text, start, line.end())
                if m:
                    yield Found(m.start(), m.end(), rule, m)


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
