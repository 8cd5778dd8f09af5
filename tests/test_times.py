"""Time expressions: normalisation rules, detection on plain text, the seed article, properties."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract.time_calendar import duration_value, easter, resolve_weekday, week_value
from sitrep.extract.times import find_times, normalize_time

SATURDAY = dt.date(2024, 10, 26)  # the seed article's publication date


@pytest.mark.parametrize(
    ("text", "tense", "value", "kind"),
    [
        ("Friday", None, "2024-10-25", "date"),
        ("Friday", "past", "2024-10-25", "date"),
        ("Saturday", None, "2024-10-26", "date"),  # the publication day itself
        ("Wednesday", "past", "2024-10-23", "date"),
        ("Monday", "future", "2024-10-28", "date"),
        ("Sunday", "future", "2024-10-27", "date"),
        ("last Friday", None, "2024-10-25", "date"),
        ("next Saturday", None, "2024-11-02", "date"),
        ("Friday evening", None, "2024-10-25TEV", "time"),
        ("Thursday morning", None, "2024-10-24TMO", "time"),
        ("last night", None, "2024-10-25TNI", "time"),
        ("mid-afternoon", None, "2024-10-26TAF", "time"),
        ("late evening yesterday", None, "2024-10-25TEV", "time"),
        ("yesterday", None, "2024-10-25", "date"),
        ("today", None, "2024-10-26", "date"),
        ("tomorrow", None, "2024-10-27", "date"),
    ],
)
def test_days(text: str, tense: str | None, value: str, kind: str) -> None:
    assert normalize_time(text, SATURDAY, tense) == (value, kind)


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("August", "past", "2024-08"),
        ("December", "future", "2024-12"),
        ("December", "past", "2024-12"),  # the nearest: past narration names coming months
        ("January", "past", "2024-01"),
        ("February", "future", "2025-02"),
        ("Dec. 7", "past", "2024-12-07"),  # "payable Dec. 7" in a past-tense report
        ("Jan. 14", "future", "2025-01-14"),
        ("Sept. 30", "future", "2024-09-30"),  # "the quarter ending Sept. 30", just gone
        ("April 2", None, "2024-04-02"),  # "the April 2 attack": months away, already reported
        ("March", "future", "2025-03"),
        ("this month", None, "2024-10"),
        ("last month", None, "2024-09"),
        ("October 2023", None, "2023-10"),
        ("Oct. 25", None, "2024-10-25"),
        ("October 25, 2024", None, "2024-10-25"),
        ("25 October 2024", None, "2024-10-25"),
        ("Friday, Oct. 25", None, "2024-10-25"),
        ("2024-10-25", None, "2024-10-25"),
        ("late November", "future", "2024-11"),
    ],
)
def test_months_and_dates(text: str, tense: str | None, value: str) -> None:
    assert normalize_time(text, SATURDAY, tense)[0] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("this week", "2024-W43"),
        ("last week", "2024-W42"),
        ("next week", "2024-W44"),
        ("this year", "2024"),
        ("last year", "2023"),
        ("next year", "2025"),
        ("1989", "1989"),
        ("fiscal 1990", "1990"),
        ("the third quarter", "2024-Q3"),
        ("third-quarter", "2024-Q3"),
        ("the fourth quarter of 1989", "1989-Q4"),
        ("the final quarter of 2009", "2009-Q4"),
        ("the first half of 2023", "2023-H1"),
        ("last fall", "2023-FA"),
        ("the 1990s", "199"),
        ("two days ago", "2024-10-24"),
        ("a year ago", "2023"),
        ("a year earlier", "2023"),  # the period a result is compared with
        ("a week ago", "2024-10-19"),  # the day, not the ISO week "last week" names
        ("two weeks ago", "2024-10-12"),
        ("six weeks ago", "2024-W37"),  # far enough back that only the week is known
        ("three months ago", "2024-07"),
        ("Christmas", "2024-12-25"),
        ("10:30 a.m.", "2024-10-26T10:30"),
        ("3 p.m. Friday", "2024-10-25T15:00"),
        ("18:00 UTC", "2024-10-26T18:00Z"),
    ],
)
def test_weeks_years_quarters_and_clock(text: str, value: str) -> None:
    assert normalize_time(text, SATURDAY)[0] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a decade", "P10Y"),
        ("two decades", "P20Y"),
        ("three years", "P3Y"),
        ("nearly three years", "P3Y"),
        ("three-year", "P3Y"),
        ("the past three years", "P3Y"),
        ("the first nine months", "P9M"),
        ("16-hour", "PT16H"),
        ("30 minutes", "PT30M"),
        ("two weeks", "P2W"),
        ("several years", "PXY"),
        ("weeks", "PXW"),
        ("a couple of years", "P2Y"),
        # A fraction goes into the next smaller unit where it comes out whole, as TimeBank has it.
        ("two and a half years", "P2Y6M"),
        ("a year and a half", "P1Y6M"),
        ("a minute and a half", "PT1M30S"),
        ("half an hour", "PT30M"),
        ("1.5 days", "P1DT12H"),
        ("two and a half weeks", "P2.5W"),
        # Counted from the story's last event, not the report: a stretch, as TimeBank has it.
        ("three days later", "P3D"),
        ("a few days later", "PXD"),
        ("a day earlier", "P1D"),
        # "in recent months" is a stretch of unstated length, as "in coming months" is.
        ("recent months", "PXM"),
        ("recent days", "PXD"),
    ],
)
def test_durations(text: str, value: str) -> None:
    assert normalize_time(text, SATURDAY) == (value, "duration")


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("now", "PRESENT_REF", "date"),
        ("currently", "PRESENT_REF", "date"),
        ("recently", "PAST_REF", "date"),
        ("recent", "PAST_REF", "date"),
        ("the past", "PAST_REF", "date"),
        ("the future", "FUTURE_REF", "date"),
        ("soon", "FUTURE_REF", "date"),
        ("yearly", "P1Y", "set"),
        ("daily", "P1D", "set"),
        ("every week", "P1W", "set"),
        ("every Thursday", "XXXX-WXX-4", "set"),
        ("Tuesday nights", "XXXX-WXX-2TNI", "set"),
        ("each spring", "XXXX-SP", "set"),
        ("the past three summers", "XXXX-SU", "set"),  # the season year after year
        ("recent winters", "XXXX-WI", "set"),
    ],
)
def test_references_and_sets(text: str, value: str, kind: str) -> None:
    assert normalize_time(text, SATURDAY) == (value, kind)


@pytest.mark.parametrize(
    "text", ["Friday", "this week", "last month", "yesterday", "two days ago", "August", "Oct. 25"]
)
def test_no_anchor_leaves_relative_values_null(text: str) -> None:
    assert normalize_time(text, None)[0] is None


@pytest.mark.parametrize(
    ("text", "value"), [("October 25, 2024", "2024-10-25"), ("1989", "1989"), ("a decade", "P10Y")]
)
def test_no_anchor_keeps_absolute_values(text: str, value: str) -> None:
    assert normalize_time(text, None)[0] == value


@pytest.mark.parametrize("text", ["the cat", "", "may", "march on", "$50", "21"])
def test_non_times(text: str) -> None:
    assert normalize_time(text, SATURDAY) == (None, "date")


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("They paid $50 for 21 tickets.", []),
        ("Troops arrived Friday evening.", ["Friday evening"]),
        ("He may march in May.", ["May"]),
        ("The 14-year-old girl died.", []),
        ("Sales rose 5% in the third quarter of 1989.", ["the third quarter of 1989"]),
        ("It will be ready as soon as Sunday.", ["Sunday"]),
        ("A two-day visit ended two days ago.", ["two-day", "two days ago"]),
        ("Over the past three years, prices rose.", ["the past three years"]),
        # TIMEX3 leaves out a possessive and a determiner such as "its" or "a".
        ("Friday's session was quiet.", ["Friday"]),
        (
            "It posted a third-quarter loss for its fourth quarter.",
            ["third-quarter", "fourth quarter"],
        ),
        # Ages, fractions, ordinals, titles and discourse markers are no times.
        ("Mr. Reupke, 52 years old, will succeed him.", []),
        ("Iraq imports about three-quarters of its food.", []),
        ("A second group of directors sold shares.", []),
        ("Robert Angelo, formerly vice president, joined.", []),
        ("Now, Ms. Conlin said, it will have to wait.", []),
        ("He was soon released. It was killed soon after the raid.", []),
        ("Average daily volume was low; revenue should rise 20% annually.", []),
        ("Officials may soon seek an indictment; the fund now holds cash.", ["soon", "now"]),
        # Plural seasons recur, except counted back from now; "falls" are mostly tumbles.
        ("Marches were attacked over the past three summers.", ["the past three summers"]),
        ("Two winters ago the river froze. He had two falls.", []),
    ],
)
def test_detection_spans(text: str, spans: list[str]) -> None:
    assert [t.text for t in find_times(text, SATURDAY)] == spans


def test_future_context_from_words() -> None:
    found = find_times("Troops are expected to assemble in Kursk by Monday.", SATURDAY)
    assert [(t.text, t.value) for t in found] == [("Monday", "2024-10-28")]


def test_clock_takes_the_day_named_before_it() -> None:
    found = find_times("The plane took off on Oct. 20 at 18:00 UTC.", SATURDAY)
    assert found[-1].value == "2024-10-20T18:00Z"
    # A later sentence's clock time stays on the day the narrative last named.
    found = find_times("He was shot on Oct. 20. It happened at 10 p.m. in his kitchen.", SATURDAY)
    assert found[-1].value == "2024-10-20T22:00"


def test_part_of_a_trading_day_is_the_story_days() -> None:
    found = find_times("Shares fell on Friday, and the index sank in afternoon trading.", SATURDAY)
    assert [(t.text, t.value) for t in found] == [
        ("Friday", "2024-10-25"),
        ("afternoon", "2024-10-25TAF"),
    ]


def test_quarter_hint_for_a_year_earlier() -> None:
    text = "Profit rose in the third quarter from a year earlier."
    assert [t.value for t in find_times(text, dt.date(1989, 10, 27))] == ["1989-Q3", "1988-Q3"]


def test_calendar_helpers() -> None:
    assert week_value(SATURDAY) == "2024-W43"
    assert resolve_weekday(SATURDAY, 5, "future") == SATURDAY
    assert duration_value(None, "decade") == "PXY"
    assert easter(2024) == dt.date(2024, 3, 31)


# ---------------------------------------------------------------- the seed article


@pytest.mark.model
def test_seed_article_times(make_context, seed_text: str, seed_published: dt.date) -> None:
    """Every gold time of the seed article is found with its value (a precise value whose date
    prefix matches counts: "Friday evening" is 2024-10-25TEV)."""
    from sitrep.extract.times import extract_times

    gold = {
        "in a surprise August incursion": ("August", "2024-08"),
        "with the first arriving Wednesday": ("Wednesday", "2024-10-23"),
        "arrived in the Russian province of Kursk this week": ("this week", "2024-W43"),
        "assemble in Kursk by Monday": ("Monday", "2024-10-28"),
        "Volodymyr Zelensky on Friday": ("Friday", "2024-10-25"),
        "in Kursk as soon as Sunday": ("Sunday", "2024-10-27"),
        "Kyiv’s positions there this month": ("this month", "2024-10"),
        "to Ukraine as early as December": ("December", "2024-12"),
        "apartment building in Kyiv Friday evening": ("Friday evening", "2024-10-25"),
        "in a social media post Saturday": ("Saturday", "2024-10-26"),
    }
    ctx = make_context(seed_text, seed_published)
    times = extract_times(ctx)
    for evidence, (mention, value) in gold.items():
        start = seed_text.index(evidence) + evidence.index(mention)
        hits = [t for t in times if t.start <= start < t.end]
        assert hits, f"{mention!r} in {evidence!r} not found"
        assert hits[0].value is not None and hits[0].value.startswith(value), (evidence, hits[0])


@pytest.mark.model
def test_extract_times_respects_spans_and_silence(make_context) -> None:
    from sitrep.extract.times import extract_times

    text = "Troops arrived Friday.\n\nPhoto: AFP via Getty Images, Monday\n"
    ctx = make_context(text, SATURDAY)
    for t in extract_times(ctx):
        assert ctx.text[t.start : t.end] == t.text
        assert not ctx.is_silent(t.start, t.end)


@pytest.mark.model
def test_extract_times_without_publication_date(make_context) -> None:
    from sitrep.extract.times import extract_times

    ctx = make_context("Troops arrived Friday, in October 2024, for two weeks.", None)
    values = {t.text: t.value for t in extract_times(ctx)}
    assert values == {"Friday": None, "October 2024": "2024-10", "two weeks": "P2W"}


@pytest.mark.model
def test_a_dateline_stands_in_for_a_missing_publication_date(make_context) -> None:
    from sitrep.extract.times import extract_times

    ctx = make_context("Car sales fall\nFebruary 03, 2009\nSales fell 35% in January.", None)
    values = {t.text: t.value for t in extract_times(ctx)}
    assert values == {"February 03, 2009": "2009-02-03", "January": "2009-01"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("published", "monday"),
    [
        (dt.date(2024, 9, 2), "2024-09-02"),  # filed on Sunday: the writer's Monday is the next day
        (dt.date(2024, 9, 1), "2024-09-02"),
        (dt.date(2024, 9, 20), "2024-09-23"),  # weeks apart: the publication date rules
    ],
)
def test_a_report_speaks_from_its_datelines_day(make_context, published, monday) -> None:
    from sitrep.extract.times import extract_times

    ctx = make_context("MOSCOW, Sept 1 (Reuters) - Talks will be held on Monday.", published)
    values = {t.text: t.value for t in extract_times(ctx)}
    assert values == {"Sept 1": "2024-09-01", "Monday": monday}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Car sales fall\n2009-02-03\nSales fell.", dt.date(2009, 2, 3)),
        ("Sales fell, as on June 4, 2009, when they slid.", None),  # not a dateline
        ("\n".join(["A long headline line"] * 20) + "\nJune 4, 2009\n", None),  # too deep
        # after the dateline's place, with or without a region
        ("KYIV, Sept 1, 2024 (Reuters) - Drones struck.", dt.date(2024, 9, 1)),
        ("KYIV, Oct 25 (Reuters) - Drones struck.", dt.date(2024, 10, 25)),  # the year published
        ("PORT SUDAN, Sudan, May 12, 2024 - Fighting resumed.", dt.date(2024, 5, 12)),
        ("Officials in PARIS, May 12, 2024 said it.", None),  # capitals mid-sentence
        ("Yesterday\nTroops advanced.", None),  # a day counted from the report, not a date
    ],
)
def test_dateline_date(text: str, date: dt.date | None) -> None:
    from sitrep.extract.times import dateline_date

    assert dateline_date(text, published=SATURDAY) == date


# ---------------------------------------------------------------- properties

VALUE = re.compile(
    r"\d{4}(-\d\d(-\d\d(T(\d\d:\d\d(:\d\d)?Z?|MO|AF|EV|NI))?)?|-W\d\d(-WE)?|-Q[1-4]|-H[12]"
    r"|-(SP|SU|FA|WI))?|\d{2,3}|PT?((\d+(\.\d+)?|X)[YMWDHSQC])+(T(\d+[HMS])+)?|PT?X?[A-Z]+|"
    r"PRESENT_REF|PAST_REF|FUTURE_REF|XXXX-WXX-\d(T[A-Z]{2})?"
)
TIMEY = st.sampled_from(
    [
        "Friday",
        "last week",
        "Oct. 25",
        "2024",
        "three years",
        "now",
        "10:30 a.m.",
        "the 1990s",
        "$50",
        "21",
        "May",
        "a year ago",
        "the third quarter",
        "Friday evening",
        "-",
        "\n",
        ", ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=20), TIMEY), max_size=12), st.none() | st.dates())
def test_find_times_never_crashes_and_spans_hold(parts: list[str], anchor: dt.date | None) -> None:
    text = " ".join(parts)
    found = find_times(text, anchor)
    previous_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.start >= previous_end  # in order, never overlapping
        previous_end = t.end
        assert t.kind in ("date", "time", "duration", "set")
        assert t.value is None or VALUE.fullmatch(t.value), t.value


@pytest.mark.parametrize("anchor", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_a_placeholder_publication_date_leaves_relative_times_unresolved(anchor: dt.date) -> None:
    """A feed's empty date (0001-01-01, 9999-12-31) is no date: counting from it would leave
    the calendar, so "yesterday" stays unresolved and absolute dates keep their value."""
    found = find_times("Friday evening, yesterday, last week and tomorrow; on May 3, 2024.", anchor)
    assert [t.value for t in found if t.text != "May 3, 2024"] == [None] * (len(found) - 1)
    assert [t.value for t in found if t.text == "May 3, 2024"] == ["2024-05-03"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.none() | st.dates(), st.sampled_from([None, "past", "future"]))
def test_normalize_time_never_crashes(text: str, anchor: dt.date | None, tense: str | None) -> None:
    value, kind = normalize_time(text, anchor, tense)
    assert kind in ("date", "time", "duration", "set")
    assert value is None or VALUE.fullmatch(value), value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The running reference: anaphoric expressions follow the last date the text named.
        (
            "The plant opened in 1995. The following year it closed.",
            [("1995", "date"), ("1996", "date")],
        ),
        (
            "He left on March 3, 1998. Later that day he called.",
            [("1998-03-03", "date"), ("1998-03-03", "date")],
        ),
        ("Talks began in 1991 and ended that year.", [("1991", "date"), ("1991", "date")]),
        ("It fell 2% on the day.", [("2024-10-26", "date")]),
        # The year's high; "the day of the vote" is a day the text does not date.
        ("It hit a high for the year of $42 a share.", [("2024", "date")]),
        ("He recalled the day of the vote.", []),
        ("Net rose 5% for the year ended June 30.", [("P1Y", "duration"), ("2024-06-30", "date")]),
        (
            "Net rose in the fiscal year ended June 30.",
            [("P1Y", "duration"), ("2024-06-30", "date")],
        ),
        # TimeBank leaves adjectival and vague expressions unannotated.
        ("Future earnings and quarterly results were previously strong in the long-term.", []),
        ("Stock-index futures rose.", []),
        ("He will decide in the future.", [("FUTURE_REF", "date")]),
        ("It matters to the future of our peoples.", []),
    ],
)
def test_reference_and_unannotated(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.value, t.kind) for t in find_times(text, SATURDAY)] == expected


# ---------------------------------------------------------------- clause tense (parse-based)

THURSDAY = dt.date(1990, 8, 16)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "mention", "tense", "value"),
    [
        # Pluperfect beats the cue word "by"/"until".
        ("Members had filed compliance reports by Wednesday.", "Wednesday", "past", "1990-08-15"),
        ("Until Wednesday, they had not called him a suspect.", "Wednesday", "past", "1990-08-15"),
        # Future auxiliaries and "plans/expected/scheduled to" govern the infinitive.
        ("The king will meet Bush on Monday.", "Monday", "future", "1990-08-20"),
        ("The deal is scheduled to close Monday.", "Monday", "future", "1990-08-20"),
        ("The company plans to hold a news conference Tuesday.", "Tuesday", "future", "1990-08-21"),
        ("He has scheduled a news conference Friday.", "Friday", "future", "1990-08-17"),
        # Pluperfect governors stay past: "had been scheduled to expire".
        ("The offer had been scheduled to expire Wednesday.", "Wednesday", "past", "1990-08-15"),
        # A to-infinitive takes the tense of its clause.
        ("Crowds gathered to mark the anniversary on Tuesday.", "Tuesday", "past", "1990-08-14"),
        ("They extended their offers to acquire the maker Monday.", "Monday", "past", "1990-08-13"),
        # Reported speech: the embedded clause counts, not the reporting verb.
        ("Officials said the ship will arrive Saturday.", "Saturday", "future", "1990-08-18"),
        ("Officials said Tuesday that the ship arrived.", "Tuesday", "past", "1990-08-14"),
        # A modal perfect is past.
        ("Concern may have caused the drop on Wednesday.", "Wednesday", "past", "1990-08-15"),
        # A plan made in the past names an event ahead.
        (
            "Protesters planned a large rally in the park on Saturday.",
            "Saturday",
            "future",
            "1990-08-18",
        ),
        # A time clause under a future main clause is ahead, though reported speech made it past.
        (
            "Dealers said banks were likely to buy the stock as soon as trading opened Monday.",
            "Monday",
            "future",
            "1990-08-20",
        ),
        # A participle under a preposition takes the tense of the clause it hangs on.
        (
            "The airline will add two flights, with the third departing from February 6.",
            "February 6",
            "future",
            "1991-02-06",
        ),
        # A verb reached across a quotation mark belongs to another utterance.
        (
            "Statements about the meeting: Smith on Monday ``Nothing in this report is true.''",
            "Monday",
            None,
            "1990-08-13",
        ),
        # A simple past, active or passive, that the date itself dates lies wholly back.
        ("He was arrested on Oct. 5.", "Oct. 5", "past", "1989-10-05"),
        # A past participle on a noun names a done deed, a plan excepted.
        ("The bonds sold on March 1 will mature soon.", "March 1", "past", "1990-03-01"),
        (
            "The law passed by Congress on March 1 will take effect.",
            "March 1",
            "past",
            "1990-03-01",
        ),
        # The day a period "ended" has passed, even days before the report.
        ("Net fell in the quarter ended Aug. 31.", "Aug. 31", "past", "1989-08-31"),
    ],
)
def test_clause_tense_reading(make_context, sentence, mention, tense, value) -> None:
    from sitrep.extract.times import extract_times, infer_tense

    ctx = make_context(sentence, THURSDAY)
    start = sentence.index(mention)
    read = infer_tense(ctx.doc, start, start + len(mention))
    assert (cal_past(read) if tense == "past" else read) == tense, (sentence, read)
    found = [t for t in extract_times(ctx) if t.text == mention]
    assert found and found[0].value == value, (sentence, found)


def cal_past(read: str | None) -> str | None:
    """A present perfect ("perfect") or a settled past reads as past once no cue word points
    ahead."""
    return "past" if read in ("past", "perfect", "settled past") else read


def test_weak_cue_decides_only_without_a_past_verb() -> None:
    """Without a parse, "by Monday" still points ahead; "as soon as" always does."""
    found = find_times("It will be ready as soon as Sunday and done by Monday.", SATURDAY)
    assert [t.value for t in found] == ["2024-10-27", "2024-10-28"]


def test_previous_weekday_counts_back_from_the_last_day_named() -> None:
    text = "Shares fell on Friday, Oct. 18, down 2% from the previous Friday."
    assert [t.value for t in find_times(text, SATURDAY)] == ["2024-10-18", "2024-10-11"]


def test_the_quarter_is_the_one_under_discussion() -> None:
    text = "Profit rose in the third quarter. During the quarter, sales fell."
    assert [t.value for t in find_times(text, dt.date(1989, 11, 2))] == ["1989-Q3", "1989-Q3"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prospects look good in the near term.", [("the near term", "FUTURE_REF")]),
        ("It will help holders in the short term.", [("the short term", "FUTURE_REF")]),
        ("They took the long-term view of the long term plan.", []),
        # After "in"/"for"/"over" the term is a time whatever follows it.
        ("Prospects in the near term look good.", [("the near term", "FUTURE_REF")]),
        # Plural quarters before a bare noun count time; before a determiner they are a share.
        ("It posted two consecutive quarters of losses.", [("two consecutive quarters", "P2Q")]),
        ("It profited after several quarters of losses.", [("several quarters", "PXQ")]),
        ("They import three quarters of their food and a quarter of the oil.", []),
        # Two quarters of a named year are its half.
        (
            "Losses run through the first two quarters of 1990.",
            [("the first two quarters of 1990", "1990-H1")],
        ),
        ("Sales fell in the last two quarters.", [("the last two quarters", "P2Q")]),
    ],
)
def test_terms_and_quarters(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, dt.date(1989, 11, 2))] == expected


def test_the_latest_quarter_has_ended_and_a_year_named_keeps_the_quarter() -> None:
    text = "Sales rose in the third quarter. In the 1988 quarter, they fell."
    found = [(t.text, t.value) for t in find_times(text, dt.date(1989, 11, 2))]
    assert found == [("the third quarter", "1989-Q3"), ("the 1988 quarter", "1988-Q3")]
    latest = find_times("Net fell in the latest quarter.", dt.date(1989, 11, 2))
    assert [t.value for t in latest] == ["1989-Q3"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Transcripts read years out; a month or season takes them as it takes digits.
        (
            "Prices fell in the winter of nineteen ninety-four.",
            [("the winter of nineteen ninety-four", "1994-WI")],
        ),
        (
            "January nineteen ninety-seven. Atlanta again.",
            [("January nineteen ninety-seven", "1997-01")],
        ),
        ("The year two thousand and one came.", [("The year two thousand and one", "2001")]),
        # Without a year, "of" stays out of the season.
        ("It was the winter of discontent.", [("the winter", "2023-WI")]),
    ],
)
def test_spelled_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, SATURDAY)] == expected


def test_what_is_put_off_until_a_weekday_waits_for_the_next_one() -> None:
    text = "Officials postponed until Tuesday any action. They met Tuesday."
    assert [t.value for t in find_times(text, dt.date(2000, 3, 30))] == ["2000-04-04", "2000-03-28"]


def test_an_extended_deadline_lies_ahead() -> None:
    text = "The agency extended its deadline until 9 a.m. EST Tuesday."
    assert [t.value for t in find_times(text, dt.date(2000, 4, 3))] == ["2000-04-04T09:00"]


def test_a_clock_restated_in_utc_keeps_the_day_set_off_after_it() -> None:
    """ "10:35 a.m. (0735 GMT) Friday": the bracket gives the moment in UTC, which an analyst
    compares across zones; the day stands alone and is both clocks' day."""
    found = find_times("The blast came at 10:35 a.m. (0735 GMT) Friday.", SATURDAY)
    assert [(t.text, t.value) for t in found] == [
        ("10:35 a.m.", "2024-10-25T10:35"),
        ("0735 GMT", "2024-10-25T07:35Z"),
        ("Friday", "2024-10-25"),
    ]


