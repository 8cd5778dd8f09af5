"""A named person's office speaks for that person: "Kovac's office said" is a named person's
word (an official's where the article titles them), not an anonymous one's; an office whose
holder holds public office stays the government's."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.attribution import extract_attributions

PUBLISHED = dt.date(2025, 3, 14)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kovac's office said the ferry would sail again.", "named_person"),
        # a surname the tagger takes for a body, which the article gives a person
        ("Ravi Mendes met envoys. Mendes's office said the ferry would sail.", "named_person"),
        ("Tomas Wender's office said the ferry would sail again.", "named_person"),
        # a surname that is a monarch's word is no title: still a person's office
        ("Peter King's office said the ferry would sail again.", "named_person"),
        (
            "Lina Osei met the envoys. Her office said the ferry would sail again.",
            "named_person",
        ),
        # the article titles the holder, but with no public office: an official's word
        (
            "Opposition leader Ravi Mendes met envoys. Mendes's office said the ferry would sail.",
            "named_official",
        ),
        # a holder of public office: the office is the government's
        (
            "Governor Omar Haddad met envoys. Haddad's office said the ferry would sail again.",
            "government",
        ),
        (
            "President Lina Osei met envoys. Her office said the ferry would sail again.",
            "government",
        ),
        # offices that are no named person's keep their kinds
        ("The rector's office said the ferry would sail again.", "organization"),
        ("The office said the ferry would sail again.", "anonymous_person"),
    ],
)
def test_a_persons_office_speaks_for_that_person(make_context, text, kind):
    found = extract_attributions(make_context(text, PUBLISHED))
    assert [a.source.kind for a in found] == [kind]
