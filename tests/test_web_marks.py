"""The article's marks in a real browser land on the words the API's offsets name.

The API counts offsets in characters (code points, as Python does); a JS string is sliced by
UTF-16 units, where an emoji takes two, so every mark after one would be one place off.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from sitrep.ingest.common import content_id
from sitrep.model import Article, Event, EventPlace, Extraction, Place, Quantity, TimeExpr
from sitrep.store import Store
from sitrep.web import create_app
from test_web_browser import (  # launched_browser: the `browser` fixture, registered by import
    expect,
    launched_browser,  # noqa: F401
    serving,
    watching,
)

pytestmark = pytest.mark.slow

FIRST = "Fans \U0001f389\U0001f389 packed the square in Tarnec before the final."
SECOND = "Riot police fired tear gas at 300 fans in Tarnec on Sunday, the mayor said."
TEXT = f"{FIRST} {SECOND}"
TARNEC = EventPlace("Tarnec", 45.2, 19.8, "PPL", "RS")
ARTICLE = content_id(TEXT)  # the store keys an article by its text


def at(word: str, after: int = 0) -> tuple[int, int]:
    """Where `word` is in TEXT, counted in characters, as the API counts."""
    start = TEXT.index(word, after)
    return start, start + len(word)


def emoji_store(path: Path) -> str:
    db = str(path / "emoji.db")
    place, later_place = at("Tarnec"), at("Tarnec", len(FIRST))
    fans, sunday, event = at("300 fans"), at("Sunday"), at(SECOND)
    Store(db).save_batch(
        [
            Extraction(
                article=Article(
                    id="emoji", text=TEXT, title="emoji", published=dt.date(2025, 5, 5)
                ),
                places=tuple(
                    Place(*span, "Tarnec", name="Tarnec", country="RS", lat=45.2, lon=19.8)
                    for span in (place, later_place)
                ),
                quantities=(Quantity(*fans, "300 fans", 300, unit="fans", measure="count"),),
                times=(TimeExpr(*sunday, "Sunday", "2025-05-04"),),
                events=(Event(*event, "protest", place=TARNEC, date="2025-05-04"),),
                pipeline_version="sample-1",
            )
        ]
    )
    return db


@pytest.mark.parametrize(
    ("address", "evidence"), [(f"#/article/{ARTICLE}", None), (f"#/event/{ARTICLE}/0", SECOND)]
)
def test_marks_after_an_emoji_hold_the_words_they_name(
    browser: Any, tmp_path: Path, address: str, evidence: str | None
) -> None:
    """Each mark reads its finding's words; opened for an event, its sentence is marked whole."""
    with serving(create_app(emoji_store(tmp_path))) as url, watching(browser, url) as watched:
        page = watched.page
        page.goto(url + "/" + address)
        body = page.locator("#article-text")
        expect(body.locator("span.ann-place")).to_have_text(["Tarnec", "Tarnec"])
        expect(body.locator("span.ann-num")).to_have_text("300 fans")
        expect(body.locator("span.ann-time")).to_have_text("Sunday")
        assert body.inner_text() == TEXT
        if evidence is not None:
            expect(body.locator("mark.evidence")).to_have_text(evidence)