def test_the_corresponding_period_is_the_quarter_a_year_back() -> None:
    text = "Net fell in the third quarter from the corresponding period last year."
    found = find_times(text, dt.date(1989, 11, 1))
    assert [(t.text, t.value) for t in found] == [
        ("the third quarter", "1989-Q3"),
        ("the corresponding period last year", "1988-Q3"),
    ]


def test_the_same_period_is_the_month_just_named() -> None:
    text = (
        "Profit fell in the third quarter. Sales rose in February from the same period last year."
    )
    found = find_times(text, dt.date(2010, 3, 3))
    assert [(t.text, t.value) for t in found][1:] == [
        ("February", "2010-02"),
        ("the same period last year", "2009-02"),
    ]


def test_signals_and_articles_stay_outside_the_span() -> None:
    """ "within" is a signal, like "for"; "the" stays out of a hyphenated modifier."""
    found = find_times("They will decide within two weeks, after the 14-day trip.", SATURDAY)
    assert [(t.text, t.value) for t in found] == [("two weeks", "P2W"), ("14-day", "P14D")]


def test_a_quarter_set_off_by_commas_is_still_a_share() -> None:
    assert find_times("It will cut 789, or about a quarter, of its dealers.", SATURDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A zone given as an offset from GMT is local time, not UTC.
        (
            "It landed at 6:40 p.m. (GMT +8) after a long flight.",
            [("6:40 p.m. (GMT +8)", "2024-10-26T18:40")],
        ),
        # A day set off after the clock by a spaced comma (tokenised text) is the clock's day.
        (
            "He spoke at 16:15 UTC , June 1st , in New York.",
            [("16:15 UTC", "2024-06-01T16:15Z"), ("June 1st", "2024-06-01")],
        ),
    ],
)
def test_clock_zones_and_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, SATURDAY)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Communist Party daily Granma printed it.", []),
        ("The daily reported the talks.", []),
        ("Rallies are held almost daily.", [("daily", "P1D", "set")]),
        ("The venture, called Orion 1980, makes parts.", []),
        (
            "They met at the Developers Conference 2010 in June.",
            [("2010", "2010", "date"), ("June", "2024-06", "date")],
        ),
        ("Orangemen march each July to the church.", [("each July", "XXXX-07", "set")]),
        ("They led the ``Spring of Life'' protests.", []),
        ("He was arrested in the early hours of a cold night.", []),
        (
            "Sales grew in the last half of the '80s.",
            [("the last half of the '80s", "198", "date")],
        ),
    ],
)
def test_names_newspapers_and_named_periods(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(t.text, t.value, t.kind) for t in find_times(text, SATURDAY)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After an amount, "a year" is the rate's unit and belongs to the quantity.
        ("The plan saves $500 million a year in costs.", []),
        ("It adds 700 seats a week on the route.", []),
        ("Rooms cost between $35 and $55 a night.", []),
        ("Jobs grew by 358,000 a month.", []),
        # How often something recurs is a set, its count of times included (TimeML's freq).
        ("The board meets twice a month.", [("twice a month", "P1M", "set")]),
        ("He finished the work in a year.", [("a year", "P1Y", "duration")]),
        # A year is no amount.
        (
            "In 1999 a year after the war he left.",
            [("1999", "1999", "date"), ("a year", "P1Y", "duration")],
        ),
    ],
)
def test_rates_are_quantities_and_frequencies_are_sets(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(t.text, t.value, t.kind) for t in find_times(text, SATURDAY)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The stake costs $ 4.1556 per share.",
        "Thousands joined the annual March for Life.",
        "He led the March of the Mothers.",
        "A still from High Noon; for the city, high noon has come.",
        "It changed from a fiscal year to a calendar year.",
        "He told USA Today so.",
        'Baker, speaking on ABC News\' "This Week," said so.',
        "He said on CBS's ''60 Minutes'' that he would stay.",
    ],
)
def test_decimals_names_idioms_and_kinds_are_not_dates(text: str) -> None:
    assert find_times(text, SATURDAY) == []


