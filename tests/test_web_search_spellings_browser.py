"""The page's search finds a place by another spelling, in a real browser: a reader who types
"Kyiv" is shown the article that wrote "Kiev", its spelling marked. Over the invented articles
of test_search_place_spellings.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitrep.store import Store
from sitrep.web import create_app
from test_search_place_spellings import ARTICLES
from test_web_browser import (  # launched_browser: the `browser` fixture, registered by import
    launched_browser,  # noqa: F401
    serving,
    watching,
)

pytestmark = pytest.mark.slow


def test_the_page_s_search_finds_a_place_by_the_spelling_its_article_used(
    browser: Any, tmp_path: Path
) -> None:
    db = str(tmp_path / "spelled.db")
    Store(db).save_batch(ARTICLES)
    with serving(create_app(db)) as url, watching(browser, url) as watched:
        page = watched.page
        page.fill("#search-q", "Kyiv drones")
        page.click("#search-form button")
        snippet = page.locator("#search-results li.result p.snippet").first
        snippet.wait_for()
        assert sorted(snippet.locator("mark").all_inner_texts()) == ["Drones", "Kiev"]
        assert page.locator("#search-results li.result").count() == 1
