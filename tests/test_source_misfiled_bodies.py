"""Bodies whose head noun misfiles them: a rights network is an organization (a network is media
only as a broadcaster), a named authority a state body, a court its state's (an international
one an organization), and a wing speaks for what it belongs to; a known armed group the tagger
takes for a person is an organization."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.attribution import extract_attributions

PUBLISHED = dt.date(2025, 3, 14)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Ports Authority said the harbour was closed.", "government"),
        ("The court said the hearing would resume.", "government"),
        ("The High Court said the decree was void.", "government"),
        ("The International Criminal Court said the warrant stood.", "organization"),
        ("The navy's media wing said the drone was downed.", "government"),
        ("The movement's armed wing said it fired rockets.", "organization"),
        ("The Varesian Network for Human Rights said 40 people died.", "organization"),
        ("The Human Rights Network said 40 people died.", "organization"),
        # a known armed group the tagger takes for a person speaks for itself
        ("Boko Haram said the road was mined.", "organization"),
        # unchanged: the officials, broadcasters and plain networks
        ("The authorities said the harbour was closed.", "anonymous_official"),
        ("A TV network said 40 people died.", "media"),
        ("The network said 40 people died.", "media"),
    ],
)
def test_kind_of_a_misfiled_body(make_context, text, kind):
    found = extract_attributions(make_context(text, PUBLISHED))
    assert [a.source.kind for a in found] == [kind]