def test_march_stays_a_month_before_lower_case_words() -> None:
    found = find_times("He resigned in March for health reasons.", SATURDAY)
    assert [(t.text, t.value) for t in found] == [("March", "2024-03")]


def test_one_day_ahead_is_some_day_not_a_day_long() -> None:
    text = "He will one day lead it. He had been in the job one day."
    assert [t.value for t in find_times(text, SATURDAY)] == ["FUTURE_REF", "P1D"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares hit their lowest level since '82.", [("'82", "1982")]),
        ("The class of ’09 met.", [("’09", "2009")]),
        ("'30 killed', police said.", []),
    ],
)
def test_short_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, dt.date(2008, 10, 27))] == expected


def test_the_quarter_ended_on_a_date_is_the_calendar_quarter_it_mostly_covers() -> None:
    text = "In the quarter ended July 31, it lost money."
    found = find_times(text, dt.date(1989, 10, 30))
    assert [(t.text, t.value) for t in found] == [
        ("the quarter", "1989-Q2"),
        ("July 31", "1989-07-31"),
    ]
    # A quarter named by number earlier may be fiscal: "the quarter" stays that one.
    text = "Its fiscal first quarter was weak. In the quarter ended Sept. 29, it lost money."
    assert find_times(text, dt.date(1989, 10, 30))[1].value == "1989-Q1"
    # A quarter that "ended" has closed, even on a day just ahead of the report's; one
    # "ending" then is the current one.
    found = find_times("In the quarter ended Dec. 31, it lost money.", dt.date(1989, 11, 7))
    assert found[0].value == "1988-Q4"
    found = find_times("The quarter ending Dec. 31 looks weak.", dt.date(1989, 11, 7))
    assert found[0].value == "1989-Q4"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each end of a range is a stretch; the first borrows the unit the second names.
        ("Repairs take between two to six days.", [("two", "P2D"), ("six days", "P6D")]),
        ("It may last 60 or 90 minutes.", [("60", "PT60M"), ("90 minutes", "PT90M")]),
        ("Children aged three to five years old play.", []),
        ("Three to four years of talks failed.", [("Three", "P3Y"), ("four years", "P4Y")]),
        ("They import two to three quarters of their food.", []),
    ],
)
def test_ranges_mark_both_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, SATURDAY)] == expected


