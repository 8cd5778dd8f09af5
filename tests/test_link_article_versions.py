"""An outlet's corrected version of its own article stands for both versions
(`sitrep.link.article_versions`): its events once, the changed figure superseded, no
contradiction between the outlet and its own correction."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep import link
from sitrep.link.article_versions import (
    SUPERSEDED,
    ArticleVersion,
    article_version,
    current_version_claims,
    current_version_events,
    superseded_versions,
)
from sitrep.store.ledger import build_ledger

_TITLE = "Tarvia claims capture of Orlensk; Velmar says fighting goes on"
_LEAD = "ORLENSK (Wire) - Tarvia's army said on Monday its forces had captured the town of Orlensk."
_AREA = "It said its troops now held more than {n} square kilometers around the town."
_NOTICE = (
    "This story has been corrected. An earlier version of this article misstated the area "
    "Tarvia claimed to hold. It was 84 square kilometers, not 48 square kilometers."
)


def _payload(article_id: str, text: str, published: str, outlet: str = "Wire") -> dict[str, Any]:
    area = text.index("more than")
    return {
        "article": {"id": article_id, "title": _TITLE, "outlet": outlet, "published": published},
        "text": text,
        "events": [
            {
                "start": 0,
                "end": len(_LEAD),
                "type": "seize_territory",
                "actor": "Tarvia",
                "date": "2026-03-02",
                "modality": "happened",
            }
        ],
        "quantities": [
            {
                "start": area,
                "end": area + len("more than 48 square kilometers"),
                "text": text[area : area + len("more than 48 square kilometers")],
                "value": float(text[area + 10 : area + 12]),
                "unit": "square kilometre",
                "measure": "area",
                "hedge": "lower_bound",
            }
        ],
        "places": [],
        "times": [],
        "attributions": [],
        "spans": [],
    }


_FIRST = _payload("a1", f"{_LEAD} {_AREA.format(n=48)}", "2026-03-02")
_CORRECTED = _payload("a2", f"{_LEAD} {_AREA.format(n=84)}\n\n{_NOTICE}", "2026-03-03")


def test_the_corrected_version_supersedes_the_earlier() -> None:
    versions = [article_version(_FIRST, "a1"), article_version(_CORRECTED, "a2")]
    assert superseded_versions(versions) == {"a1": "a2"}


@pytest.mark.parametrize(
    ("outlet", "notice"),
    [("Other Wire", True), ("Wire", False)],
    ids=["another outlet's story", "no correction notice"],
)
def test_no_notice_or_another_outlet_supersedes_nothing(outlet: str, notice: bool) -> None:
    text = f"{_LEAD} {_AREA.format(n=84)}" + (f"\n\n{_NOTICE}" if notice else "")
    second = _payload("a2", text, "2026-03-03", outlet)
    versions = [article_version(_FIRST, "a1"), article_version(second, "a2")]
    assert superseded_versions(versions) == {}


def test_events_are_told_once_and_the_changed_figure_is_superseded() -> None:
    superseded = {"a1": "a2"}
    events, claims = [], []
    for article_id, payload in (("a1", _FIRST), ("a2", _CORRECTED)):
        found_events, found_claims, _ = link.records_from_payload(payload, article_id)
        events += found_events
        claims += found_claims
    assert [e.article_id for e in current_version_events(events, superseded)] == ["a2"]
    kept = {
        (c.article_id, c.value, c.certainty) for c in current_version_claims(claims, superseded)
    }
    assert ("a1", 48.0, SUPERSEDED) in kept
    assert ("a2", 84.0, "asserted") in kept


def test_the_ledger_counts_one_report_and_no_contradiction() -> None:
    ledger = build_ledger([("a1", _FIRST), ("a2", _CORRECTED)])
    summaries = [link.canonical_summary(c) for c in ledger.clusters]
    assert [(s["reports"], s["articles"]) for s in summaries] == [(1, 1)]
    assert not any(link.contradictions(h) for h in ledger.histories)
    values = [v for h in ledger.histories for v in h.values if v.value == 48.0]
    assert values and all(v.certainty == SUPERSEDED for v in values)


def _live_page(article_id: str, published: str, text: str) -> ArticleVersion:
    payload = {
        "article": {"title": "Live updates", "outlet": "Wire", "published": published},
        "text": text,
    }
    return article_version(payload, article_id)


def test_a_daily_headline_corrected_once_supersedes_no_other_day() -> None:
    """An outlet reusing a headline daily: the corrected page of one day stands for no other
    day's page, neither the day before (another text) nor the day after."""
    versions = [
        _live_page("d1", "2026-03-01", "Shelling hit a school in Orlensk, the mayor said."),
        _live_page(
            "d2",
            "2026-03-02",
            "A drone struck a depot near Vesnyanka, the army said.\n\n"
            "Correction: an earlier version misnamed the village.",
        ),
        _live_page("d3", "2026-03-03", "Talks on a ceasefire opened in the capital on Tuesday."),
    ]
    assert superseded_versions(versions) == {}


def test_a_version_days_older_than_the_correction_is_not_superseded() -> None:
    stale = _payload("a1", f"{_LEAD} {_AREA.format(n=48)}", "2026-02-20")
    versions = [article_version(stale, "a1"), article_version(_CORRECTED, "a2")]
    assert superseded_versions(versions) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the report was corrected after a typo in the casualty table.",
        "Officials say the report is corrected each week.\n\nMore follows.",
        "Strikes went on.\n\nCorrections: the army said it fixes its tallies daily.\n\nEnd.",
    ],
)
def test_prose_about_a_correction_is_no_notice(text: str) -> None:
    assert not article_version({"text": text}, "x").corrected


@pytest.mark.parametrize(
    "text",
    [
        f"{_LEAD}\n\n{_NOTICE}",
        f"Correction: an earlier version misstated the area.\n\n{_LEAD}",
    ],
)
def test_a_notice_opening_the_first_or_last_paragraph(text: str) -> None:
    assert article_version({"text": text}, "x").corrected
