"""How an incident is told, on the page in a real browser: the incidents list and an incident's
card badge a disputed or planned incident, and its report table marks the report that denies it.
And the article text's marks, cut in one pass, read as a scan of every mark for every piece
would read them, on a long article with overlapping marks."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from sitrep.model import EventPlace, Extraction
from sitrep.store import Store
from sitrep.store.ledger import rebuild_ledger
from test_incident_modality import KESSARY
from test_incident_modality import report as incident_report
from test_web_browser import (  # launched_browser: the `browser` fixture, registered by import
    Watched,
    expect,
    launched_browser,  # noqa: F401
    served_store,
)

pytestmark = pytest.mark.slow

LOMBEC = EventPlace("Lombec", 45.0, 20.4, "PPL", "RS")


def report(title: str, text: str, type: str, place: EventPlace, modality: str) -> Extraction:
    """An invented article (its title its id) with one event, told as `modality`."""
    return incident_report(title, text, modality, type, place)


def told_store(folder: Path) -> str:
    """A strike and its denial (one incident, disputed), a planned rally, a raid elsewhere."""
    db = str(folder / "told.db")
    store = Store(db)
    store.save_batch(
        [
            report(
                "struck",
                "The Eastern brigade struck Kessary on Saturday.",
                "attack",
                KESSARY,
                "happened",
            ),
            report(
                "denied",
                "The Eastern brigade denied striking Kessary.",
                "attack",
                KESSARY,
                "denied",
            ),
            report("rally", "Students plan to rally in Kessary.", "protest", KESSARY, "planned"),
            report("raid", "The Eastern brigade raided Lombec.", "attack", LOMBEC, "happened"),
        ]
    )
    rebuild_ledger(store)
    return db


site_url, watched = served_store(told_store, "told")


@pytest.mark.parametrize(
    ("title", "badge"),
    [("attack in Kessary", "disputed"), ("protest in Kessary", "planned"), ("in Lombec", None)],
)
def test_the_incidents_list_badges_what_is_not_plainly_told(
    watched: Watched, title: str, badge: str | None
) -> None:
    page = watched.page
    page.click("button[data-tab=incidents]")
    item = page.locator("#incidents li.incident", has=page.locator("a", has_text=title))
    expect(item).to_have_count(1)
    expect(item.locator(".modality")).to_have_count(1 if badge else 0)
    if badge:
        expect(item.locator(".modality")).to_have_text(badge)


def test_a_disputed_incident_marks_the_report_that_denies_it(watched: Watched) -> None:
    page = watched.page
    page.click("button[data-tab=incidents]")
    page.locator("#incidents li.incident", has_text="2 reports").locator("a").click()
    card = page.locator("#event-card")
    expect(card.locator("dd .modality")).to_have_text("disputed")
    assert "denies" in (card.locator("dd .modality").get_attribute("title") or "")
    expect(card).to_contain_text("denied in 1 of 2 reports")
    denial = card.locator("table.reports tr.told-denied")
    expect(denial).to_have_count(1)
    expect(denial.locator(".modality")).to_have_text("denied")
    assert denial.evaluate("tr => getComputedStyle(tr).boxShadow") != "none"


def test_asserted_only_keeps_the_disputed_incidents_and_leaves_out_the_planned(
    watched: Watched,
) -> None:
    """The box filters incidents too: a strike one report denies stays, the rally to come goes."""
    page = watched.page
    page.check("#f-asserted")
    page.click("#f-apply")
    page.click("button[data-tab=incidents]")
    expect(page.locator("#incidents-count")).to_have_text("2 incidents, newest first")
    expect(page.locator("#incidents li.incident .modality")).to_have_text(["disputed"])
    expect(page.locator("#incidents li.incident", has_text="protest")).to_have_count(0)


def overlapping_marks(seed: int, count: int, length: int) -> list[tuple[int, int, str, str]]:
    """Places and dates at random, overlapping and nested, as (start, end, class, tip)."""
    rng = random.Random(seed)
    marks = []
    for i in range(count):
        start = rng.randrange(length - 1)
        end = min(length, start + rng.randrange(1, 60))
        kind = ("ann-place", f"Place: p{i}") if i % 3 else ("ann-time", f"Date: d{i} (date)")
        marks.append((start, end, *kind))
    places = [m for m in marks if m[2] == "ann-place"]
    return places + [m for m in marks if m[2] == "ann-time"]  # annotate.js's order: places first


def scanned(text: str, marks: list[tuple[int, int, str, str]]) -> list[list[str | None]]:
    """The pieces a scan of every mark for every piece cuts: [text, classes, tips]."""
    cuts = sorted({0, len(text)} | {p for s, e, _c, _t in marks for p in (s, e)})
    pieces: list[list[str | None]] = []
    for a, b in itertools.pairwise(cuts):
        over = [m for m in marks if m[0] <= a and m[1] >= b]
        classes = " ".join(m[2] for m in over) or None
        pieces.append([text[a:b], classes, "\n".join(m[3] for m in over) or None])
    return pieces


RENDER = """async ([text, marks]) => {
  const { renderAnnotated } = await import('/static/annotate.js');
  const place = ([start, end, , tip]) => ({ start, end, name: tip.slice(7), lat: null });
  const time = ([start, end, , tip]) => ({ start, end, value: tip.split(' ')[1], kind: 'date' });
  const findings = {
    places: marks.filter((m) => m[2] === 'ann-place').map(place),
    times: marks.filter((m) => m[2] === 'ann-time').map(time),
  };
  const box = document.createElement('div');
  renderAnnotated(box, { text, findings }, null, []);
  return [...box.childNodes].map((n) => [n.textContent, n.className || null, n.dataset?.tip ?? null]);
}"""


@pytest.mark.parametrize(("seed", "count"), [(1, 3), (2, 40), (3, 1500)])
def test_an_article_s_marks_are_cut_as_a_scan_of_every_mark_cuts_them(
    watched: Watched, seed: int, count: int
) -> None:
    text = "".join(chr(ord("a") + i % 26) for i in range(count * 12))
    marks = overlapping_marks(seed, count, len(text))
    assert watched.page.evaluate(RENDER, [text, marks]) == scanned(text, marks)