def test_effective_and_payable_dates_lie_ahead() -> None:
    """An announcement names the date a change takes effect or a dividend is paid ahead of it."""
    text = "The board named him chief, effective Feb. 1. The dividend was declared, payable June 1."
    assert [t.value for t in find_times(text, dt.date(1989, 10, 26))] == [
        "1990-02-01",
        "1990-06-01",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buyers loved the boxy cars of the 70s and 80s.", [("the 70s", "197"), ("80s", "198")]),
        ("Prices peaked in the late 80s.", [("the late 80s", "198")]),
        ("She is in her 70s and lives in room 80s.", []),
    ],
)
def test_decades_without_century(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, SATURDAY)] == expected


def test_a_quoted_sentence_may_open_with_a_time() -> None:
    found = find_times('He said: "Today we fight. This week we win."', SATURDAY)
    assert [(t.text, t.value) for t in found] == [
        ("Today", "2024-10-26"),
        ("This week", "2024-W43"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A run counted up to the report ends on the report's own day or week.
        (
            "Trading halted for a second consecutive day.",
            [("a second consecutive day", "2024-10-26")],
        ),
        ("Stocks rose for the fourth week in a row.", [("the fourth week", "2024-W43")]),
        ("It's the eighth day of the strike.", [("the eighth day", "2024-10-26")]),
        # Any other ordinal day is the story's, not the report's.
        ("He will act on his first day in office.", []),
        ("It was the second day of the strike.", []),
    ],
)
def test_a_run_of_days_ends_on_the_report_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, SATURDAY)] == expected


def test_the_week_of_a_day_is_its_iso_week() -> None:
    found = find_times("Hearings are set for the week of March 6.", dt.date(2000, 2, 24))
    assert [(t.text, t.value) for t in found] == [("the week of March 6", "2000-W10")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He was seen the day before last Tuesday.", "2000-02-21"),
        ("They met the day after Oct. 12, 1989.", "1989-10-13"),
    ],
)
def test_the_day_next_to_a_named_day(text: str, value: str) -> None:
    assert [t.value for t in find_times(text, dt.date(2000, 2, 24))] == [value]


def test_a_holiday_at_hand_and_its_week() -> None:
    """Past narration a few days before a holiday still means this year's ("as Easter week
    began"); one months ahead is last year's."""
    found = find_times(
        "Crowds prayed as Easter week began. They celebrated Christmas.", dt.date(2000, 4, 17)
    )
    assert [(t.text, t.value) for t in found] == [
        ("Easter week", "2000-W16"),
        ("Christmas", "1999-12-25"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales fell in January from the same month a year ago.",
            [("January", "2009-01"), ("the same month a year ago", "2008-01")],
        ),
        (
            "Sales rose that day, after falling on the same day a year earlier.",
            [("that day", "2009-02-03"), ("the same day a year earlier", "2008-02-03")],
        ),
    ],
)
def test_the_same_unit_a_year_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, dt.date(2009, 2, 3))] == expected


# ---------------------------------------------------------------- war reports read from a parse

