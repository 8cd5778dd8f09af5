"""The claim tracker's chart in a real browser: a value no report dates is not drawn at 1970 (which
would squash every dated value to the edges of the axis) but listed in the table as undated."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from sitrep.store import Store
from sitrep.store.ledger import rebuild_ledger
from sitrep.web import create_app
from test_web_browser import (  # launched_browser: the `browser` fixture, registered by import
    expect,
    launched_browser,  # noqa: F401
    serving,
    varno_toll,
    watching,
)

pytestmark = pytest.mark.slow


def test_an_undated_value_is_listed_but_not_drawn(browser: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "undated.db")
    dated = varno_toll(
        "dated", 17, "Shelling killed 12 people in Varno on Monday.", "12 people", 12
    )
    undated = varno_toll("undated", 18, "Shelling killed 15 people in Varno.", "15 people", 15)
    undated = dataclasses.replace(
        undated, article=dataclasses.replace(undated.article, published=None)
    )
    store = Store(db)
    store.save_batch([dated, undated])
    rebuild_ledger(store)
    with serving(create_app(db)) as url, watching(browser, url) as watched:
        page = watched.page
        page.click("button[data-tab=claims]")
        page.select_option("#subject", label="killed (people) in Varno [attack] (2)")
        expect(page.locator("#claims-table tbody tr")).to_have_count(2)
        expect(page.locator("#claims-table td.day", has_text="undated")).to_have_count(1)
        expect(page.locator("#claims-chart a.point")).to_have_count(1)
        ticks = page.locator("#claims-chart text.tick").all_text_contents()
        assert "2025-03-17" in ticks and not any(tick.startswith("1970") for tick in ticks)
