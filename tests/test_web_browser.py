"""The web page in a real browser: Playwright drives Debian's chromium (never a downloaded one).

The server runs in a thread on a free localhost port, over hand-made extractions plus an article
whose text and title carry script and HTML. Every request the page makes to another host is
blocked and recorded: the page must work offline. Set SITREP_SCREENSHOT=docs/screenshot.png to
rewrite the README's screenshot while the tests run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} is missing (CI installs Debian's chromium via .ci/services)",
        allow_module_level=True,
    )
playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright (the Python package) is not installed"
)
uvicorn = pytest.importorskip("uvicorn")
expect = playwright_api.expect

from sitrep.model import (  # noqa: E402
    EVENT_TYPES,
    Article,
    Event,
    EventPlace,
    Extraction,
    Place,
    Quantity,
)
from sitrep.store import Store  # noqa: E402
from sitrep.store.ledger import rebuild_ledger  # noqa: E402
from sitrep.web import create_app  # noqa: E402
from sitrep.web.sample import KYIV, sample_extractions  # noqa: E402

pytestmark = pytest.mark.slow
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 15_000
HOSTILE_TITLE = "<img src=x onerror=\"window.__pwned='title'\">Hostile title"
HOSTILE_TEXT = (
    "Officials in Kyiv said \U0001f6a8 3 drones [sic] fell. "  # an emoji: two UTF-16 units
    '<script>window.__pwned = "script"</script>'
    "<img src=x onerror=\"window.__pwned='img'\"><svg onload=\"window.__pwned='svg'\"></svg>"
    "<a href=\"javascript:window.__pwned='link'\">click</a> The end."
)


def hostile_extraction() -> Extraction:
    text = HOSTILE_TEXT
    kyiv, three, script = text.index("Kyiv"), text.index("3 drones"), text.index("<script>")
    return Extraction(
        article=Article(
            id="hostile",
            text=text,
            title=HOSTILE_TITLE,
            outlet="<b>Outlet</b>",
            published=dt.date(2024, 10, 27),
            url="javascript:alert(1)",
        ),
        places=(
            Place(kyiv, kyiv + 4, "Kyiv", name="Kyiv", country="UA", lat=KYIV.lat, lon=KYIV.lon),
            Place(
                script,
                script + 20,
                text[script : script + 20],
                name='<img src=x onerror="window.__pwned=9">',
            ),
        ),
        quantities=(Quantity(three, three + 8, "3 drones", 3, unit="drones", measure="count"),),
        pipeline_version="sample-1",
    )


def stub_extractor(article: Article) -> Extraction:
    return Extraction(article=article, pipeline_version="stub")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("browser") / "web.db")
    store = Store(db)
    store.save_batch([*sample_extractions(), hostile_extraction()])
    rebuild_ledger(store)  # the claim tracker draws the ledger's claim subjects
    with serving(create_app(db, allow_ingest=True, extractor=stub_extractor)) as url:
        yield url


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """The app served on a free localhost port by a thread, for as long as the block runs."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start within 20 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module", name="browser")
def launched_browser() -> Iterator[Any]:
    """Debian's chromium, once per module (other browser test modules import this fixture)."""
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS, timeout=60_000)
        yield browser
        browser.close()


class Watched:
    """A page plus what went wrong on it: console errors, page errors, requests to other hosts."""

    def __init__(self, page: Any, base_url: str) -> None:
        self.page, self.errors, self.outside = page, [], []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.route("**/*", self._only_local(base_url))

    def _only_local(self, base_url: str) -> Any:
        def handle(route: Any) -> None:
            if route.request.url.startswith(base_url):
                route.continue_()
            else:
                self.outside.append(route.request.url)
                route.abort()

        return handle


@pytest.fixture
def watched(browser: Any, base_url: str) -> Iterator[Watched]:
    with watching(browser, base_url) as w:
        yield w


def served_store(make_db: Callable[[Path], str], folder: str) -> tuple[Any, Any]:
    """The two fixtures a browser test module over its own store needs, so that no module
    repeats them: `site_url`, the app over the database `make_db` writes in a fresh folder,
    served once per module, and `watched`, a watched page of it per test. A module assigns
    both (`site_url, watched = served_store(...)`) for pytest to find."""

    @pytest.fixture(scope="module", name="site_url")
    def site_url_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
        with serving(create_app(make_db(tmp_path_factory.mktemp(folder)))) as url:
            yield url

    @pytest.fixture(name="watched")
    def watched_fixture(browser: Any, site_url: str) -> Iterator[Watched]:
        with watching(browser, site_url) as w:
            yield w

    return site_url_fixture, watched_fixture