SUNDAY = dt.date(2024, 11, 3)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "since", a pluperfect and a simple past dated directly look only back: the month named
        # is never one still ahead.
        ("Rebel forces have taken 90 villages since January.", {"January": "2024-01"}),
        ("The port has been blockaded since December.", {"December": "2023-12"}),
        ("By mid-December, the convoy had turned back.", {"mid-December": "2023-12"}),
        ("The garrison had been encircled since December.", {"December": "2023-12"}),
        ("The town has been cut off since the winter.", {"the winter": "2023-WI"}),
        ("The cabinet met in mid-January.", {"mid-January": "2024-01"}),
        ("The army said troops pulled out in December.", {"December": "2023-12"}),
        # A copula may be reported speech's "is" shifted back.
        ("Officials said the vote was in December.", {"December": "2024-12"}),
        # ... unless the month belongs to a noun the verb governs, or the verb made a plan.
        ("He had mentioned the opening of the new embassy in December.", {"December": "2024-12"}),
        ("Officials had scheduled talks in December.", {"December": "2024-12"}),
        # A season in a future clause is the first one not yet over; in the past, the last begun.
        ("Elections are expected in the spring.", {"the spring": "2025-SP"}),
        ("The offensive is due to resume in the summer.", {"the summer": "2025-SU"}),
        ("The talks are due to resume in the winter.", {"the winter": "2024-WI"}),
        ("The minister visited the front in the summer.", {"the summer": "2024-SU"}),
        ("The general retired in the fall.", {"the fall": "2024-FA"}),
        # The night just gone, or the one the weekday names.
        ("Thousands fled the city overnight.", {"overnight": "2024-11-02TNI"}),
        ("The roads will stay closed overnight.", {"overnight": "2024-11-03TNI"}),
        (
            "Drones struck overnight Friday into Saturday.",
            {"overnight Friday": "2024-11-01TNI", "Saturday": "2024-11-02"},
        ),
        # In past narration the new year is the one already begun.
        ("Prices rose after the new year.", {"the new year": "2024"}),
        # The night before the day it runs into.
        (
            "Drones struck the city overnight into Tuesday.",
            {"overnight": "2024-10-28TNI", "Tuesday": "2024-10-29"},
        ),
        (
            "Storms will hit overnight into Wednesday.",
            {"overnight": "2024-11-05TNI", "Wednesday": "2024-11-06"},
        ),
        # A day-named event still to come under a future verb; a present clock time ahead.
        ("Tuesday's election will decide the presidency.", {"Tuesday": "2024-11-05"}),
        ("Monday's raid will be investigated.", {"Monday": "2024-10-28"}),
        ("Polls open at 7 a.m. on Tuesday.", {"7 a.m. on Tuesday": "2024-11-05T07:00"}),
        ("Polls opened at 7 a.m. on Tuesday.", {"7 a.m. on Tuesday": "2024-10-29T07:00"}),
        # Guards: readings that already held.
        ("The ceasefire will take effect on Monday.", {"Monday": "2024-11-04"}),
        ("The embassy reopened on Monday.", {"Monday": "2024-10-28"}),
        ("The bridge has been closed since Tuesday.", {"Tuesday": "2024-10-29"}),
        ("The curfew will remain in place until Friday.", {"Friday": "2024-11-08"}),
        # A state kept "closed until Friday" lasts until then: the clause above says whether it
        # still runs (a perfect: ahead) or ran out in the past (a simple past: back). The days
        # named lie nearer ahead of the report than back, so the tense decides them.
        (
            "The army has decided to keep all border crossings closed until Friday.",
            {"Friday": "2024-11-08"},
        ),
        (
            "The government has continued to keep all ports shut until Friday, officials said.",
            {"Friday": "2024-11-08"},
        ),
        ("The council has ordered libraries closed until Tuesday.", {"Tuesday": "2024-11-05"}),
        ("Mountain passes shut until Tuesday after storms", {"Tuesday": "2024-11-05"}),
        # ... the verb that keeps the state, which the parser hangs the state on as a predicate
        (
            "The army kept all border crossings closed until Monday, when they reopened.",
            {"Monday": "2024-10-28"},
        ),
        ("The bridges were kept closed until Tuesday.", {"Tuesday": "2024-10-29"}),
        # ... or, on a noun the parser made the sentence's root, the sentence's other verbs
        (
            "The stadium, closed until Monday, reopened on Thursday afternoon.",
            {"Monday": "2024-10-28", "Thursday afternoon": "2024-10-31TAF"},
        ),
        (
            "Cafes shuttered until Tuesday after the storm reopened on Friday.",
            {"Tuesday": "2024-10-29", "Friday": "2024-11-01"},
        ),
        # ... or the participle itself, when the parser made it the root
        (
            "The shop, shut until Tuesday, reopened Thursday.",
            {"Tuesday": "2024-10-29", "Thursday": "2024-10-31"},
        ),
        # ... a participle on a noun the tagger read as a past follows the verb that has a tense
        (
            "The clinic, closed until Tuesday, will reopen on Friday.",
            {"Tuesday": "2024-11-05", "Friday": "2024-11-08"},
        ),
        # ... also when the parser reads the participle between commas as the main verb
        (
            "The theatre, closed until Wednesday, will reopen on Saturday.",
            {"Wednesday": "2024-11-06", "Saturday": "2024-11-09"},
        ),
        (
            "The ferry, closed until Tuesday, was reopened on Thursday.",
            {"Tuesday": "2024-10-29", "Thursday": "2024-10-31"},
        ),
        # ... a state held by "stay", "remain" or "keep" takes that verb's tense
        ("The gates stayed closed until Monday.", {"Monday": "2024-10-28"}),
        ("The gates will stay closed until Monday.", {"Monday": "2024-11-04"}),
        # Two weekdays sharing a part of the day: two particular nights in past narration, a
        # recurrence in the present, as a plural weekday alone is in any tense.
        (
            "Shells fell on the port on Friday and Saturday nights, wounding six.",
            {"Friday": "2024-11-01TNI", "Saturday nights": "2024-11-02TNI"},
        ),
        (
            "Shells fell on the port on Saturday and Sunday nights.",
            {"Saturday": "2024-11-02TNI", "Sunday nights": "2024-11-03TNI"},
        ),
        (
            "Two buses leave on Tuesday and Friday nights.",
            {"Tuesday": "XXXX-WXX-2TNI", "Friday nights": "XXXX-WXX-5TNI"},
        ),
        (
            "Drones hit the harbour on Monday nights in October.",
            {"Monday nights": "XXXX-WXX-1TNI", "October": "2024-10"},
        ),
        # ... and in past narration of a habit: a habit cue, or a stretch longer than last week
        (
            "Pubs shut early on Friday and Saturday nights throughout 2023.",
            {"Friday": "XXXX-WXX-5TNI", "Saturday nights": "XXXX-WXX-6TNI", "2023": "2023"},
        ),
        (
            "The trains ran on Tuesday and Friday mornings last year.",
            {"Tuesday": "XXXX-WXX-2TMO", "Friday mornings": "XXXX-WXX-5TMO", "last year": "2023"},
        ),
        (
            "Every week, strikers marched on Thursday and Friday nights.",
            {"Every week": "P1W", "Thursday": "XXXX-WXX-4TNI", "Friday nights": "XXXX-WXX-5TNI"},
        ),
        (
            "Fans used to meet on Friday and Saturday nights.",
            {"Friday": "XXXX-WXX-5TNI", "Saturday nights": "XXXX-WXX-6TNI"},
        ),
        (
            "Crowds have rallied on Friday and Saturday nights for weeks.",
            {"Friday": "XXXX-WXX-5TNI", "Saturday nights": "XXXX-WXX-6TNI", "weeks": "PXW"},
        ),
        (
            "Crowds rallied on Friday and Saturday nights in March.",
            {"Friday": "XXXX-WXX-5TNI", "Saturday nights": "XXXX-WXX-6TNI", "March": "2024-03"},
        ),
        (
            "Crowds rallied on Friday and Saturday nights, as they have done for weeks.",
            {"Friday": "XXXX-WXX-5TNI", "Saturday nights": "XXXX-WXX-6TNI", "weeks": "PXW"},
        ),
        # ... a "would" of habit in the pair's own clause
        (
            "Guards would patrol on Tuesday and Thursday nights.",
            {"Tuesday": "XXXX-WXX-2TNI", "Thursday nights": "XXXX-WXX-4TNI"},
        ),
        # ... but a past pair with no such cue is last week's two nights
        (
            "Missiles struck Lviv on Friday and Saturday nights, killing two people.",
            {"Friday": "2024-11-01TNI", "Saturday nights": "2024-11-02TNI"},
        ),
        # ... as it is when the cue lies outside the pair's clause: on its subject, or the
        # "would" of reported speech before a definite attack the pair dates
        (
            "Medics said each patient was hurt on Friday and Saturday nights.",
            {"Friday": "2024-11-01TNI", "Saturday nights": "2024-11-02TNI"},
        ),
        (
            "Aides said they would review the raids on Thursday and Friday nights.",
            {"Thursday": "2024-10-31TNI", "Friday nights": "2024-11-01TNI"},
        ),
        # A definite attack a verb looks back on has passed; one a verb carries on, or an
        # indefinite one, may be planned.
        (
            "Investigators will examine the blast on Saturday night.",
            {"Saturday night": "2024-11-02TNI"},
        ),
        ("Rebels will launch raids on Monday.", {"Monday": "2024-11-04"}),
        (
            "The militia will resume the attacks on Monday, its leader warned.",
            {"Monday": "2024-11-04"},
        ),
        ("Police will step up the raids on Monday.", {"Monday": "2024-11-04"}),
        ("Election results will be announced in January.", {"January": "2025-01"}),
        ("The UN said in October that 2,000 people had fled.", {"October": "2024-10"}),
        ("Negotiators had agreed to meet again in January.", {"January": "2025-01"}),
        ("Aid will reach the region by December.", {"December": "2024-12"}),
        ("The vote was postponed until December.", {"December": "2024-12"}),
        ("Since late December, troops have advanced 10 km.", {"late December": "2023-12"}),
        ("The ministry plans to hold a referendum next spring.", {"next spring": "2025-SP"}),
    ],
)
def test_war_report_readings(make_context, sentence: str, expected: dict[str, str]) -> None:
    from sitrep.extract.times import extract_times

    found = {t.text: t.value for t in extract_times(make_context(sentence, SUNDAY))}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stretch just gone, one unit long, as "the past 24 hours" is.
        ("They struck 50 targets over the past day.", [("the past day", "P1D")]),
        ("No shots were fired in the past hour.", [("the past hour", "PT1H")]),
        ("Talks will go on in the coming days.", [("the coming days", "PXD")]),
        ("In the last days of the siege, food ran out.", []),
        # The second day of a pair written with one month.
        (
            "The summit meets on Nov. 14 and 15.",
            [("Nov. 14", "2024-11-14"), ("15", "2024-11-15")],
        ),
        ("They met on Nov. 14 and 12 delegates left.", [("Nov. 14", "2024-11-14")]),
        ("Clashes on Nov. 4 and 18 soldiers died.", [("Nov. 4", "2024-11-04")]),
        # A day with its year counted from the report's; "this past week" is "the past week".
        ("Hostages held since Oct. 7 last year.", [("Oct. 7 last year", "2023-10-07")]),
        ("Attacks rose this past week.", [("this past week", "2024-W43")]),
        # A week counted from the day named before it.
        (
            "Troops entered on Oct. 1 and left the following week.",
            [("Oct. 1", "2024-10-01"), ("the following week", "2024-W41")],
        ),
        # A half of a month is no half of the year.
        ("Leaders meet in the second half of November.", [("November", "2024-11")]),
        # A half of the year is one expression, as "the last half of 1989" is.
        (
            "Attacks rose in the first half of the year.",
            [("the first half of the year", "2024-H1")],
        ),
        # The month or week under discussion.
        ("The troops will leave by the end of the month.", [("the end of the month", "2024-11")]),
        (
            "Fighting eased in October, and by the end of the month it had stopped.",
            [("October", "2024-10"), ("the end of the month", "2024-10")],
        ),
    ],
)
def test_stretches_pairs_and_month_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, SUNDAY)] == expected


def test_seasons_and_months_by_tense() -> None:
    from sitrep.extract.time_calendar import resolve_month, resolve_season

    assert resolve_season(SUNDAY, "SP", "future") == "2025-SP"
    assert resolve_season(dt.date(2024, 10, 1), "FA", "future") == "2024-FA"  # under way
    assert resolve_season(SUNDAY, "WI", "past") == "2023-WI"
    assert resolve_season(dt.date(2025, 1, 15), "WI", "past") == "2024-WI"
    assert resolve_month(SUNDAY, 12, "past") == 2024  # "payable Dec. 7" in past narration
    assert resolve_month(SUNDAY, 12, "past", margin=0) == 2023  # "since December"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "within" is a signal; the stretch it bounds is the expression.
        ("A ruling is expected within days.", SUNDAY, [("days", "PXD")]),
        ("Fighting has flared in recent days.", SUNDAY, [("recent days", "PXD")]),
        # The year about to begin late in a year, the one just begun early in it.
        ("Talks will resume in the new year.", SUNDAY, [("the new year", "2025")]),
        ("Talks will resume in the new year.", dt.date(2025, 1, 6), [("the new year", "2025")]),
        (
            "Prices should ease around the turn of the year.",
            SUNDAY,
            [("the turn of the year", "2025")],
        ),
        ("Crowds will gather on New Year's Eve.", SUNDAY, [("New Year's Eve", "2024-12-31")]),
        ("Crowds gathered on New Year's Day.", SUNDAY, [("New Year's Day", "2024-01-01")]),
        # A week inside a month is a whole ISO week of it.
        (
            "The vote is set for the first week of December.",
            SUNDAY,
            [("the first week of December", "2024-W49")],
        ),
        (
            "Sales rose in the last week of March.",
            dt.date(2009, 4, 1),
            [("the last week of March", "2009-W13")],
        ),
        (
            "Troops left in the second week of July 2023.",
            SUNDAY,
            [("the second week of July 2023", "2023-W28")],
        ),
    ],
)
def test_new_year_and_weeks_of_a_month(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in find_times(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A price current at a time the story has left behind points back, not to now.
        ("Holders may buy at half the then-current price.", [("then-current", "PAST_REF")]),
        ("Holders may buy at half the then current price.", [("then current", "PAST_REF")]),
        ("The current price is high.", [("current", "PRESENT_REF")]),
        # A month or year named in passing leaves the day the story is telling.
        (
            "Shares rose on Friday. Jobs were cut in March, the most since 1983. The index ended the"
            " day higher.",
            [
                ("Friday", "2024-11-01"),
                ("March", "2024-03"),
                ("1983", "1983"),
                ("the day", "2024-11-01"),
            ],
        ),
        # The weekday names the day; "the day" before it is a part of it, not a second date.
        ("During the day Friday, the boy played outside.", [("Friday", "2024-11-01")]),
    ],
)
def test_then_current_and_the_day_of_the_story(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, SUNDAY)] == expected


