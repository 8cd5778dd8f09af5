"""A time of day after a report day ("said on Tuesday") is the report day's when the clause goes
on with the speaker's own acts, by the pronoun the report gave them ("The mayor said on Tuesday
that she would visit. She arrived at 3 p.m."); anyone else's clause keeps the day of the last
thing narrated. Invented sentences; the report is dated Friday 2025-03-14."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.time_report_days import goes_on_as, speakers_pronoun
from sitrep.extract.times import find_times

FRIDAY = dt.date(2025, 3, 14)
SCENE = "Militias took the port of Lumo on Monday. "


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the speaker's own acts: the report's day
        (SCENE + "The mayor said on Wednesday that she would inspect the docks. She landed at "
         "9 a.m.", "2025-03-12T09:00"),
        (SCENE + "The envoy said on Wednesday he was flying in. At 9 a.m. he met the elders.",
         "2025-03-12T09:00"),
        (SCENE + "Mediators said on Wednesday they would return. Later, they arrived at 9 a.m.",
         "2025-03-12T09:00"),
        # unchanged: someone else's acts, or the speaker's before the report
        (SCENE + "The militias held the port. At 9 a.m. they shelled the docks.",
         "2025-03-10T09:00"),
        (SCENE + "Officials said on Wednesday. At 9 a.m. they shelled the docks.",
         "2025-03-10T09:00"),
        (SCENE + "The mayor said on Wednesday that she had fled. She left at 9 a.m.",
         "2025-03-10T09:00"),
        (SCENE + "Police said on Wednesday that he would surrender. He fired at 9 a.m.",
         "2025-03-10T09:00"),
        (SCENE + "The mayor said on Wednesday that she would visit. The gunmen fled at 9 a.m.",
         "2025-03-10T09:00"),
    ],
)  # fmt: skip
def test_clock_after_a_report_day(text: str, value: str) -> None:
    found = {t.text: t.value for t in find_times(text, FRIDAY, lambda s, e: "past")}
    assert found["9 a.m."] == value


@pytest.mark.parametrize(
    ("before", "after", "pronoun"),
    [
        ("The mayor said on ", " that she would visit.", "she"),
        ("Mr Okafor told reporters on ", " he would resign.", "he"),
        ("He said on ", " he was leaving.", "he"),
        ("The elders said on ", " that they would meet.", "they"),
        ("The mayor said on ", " that he would visit.", "he"),  # a "she" is not known
        ("Officials said on ", " that he would visit.", None),  # not "he"
        ("The elders said on ", " that she would come.", None),
        ("The ministry said on ", " that he would visit.", None),  # no one a "he" stands for
        ("A spokesman said on ", " that he would visit.", None),  # speaks for someone else
        ("The mayor said on ", " that she had fled.", None),  # before the report
        ("The mayor said on ", " that the gunmen fled.", None),  # someone else's acts
        ("Rebels said on ", " they would withdraw.", "they"),
        ("Mr Hughes said on ", " they would withdraw.", None),  # a name may end in "s"
        ("She said on ", " he would visit.", None),
    ],
)
def test_speakers_pronoun(before: str, after: str, pronoun: str | None) -> None:
    text = before + "Wednesday" + after
    assert speakers_pronoun(text, len(before), len(before) + len("Wednesday")) == pronoun


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("would visit. He arrived at ", ".", True),
        ("would visit. Later, he arrived at ", ".", True),
        ("would visit. At ", " he landed.", True),
        ("would visit. At ", ", he landed.", True),
        ("would visit. The gunmen fled at ", ".", False),
        ("would visit. At ", " the gunmen fled.", False),
        ("a long clause with no start in sight at ", ".", False),
    ],
)
def test_goes_on_as(before: str, after: str, expected: bool) -> None:
    assert goes_on_as("he", before, after) is expected