@contextmanager
def watching(browser: Any, base_url: str) -> Iterator[Watched]:
    """The page at `base_url`, ready; afterwards, no errors and no request to another host."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    expect.set_options(timeout=TIMEOUT_MS)
    page = context.new_page()
    w = Watched(page, base_url)
    page.goto(base_url + "/")
    page.wait_for_selector("body[data-ready=true]")
    yield w
    context.close()
    assert w.outside == [], f"the page asked other hosts: {w.outside}"
    assert w.errors == [], f"errors in the page: {w.errors}"


def event_rows(page: Any) -> list[str]:
    return page.locator("#events li.event").evaluate_all("items => items.map(i => i.dataset.type)")


def test_page_loads_map_timeline_and_events(watched: Watched) -> None:
    page = watched.page
    assert len(event_rows(page)) == 8
    assert page.locator("#map").get_attribute("data-basemap") == "countries"
    # one marker per point: the six deployments in Kursk Oblast share one
    expect(page.locator("#map path.marker")).to_have_count(3)
    assert page.locator("#timeline svg g.day").count() == 7
    assert "7 articles" in page.locator("#stats").inner_text()


def test_filter_by_type_and_by_timeline_day(watched: Watched) -> None:
    page = watched.page
    page.select_option("#f-type", "attack")
    page.click("#f-apply")
    expect(page.locator("#events li.event")).to_have_count(2)
    assert event_rows(page) == ["attack", "attack"]
    expect(page.locator("#map path.marker")).to_have_count(2)
    page.click("#f-clear")
    expect(page.locator("#events li.event")).to_have_count(8)
    page.click("#timeline g.day[data-date='2024-11-04']")
    expect(page.locator("#events li.event")).to_have_count(1)
    assert page.input_value("#f-since") == "2024-11-04"


def test_map_shows_where_the_listed_events_are(watched: Watched) -> None:
    """A corpus about Sudan must not open on a map of Ukraine: the view follows the events."""
    page = watched.page
    page.select_option("#f-type", "attack")
    page.click("#f-apply")
    expect(page.locator("#map path.marker")).to_have_count(2)
    # the map comes to rest centred over the listed events
    page.wait_for_function(
        "() => { const a = sitrep.state.map.getCenter(), b = sitrep.state.markers.getBounds().getCenter();"
        " return Math.max(Math.abs(a.lat - b.lat), Math.abs(a.lng - b.lng)) < 0.5; }",
        timeout=5000,
    )


def test_open_event_highlights_its_evidence(watched: Watched, base_url: str) -> None:
    page = watched.page
    page.locator("#events li.event", has_text="missile strikes").locator("a.open-event").click()
    evidence = page.locator("#article-text mark.evidence")
    evidence.wait_for()
    assert evidence.count() == 1
    api_event = page.request.get(base_url + "/api/events?type=attack&place=Dnipro").json()["items"][
        0
    ]
    assert evidence.inner_text().strip() == api_event["sentence"]
    assert page.locator("#event-card").inner_text().count("Ukrainian authorities") >= 1
    assert "at least 5 killed" in page.locator("#event-card .casualties").inner_text()
    number = evidence.locator("span.ann-num", has_text="21")
    number.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    assert "Number: 21" in tip.inner_text() and "injured" in tip.inner_text()
    place = page.locator("#article-text span.ann-place", has_text="Dnipro").first
    place.hover()
    expect(page.locator("#tip")).to_contain_text("48.450")


def test_every_number_links_to_its_sentence(watched: Watched) -> None:
    page = watched.page
    page.locator("#events li.event", has_text="apartment building").locator(
        "a.num", has_text="injured"
    ).click()
    evidence = page.locator("#article-text mark.evidence")
    evidence.wait_for()
    assert (
        "sparking a fire that killed a 14-year-old girl and injured five" in evidence.inner_text()
    )
    page.click("button[data-tab=claims]")
    expect(page.locator("#subject option").first).to_contain_text(
        "personnel (troops) of North Korea in Kursk Oblast"
    )
    expect(page.locator("#claims-chart a.point")).to_have_count(6)  # 5,000 in Ukraine is apart
    page.locator("#claims-table a.num", has_text="10,000").click()
    focus = page.locator("#article-text mark.evidence .focus")
    focus.first.wait_for()
    assert "".join(focus.all_inner_texts()) == "about 10,000 North Korean troops"
    assert (
        page.locator("#article-title").inner_text()
        == "The Pentagon puts North Korean troops in Kursk at 10,000"
    )


def test_search_opens_an_article(watched: Watched) -> None:
    page = watched.page
    page.fill("#search-q", "apartment")
    page.click("#search-form button")
    result = page.locator("#search-results li.result a").first
    result.wait_for()
    assert page.locator("#search-results mark").first.inner_text().lower() == "apartment"
    result.click()
    expect(page.locator("#article-title")).to_contain_text("Kursk")


def test_search_marks_the_words_found_and_not_an_article_s_brackets(watched: Watched) -> None:
    """ "[sic]" in a snippet was drawn as a hit, and a hit after an emoji one character off: the
    page marks what the API says it found."""
    page = watched.page
    page.fill("#search-q", "drones fell")
    page.click("#search-form button")
    snippet = page.locator("#search-results li.result p.snippet").first
    snippet.wait_for()
    assert "[sic]" in snippet.inner_text()
    assert snippet.locator("mark").all_inner_texts() == ["drones", "fell"]


def test_hostile_article_is_shown_as_text_and_runs_nothing(watched: Watched) -> None:
    page = watched.page
    page.goto(page.url.split("#")[0] + "#/article/" + content_key(HOSTILE_TEXT))
    page.wait_for_selector("#article-text span.ann-place")
    assert page.evaluate("window.__pwned") is None
    body = page.locator("#article-text")
    assert body.inner_text() == HOSTILE_TEXT
    assert body.locator("script, img, svg, a").count() == 0
    assert page.locator("#article-title").inner_text() == HOSTILE_TITLE
    assert page.locator("#article-head a").count() == 0  # a javascript: URL is not made a link
    body.locator("span.ann-place").nth(1).hover()
    page.locator("#tip").wait_for(state="visible")
    assert "onerror" in page.locator("#tip").inner_text()
    page.click("button[data-tab=events]")
    page.locator("#search-q").fill("drones")
    page.click("#search-form button")
    page.locator("#search-results li.result").first.wait_for()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#search-results img, #search-results script").count() == 0


def test_posted_hostile_article_runs_nothing(watched: Watched) -> None:
    page = watched.page
    page.click("#tab-ingest")
    text = HOSTILE_TEXT.replace("The end.", "Posted through the form.")
    page.fill("#ingest-form input[name=title]", HOSTILE_TITLE)
    page.fill("#ingest-form textarea[name=text]", text)
    page.click("#ingest-form button[type=submit]")
    expect(page.locator("#article-text")).to_contain_text("Posted through the form")
    assert page.locator("#article-text").inner_text() == text
    assert page.locator("#article-text script, #article-text img").count() == 0
    assert page.evaluate("window.__pwned") is None


def test_list_rows_give_a_toll_as_it_was_worded(watched: Watched) -> None:
    row = watched.page.locator("#events li.event", has_text="missile strikes")
    expect(row.locator(".casualties")).to_contain_text("at least 5 killed")


def map_centre(page: Any) -> tuple[float, float]:
    centre = page.evaluate(
        "() => { const c = sitrep.state.map.getCenter(); return [c.lat, c.lng]; }"
    )
    return centre[0], centre[1]


def test_the_map_follows_an_article_opened_from_search(watched: Watched) -> None:
    page = watched.page
    page.fill("#search-q", "Pentagon")
    page.click("#search-form button")
    page.locator("#search-results li.result a").first.click()
    expect(page.locator("#article-title")).to_contain_text("Kursk")
    page.wait_for_function(
        "() => Math.abs(sitrep.state.map.getCenter().lat - 51.5) < 1 && sitrep.state.map.getZoom() >= 5"
    )


OUTLINES = "admin1-ne10m-simplified.json"
OUTLINE_LAYERS = """() => {
    let n = 0;
    sitrep.state.map.eachLayer((l) => { if (l instanceof L.GeoJSON && l.options.style.dashArray) n++; });
    return n;
}"""
# the page's fetches of the outlines held back until the test lets them through (as over a slow
# link), the first one failing where `failFirst` is set; `window.outlineAsks` counts them
SLOW_OUTLINES = """((failFirst) => {
    const fetchNow = window.fetch;
    let release;
    const gate = new Promise((r) => { release = r; });
    window.releaseOutlines = () => release();
    window.outlineAsks = 0;
    window.fetch = async (url, options) => {
        if (String(url).endsWith("%s")) {
            const first = window.outlineAsks++ === 0;
            await gate;
            if (first && failFirst) return new Response("{}", { status: 503 });
        }
        return fetchNow(url, options);
    };
})(%s)"""


@pytest.mark.parametrize("first_fails", [False, True])
def test_the_province_outlines_load_once_and_leave_the_map_zoomed_out(
    browser: Any, base_url: str, first_fails: bool
) -> None:
    """The map zooms again while the outlines are on their way (as when it fits the events): they
    are downloaded once and drawn once, and leave the map below zoom 4; a failed download is
    asked for again at the next zoom."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    watched = Watched(page, base_url)
    downloads: list[str] = []
    page.on("request", lambda r: r.url.endswith(OUTLINES) and downloads.append(r.url))
    page.add_init_script(SLOW_OUTLINES % (OUTLINES, "true" if first_fails else "false"))
    page.goto(base_url + "/")
    page.wait_for_selector("body[data-ready=true]")
    page.wait_for_function("() => window.outlineAsks === 1")
    zoom = "(z) => { sitrep.state.map.setZoom(z, { animate: false }); }"
    page.evaluate(zoom, 7)  # while the outlines are on their way
    page.evaluate("window.releaseOutlines()")
    outlined = page.locator("#map[data-admin1=shown]")
    if first_fails:
        page.wait_for_timeout(300)
        expect(outlined).to_have_count(0)
        page.evaluate(zoom, 6)
    expect(outlined).to_have_count(1)
    assert page.evaluate(OUTLINE_LAYERS) == 1
    page.evaluate(zoom, 3)
    assert page.evaluate(OUTLINE_LAYERS) == 0
    expect(outlined).to_have_count(0)
    page.evaluate(zoom, 5)
    expect(outlined).to_have_count(1)
    assert page.evaluate(OUTLINE_LAYERS) == 1
    assert (len(downloads), page.evaluate("window.outlineAsks")) == (1, 2 if first_fails else 1)
    context.close()
    assert watched.errors == [] and watched.outside == []