def test_the_next_quarter_is_this_years_unless_the_text_looks_only_back() -> None:
    from sitrep.extract.time_calendar import resolve_quarter

    august = dt.date(2006, 8, 19)
    assert normalize_time("the fourth quarter", august, "past") == ("2006-Q4", "date")
    assert resolve_quarter(august, 4, "past", looking_back=True) == "2005-Q4"
    assert normalize_time("the fourth quarter", dt.date(2007, 3, 13), "past") == ("2006-Q4", "date")
    assert normalize_time("the third quarter", dt.date(2007, 3, 13), "past") == ("2006-Q3", "date")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GM lost $4 billion in the fourth quarter of 2005 and $8 billion for the entire year.",
            [("the fourth quarter of 2005", "2005-Q4"), ("the entire year", "2005")],
        ),
        (
            "GM lost $4 billion in the fourth quarter of 2005. It will return to profit in the"
            " full year.",
            [("the fourth quarter of 2005", "2005-Q4"), ("the full year", "2006")],
        ),
    ],
)
def test_the_full_year_of_a_fourth_quarter_reported_early_in_the_next(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in find_times(text, dt.date(2006, 1, 27))] == expected


def test_credit_extended_through_a_month_runs_ahead() -> None:
    text = "Lenders have extended the company up to $90 million in revolving loans through January."
    assert [(t.text, t.value) for t in find_times(text, dt.date(1989, 10, 30))] == [
        ("January", "1990-01")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The present age, not the report's day: unmarked, as "future earnings" is.
        ("The war is for today's youth what the blockade was for their parents.", []),
        ("The chips run many of today's personal computers.", []),
        ("By today's standards the fine was small.", []),
        ("She wants to build the cars of tomorrow.", []),
        ("The talks resume tomorrow.", [("tomorrow", "2024-11-04")]),
        # The day itself.
        ("The offer ran in today's editions of the paper.", [("today", "2024-11-03")]),
        ("Today's vote was delayed.", [("Today", "2024-11-03")]),
    ],
)
def test_today_as_the_present_age_is_no_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, SUNDAY)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Days named for their place around Easter or Thanksgiving.
        ("Pilgrims gathered on Good Friday.", [("Good Friday", "2024-03-29")]),
        ("Churches filled on Ash Wednesday.", [("Ash Wednesday", "2024-02-14")]),
        ("Shops opened early on Easter Monday.", [("Easter Monday", "2024-04-01")]),
        ("Shoppers will queue on Black Friday.", [("Black Friday", "2024-11-29")]),
        ("Retailers expect records on Cyber Monday.", [("Cyber Monday", "2024-12-02")]),
        # A day history named is no weekday near the report; its date stays open.
        ("Markets crashed on Black Monday.", [("Black Monday", None)]),
        ("Soldiers fired on marchers on Bloody Sunday.", [("Bloody Sunday", None)]),
    ],
)
def test_named_days(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, SUNDAY)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part of the day under discussion, or of the day after or before it.
        (
            "Rebels took the town on March 3. The next morning, troops arrived.",
            [("March 3", "2024-03-03"), ("The next morning", "2024-03-04TMO")],
        ),
        (
            "Rebels took the town on Tuesday. Later that night, troops arrived.",
            [("Tuesday", "2024-10-29"), ("Later that night", "2024-10-29TNI")],
        ),
        (
            "He was freed on Oct. 5 after a call the previous evening.",
            [("Oct. 5", "2024-10-05"), ("the previous evening", "2024-10-04TEV")],
        ),
        # In past narration "in the morning" is the morning of the day told; ahead, habitual,
        # or as a modifier it names no day.
        (
            "Rebels took the town on Tuesday. In the morning, troops arrived.",
            [("Tuesday", "2024-10-29"), ("the morning", "2024-10-29TMO")],
        ),
        ("He will leave in the morning. She runs in the evening.", []),
        ("He was quoted in the morning papers.", []),
    ],
)
def test_parts_of_the_story_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, SUNDAY)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The fighting ended in the spring of last year.", "2023-SP"),
        ("Elections are due in the summer of next year.", "2025-SU"),
    ],
)
def test_a_season_of_a_year_counted_from_the_report(text: str, value: str) -> None:
    assert [t.value for t in find_times(text, SUNDAY)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two units joined by "or"/"and" make one stretch of unstated length.
        ("He died within weeks or months of his capture.", [("weeks or months", "PXW")]),
        ("Funds in recent weeks and months sold bonds.", [("recent weeks and months", "PXW")]),
        ("A ruling is expected within days or weeks.", [("days or weeks", "PXD")]),
        ("Prices rose for weeks and analysts worried.", [("weeks", "PXW")]),
    ],
)
def test_coordinated_vague_stretches_are_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, SUNDAY)] == expected


def test_or_so_belongs_to_a_relative_unit() -> None:
    found = find_times("The plant will close over the next year or so.", SUNDAY)
    assert [(t.text, t.value) for t in found] == [("the next year or so", "2025")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Both ends of a span of months; "March to" a month is no procession.
        ("The siege lasted from March to May.", [("March", "2024-03"), ("May", "2024-05")]),
        ("Prices climbed between April and May.", [("April", "2024-04"), ("May", "2024-05")]),
        ("Thousands joined the March to Washington.", []),
        ("He wrote to May on Friday.", [("Friday", "2024-11-01")]),
        # A weekday or season that recurs is a set, not the next one.
        ("Meetings are held every other Tuesday.", [("every other Tuesday", "XXXX-WXX-2")]),
        ("The region floods each spring.", [("each spring", "XXXX-SP")]),
    ],
)
def test_month_spans_and_recurring_days_and_seasons(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in find_times(text, SUNDAY)] == expected


@pytest.mark.parametrize(
    ("published", "value"),
    [
        (SUNDAY, "2024-W43-WE"),  # said on a weekend, "last weekend" is the one before
        (dt.date(2024, 11, 4), "2024-W44-WE"),
        (dt.date(2024, 11, 1), "2024-W43-WE"),
    ],
)
def test_last_weekend_is_the_one_before_the_reports_week(published: dt.date, value: str) -> None:
    found = find_times("Aid convoys reached the town last weekend.", published)
    assert [(t.text, t.value) for t in found] == [("last weekend", value)]


WEDNESDAY = dt.date(2024, 4, 3)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A time phrase before the subject of a reported clause dates the saying; after "that"
        # or the subject, the reported deed.
        ("Officials said on Tuesday they would complain to the U.N.", {"Tuesday": "2024-04-02"}),
        ("The ministry said on Sunday it would retaliate.", {"Sunday": "2024-03-31"}),
        (
            "Officials said on Monday the talks would resume on Friday.",
            {"Monday": "2024-04-01", "Friday": "2024-04-05"},
        ),
        ("The army said that on Friday it would begin withdrawing.", {"Friday": "2024-04-05"}),
        # A headline's present reports a deed done, unless the verb is a scheduled activity.
        ("Missiles kill 12 in the port on Tuesday", {"Tuesday": "2024-04-02"}),
        (
            "Rebels retake the town on Monday\n\nThe army said it had withdrawn.",
            {"Monday": "2024-04-01"},
        ),
        ("Leaders meet in Cairo on Thursday", {"Thursday": "2024-04-04"}),
        ("The council meets Monday to discuss the truce.", {"Monday": "2024-04-08"}),
        # A day dating an attack that is the subject has passed, whatever the verb.
        ("The attack on Monday will be investigated.", {"Monday": "2024-04-01"}),
        ("The meeting on Thursday will decide the matter.", {"Thursday": "2024-04-04"}),
    ],
)
def test_whose_day_a_time_phrase_is(make_context, text: str, expected: dict[str, str]) -> None:
    from sitrep.extract.times import extract_times

    found = {t.text: t.value for t in extract_times(make_context(text, WEDNESDAY))}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A time of day that names its day makes it the day under discussion.
        (
            "The shelling began at 5 a.m. on Sunday. The next day, residents fled.",
            [("5 a.m. on Sunday", "2024-03-31T05:00"), ("The next day", "2024-04-01")],
        ),
        (
            "The strike on Monday night killed five. The next day, troops withdrew.",
            [("Monday night", "2024-04-01TNI"), ("The next day", "2024-04-02")],
        ),
        # A clause set ahead of the report is not about a day the story has left behind.
        (
            "The envoy arrived on Thursday. Talks will end by the end of the week.",
            [("Thursday", "2024-03-28"), ("the end of the week", "2024-W14")],
        ),
        (
            "The bridge fell in March. It will be rebuilt by the end of the month.",
            [("March", "2024-03"), ("the end of the month", "2024-04")],
        ),
        (
            "The bridge fell in March. It was rebuilt by the end of the month.",
            [("March", "2024-03"), ("the end of the month", "2024-03")],
        ),
        # A past clause cannot reach the end of a year still running: the earlier year told of.
        (
            "In 2022 the army lost 500 tanks. By the end of the year it had lost 1,000.",
            [("2022", "2022"), ("the end of the year", "2022")],
        ),
        (
            "In 2022 the army lost 500 tanks. It hopes to rebuild by the end of the year.",
            [("2022", "2022"), ("the end of the year", "2024")],
        ),
        # "after" and "before" are signals, no part of the date (TIMEX3 leaves them out).
        (
            "Three weeks after Oct. 7, troops crossed the border.",
            [("Three weeks", "P3W"), ("Oct. 7", "2023-10-07")],
        ),
    ],
)
def test_the_day_under_discussion(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, WEDNESDAY)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # In a past clause, a midnight with no day named is the one the day began at.
        (
            "The blast occurred shortly after midnight.",
            [("shortly after midnight", "2024-04-03T00:00")],
        ),
        ("The curfew will start at midnight.", [("midnight", "2024-04-03T24:00")]),
        # A clock restated in UTC is that moment in UTC; a bracket it closes is not its own.
        (
            "Sirens sounded at 3 p.m. local time (1200 GMT).",
            [("3 p.m. local time", "2024-04-03T15:00"), ("1200 GMT", "2024-04-03T12:00Z")],
        ),
        ("Talks began (at 1200 GMT) in Doha.", [("1200 GMT", "2024-04-03T12:00Z")]),
        # US zones as news writes them belong to the clock, and so does the restatement after.
        ("Polls close at 8 p.m. ET.", [("8 p.m. ET", "2024-04-03T20:00")]),
        ("Markets closed at 4 p.m. Eastern time.", [("4 p.m. Eastern time", "2024-04-03T16:00")]),
        (
            "The launch was at 11:15 a.m. EDT (1515 GMT).",
            [("11:15 a.m. EDT", "2024-04-03T11:15"), ("1515 GMT", "2024-04-03T15:15Z")],
        ),
        # An hour the part of the day places, after "at"; a bare count is no clock.
        ("The blast came at 10 in the evening.", [("10 in the evening", "2024-04-03T22:00")]),
        ("He ranked 1 in the morning polls.", []),
    ],
)
def test_clock_times(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, WEDNESDAY)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last" after a modal or "to" is the verb: the stretch is what follows it.
        ("The operation would last several weeks.", [("several weeks", "PXW")]),
        ("The truce is expected to last two more days.", [("two more days", "P2D")]),
        ("The siege could last days.", [("days", "PXD")]),
        ("Troops advanced in the last three weeks.", [("the last three weeks", "P3W")]),
    ],
)
def test_last_as_a_verb_is_no_part_of_the_stretch(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in find_times(text, WEDNESDAY)] == expected


