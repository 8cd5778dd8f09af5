"""A truce only talked about, pushed for, proposed, hoped for, under discussion or given a deadline
is no agreement; one agreed, signed, reached, brokered or in effect is, even while it is discussed. Sentences are invented."""

from __future__ import annotations

import pytest

from conftest import event_fields


def kinds(text: str) -> list[tuple[object, ...]]:
    return event_fields(text, "type", "plover")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Talks on a 10-day ceasefire are due to resume in Valletta on Thursday.",
        "Mediators are discussing a truce in Nicosia.",
        "Both factions are negotiating a ceasefire in Muscat.",
        "Negotiations over a truce stalled in Amman on Wednesday.",
        "Envoys held talks about a three-week truce in Geneva on Monday.",
        "Diplomats pushed for a ceasefire in Sirte on Tuesday.",
        "The rebels set a deadline for a truce in Kidal.",
        "Mediators proposed a truce in Lome on Friday.",
        "A truce is under discussion in Tunis.",
        "Envoys hope to broker a ceasefire in Nouakchott.",
    ],
)
def test_an_agreement_only_talked_about_is_none(text):
    found = kinds(text)
    assert all(kind[0] != "agreement" for kind in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The two armies agreed a truce in Nicosia on Sunday.",
        "The army and the rebels signed a ceasefire in Juba.",
        "The two sides reached a truce in Bangui on Sunday.",
        "A ceasefire took effect in Kismayo on Monday.",
        "The ceasefire was brokered by Oman in Muscat.",
        "The factions negotiated a truce in Muscat last week.",  # done: a truce reached
        "The sides agreed to a 30-day ceasefire in Bamako.",
        "Envoys discussed the truce that took effect on Saturday.",  # made, then talked about
    ],
)
def test_an_agreement_made_stays_one(text):
    assert ("agreement", "AGREE") in kinds(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Envoys held talks about a three-week truce in Geneva on Monday.",
        "Mediators are discussing a truce in Nicosia.",
    ],
)
def test_the_talks_themselves_remain_a_consultation(text):
    assert kinds(text) == [("other", "CONSULT")]
