"""Source kinds agree with the event code on armed groups (`actors.is_non_state`), a state's
guard stays the government, and a network of members or for a cause is an organisation, not a
broadcaster."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.attribution import extract_attributions
from sitrep.extract.source_body_kinds import names_no_outlet, names_non_state_group

PUBLISHED = dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["the", "Kelmar", "Nurses", "Network"], True),
        (["Tamar", "Rights", "Network"], True),
        (["Network", "for", "Fair", "Votes"], True),
        (["the", "U.N.", "refugee", "agency"], True),
        (["Coastal", "News", "Network"], False),
        (["Ostra", "Television", "Network"], False),
        (["Reuters", "news", "agency"], False),
    ],
)
def test_names_no_outlet(words, expected):
    assert names_no_outlet(words) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Northern Liberation Front", True),
        ("Dawn Support Forces", True),
        ("National Guard", False),
        ("Republican Guard", False),
        (None, False),
    ],
)
def test_names_non_state_group(name, expected):
    assert names_non_state_group(name) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The paramilitary Dawn Support Forces said the airport had fallen.", "organization"),
        ("The Kelmar Nurses Network said 30 people were treated.", "organization"),
        ("The Tamar Rights Network said 30 people were detained.", "organization"),
        # rows that must not change
        ("The Coastal News Network reported that the airport had fallen.", "media"),
        ("The National Guard said the roads were closed.", "government"),
    ],
)
def test_source_kind(make_context, text, kind):
    found = extract_attributions(make_context(text, PUBLISHED))
    assert [a.source.kind for a in found] == [kind]