def test_an_opened_event_keeps_its_card_in_view(watched: Watched) -> None:
    """The card is what the reader clicked; its "show in the article" button scrolls to the
    sentence."""
    page = watched.page
    page.locator("#events li.event", has_text="apartment building").locator("a.open-event").click()
    card = page.locator("#event-card")
    expect(card).to_contain_text("killed a 14-year-old girl")
    # the card comes before its article: wait for the article's marks before scrolling to one
    expect(page.locator("#article-text mark.evidence").first).to_be_attached()
    assert page.evaluate("() => document.getElementById('panel-article').scrollTop") == 0
    card.locator("button.to-evidence").click()
    page.wait_for_function(
        "() => { const p = document.getElementById('panel-article').getBoundingClientRect(),"
        " m = document.querySelector('#article-text mark.evidence').getBoundingClientRect();"
        " return m.top >= p.top && m.top < p.bottom; }"
    )


VARNITSA = EventPlace("Varnitsa", 46.2, 30.9, "PPL", "UA")


def shelling_report(
    article_id: str, outlet: str, day: int, text: str, killed: int, hedge: str
) -> Extraction:
    """An invented report of one shelling of Varnitsa, with the toll as this outlet gave it."""
    event = Event(
        0,
        len(text) - 1,
        "attack",
        actor="Russia",
        place=VARNITSA,
        date="2025-03-23",
        killed=killed,
        killed_hedge=hedge,
    )
    return Extraction(
        article=Article(
            id=article_id,
            text=text,
            published=dt.date(2025, 3, day),
            outlet=outlet,
            title=text.split(",")[0],
        ),
        events=(event,),
        pipeline_version="sample-1",
    )


