"""Deadlines look forward: the day a deadline, an ultimatum or an expected payment falls on is
the next one, whatever the tense of the verb that set it (`time_deadlines`)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.time_deadlines import looks_ahead

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("The gang set a deadline of |Tuesday| for the payment.", True),
        ("The rebels issued an ultimatum expiring at |midnight Sunday|.", True),
        ("Negotiators gave the crew until |Wednesday| to leave.", True),
        ("The mayor kept the roads shut until |Wednesday|.", False),
        ("The treasury expected $4.2 billion by |the end of August|.", True),
        ("The clinic was hit by |Tuesday|'s strike.", False),
        ("The union had expected the money by |Tuesday|.", False),
        ("The council missed the deadline of |Tuesday|.", False),
        ("By |Tuesday| the crowds had gone home.", False),
        ("Urgent aid reached the town by |Tuesday|.", False),
        ("The envoy urged the rebels to leave by |Tuesday|.", True),
        ("The envoy urged calm, but rebels took the town by |Tuesday|.", False),
    ],
)
def test_looks_ahead(text: str, ahead: bool) -> None:
    start = text.index("|")
    end = text.index("|", start + 1) - 1
    assert looks_ahead(text.replace("|", ""), start, end) is ahead


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        ("The cartel set a deadline of Tuesday noon for the ransom.", "Tuesday", "2025-03-18"),
        ("The cartel set a deadline of Tuesday noon for the ransom.", "noon", "2025-03-18T12:00"),
        ("The landlord gave the tenants until Wednesday to move out.", "Wednesday", "2025-03-19"),
        ("The agency said the state expected another $4.2 billion by the end of August.",
         "the end of August", "2025-08"),
        ("A minister told reporters on Tuesday that the state expected another $4.2 billion from "
         "the regional bank's climate facility by the end of August.", "the end of August",
         "2025-08"),
        ("The pickets ended the strike on Wednesday.", "Wednesday", "2025-03-12"),
        ("The council missed the deadline of Wednesday.", "Wednesday", "2025-03-12"),
    ],
)  # fmt: skip
def test_deadline_days_resolve_ahead(make_context, text: str, said: str, value: str) -> None:
    from sitrep.extract.times import extract_times

    found = {t.text: t.value for t in extract_times(make_context(text, PUBLISHED))}
    assert found[said] == value
