"""Sources spoken for by a body: an institution ("the clinic", "the city morgue") and a group whose
name is shaped as one ("Jaish al-Nasr", "the Crescent Front") are organizations, not a person;
and a verb joined after a second clause speaks for that clause's subject."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.attribution import extract_attributions
from sitrep.extract.source_group_names import is_group_name

PUBLISHED = dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("name", "group"),
    [
        ("Jaish al-Nasr", True),
        ("Ansar Tawhid", True),
        ("Hayat Tahrir al-Sham", True),
        ("Harakat al-Nujaba", True),
        ("the Crescent Front", True),
        ("Lions of Dawn Brigades", True),
        ("Omar al-Hadi", False),
        ("Ana Ruiz", False),
        ("Front", False),
    ],
)
def test_name_shaped_as_a_group(name, group):
    assert is_group_name(name) is group


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The clinic said 14 bodies had arrived.", "organization"),
        ("The city morgue said it had received nine bodies.", "organization"),
        ("A school in Tarvo said classes were cancelled.", "organization"),
        ("Jaish al-Nasr said it carried out the attack on the border post.", "organization"),
        ("Ansar Tawhid claimed the attack on the convoy.", "organization"),
        ("The Crescent Front said 12 fighters died.", "organization"),
        # unchanged: people, officials and ministries
        ("Omar al-Hadi said the talks had failed.", "named_person"),
        ("Hospital officials said three people died.", "anonymous_official"),
        ("The ministry said three people died.", "government"),
    ],
)
def test_kind_of_a_body_or_group(make_context, text, kind):
    found = extract_attributions(make_context(text, PUBLISHED))
    assert [a.source.kind for a in found] == [kind]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Prosecutors charged the guard with assault and Mayor Lin fired the warden,"
            " admitting that residents had lost faith in the jail.",
            "admitting",
            "Mayor Lin",
        ),
        (
            "Last week, a group of pastors called for a boycott of his rally, and the civil"
            " rights group the Freedom League strongly condemned his remarks and said it would"
            " return his donations.",
            "said",
            "the Freedom League",
        ),
    ],
)
def test_verb_after_a_second_clause_speaks_for_its_subject(make_context, text, cue, source):
    found = extract_attributions(make_context(text, PUBLISHED))
    spoken = [a for a in found if a.cue is not None and text[a.cue.start : a.cue.end] == cue]
    assert [source in a.source.text for a in spoken] == [True]