THURSDAY_RESULTS = dt.date(2024, 11, 7)  # a results season: the third quarter just reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two steps from the report's own week, month or year.
        ("The trial began the week before last.", [("the week before last", "2024-W43")]),
        ("The vote is due the month after next.", [("the month after next", "2025-01")]),
        # "The latest quarter" is the one the article reports, fiscal or not ...
        (
            "Its fiscal second quarter ended Sept. 30. The latest period included a gain.",
            [
                ("fiscal second quarter", "2024-Q2"),
                ("Sept. 30", "2024-09-30"),
                ("The latest period", "2024-Q2"),
            ],
        ),
        # ... not one a forecast names ahead.
        (
            "Profit rose 5%. The storm will cause a fourth-quarter charge. "
            "Claims rose in the latest quarter.",
            [("fourth-quarter", "2024-Q4"), ("the latest quarter", "2024-Q3")],
        ),
        # Last year's quarter is the one under discussion, a year back.
        (
            "Third-quarter profit rose. Sales for last year's quarter were $3 million.",
            [("Third-quarter", "2024-Q3"), ("last year's quarter", "2023-Q3")],
        ),
        # After "the nine months", the year-earlier period is those months a year back; after
        # a quarter, that quarter.
        (
            "Net rose in the third quarter. For the nine months, net was up from the "
            "year-earlier period.",
            [
                ("the third quarter", "2024-Q3"),
                ("the nine months", "P9M"),
                ("the year-earlier period", "P9M"),
            ],
        ),
        (
            "For the nine months, net rose. In the third quarter, sales were below the "
            "year-earlier period.",
            [
                ("the nine months", "P9M"),
                ("the third quarter", "2024-Q3"),
                ("the year-earlier period", "2023-Q3"),
            ],
        ),
        (
            "Net for the year-earlier nine months included a gain.",
            [("the year-earlier nine months", "P9M")],
        ),
        # "The previous quarter" is the one before the quarter under discussion.
        (
            "GDP grew in the third quarter from the previous quarter.",
            [("the third quarter", "2024-Q3"), ("the previous quarter", "2024-Q2")],
        ),
        # A half "of the year" is one span, in the year the text last named.
        ("Sales rose in the first half of the year.", [("the first half of the year", "2024-H1")]),
        (
            "In 2022 sales fell, but they rose in the second half of the year.",
            [("2022", "2022"), ("the second half of the year", "2022-H2")],
        ),
        # A year or week counted "to" a month or day is a stretch of figures, as "ended" makes it.
        (
            "Earnings for the year to March were up 10%.",
            [("the year", "P1Y"), ("March", "2024-03")],
        ),
        (
            "Admissions were up in the week to Sunday.",
            [("the week", "P1W"), ("Sunday", "2024-11-03")],
        ),
        # "Since year-end" looks back to the last year-end passed; "by year-end" to this one.
        ("The change is measured since year-end.", [("year-end", "2023")]),
        ("The deal should close by year-end.", [("year-end", "2024")]),
        # "Earlier Friday" places the event on Friday; "late Monday" is the day's end.
        ("Earlier Friday, the bank cut rates.", [("Friday", "2024-11-01")]),
        ("Late Monday, the talks collapsed.", [("Late Monday", "2024-11-04")]),
        # A number a comma closes is a date's day, not a rate's amount.
        (
            "The debate was on Oct. 30, a week before the vote.",
            [("Oct. 30", "2024-10-30"), ("a week", "P1W")],
        ),
    ],
)
def test_results_periods(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, THURSDAY_RESULTS)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A fixture named by its day under a future verb is still to come; watched, it is past.
        ("She will face the champion in Sunday's final.", {"Sunday": "2024-11-10"}),
        ("Millions watched Sunday's final.", {"Sunday": "2024-11-03"}),
        ("The judge will rule at Friday's hearing.", {"Friday": "2024-11-08"}),
        # Weather forecast for a day lies ahead; the day a forecast was made does not.
        ("Snow is forecast for the weekend.", {"the weekend": "2024-W45-WE"}),
        ("The agency forecast on Monday that growth would slow.", {"Monday": "2024-11-04"}),
    ],
)
def test_scheduled_fixtures(make_context, sentence: str, expected: dict[str, str]) -> None:
    from sitrep.extract.times import extract_times

    found = {t.text: t.value for t in extract_times(make_context(sentence, THURSDAY_RESULTS))}
    assert found == expected


MONDAY_PAPER = dt.date(1989, 10, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Overnight" in a story told about a day just before the report is that day's night ...
        (
            "On Friday, London shares fell on overnight losses in New York.",
            [("Friday", "1989-10-27"), ("overnight", "1989-10-26TNI")],
        ),
        # ... not a night before a date named weeks back, nor without a story day.
        (
            "Hundreds have died since Oct. 7. Overnight, strikes killed 50.",
            [("Oct. 7", "1989-10-07"), ("Overnight", "1989-10-29TNI")],
        ),
        ("Thousands fled the city overnight.", [("overnight", "1989-10-29TNI")]),
        # The day the sentence says its news on, before the report, is the night's end.
        (
            "Storms hit overnight, killing 10 people, officials said Saturday.",
            [("overnight", "1989-10-27TNI"), ("Saturday", "1989-10-28")],
        ),
        (
            "Storms hit overnight, officials said Monday.",
            [("overnight", "1989-10-29TNI"), ("Monday", "1989-10-30")],
        ),
    ],
)
def test_overnight_is_the_story_days_night(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, MONDAY_PAPER)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A recurrence counts its step: every four years, every other week.
        ("Elections are held every four years.", [("every four years", "P4Y", "set")]),
        ("The board meets every other week.", [("every other week", "P2W", "set")]),
        ("The bus runs every 15 minutes.", [("every 15 minutes", "PT15M", "set")]),
        ("The league holds a draft each year.", [("each year", "P1Y", "set")]),
    ],
)
def test_recurrences_count_their_step(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.value, t.kind) for t in find_times(text, THURSDAY_RESULTS)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Business shorthand takes the value of the spelled-out period ...
        ("Revenue rose 10% in Q3.", [("Q3", "2024-Q3")]),
        ("Revenue rose 10% in Q3 2023.", [("Q3 2023", "2023-Q3")]),
        ("Growth should pick up in H1 2025.", [("H1 2025", "2025-H1")]),
        ("Sales in FY2025 are expected to rise.", [("FY2025", "2025")]),
        ("FY98 sales rose.", [("FY98", "1998")]),
        ("Revenue in fiscal year 2025 is expected to rise.", [("fiscal year 2025", "2025")]),
        ("Sales fell in the July-September quarter.", [("the July-September quarter", "2024-Q3")]),
        ("The April-June period was strong.", [("The April-June period", "2024-Q2")]),
        ("The June-December period was weak.", []),
        # ... unless it is a name: a car, a visa.
        ("He drives the Audi Q3 to work.", []),
        ("The H1 visa program grew.", []),
    ],
)
def test_business_shorthand(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, THURSDAY_RESULTS)] == expected


OLYMPIC_MONDAY = dt.date(2024, 8, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A date named in passing ahead of the report is no day a past story has reached.
        (
            "The Games ended on Sunday. The Paralympics run until Sept. 8. Earlier in the day, "
            "Hassan had won the marathon.",
            [("Sunday", "2024-08-11"), ("Sept. 8", "2024-09-08"), ("the day", "2024-08-11")],
        ),
        # A capitalised season a name goes on from is the name's.
        ("Los Angeles will host the next Summer Games in 2028.", [("2028", "2028")]),
        ("Prices rose last Summer.", [("last Summer", "2023-SU")]),
    ],
)
def test_days_told_and_seasons_in_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, OLYMPIC_MONDAY)] == expected