def elsewhere(report: Extraction, date: str) -> Extraction:
    """The report, of another shelling: of Dolna, on `date`."""
    dolna = EventPlace("Dolna", 48.4, 35.1, "PPL", "UA")
    event = dataclasses.replace(report.events[0], place=dolna, date=date)
    return dataclasses.replace(report, events=(event,))


@pytest.fixture(scope="module")
def incidents_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("incidents") / "web.db")
    store = Store(db)
    first = "Shelling hit Varnitsa on Sunday, killing nine people."
    later = "The toll of Sunday's shelling of Varnitsa rose to at least 12 dead."
    vague = "Strikes on Dolna on Saturday killed dozens."
    past = "Dolna was last shelled in May 2016, when 40 people died."
    store.save_batch(
        [
            shelling_report("first", "Daily Courier", 23, first, 9, "exact"),
            shelling_report("later", "Evening Post", 24, later, 12, "lower_bound"),
            elsewhere(
                shelling_report("dozens", "Evening Post", 24, vague, 12, "vague"), "2025-03-22"
            ),
            elsewhere(shelling_report("past", "Evening Post", 24, past, 40, "exact"), "2016-05"),
            *sample_extractions(),
        ]
    )
    rebuild_ledger(store)
    with serving(create_app(db)) as url:
        yield url


def test_incidents_merge_the_reports_of_one_event_and_show_where_they_differ(
    browser: Any, incidents_url: str
) -> None:
    with watching(browser, incidents_url) as w:
        page = w.page
        page.click("button[data-tab=incidents]")
        incidents = page.locator("#incidents li.incident")
        # the eight sample events, one told twice, and Saturday's in Dolna; not Dolna's in 2016
        expect(incidents).to_have_count(10)
        newest = incidents.first
        expect(newest).to_contain_text("attack in Varnitsa")
        expect(newest).to_contain_text("⚠ 9–at least 12 killed")
        expect(incidents.nth(1)).to_contain_text("dozens killed")  # never "12" nor "some 12"
        page.check("#incidents-background")
        expect(incidents).to_have_count(11)
        expect(page.locator("#incidents li.incident.background")).to_contain_text("40 killed")
        page.uncheck("#incidents-background")
        expect(incidents).to_have_count(10)
        expect(newest).to_contain_text("2 reports in 2 articles · Daily Courier, Evening Post")
        newest.locator("a.open-event").click()
        rows = page.locator("#event-card table.reports tbody tr")
        expect(rows).to_have_count(2)
        assert rows.nth(0).locator("td.toll").first.inner_text() == "⚠ 9"
        assert rows.nth(1).locator("td.toll").first.inner_text() == "⚠ at least 12"
        # the latest report's article opens beside the card, its sentence marked
        expect(page.locator("#article-text mark.evidence")).to_contain_text("rose to at least 12")
        page.wait_for_function("() => Math.abs(sitrep.state.map.getCenter().lat - 46.2) < 0.5")
        rows.nth(0).locator("a", has_text="killing nine").click()
        expect(page.locator("#event-card .casualties")).to_have_text("9 killed")
        expect(page.locator("#article-head")).to_contain_text("Daily Courier")


