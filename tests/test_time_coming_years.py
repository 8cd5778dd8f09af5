"""A month set for a vote the story stands ahead of lies ahead ("ahead of elections in
September"), and a part of "the year" with no year in its sentence is the report's year
("since the start of the year"), not one named a sentence before, unless a pluperfect closed the
stretch in that year (a pluperfect in what someone said does not). A vote the sentence puts in the
past ("Last year ... ahead of elections in September", "which the opposition won") is not ahead.
Invented sentences; the report is dated 2025-02-07, 2025-02-12 and 2025-06-21."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("published", "text", "phrase", "value"),
    [
        (dt.date(2025, 2, 7), "The minister said the hackers wanted to sow chaos ahead of "
         "parliamentary elections in September.", "September", "2025-09"),
        (dt.date(2025, 2, 7), "Police said they feared unrest before the upcoming vote in "
         "October.", "October", "2025-10"),
        # unchanged: a vote that was held
        (dt.date(2025, 2, 7), "Turnout was low in the elections in September.", "September",
         "2024-09"),
        # a vote the sentence puts in the past: its month counts forward from the past named,
        # or takes the past of a clause that tells the vote held
        (dt.date(2025, 2, 7), "Last year the president dissolved parliament ahead of elections "
         "in September.", "September", "2024-09"),
        (dt.date(2025, 2, 7), "Parliament was dissolved in June ahead of elections in "
         "September, which the opposition won.", "September", "2024-09"),
        (dt.date(2025, 2, 7), "Parliament was dissolved in June ahead of elections in "
         "September, which the opposition won.", "June", "2024-06"),
        (dt.date(2025, 2, 7), "Turnout was low ahead of the election in November, which the "
         "ruling party won.", "November", "2024-11"),
        (dt.date(2025, 2, 7), "Rebels attacked polling stations in January ahead of elections "
         "in September.", "September", "2025-09"),
        (dt.date(2025, 2, 7), "Violence flared ahead of elections in September, which were "
         "postponed by a month.", "September", "2025-09"),
        (dt.date(2025, 6, 21), "The junta expelled the envoy in 2022. Kidnappings of foreign "
         "workers have risen sharply since the start of the year.", "the year", "2025"),
        # a pluperfect in what someone said is their present perfect: the stretch still runs
        (dt.date(2025, 2, 12), "The junta expelled the French envoy in 2022. Police said they "
         "had detained 300 people since the start of the year.", "the year", "2025"),
        (dt.date(2025, 2, 12), "The junta expelled the French envoy in 2022. Police had "
         "arrested 40 people since the start of the year, a spokesman said on Monday.",
         "the year", "2025"),
        (dt.date(2025, 6, 21), "The junta expelled the envoy in 2022. Kidnappings of foreign "
         "workers rose sharply since the start of the year.", "the year", "2025"),
        # unchanged: past narration of the year named before, or a year in the same sentence
        (dt.date(2025, 6, 21), "The junta expelled the envoy in 2022. By the end of the year, "
         "the last foreign troops had left.", "the end of the year", "2022"),
        (dt.date(2025, 6, 21), "In 2022, kidnappings rose from the start of the year.",
         "the year", "2022"),
        # a pluperfect closes the stretch "since" in the past the story tells
        (dt.date(2025, 6, 21), "The junta expelled the envoy in 2022. Police had detained 300 "
         "people since the start of the year.", "the year", "2022"),
    ],
)  # fmt: skip
def test_years_of_coming_and_current_events(
    make_context, published: dt.date, text: str, phrase: str, value: str
) -> None:
    from sitrep.extract.times import extract_times

    found = {t.text: t.value for t in extract_times(make_context(text, published=published))}
    assert found[phrase] == value