@pytest.mark.parametrize(
    ("name", "value"),
    [
        # Holidays kept on a Monday move with the calendar; the others keep their date.
        ("Memorial Day", "2024-05-27"),
        ("Labor Day", "2024-09-02"),
        ("Martin Luther King Jr. Day", "2024-01-15"),
        ("Presidents' Day", "2024-02-19"),
        ("Columbus Day", "2024-10-14"),
        ("Veterans Day", "2024-11-11"),
        ("Remembrance Day", "2024-11-11"),
        ("St. Patrick’s Day", "2024-03-17"),
        ("Juneteenth", "2024-06-19"),
        ("Canada Day", "2024-07-01"),
        ("Anzac Day", "2024-04-25"),
    ],
)
def test_more_holidays(name: str, value: str) -> None:
    text = f"Crowds gathered on {name}."
    assert [(t.text, t.value) for t in find_times(text, dt.date(2024, 12, 1))] == [(name, value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What an event on a named day is held ahead of comes after that day, past or not.
        (
            "Parliament was dissolved on Monday ahead of a snap election on Dec. 15.",
            [("Monday", "2024-11-04"), ("Dec. 15", "2024-12-15")],
        ),
        (
            "Troops massed on Oct. 1 ahead of the assault on Oct. 7.",
            [("Oct. 1", "2024-10-01"), ("Oct. 7", "2024-10-07")],
        ),
        (
            "Parliament was dissolved on Monday ahead of Sunday's vote.",
            [("Monday", "2024-11-04"), ("Sunday", "2024-11-10")],
        ),
    ],
)
def test_what_a_day_is_ahead_of_comes_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find_times(text, THURSDAY_RESULTS)] == expected


REPORT_DAY = dt.date(2024, 4, 3)  # a Wednesday: Monday is April 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "earlier"/"later" count from the day under discussion, at the offset's own grain
        (
            "On Monday, a drone struck a market. Two days earlier, a strike hit a school.",
            {"Two days earlier": "2024-03-30"},
        ),
        (
            "The convoy was attacked on March 12. A week later, aid resumed.",
            {"A week later": "2024-03-19"},
        ),
        (
            "The city fell on Jan. 5. Three months later, it was retaken.",
            {"Three months later": "2024-04"},
        ),
        ("The plant opened in May 2022. A year later, it closed.", {"A year later": "2023"}),
        (
            "Shelling hit the port on Monday. Five days before, a truce had collapsed.",
            {"Five days": "2024-03-27"},
        ),
        # hours need the hour the story stood at, or whole days
        (
            "Missiles hit at 10 p.m. on Monday. Six hours later, a second wave struck.",
            {"Six hours later": "2024-04-02"},
        ),
        (
            "Missiles hit the port on Monday. Six hours later, a second wave struck.",
            {"Six hours later": None},
        ),
        (
            "Missiles hit the port on Monday. 48 hours later, fires still burned.",
            {"48 hours later": "2024-04-03"},
        ),
        # "after the attack" opening a sentence counts from the attack's day; elsewhere it does not
        (
            "A drone hit a bus on Monday. A day after the attack, 12 had died.",
            {"A day": "2024-04-02"},
        ),
        ("The move comes a day after the rival cut prices.", {"a day": None}),
        # each offset moves the story on
        (
            "The army attacked on March 1. Two days later, it took a bridge. A day later, it entered the town.",
            {"Two days later": "2024-03-03", "A day later": "2024-03-04"},
        ),
        # no day under discussion, a delay, a stretch, a vague count, a restatement: nothing
        ("Two days later, the ceasefire collapsed.", {"Two days later": None}),
        ("The plant opened two days later than planned.", {"two days": None}),
        ("He was held for two days after the arrest.", {"two days": None}),
        (
            "The talks began on March 4. Some two weeks later, they stalled.",
            {"Some two weeks later": None},
        ),
        (
            "He was wounded on Saturday and died on Monday, two days later.",
            {"two days later": None},
        ),
        (
            "Police raided offices on Friday. Two days before the vote, they left.",
            {"Two days": None},
        ),
        (
            "Troops withdrew on Monday. Eight trading days later, shares recovered.",
            {"Eight trading days": None},
        ),
        # a calendar value already says the day
        ("Profit rose 5% from a year earlier.", {"a year earlier": None}),
    ],
)
def test_offsets_are_anchored_to_the_day_under_discussion(
    text: str, expected: dict[str, str | None]
) -> None:
    anchored = {t.text: t.anchored for t in find_times(text, REPORT_DAY)}
    assert {key: anchored[key] for key in expected} == expected


def test_a_day_named_in_passing_anchors_nothing() -> None:
    """ "since 2012" and a day still ahead of the report in past narration are not the story's."""
    text = "He has been held since 2012. A year later, talks began."
    assert [t.anchored for t in find_times(text, REPORT_DAY)] == [None, None]
    ahead = "Voters go to the polls on April 9. A day earlier, police arrested six protesters."
    assert [t.anchored for t in find_times(ahead, REPORT_DAY)][-1] is None


def test_without_a_publication_date_nothing_is_anchored() -> None:
    text = "The convoy was attacked on March 12, 2024. A week later, aid resumed."
    assert [t.anchored for t in find_times(text, None)] == [None, None]


@given(st.text(max_size=60), st.none() | st.dates())
@settings(max_examples=150, deadline=None)
def test_only_durations_are_anchored(text: str, published: dt.date | None) -> None:
    for found in find_times(text, published):
        assert found.anchored is None or (published and (found.value or "").startswith("P"))


# ---------------------------------------------------------------- irregular pasts the tagger misses


def _tagged_doc(
    words: list[str], tags: list[str], pos: list[str], heads: list[int], deps: list[str]
):
    """A hand-built parse, so the tagger's slip is fixed rather than left to the model."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps)


@pytest.mark.parametrize(
    ("verb", "tag", "pos", "tense"),
    [
        ("retook", "VBP", "VERB", "settled past"),  # an irregular past read as a present
        ("retook", "VB", "VERB", "settled past"),  # or as a base form
        ("swam", "VBP", "VERB", "settled past"),
        ("take", "VBP", "VERB", "present"),  # a true present keeps its reading
        ("hit", "VBP", "VERB", None),  # past and present alike: only a VBD tag says past
        ("lay", "VBP", "VERB", "present"),  # "lay" is a present of its own ("lay wreaths")
    ],
)
def test_irregular_past_misread_by_the_tagger(verb: str, tag: str, pos: str, tense) -> None:
    from sitrep.extract.times import infer_tense

    doc = _tagged_doc(
        ["Rebels", verb, "the", "town", "on", "Tuesday", "."],
        ["NNS", tag, "DT", "NN", "IN", "NNP", "."],
        ["NOUN", pos, "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        [1, 1, 3, 1, 1, 4, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
    )
    start = doc[5].idx
    assert infer_tense(doc, start, start + len("Tuesday")) == tense


def test_irregular_past_tagged_as_a_noun_with_a_subject_is_a_verb() -> None:
    """ "the town the rebels retook on Tuesday": the parser hangs a subject on the mistagged
    noun, which makes it the relative clause's verb."""
    from sitrep.extract.times import infer_tense

    words = ["The", "town", "rebels", "retook", "on", "Tuesday", "lies", "in", "ruins", "."]
    doc = _tagged_doc(
        words,
        ["DT", "NN", "NNS", "NN", "IN", "NNP", "VBZ", "IN", "NNS", "."],
        ["DET", "NOUN", "NOUN", "NOUN", "ADP", "PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
        [1, 6, 3, 1, 3, 4, 6, 6, 7, 6],
        ["det", "nsubj", "nsubj", "relcl", "prep", "pobj", "ROOT", "prep", "pobj", "punct"],
    )
    start = doc[5].idx
    assert infer_tense(doc, start, start + len("Tuesday")) == "settled past"


@pytest.mark.model
def test_a_retaken_town_on_a_weekday_lies_back(make_context) -> None:
    from sitrep.extract.times import extract_times

    ctx = make_context("The rebels retook the town on Tuesday.", dt.date(2025, 5, 31))
    assert {t.text: t.value for t in extract_times(ctx)} == {"Tuesday": "2025-05-27"}


def _pairwise_scan(text: str) -> set[tuple[int, int, int]]:
    """The scan `candidates` replaced: each trigger's window of word starts, rule by rule."""
    import bisect

    from sitrep.extract import time_detect as td

    found = set()
    for line in re.finditer(r"[^\n]+", text):
        starts = [m.start() for m in td.WORD_START.finditer(text, line.start(), line.end())]
        for word, position in td._trigger_positions(line.group(0), line.start()):
            indexes = td.RULES_BY_WORD.get(word, ()) or td.RULES_BY_WORD.get(word[:-1], ())
            first = bisect.bisect_left(starts, position - td.REACH_BACK)
            for start in starts[first : bisect.bisect_right(starts, position)]:
                for index in indexes:
                    m = td.RULES[index].pattern.match(text, start, line.end())
                    if m:
                        found.add((m.start(), m.end(), index))
    return found


CANDIDATE_WORDS = ["on", "Tuesday", "March", "3", "2019", "last", "week", "the", "early", "hours"]


@pytest.mark.parametrize(
    "text",
    [
        "Talks resumed on Tuesday, March 3, 2019, and broke off late last week.",
        "By 14:30 on 12/05 the second quarter of fiscal 2021 had closed.\nNext month: more.",
        "Two decades ago, in the early hours of a Sunday in May, the dam gave way.",
    ],
)
def test_candidates_try_each_rule_once_at_the_starts_the_pairwise_scan_tried(text: str) -> None:
    from sitrep.extract.time_detect import RULES, candidates

    found = [(f.start, f.end, RULES.index(f.rule)) for f in candidates(text)]
    assert len(found) == len(set(found))
    assert set(found) == _pairwise_scan(text)


@given(st.lists(st.sampled_from([*CANDIDATE_WORDS, ",", "\n"]), max_size=25))
@settings(max_examples=100, deadline=None)
def test_candidates_match_the_pairwise_scan_on_any_word_run(words: list[str]) -> None:
    from sitrep.extract.time_detect import RULES, candidates

    text = " ".join(words)
    found = [(f.start, f.end, RULES.index(f.rule)) for f in candidates(text)]
    assert len(found) == len(set(found)) and set(found) == _pairwise_scan(text)