def test_screenshot_for_the_readme(watched: Watched) -> None:
    target = os.environ.get("SITREP_SCREENSHOT")
    if not target:
        pytest.skip("set SITREP_SCREENSHOT=docs/screenshot.png to rewrite the README's screenshot")
    page = watched.page
    page.locator("#events li.event", has_text="missile strikes").locator("a.open-event").click()
    page.locator("#article-text mark.evidence").wait_for()
    page.locator("#article-text span.ann-num", has_text="21").hover()
    page.locator("#tip").wait_for(state="visible")
    page.wait_for_timeout(500)
    page.screenshot(path=target)


def content_key(text: str) -> str:
    from sitrep.ingest.common import content_id

    return content_id(text)


READABLE_DATES = {
    "2024-11-02TNI": "2024-11-02 night",
    "2025-05-31T08:02Z": "2025-05-31 08:02 UTC",
    "2025-W10": "week 10 of 2025",
    "2024-10-25": "2024-10-25",
    "2024-Q3": "2024-Q3",
}


def test_dates_read_as_a_reader_writes_them(watched: Watched) -> None:
    """TIMEX3's "TNI" or "W10" mean nothing to a reader; the value stays in the tooltip."""
    shown = watched.page.evaluate(
        "(values) => values.map((value) => sitrep.readableDate(value))", list(READABLE_DATES)
    )
    assert shown == list(READABLE_DATES.values())


def test_the_claim_tracker_draws_each_hedge_as_an_interval(watched: Watched) -> None:
    """ "About 10,000" is a range of values, not a point: the evolution chart draws the interval
    each report allows, and the table words the value as the report hedged it."""
    page = watched.page
    page.click("button[data-tab=claims]")
    expect(page.locator("#subject option").first).to_contain_text("North Korea in Kursk Oblast")
    expect(page.locator("#claims-chart line.hedge").first).to_be_attached()
    hedged = page.locator("#claims-table td", has_text="about 10,000")
    expect(hedged.first).to_be_visible()


def test_an_interrupted_quote_is_marked_without_its_reporting_clause(watched: Watched) -> None:
    """The demo's two-sentence quote is one claim; "Zelensky said in a social media post
    Saturday" between its sentences is the writer's, not what was said."""
    page = watched.page
    page.locator("#events li.event", has_text="missile strikes").locator("a.open-event").click()
    page.locator("#article-text mark.evidence").wait_for()
    marked = " ".join(page.locator("#article-text span.ann-claim").all_inner_texts())
    assert "Russian murderers have resumed their usual business" in marked
    assert "against whom this war is waged" in marked
    assert "social media post" not in marked and "Zelensky" not in marked


def varno_toll(article_id: str, day: int, text: str, number: str, value: float) -> Extraction:
    """An invented toll at the town of Varno: a shelling's when the text says so, else the
    siege's running toll ("since the siege began")."""
    at, town = text.index(number), text.index("Varno")
    place = EventPlace("Varno", 1.0, 1.0, "PPL")
    shelling = (Event(at, len(text) - 1, "attack", place=place, quantities=(0,)),)
    return Extraction(
        article=Article(id=article_id, text=text, published=dt.date(2025, 3, day)),
        places=(Place(town, town + 5, "Varno", name="Varno", country="XX", level="PPL"),),
        events=shelling if "Shelling" in text else (),
        quantities=(
            Quantity(at, at + len(number), number, value, unit="people", measure="killed"),
        ),
        pipeline_version="test-1",
    )


def test_the_claim_tracker_lists_the_other_tolls_of_the_place_beside_it(
    browser: Any, tmp_path: Path
) -> None:
    """A siege's running toll is kept apart from one shelling's toll but listed beside it; a
    click on the shelling's toll shows that history."""
    db = str(tmp_path / "beside.db")
    store = Store(db)
    store.save_batch(
        [
            varno_toll(
                "siege", 20, "60 people have been killed in Varno since March 3.", "60 people", 60
            ),
            varno_toll(
                "shelling", 17, "Shelling killed 12 people in Varno on Monday.", "12 people", 12
            ),
        ]
    )
    rebuild_ledger(store)
    with serving(create_app(db)) as url, watching(browser, url) as watched:
        page = watched.page
        page.click("button[data-tab=claims]")
        page.select_option("#subject", label="killed (people) in Varno [running toll] (1)")
        beside = page.locator("#claims-beside a.subject")
        expect(beside).to_have_text(["killed (people) in Varno [attack]"])
        expect(page.locator("#claims-beside")).to_contain_text("latest 12 (2025-03-17)")
        beside.click()
        expect(page.locator("#claims-table")).to_contain_text("12 people")
        expect(page.locator("#claims-beside a.subject")).to_have_text(
            ["killed (people) in Varno [running toll]"]
        )


