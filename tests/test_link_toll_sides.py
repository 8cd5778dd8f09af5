"""Whose dead a toll counts: a people's adjective after the number names the victims ("40
Tarvian soldiers") unless it names the doer ("killed by Tarvian shelling")."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep import link
from sitrep.link.claim_places import names_the_doer


def _payload(text: str, number: str, adjective: str) -> dict[str, Any]:
    start, at = text.index(number), text.index(adjective)
    return {
        "article": {"id": "a", "published": "2026-03-11"},
        "text": text,
        "quantities": [
            {
                "start": start,
                "end": start + len(number),
                "text": number,
                "value": 2.0,
                "unit": "civilians",
                "measure": "killed",
                "hedge": "exact",
            }
        ],
        "places": [
            {
                "start": at,
                "end": at + len(adjective),
                "text": adjective,
                "demonym": True,
                "role": "actor",
                "refers_to": "Tarvia",
            }
        ],
    }


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Police said 2 civilians were killed by Tarvian shelling in Orlensk.", None),
        ("Police said 2 civilians were wounded in a Tarvian strike on Orlensk.", None),
        ("Police said 2 civilians, Tarvian nationals, were killed in Orlensk.", "Tarvia"),
        ("Reporters saw 2 civilians in Tarvian clothes lying in Orlensk.", "Tarvia"),
        ("Police said 2 civilians from Tarvian villages were killed in Orlensk.", "Tarvia"),
    ],
)
def test_a_toll_is_not_the_side_that_killed(text: str, side: str | None) -> None:
    (claim,) = link.records_from_payload(_payload(text, "2 civilians", "Tarvian"))[1]
    assert claim.actor == side


def test_names_the_doer() -> None:
    text = "killed by Tarvian shelling"
    assert names_the_doer(text, text.index("Tarvian"))
    assert not names_the_doer("bodies in Tarvian uniforms", len("bodies in "))
    assert names_the_doer("wounded from Tarvian shelling", len("wounded from "))
    assert not names_the_doer("20 soldiers from Tarvian units", len("20 soldiers from "))