def test_an_undated_event_says_so_in_the_list_and_its_popup(browser: Any, tmp_path: Path) -> None:
    """An event its report gives no date for is not dated to the report's day as if it were that
    day's news; its map popup says what, when, how many and who."""
    db = str(tmp_path / "undated.db")
    text = "Russian shelling of Varnitsa killed nine people, officials said."
    report = shelling_report("undated", "Daily Courier", 24, text, 9, "exact")
    Store(db).save_batch(
        [dataclasses.replace(report, events=(dataclasses.replace(report.events[0], date=None),))]
    )
    with serving(create_app(db)) as url, watching(browser, url) as watched:
        page = watched.page
        expect(page.locator("#events li.event .date")).to_have_text("undated · reported 2025-03-24")
        page.locator("path.marker").first.click(force=True)
        popup = page.locator(".leaflet-popup-content")
        expect(popup).to_contain_text("undated · reported 2025-03-24")
        expect(popup).to_contain_text("Russia")
        expect(popup).to_contain_text("9 killed")


def test_a_phone_reads_the_page_without_scrolling_sideways(browser: Any, base_url: str) -> None:
    """On a 390-pixel screen nothing pushes the page wider than the screen, and an event opened
    from the list comes into view below the map instead of staying out of sight."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    watched = Watched(page, base_url)
    page.goto(base_url + "/")
    page.wait_for_selector("body[data-ready=true]")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.locator("#events li.event a.open-event").first.click()
    page.locator("#article-text mark.evidence").wait_for()
    card_top = "document.getElementById('event-card').getBoundingClientRect().top"
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not 0 <= page.evaluate(card_top) < 844 / 2 and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    assert 0 <= page.evaluate(card_top) < 844 / 2, "the opened event is out of sight"
    context.close()
    assert watched.errors == [] and watched.outside == []


def test_combined_filters_say_how_many_events_match(watched: Watched) -> None:
    """Type and "place, country" combine, and the count line says how many events match."""
    page = watched.page
    expect(page.locator("#events-count")).to_have_text("8 events")
    page.select_option("#f-type", "attack")
    page.fill("#f-place", "Dnipro, UA")
    page.click("#f-apply")
    expect(page.locator("#events-count")).to_have_text("1 event matches")
    page.fill("#f-place", "Dnipro, RU")
    page.click("#f-apply")
    expect(page.locator("#events-count")).to_have_text(
        "No events match type “attack”, place “Dnipro, RU”; Clear shows every event."
    )


def test_a_timeline_day_is_reached_and_chosen_with_the_keyboard(watched: Watched) -> None:
    """Tab reaches a day of the timeline and Enter filters to it, as a click does."""
    page = watched.page
    day = page.locator("#timeline g.day[data-date='2024-11-04']")
    day.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#events li.event")).to_have_count(1)
    assert page.input_value("#f-since") == "2024-11-04"


# (article, published day, event date): an axis from 2025-02-20 to 2025-04-25 (a month either
# side of the reports), three events before it (to a day, a month, a year), two after it, and
# three dated to a month or a year that overlaps it: on the axis, on neither side of it
OFF_AXIS = [
    ("first", 23, "2025-03-23"),
    ("dozens", 24, "2025-03-22"),
    ("recalled", 24, "2009-08-14"),
    ("monthly", 24, "2018-06"),
    ("yearly", 25, "2011"),
    ("misread", 25, "2026-01-05"),
    ("misread-month", 25, "2026-02"),
    ("spanning-year", 24, "2025"),
    ("spanning-start", 24, "2025-02"),
    ("spanning-end", 25, "2025-04"),
]


def off_axis_store(path: Path) -> str:
    """A store of the `OFF_AXIS` reports with their ledger; its path."""
    db = str(path / "history.db")
    store = Store(db)
    store.save_batch(
        [
            elsewhere(
                shelling_report(
                    name, "Evening Post", day, f"Dolna was shelled ({name}).", 2, "exact"
                ),
                date,
            )
            for name, day, date in OFF_AXIS
        ]
    )
    rebuild_ledger(store)
    return db


@pytest.mark.parametrize(
    ("side", "label", "since", "until"),
    [
        ("earlier", "◂ 3 events before 2025-02-20", "", "2025-02-19"),
        ("later", "2 events after 2025-04-25 ▸", "2025-04-26", ""),
    ],
)
def test_the_timeline_axis_covers_the_reports_and_counts_the_events_beside_it(
    browser: Any, tmp_path: Path, side: str, label: str, since: str, until: str
) -> None:
    """A report that recalls a shelling of years ago does not stretch the axis back to that year:
    the axis covers the reports' months, and a button on each side counts the events wholly off
    it (dated to a day, a month or a year; not a month or a year that overlaps the axis) and
    lists them, as the event list then counts them; the earlier ones are background, so the
    incidents tab shows the background incidents (and every incident those dates meet: the box
    narrows the event list only), and says they are hidden when the reader hides them again."""
    db = off_axis_store(tmp_path)
    with serving(create_app(db)) as url, watching(browser, url) as watched:
        page = watched.page
        ticks = page.locator("#timeline text.tick").all_text_contents()
        assert ticks[:2] == ["2025-03-22", "2025-03-23"]
        expect(page.locator("#timeline g.day")).to_have_count(2)
        button = page.locator(f"#timeline button.beyond.{side}")
        expect(button).to_have_text(label)
        button.click()
        count = label.strip("◂▸ ").split()[0]
        expect(page.locator("#events-count")).to_have_text(f"{count} events match (wholly within)")
        expect(page.locator("#events li.event")).to_have_count(int(count))
        assert [page.input_value("#f-since"), page.input_value("#f-until")] == [since, until]
        assert page.is_checked("#f-within")
        expect(page.locator("#timeline g.day.out")).to_have_count(2)  # the chosen dates are off it
        if side == "earlier":
            assert page.is_checked("#incidents-background")
            page.click("button[data-tab=incidents]")
            expect(page.locator("#incidents li.incident.background")).to_have_count(int(count))
            page.uncheck("#incidents-background")
            # the box narrows the event list only: an incident is listed on every day it meets,
            # so the month that reaches across the axis's edge is listed too
            expect(page.locator("#incidents li.incident .date")).to_have_text(["2025-02"])
            expect(page.locator("#incidents-count")).to_have_text(
                "1 incident, newest first (the wholly within filter applies to the event list only)"
            )
            page.fill("#f-until", "2024-12-31")
            page.click("#f-apply")
            expect(page.locator("#incidents-count")).to_contain_text(
                "Background incidents (dated well before the reports that tell them) are hidden"
            )


def dated_long_ago(article: Article) -> Extraction:
    """An extractor that finds in any posted article one shelling of Dolna, years before."""
    event = Event(0, len(article.text), "attack", place=VARNITSA, date="2019-07-04")
    return Extraction(article=article, events=(event,), pipeline_version="stub")


def test_an_article_added_from_the_page_is_counted_everywhere(browser: Any, tmp_path: Path) -> None:
    """After an article is added from the page, the header's totals, the type filter's counts
    and the timeline's off-axis buttons count it, as the lists do."""
    db = off_axis_store(tmp_path)
    app = create_app(db, allow_ingest=True, extractor=dated_long_ago)
    with serving(app) as url, watching(browser, url) as watched:
        page = watched.page
        attacks = page.locator("#f-type option[value=attack]")
        expect(page.locator("#stats")).to_contain_text("10 articles · 10 events")
        expect(attacks).to_contain_text("(10)")
        expect(page.locator("#timeline button.beyond.earlier")).to_have_text(
            "◂ 3 events before 2025-02-20"
        )
        page.select_option("#f-type", "attack")
        page.click("#tab-ingest")
        page.fill("#ingest-form input[name=published]", "2025-03-24")
        page.fill("#ingest-form textarea[name=text]", "Dolna was shelled again, a reader wrote.")
        page.click("#ingest-form button[type=submit]")
        expect(page.locator("#stats")).to_contain_text("11 articles · 11 events")
        expect(attacks).to_contain_text("(11)")
        assert page.input_value("#f-type") == "attack"  # the reader's choice stays
        expect(page.locator("#f-type option")).to_have_count(len(EVENT_TYPES) + 1)
        expect(page.locator("#timeline button.beyond.earlier")).to_have_text(
            "◂ 4 events before 2025-02-20"
        )


AXIS_WINDOWS = [
    # the reports' publication span widened by a month on each side
    ({"first": "2025-03-10", "last": "2025-03-24"}, ["2025-02-07", "2025-04-24"]),
    ({"first": "2025-03-10T08:15:00", "last": "2025-03-10"}, ["2025-02-07", "2025-04-10"]),
    # no publication dates, or no event in that span: every day
    ({"first": None, "last": None}, ["2009-08-14", "2025-03-23"]),
    ({"first": "2031-01-01", "last": "2031-02-01"}, ["2009-08-14", "2025-03-23"]),
]


def test_the_timeline_axis_window_follows_the_reports_publication(watched: Watched) -> None:
    days = [{"date": d, "types": {"attack": 1}} for d in ("2009-08-14", "2025-03-10", "2025-03-23")]
    windows = watched.page.evaluate(
        "([days, spans]) => spans.map((published) => sitrep.axisWindow(days, published))",
        [days, [published for published, _ in AXIS_WINDOWS]],
    )
    assert windows == [window for _, window in AXIS_WINDOWS]


def test_the_claim_chart_counts_in_round_steps(watched: Watched) -> None:
    """The value axis reads 0, 5,000, 10,000 ... as a paper's chart does, not 0, 2,913, 5,826."""
    from itertools import pairwise

    page = watched.page
    page.click("button[data-tab=claims]")
    expect(page.locator("#claims-chart line.grid").first).to_be_attached()
    labels = page.locator("#claims-chart text.tick").all_text_contents()
    values = [int(label.replace(",", "")) for label in labels if "-" not in label]
    steps = {b - a for a, b in pairwise(values)}
    assert values[0] == 0 and len(steps) == 1
    assert str(steps.pop()).rstrip("0") in {"1", "2", "5"}


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ('"apartment building"', '1 article for “"apartment building"”, best first'),
        ("zzyzx", "Nothing found for “zzyzx”"),
        ("%", "punctuation alone is not searched"),
    ],
)
def test_a_search_says_what_it_found_or_why_not(watched: Watched, query: str, said: str) -> None:
    page = watched.page
    page.fill("#search-q", query)
    page.press("#search-q", "Enter")
    expect(page.locator("#panel-search")).to_contain_text(said)
    watched.errors[:] = [e for e in watched.errors if "status of 400" not in e]  # "%": refused


def delay_fetches(page: Any, matching: str, ms: int) -> None:
    """Holds back the page's requests whose URL contains `matching`, as a slow server would."""
    page.evaluate(
        """([matching, ms]) => {
            const fetchNow = window.fetch;
            window.fetch = async (url, options) => {
                if (String(url).includes(matching)) await new Promise((r) => setTimeout(r, ms));
                return fetchNow(url, options);
            };
        }""",
        [matching, ms],
    )


def test_a_slow_search_answer_never_draws_over_a_later_search(watched: Watched) -> None:
    page = watched.page
    delay_fetches(page, "apartment", 600)
    page.fill("#search-q", '"apartment building"')
    page.press("#search-q", "Enter")
    page.fill("#search-q", "zzyzx")
    page.press("#search-q", "Enter")
    expect(page.locator("#search-count")).to_contain_text("Nothing found for “zzyzx”")
    page.wait_for_timeout(900)
    expect(page.locator("#search-results li")).to_have_count(0)
    expect(page.locator("#search-count")).to_contain_text("Nothing found for “zzyzx”")


def test_a_slow_incidents_answer_never_draws_over_a_later_one(watched: Watched) -> None:
    """Ticking "background" and unticking it at once leaves the list without background."""
    page = watched.page
    page.click("button[data-tab=incidents]")
    delay_fetches(page, "background=true", 600)
    page.check("#incidents-background")
    page.uncheck("#incidents-background")
    page.wait_for_timeout(900)
    expect(page.locator("#incidents-count")).not_to_contain_text("background included")


def test_the_claim_tracker_tries_again_after_a_failed_load(watched: Watched) -> None:
    page = watched.page
    page.evaluate(
        """() => {
            const fetchNow = window.fetch;
            let failed = false;
            window.fetch = async (url, options) => {
                if (!failed && String(url).endsWith("/api/claims/tracker")) {
                    failed = true;
                    return new Response(JSON.stringify({ error: "store busy" }), { status: 503 });
                }
                return fetchNow(url, options);
            };
        }"""
    )
    page.click("button[data-tab=claims]")
    expect(page.locator("#claims-chart .error")).to_have_text("store busy")
    page.click("button[data-tab=events]")
    page.click("button[data-tab=claims]")
    expect(page.locator("#claims-chart line.grid").first).to_be_attached()
    assert page.locator("#subject option").count() > 0


def test_the_claim_chart_draws_an_axis_when_no_value_can_be_drawn(watched: Watched) -> None:
    page = watched.page
    page.evaluate(
        """() => sitrep.drawClaims([{ source: "a ministry", points: [{ value: null, low: null, high: null,
            hedge: "exact", as_of: "2024-11-01", published: "2024-11-01", article_id: "x",
            start: 0, end: 1, text: "some" }] }], "people")"""
    )
    labels = page.locator("#claims-chart text.tick").all_text_contents()
    assert labels[0] == "0" and "NaN" not in " ".join(labels)


def test_an_undated_event_gives_the_day_it_was_reported_without_the_clock(watched: Watched) -> None:
    said = watched.page.evaluate(
        "sitrep.eventWhen({ date: null, published: '2025-03-24T08:15:00' }).textContent"
    )
    assert said == "undated · reported 2025-03-24"


def test_the_arrow_keys_move_between_tabs(watched: Watched) -> None:
    page = watched.page
    page.focus("#tab-events")
    page.keyboard.press("ArrowRight")
    expect(page.locator("#tab-incidents")).to_be_focused()
    expect(page.locator("#tab-incidents")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#panel-incidents")).to_be_visible()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    expect(page.locator("#tab-ingest")).to_be_focused()  # round the start to the last tab
    assert page.get_attribute("#panel-events", "aria-labelledby") == "tab-events"


def test_a_slow_failed_incidents_request_never_blanks_a_later_list(watched: Watched) -> None:
    """An older request's error drew over the list the later request had filled."""
    page = watched.page
    page.click("button[data-tab=incidents]")
    page.evaluate(
        """() => {
            const fetchNow = window.fetch;
            window.fetch = async (url, options) => {
                if (String(url).includes("background=true")) {
                    await new Promise((r) => setTimeout(r, 600));
                    return new Response(JSON.stringify({ error: "store busy" }), { status: 503 });
                }
                return fetchNow(url, options);
            };
        }"""
    )
    page.check("#incidents-background")
    page.uncheck("#incidents-background")
    page.wait_for_timeout(900)
    expect(page.locator("#incidents .error")).to_have_count(0)
    expect(page.locator("#incidents li").first).to_be_attached()
