"""The web API: lists, filters, pagination, one event with its evidence, claim histories, search,
clear 4xx errors, security headers, read-only unless ingest is allowed. No model needed: the data
are hand-made extractions (sitrep.web.sample)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import warnings
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

with warnings.catch_warnings():  # starlette's notice that its test client will move to httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sitrep.cli import app as cli_app
from sitrep.model import (
    Article,
    Attribution,
    Cue,
    Event,
    EventPlace,
    Extraction,
    Offsets,
    Quantity,
    Source,
)
from sitrep.store import Store
from sitrep.web import create_app
from sitrep.web.app import STATIC_DIR, database_unreachable
from sitrep.web.sample import kursk_example, sample_extractions

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HOSTILE = (
    'Breaking: <script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"> in Kyiv.'
)


def stub_extractor(article: Article) -> Extraction:
    return Extraction(article=article, pipeline_version="stub")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("web") / "web.db")
    Store(path).save_batch(sample_extractions())
    return path


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    return TestClient(create_app(db))


def event_id(client: TestClient, **params: str) -> tuple[str, int]:
    item = client.get("/api/events", params=params).json()["items"][0]
    return item["article_id"], item["idx"]


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/events",
        "/api/events/{article_id}/{idx}",
        "/api/claims",
        "/api/claims/history",
        "/api/claims/measures",
        "/api/places",
        "/api/search",
        "/api/stats",
        "/api/timeline",
        "/api/timeline/{event_id}",
        "/api/claims/subjects",
        "/api/claims/tracker",
        "/api/claims/tracker/{subject_id}",
    ):
        assert path in paths, path
    parameters = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {
        "type",
        "since",
        "until",
        "place",
        "bbox",
        "actor",
        "source",
        "within",
        "limit",
        "offset",
    } <= parameters


def test_stats_count_everything(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["counts"]["articles"] == 6
    assert stats["events_by_type"] == {"deploy": 6, "attack": 2}
    assert stats["events_by_day"][0] == {"date": "2024-10-23", "types": {"deploy": 1}, "undated": 0}
    assert stats["ingest"] is False


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, 8),
        ({"type": "attack"}, 2),
        ({"since": "2024-11-01"}, 4),
        ({"until": "2024-10-25"}, 3),
        ({"since": "2024-10", "until": "2024-10"}, 4),
        # `until` a month or a year covers its last day: not a reversed range
        ({"since": "2024-11-01", "until": "2024-11"}, 2),
        ({"since": "2024-10-25", "until": "2024"}, 7),
        ({"place": "Dnipro"}, 1),
        ({"place": "ua"}, 2),
        ({"place": "Dnipro, UA"}, 1),
        ({"place": "Dnipro, RU"}, 0),
        ({"bbox": "30,50,31,51"}, 1),
        ({"bbox": "35,51,37,52"}, 6),
        ({"actor": "north korea"}, 6),
        ({"source": "Pentagon"}, 2),
        ({"q": "apartment building"}, 1),
        ({"type": "attack", "place": "Kyiv", "since": "2024-10-25"}, 1),
        ({"type": "protest"}, 0),
        ({"modality": "happened"}, 8),
        ({"modality": "denied,expected"}, 0),
    ],
)
def test_event_filters(client: TestClient, params: dict[str, str], expected: int) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    assert len(response.json()["items"]) == expected
    assert response.json()["total"] == expected


def test_the_event_count_covers_every_page(client: TestClient) -> None:
    """A page of 3 says how many events match in all, not only how many it shows: the first page
    counts them, the last counts itself, and the pages between leave the first page's count
    standing rather than count again."""
    totals = [
        client.get("/api/events", params={"limit": 3, "offset": offset}).json()["total"]
        for offset in (0, 3, 6, 30)
    ]
    assert totals == [8, None, 8, 8]


def test_the_last_page_counts_itself_without_counting_again(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page that holds the last event knows the total from its offset and its items."""
    import sitrep.web.routes

    def not_wanted(*_args: object) -> int:
        raise AssertionError("counted again")

    monkeypatch.setattr(sitrep.web.routes, "count_events", not_wanted)
    assert client.get("/api/events", params={"limit": 5, "offset": 5}).json()["total"] == 8
    assert client.get("/api/events", params={"limit": 50}).json()["total"] == 8


def test_pagination_walks_every_event_once(client: TestClient) -> None:
    seen, offset = [], 0
    while offset is not None:
        page = client.get("/api/events", params={"limit": 3, "offset": offset}).json()
        assert page["limit"] == 3 and len(page["items"]) <= 3
        seen += [(e["article_id"], e["idx"]) for e in page["items"]]
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) == 8


def test_one_event_has_its_evidence_and_article(client: TestClient) -> None:
    article_id, idx = event_id(client, type="attack", place="Dnipro")
    event = client.get(f"/api/events/{article_id}/{idx}").json()
    assert event["killed"] == 5 and event["injured"] == 21
    article = client.get(f"/api/articles/{article_id}").json()
    sentence = article["text"][event["sentence_start"] : event["sentence_end"]]
    assert sentence == event["sentence"]
    authorities, president = event["evidence"]["attributions"]
    assert authorities["source"]["name"] == "Ukrainian authorities"
    assert "killing at least five and injuring 21" in authorities["claim_text"]
    assert president["source"]["name"] == "Volodymyr Zelensky"
    assert [q["value"] for q in event["evidence"]["quantities"]] == [5, 21]
    assert [v["pipeline_version"] for v in event["versions"]] == ["sample-1"]


def test_list_rows_say_how_a_toll_was_worded(client: TestClient) -> None:
    """The list shows "at least 5 killed", not a floor as if it were the count."""
    (row,) = client.get("/api/events", params={"type": "attack", "place": "Dnipro"}).json()["items"]
    assert (row["killed"], row["killed_hedge"], row["injured_hedge"]) == (5, "lower_bound", None)


def test_an_event_lists_every_pipeline_version(tmp_path: Path) -> None:
    path = str(tmp_path / "versions.db")
    store = Store(path)
    first = kursk_example()
    store.save_batch([first])
    store.save_batch(
        [dataclasses.replace(first, pipeline_version="sample-2", events=first.events[1:])]
    )
    client = TestClient(create_app(path))
    article_id, idx = event_id(client, type="attack", place="Kyiv")
    versions = client.get(f"/api/events/{article_id}/{idx}").json()["versions"]
    assert [(v["pipeline_version"], v["current"]) for v in versions] == [
        ("sample-1", False),
        ("sample-2", True),
    ]
    assert [[e["idx"] for e in v["events"]] for v in versions] == [[1], [0]]


def test_article_view_has_text_and_findings(client: TestClient) -> None:
    articles = client.get("/api/articles", params={"limit": 50}).json()["items"]
    assert len(articles) == 6 and articles[0]["published"] >= articles[-1]["published"]
    kursk = next(a for a in articles if a["outlet"] == "New York Post")
    assert kursk["events"] == 3
    article = client.get(f"/api/articles/{kursk['id']}").json()
    for kind in ("places", "times", "quantities", "attributions"):
        for finding in article["findings"][kind]:
            start, end = (
                (finding["claim"]["start"], finding["claim"]["end"])
                if kind == "attributions"
                else (finding["start"], finding["end"])
            )
            assert 0 <= start < end <= len(article["text"])
    number = article["findings"]["quantities"][0]
    assert (
        article["text"][number["start"] : number["end"]]
        == number["text"]
        == "as many as 12,000 troops"
    )


def test_a_quote_its_reporting_clause_interrupts_is_served_as_its_parts(
    client: TestClient,
) -> None:
    """The page marks, and lists quote, only what was said: not "Zelensky said in a social
    media post Saturday" between the two sentences of his quote."""
    (row,) = client.get("/api/claims", params={"source": "zelensky"}).json()["items"]
    article = client.get(f"/api/articles/{row['article_id']}").json()
    text = article["text"]
    said = [text[p["start"] : p["end"]] for p in row["parts"]]
    assert said[0] == "“Russian murderers have resumed their usual business,”"
    assert said[1].startswith("“This proves") and said[1].endswith("war is waged.”")
    assert row["claim_text"] == " … ".join(said)
    assert "social media post" not in row["claim_text"]
    viewed = [a for a in article["findings"]["attributions"] if a["source"]["text"] == "Zelensky"]
    assert viewed[0]["parts"] == row["parts"]
    others = [a for a in article["findings"]["attributions"] if a["source"]["text"] != "Zelensky"]
    assert all(a["parts"] == [a["claim"]] for a in others)
    article_id, idx = event_id(client, type="attack", place="Dnipro")
    evidence = client.get(f"/api/events/{article_id}/{idx}").json()["evidence"]["attributions"]
    assert evidence[1]["claim_text"] == row["claim_text"]


def test_claims_filter_by_the_days_their_date_covers(tmp_path: Path) -> None:
    """A claim dated to a week is in each month the week touches ("2024-W44": Oct 28-Nov 3)."""
    quote = kursk_example().attributions[4]
    weekly = dataclasses.replace(
        kursk_example(), attributions=(dataclasses.replace(quote, date="2024-W44"),), events=()
    )
    path = str(tmp_path / "week.db")
    Store(path).save_batch([weekly])
    client = TestClient(create_app(path))
    for since, until in (("2024-10", "2024-10"), ("2024-11", "2024-11-30")):
        items = client.get("/api/claims", params={"since": since, "until": until}).json()["items"]
        assert [c["date"] for c in items] == ["2024-W44"]
    assert client.get("/api/claims", params={"since": "2024-11-04"}).json()["items"] == []


def test_claims_and_claim_history(client: TestClient) -> None:
    claims = client.get("/api/claims", params={"source": "pentagon"}).json()["items"]
    assert {c["source_name"] for c in claims} == {"Pentagon"}
    measures = client.get("/api/claims/measures").json()["items"]
    assert measures[0] == {"measure": "personnel", "unit": "troops", "values": 7, "articles": 6}
    series = client.get(
        "/api/claims/history", params={"measure": "personnel", "unit": "troops"}
    ).json()["items"]
    by_source = {s["source"]: [(p["published"], p["value"]) for p in s["points"]] for s in series}
    assert by_source["Pentagon"] == [("2024-10-28", 10000), ("2024-11-12", 11500)]
    assert by_source["Ukraine"] == [
        ("2024-10-26", 12000),
        ("2024-11-04", 11000),
        ("2024-12-02", 12000),
    ]
    assert by_source["Ukrainian official"] == [("2024-10-26", 5000)]
    only = client.get(
        "/api/claims/history", params={"measure": "personnel", "source": "NIS"}
    ).json()["items"]
    assert [s["source"] for s in only] == ["NIS"]


def test_claims_give_direct_quote_as_true_false_or_mixed(client: TestClient) -> None:
    """SCHEMA.md's boolean was the string "false", which a reader testing it takes as true."""
    claims = client.get("/api/claims", params={"limit": 500}).json()["items"]
    quoted = [claim["direct_quote"] for claim in claims]
    assert True in quoted and False in quoted and set(quoted) <= {True, False, "mixed"}


def test_places_and_search(client: TestClient) -> None:
    places = client.get("/api/places").json()["items"]
    assert places[0]["name"] in ("Kursk Oblast", "Kyiv") and places[0]["articles"] == 6
    hits = client.get("/api/search", params={"q": "apartment building"}).json()["items"]
    assert [h["outlet"] for h in hits] == ["New York Post"]
    for hostile in ['"', "' OR 1=1 --", "NEAR(", "*", "<script>", "%_\\"]:
        searched = client.get("/api/search", params={"q": hostile})
        assert searched.status_code == 200 or "nothing to search for" in searched.json()["error"]
        assert (
            client.get(
                "/api/events", params={"place": hostile, "actor": hostile, "q": hostile}
            ).status_code
            == 200
        )


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/events?limit=0", 422, "limit"),
        ("/api/events?limit=100000", 422, "limit"),
        ("/api/events?offset=-1", 422, "offset"),
        ("/api/events?since=yesterday", 422, "since: 'yesterday' is not a date; give YYYY"),
        ("/api/events?since=2024-13-45", 422, "not a date"),
        ("/api/claims?until=2023-02-29", 422, "not a date"),
        ("/api/articles?since=2024-00", 422, "not a date"),
        ("/api/events?since=2024-12-01&until=2024-01-01", 400, "swap"),
        ("/api/events?since=2024-12&until=2024-11-30", 400, "swap"),
        ("/api/claims?since=2024-11-02&until=2024-10", 400, "since (2024-11-02) is after until"),
        ("/api/events?bbox=1,2,3", 400, "west,south,east,north"),
        ("/api/events?bbox=10,0,5,1", 400, "west <= east"),
        ("/api/events?bbox=0,0,200,1", 400, "out of range"),
        ("/api/events?type=riot", 400, "choose one of"),
        ("/api/events?modality=rumoured", 400, "unknown modality 'rumoured'; choose one or more"),
        ("/api/events/nope/0", 404, "no event"),
        ("/api/events/nope/x", 422, "idx"),
        ("/api/articles/nope", 404, "no article"),
        ("/api/search", 422, "q"),
        ("/api/search?q=the", 400, "nothing to search for in 'the'"),  # once every article
        ("/api/search?q=%25", 400, "punctuation alone is not searched"),
        ("/api/search?q=the", 400, "as common as 'the'"),
        ("/api/nothing", 404, "Not Found"),
        ("/api/events/x/99999999999999999999", 422, "idx"),  # once a 500: integer overflow
        # a NUL once matched every event (SQLite's LIKE stops at it) and failed on PostgreSQL
        ("/api/events?place=%00", 400, "parameter 'place' contains the control character U+0000"),
        ("/api/search?q=war%1bcrimes", 400, "U+001B"),
        ("/api/articles/%00", 400, "the path"),
    ],
)
def test_bad_requests_get_clear_errors(
    client: TestClient, url: str, status: int, words: str
) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert words in response.json()["error"]


@pytest.mark.parametrize("path", ["/api/claims", "/api/articles", "/api/timeline"])
def test_until_a_month_holds_a_since_inside_it(client: TestClient, path: str) -> None:
    """since 2024-11-01 until 2024-11 is November, not a range to swap."""
    month = client.get(path, params={"since": "2024-11-01", "until": "2024-11"})
    assert month.status_code == 200, month.text
    assert month.json() == client.get(path + "?since=2024-11-01&until=2024-11-30").json()


def test_ties_are_listed_in_the_order_of_their_names(client: TestClient) -> None:
    """SQLite and PostgreSQL listed equal counts in different orders: the same store answered
    differently on each backend."""
    measures = client.get("/api/claims/measures").json()["items"]
    keys = [(-m["values"], m["measure"], m["unit"] or "") for m in measures]
    assert keys == sorted(keys)
    by_type = client.get("/api/stats").json()["events_by_type"]
    assert list(by_type) == sorted(by_type, key=lambda t: (-by_type[t], t))


def test_a_quoted_phrase_finds_its_words_side_by_side(tmp_path: Path) -> None:
    """Quotes ask for a phrase ("ministry of health", common word and all); unquoted, the words
    may be anywhere in the article."""
    path = str(tmp_path / "phrases.db")
    texts = {
        "side": "The ministry of health said three people died in the flood.",
        "apart": "The ministry said the health of the survivors was improving.",
    }
    Store(path).save_batch(
        [
            Extraction(article=Article(id=key, text=text, title=key), pipeline_version="test-1")
            for key, text in texts.items()
        ]
    )
    client = TestClient(create_app(path))

    def found(query: str) -> set[str]:
        items = client.get("/api/search", params={"q": query}).json()["items"]
        return {item["title"] for item in items}

    assert found("ministry health") == {"side", "apart"}
    assert found('"ministry of health"') == {"side"}
    assert found("\u201cministry of health\u201d said") == {"side"}


def test_a_search_may_carry_tabs_and_line_breaks(client: TestClient) -> None:
    assert client.get("/api/search", params={"q": "Kharkiv\tdrones\n"}).status_code == 200


def test_a_database_gone_away_is_a_503_to_retry(tmp_path: Path) -> None:
    """A PostgreSQL restart under `sitrep serve` gave a bare 500 and a traceback per request."""
    from sqlalchemy import create_engine

    app = create_app(str(tmp_path / "s.db"))
    app.state.store.engine = create_engine("postgresql+psycopg://sitrep@127.0.0.1:1/gone")
    response = TestClient(app).get("/api/events")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "5"
    error = response.json()["error"]
    assert error == "the database is unavailable; try again shortly"
    assert "127.0.0.1" not in error and "sitrep" not in error  # the driver's message names them


def test_a_query_error_of_our_own_is_no_503(tmp_path: Path) -> None:
    """ "no such table" is a bug to fix, not a database to wait for."""
    from sqlalchemy import text

    app = create_app(str(tmp_path / "s.db"))
    with app.state.store.engine.begin() as conn:
        conn.execute(text("DROP TABLE events"))
    response = TestClient(app, raise_server_exceptions=False).get("/api/events")
    assert response.status_code == 500


class _DriverError(Exception):
    """A driver's exception as SQLAlchemy wraps it: PostgreSQL's carry a SQLSTATE, SQLite's not."""

    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("message", "sqlstate", "unreachable"),
    [
        ("canceling statement due to statement timeout", "57014", False),
        ("terminating connection due to administrator command", "57P01", True),
        ("the database system is starting up", "57P03", True),
        ("server closed the connection unexpectedly", "08006", True),
        ("connection timeout expired", None, True),
        ("database is locked", None, True),
        ("unable to open database file", None, True),
        ("no such table: events", None, False),
    ],
)
def test_only_a_database_out_of_reach_is_waited_for(
    message: str, sqlstate: str | None, unreachable: bool
) -> None:
    """A statement timeout is our own slow query: a 500 to fix, not a 503 to retry."""
    from sqlalchemy.exc import OperationalError

    error = OperationalError("SELECT 1", {}, _DriverError(message, sqlstate))
    assert database_unreachable(error, message) is unreachable


def test_security_headers_on_pages_and_api(client: TestClient) -> None:
    for url in ("/", "/api/stats", "/static/app.js", "/api/nothing"):
        headers = client.get(url).headers
        policy = headers["content-security-policy"]
        assert (
            "script-src 'self'" in policy
            and "default-src 'self'" in policy
            and "unsafe-inline" not in policy
        )
        assert headers["x-content-type-options"] == "nosniff"
    assert client.get("/api/stats").headers["cache-control"] == "no-store"


def test_page_and_assets_are_bundled(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert (
        "http://" not in page.text and "https://" not in page.text and "<script>" not in page.text
    )
    for asset in (
        "/static/app.js",
        "/static/app.css",
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/leaflet/leaflet.css",
        "/static/vendor/topojson-client/topojson-client.min.js",
        "/static/vendor/basemap/countries-50m.json",
        "/static/vendor/basemap/admin1-ne10m-simplified.json",
    ):
        assert client.get(asset).status_code == 200, asset
    vendor = STATIC_DIR / "vendor"
    assert sum(f.stat().st_size for f in vendor.rglob("*") if f.is_file()) < 5_000_000
    assert (vendor / "README.md").exists() and (vendor / "leaflet" / "LICENSE").exists()


PAGE_MODULE = re.compile(r'<script type="module" src="/static/([\w-]+\.js)">')
PRELOADED_MODULE = re.compile(r'<link rel="modulepreload" href="/static/([\w-]+\.js)">')
IMPORTED_MODULE = re.compile(r'^import [^;]*?from "\./([\w-]+\.js)";', re.MULTILINE)


def test_every_module_of_the_page_is_served_as_javascript(client: TestClient) -> None:
    """The page's script is ES modules, which a browser runs only when they come with a
    JavaScript content type: every module the page reaches (from its entry, import by import) is
    served as one, with an ETag that answers a revalidation with a 304, and every module in the
    folder is reached (none missing, none left behind). The page names every module it reaches
    for preloading, so that a browser fetches them at once instead of one import level at a time."""
    page = client.get("/").text
    waiting, reached = PAGE_MODULE.findall(page), set()
    assert waiting == ["app.js"]
    while waiting:
        name = waiting.pop()
        if name in reached:
            continue
        reached.add(name)
        answer = client.get(f"/static/{name}")
        assert answer.status_code == 200, name
        assert answer.headers["content-type"].startswith("text/javascript"), name
        assert answer.headers["cache-control"] == "no-cache", name
        again = client.get(f"/static/{name}", headers={"If-None-Match": answer.headers["etag"]})
        assert again.status_code == 304, name
        assert "innerHTML" not in answer.text, name
        waiting.extend(IMPORTED_MODULE.findall(answer.text))
    assert reached == {path.name for path in STATIC_DIR.glob("*.js")}
    preloaded = PRELOADED_MODULE.findall(page)
    assert sorted(preloaded) == sorted(reached - {"app.js"}), "preloads are not the imports"
    assert client.get("/").headers["cache-control"] == "no-cache"
    assert "cache-control" not in client.get("/static/vendor/leaflet/leaflet.js").headers


def test_the_page_answers_a_head_request_as_a_get(client: TestClient) -> None:
    """An uptime check's HEAD gets the page's status and type, not 405."""
    head, get = client.head("/"), client.get("/")
    assert head.status_code == get.status_code == 200
    assert head.headers["content-type"] == get.headers["content-type"]


def test_read_only_unless_ingest_is_allowed(client: TestClient, db: str, tmp_path: Path) -> None:
    refused = client.post("/api/articles", json={"text": HOSTILE})
    assert refused.status_code == 403 and "--allow-ingest" in refused.json()["error"]
    assert client.get("/api/stats").json()["counts"]["articles"] == 6

    path = str(tmp_path / "ingest.db")
    writer = TestClient(create_app(path, allow_ingest=True, extractor=stub_extractor))
    created = writer.post(
        "/api/articles", json={"text": HOSTILE, "title": "<b>bold</b>", "published": "2024-10-26"}
    )
    assert created.status_code == 201, created.text
    article = writer.get(f"/api/articles/{created.json()['id']}").json()
    assert (
        article["text"] == HOSTILE and article["title"] == "<b>bold</b>"
    )  # stored verbatim, escaped by the page
    assert writer.post("/api/articles", json={"text": HOSTILE}).json()["stored"] is False
    assert writer.post("/api/articles", json={"text": ""}).status_code == 422
    assert writer.post("/api/articles", json={"text": "ok", "published": "soon"}).status_code == 422
    assert writer.post("/api/articles", json={"text": "\x00\x01\x02\x03" * 50}).status_code == 400
    assert writer.get("/api/stats").json()["ingest"] is True


def test_serve_command_defaults_to_localhost_and_read_only(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli_app, ["serve", "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--allow-ingest", "127.0.0.1", "8000"):
        assert option in result.output
    missing = runner.invoke(cli_app, ["serve", "--db", str(tmp_path / "absent.db")])
    assert missing.exit_code == 2 and "no database" in missing.output
    assert not (tmp_path / "absent.db").exists()


def test_dates_in_rows_are_iso_strings(client: TestClient) -> None:
    item = client.get("/api/articles", params={"limit": 1}).json()["items"][0]
    assert dt.date.fromisoformat(item["published"])


def test_cached_answers_follow_new_data(tmp_path: Path) -> None:
    path = str(tmp_path / "fresh.db")
    store = Store(path)
    client = TestClient(create_app(path))
    assert client.get("/api/stats").json()["counts"]["articles"] == 0
    assert client.get("/api/places").json()["items"] == []
    store.save_batch([kursk_example()])
    assert client.get("/api/stats").json()["counts"]["articles"] == 1
    assert len(client.get("/api/places").json()["items"]) == 3
    assert "personnel" in {m["measure"] for m in client.get("/api/claims/measures").json()["items"]}


def test_article_filters_read_like_the_other_lists(client: TestClient) -> None:
    """An outlet is matched by a part of its name in any case, and `until` a month keeps the
    whole month, as the event and claim filters do."""
    by_outlet = client.get("/api/articles", params={"outlet": "new york"}).json()["items"]
    assert [a["outlet"] for a in by_outlet] == ["New York Post"]

    def count(until: str) -> int:
        return len(client.get("/api/articles", params={"until": until}).json()["items"])

    assert count("2024-11") == count("2024-11-30") > count("2024-10-31")
    assert count("2024") == count("2024-12-31")


@pytest.fixture(scope="module")
def ledger_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    from sitrep.store.ledger import rebuild_ledger

    store = Store(str(tmp_path_factory.mktemp("ledger") / "ledger.db"))
    store.save_batch(sample_extractions())
    rebuild_ledger(store)
    return TestClient(create_app(store.url.removeprefix("sqlite:///"), extractor=stub_extractor))


def test_the_ledger_is_served_as_the_cli_shows_it(ledger_client: TestClient) -> None:
    """`sitrep timeline`, `sitrep event` and `sitrep claims --about` have their JSON twins."""
    events = ledger_client.get("/api/timeline").json()["items"]
    assert events and all(e["id"].startswith("ev-") for e in events)
    starts = [e["date_start"] for e in events if e["date_start"]]
    assert starts == sorted(starts)
    second_page = ledger_client.get("/api/timeline", params={"limit": 2, "offset": 1}).json()
    assert [e["id"] for e in second_page["items"]] == [e["id"] for e in events[1:3]]
    one = ledger_client.get(f"/api/timeline/{events[0]['id'].removeprefix('ev-')[:6]}").json()
    assert one["id"] == events[0]["id"] and one["versions"]
    histories = ledger_client.get("/api/claims/subjects", params={"about": "troops"}).json()
    assert histories["items"] and all(h["values"] for h in histories["items"])


def test_the_timeline_can_list_the_newest_incidents_first(ledger_client: TestClient) -> None:
    """A reader following the news wants this week's incidents on top, not 2016's."""
    oldest = ledger_client.get("/api/timeline").json()["items"]
    newest = ledger_client.get("/api/timeline", params={"order": "newest"}).json()["items"]
    # the day of the date the page shows: a dated incident's first day, an undated one's report
    shown = [e["date_start"] if e["date"] else e["last_published"] for e in newest]
    dated = [day for day in shown if day]
    assert dated == sorted(dated, reverse=True) and shown[: len(dated)] == dated
    assert {e["id"] for e in newest} == {e["id"] for e in oldest}


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/timeline?order=random", 422, "order"),
        ("/api/timeline?type=riot", 400, "choose one of"),
        ("/api/timeline?until=2024-02-30", 422, "not a date"),
        ("/api/timeline/zzzzzz", 404, "no canonical event"),
        ("/api/claims/subjects", 422, "about"),
        ("/api/claims/tracker/cl-000000000000", 404, "no claim subject"),
        ("/api/claims/tracker?limit=0", 422, "limit"),
    ],
)
def test_bad_ledger_requests_get_clear_errors(
    ledger_client: TestClient, url: str, status: int, words: str
) -> None:
    response = ledger_client.get(url)
    assert response.status_code == status
    assert words in response.json()["error"]


def test_timeline_until_a_month_keeps_the_whole_month(ledger_client: TestClient) -> None:
    def ids(until: str) -> list[str]:
        items = ledger_client.get("/api/timeline", params={"until": until}).json()["items"]
        return [e["id"] for e in items]

    assert ids("2024-10") == ids("2024-10-31")


def test_timeline_counts_only_events_dated_to_a_day(tmp_path: Path) -> None:
    """A week ("2024-W43") cannot be drawn on a day axis, and a month or a year would be a
    misleading spike on its first day."""
    path = str(tmp_path / "coarse.db")
    example = kursk_example()
    coarse = ("2024-W43", "2016")  # the third event keeps its day
    events = tuple(
        dataclasses.replace(event, date=coarse[n]) if n < len(coarse) else event
        for n, event in enumerate(example.events)
    )
    Store(path).save_batch([dataclasses.replace(example, events=events)])
    days = TestClient(create_app(path)).get("/api/stats").json()["events_by_day"]
    assert len(days) == 1 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", days[0]["date"])


def test_timeline_days_say_how_many_events_are_undated(tmp_path: Path) -> None:
    """An event its report gives no date for is drawn on the day it was published; the day says
    so, so that what was merely reported that day is not read as that day's news."""
    path = str(tmp_path / "undated.db")
    example = kursk_example()
    events = tuple(dataclasses.replace(event, date=None) for event in example.events)
    Store(path).save_batch([dataclasses.replace(example, events=events)])
    (day,) = TestClient(create_app(path)).get("/api/stats").json()["events_by_day"]
    assert day["date"] == str(example.article.published)
    assert day["undated"] == sum(day["types"].values()) == len(events)


def test_timeline_days_give_their_types_in_name_order(tmp_path: Path) -> None:
    """The page stacks a day's bars in the order its types come: one order on every backend."""
    path = str(tmp_path / "types.db")
    example = kursk_example()
    kinds = ("strike", "deploy", "attack")
    events = tuple(
        dataclasses.replace(event, date=None, type=kinds[n % len(kinds)])
        for n, event in enumerate(example.events)
    )
    Store(path).save_batch([dataclasses.replace(example, events=events)])
    (day,) = TestClient(create_app(path)).get("/api/stats").json()["events_by_day"]
    assert list(day["types"]) == sorted(day["types"]) and len(day["types"]) > 1


def attack_report(article_id: str, text: str, number: str, value: float, unit: str) -> Extraction:
    """An invented report of an attack on Karvela with its toll."""
    at = text.index(number)
    return Extraction(
        article=Article(id=article_id, text=text, published=dt.date(2025, 3, 24)),
        events=(
            Event(
                at,
                len(text) - 1,
                "attack",
                place=EventPlace("Karvela", 10.1, 10.1, "PPL", country="XX"),
                quantities=(0,),
            ),
        ),
        quantities=(Quantity(at, at + len(number), number, value, unit=unit, measure="killed"),),
        pipeline_version="sample-1",
    )


def officials_report(outlet: str, value: int) -> Extraction:
    """An invented report, by `outlet`, of an attack on Karvela whose toll "officials" gave."""
    text = f"{value} people were killed in an attack on Karvela on Monday, officials said."
    report = dataclasses.replace(
        attack_report(outlet.lower(), text, f"{value} people", value, "people"),
        attributions=(
            Attribution(
                claim=Offsets(0, text.index(", officials")),
                source=Source(text.index("officials"), len(text) - 6, "officials", "anonymous_official"),
                cue=Cue(len(text) - 5, len(text) - 1, "said", "say"),
            ),
        ),
    )  # fmt: skip
    return dataclasses.replace(report, article=dataclasses.replace(report.article, outlet=outlet))


def test_three_outlets_officials_are_three_voices_and_every_dispute_is_counted(
    tmp_path: Path,
) -> None:
    """Three outlets' "officials said" were one line revising its toll 50 -> 30 -> 9, and the
    tracker said "1 contradiction" over a list of three."""
    from sitrep.store.ledger import rebuild_ledger

    store = Store(str(tmp_path / "officials.db"))
    tolls = {"Tarvo Times": 9, "Daily Courier": 30, "Karvela Post": 50}
    store.save_batch([officials_report(outlet, value) for outlet, value in tolls.items()])
    rebuild_ledger(store)
    client = TestClient(create_app(store.url.removeprefix("sqlite:///")))
    (subject,) = client.get("/api/claims/tracker").json()["items"]
    detail = client.get(f"/api/claims/tracker/{subject['id']}").json()
    assert sorted(s["source"] for s in detail["series"]) == [
        f"officials ({outlet})" for outlet in sorted(tolls)
    ]
    assert subject["n_contradictions"] == len(detail["contradictions"]) == 3


def test_the_claim_tracker_draws_one_incident_s_tolls_with_their_contradiction(
    tmp_path: Path,
) -> None:
    """The army's nine soldiers and the rebels' 40 troops are one line, both points disputed."""
    from sitrep.store.ledger import rebuild_ledger

    store = Store(str(tmp_path / "tracker.db"))
    army = "The army said nine soldiers were killed in an attack on Karvela."
    rebels = "Rebels said they killed 40 troops in an attack on Karvela."
    store.save_batch(
        [
            attack_report("army", army, "nine soldiers", 9, "soldiers"),
            attack_report("rebels", rebels, "40 troops", 40, "troops"),
            *sample_extractions(),
        ]
    )
    rebuild_ledger(store)
    client = TestClient(create_app(store.url.removeprefix("sqlite:///")))
    subjects = client.get("/api/claims/tracker").json()["items"]
    assert subjects[0]["label"] == "killed (soldiers) in Karvela [attack]"
    assert subjects[0]["n_contradictions"] == 1
    found = client.get("/api/claims/tracker", params={"about": "north korea"}).json()["items"]
    assert [s["label"] for s in found] == [
        "personnel (troops) of North Korea in Kursk Oblast [deploy]"
    ]
    subject = client.get(f"/api/claims/tracker/{subjects[0]['id']}").json()
    points = [p for s in subject["series"] for p in s["points"]]
    assert sorted((p["text"], p["value"], p["disputed"]) for p in points) == [
        ("40 troops", 40, True),
        ("nine soldiers", 9, True),
    ]
    assert all(p["start"] is not None and p["end"] > p["start"] for p in points)
    (dispute,) = subject["contradictions"]
    assert "9 (unattributed" in dispute["reason"] and "40 (unattributed" in dispute["reason"]


@pytest.fixture
def look_alike_events(tmp_path: Path) -> str:
    """A store whose canonical events ev-aa11 and ev-aa22 share a prefix."""
    from sitrep.store import ledger_schema

    path = str(tmp_path / "look-alike.db")
    rows = [
        {"id": i, "type": "attack", "reports": 1, "articles": 1} for i in ("ev-aa11", "ev-aa22")
    ]
    with Store(path).engine.begin() as conn:
        conn.execute(ledger_schema.canonical_events.insert(), rows)
    return path


def test_an_ambiguous_event_prefix_is_a_conflict_not_a_missing_event(
    look_alike_events: str,
) -> None:
    client = TestClient(create_app(look_alike_events, extractor=stub_extractor))
    ambiguous = client.get("/api/timeline/ev-aa")
    assert ambiguous.status_code == 409
    assert "ev-aa11, ev-aa22" in ambiguous.json()["error"]
    assert client.get("/api/timeline/ev-zz").status_code == 404
    assert client.get("/api/timeline/ev-aa2").json()["id"] == "ev-aa22"


def test_the_cli_tells_an_ambiguous_event_prefix_from_a_missing_one(
    look_alike_events: str,
) -> None:
    ambiguous = CliRunner().invoke(cli_app, ["event", "aa", "--db", look_alike_events])
    missing = CliRunner().invoke(cli_app, ["event", "zz", "--db", look_alike_events])
    assert ambiguous.exit_code == missing.exit_code == 2
    assert "starts several canonical events" in ambiguous.stderr
    assert "no canonical event starts with 'ev-zz'" in missing.stderr


def test_background_incidents_are_listed_only_when_asked_for(tmp_path: Path) -> None:
    """ "The town was hit in an attack in 2016" told in a 2025 report is the story's background,
    not its news: hidden unless asked for, never dropped."""
    from sitrep.store.ledger import rebuild_ledger

    store = Store(str(tmp_path / "background.db"))
    today = attack_report("today", "Shelling killed nine people in Karvela.", "nine", 9, "people")
    old = attack_report("old", "An attack in 2016 killed 40 people in Karvela.", "40", 40, "people")
    old = dataclasses.replace(old, events=(dataclasses.replace(old.events[0], date="2016"),))
    store.save_batch([today, old])
    rebuild_ledger(store)
    client = TestClient(create_app(store.url.removeprefix("sqlite:///")))
    news = client.get("/api/timeline").json()["items"]
    everything = client.get("/api/timeline", params={"background": "true"}).json()["items"]
    assert [(e["date"], e["background"]) for e in news] == [(None, False)]
    assert [(e["date"], e["background"]) for e in everything] == [("2016", True), (None, False)]


# events dated to a day, a week, a month and a year, around February 2024
SPANS = {"2024-02-27": "day", "2024-W09": "week", "2024-02": "month", "2024": "year"}


@pytest.fixture(scope="module")
def spans_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    path = str(tmp_path_factory.mktemp("spans") / "spans.db")
    example = kursk_example()
    one = example.events[0]
    events = tuple(dataclasses.replace(one, date=date) for date in SPANS)
    Store(path).save_batch([dataclasses.replace(example, events=events)])
    return TestClient(create_app(path))


@pytest.mark.parametrize(
    ("params", "overlapping", "within"),
    [
        ({"since": "2024-02-01", "until": "2024-02-29"}, "day week month year", "day month"),
        # off the timeline's axis: wholly before it, wholly after it
        ({"until": "2024-02-25"}, "month year", ""),
        ({"since": "2024-03-01"}, "week year", ""),
        ({"since": "2024-02-26"}, "day week month year", "day week"),
        ({"until": "2024-12"}, "day week month year", "day week month year"),
    ],
)
def test_within_keeps_only_the_events_wholly_inside_the_dates(
    spans_client: TestClient, params: dict[str, str], overlapping: str, within: str
) -> None:
    """By default an event whose week, month or year reaches into the dates is in them; with
    `within`, as the timeline's off-axis buttons ask, only one that lies wholly inside them:
    a year that spans the axis's edge is on the axis, not off it on both sides."""
    for flag, expected in (("false", overlapping), ("true", within)):
        page = spans_client.get("/api/events", params={**params, "within": flag}).json()
        assert sorted(SPANS[e["date"]] for e in page["items"]) == sorted(expected.split())
        assert page["total"] == len(expected.split())


@pytest.mark.parametrize(
    ("params", "found"),
    [
        ({"until": "2016-06-30"}, ["2016"]),
        ({"until": "2016-06-30", "within": "true"}, []),
        ({"since": "2016-03", "within": "true"}, ["2025-03-23"]),
        ({"until": "2016", "within": "true"}, ["2016"]),
    ],
)
def test_within_keeps_only_the_incidents_wholly_inside_the_dates(
    tmp_path: Path, params: dict[str, str], found: list[str]
) -> None:
    from sitrep.store.ledger import rebuild_ledger

    store = Store(str(tmp_path / "within.db"))
    today = attack_report("today", "Shelling killed nine people in Karvela.", "nine", 9, "people")
    today = dataclasses.replace(
        today, events=(dataclasses.replace(today.events[0], date="2025-03-23"),)
    )
    old = attack_report("old", "An attack in 2016 killed 40 people in Karvela.", "40", 40, "people")
    old = dataclasses.replace(old, events=(dataclasses.replace(old.events[0], date="2016"),))
    store.save_batch([today, old])
    rebuild_ledger(store)
    client = TestClient(create_app(store.url.removeprefix("sqlite:///")))
    items = client.get("/api/timeline", params={"background": "true", **params}).json()["items"]
    assert [e["date"] for e in items] == found


def headlined_report(
    article_id: str, title: str, body: str, value: float, floor: bool = False
) -> Extraction:
    """An invented unsourced report of an attack on Karvela: its headline and its body each
    give the toll, the body's "at least" one if `floor`."""
    text = f"{title}\n\n{body}"
    number = f"{value:g}"
    head, at = text.index(number), text.index(number, len(title))
    karvela = EventPlace("Karvela", 10.1, 10.1, "PPL", country="XX")
    return Extraction(
        article=Article(id=article_id, text=text, title=title, published=dt.date(2025, 3, 24)),
        events=(  # the headline's event first, the body's its restatement (as merged today)
            Event(0, len(title), "attack", place=karvela, quantities=(0,)),
            Event(at, len(text) - 1, "attack", place=karvela, quantities=(1,), duplicate_of=0),
        ),
        quantities=(
            Quantity(head, head + len(number), number, value, unit="people", measure="killed"),
            Quantity(
                at - len("at least ") * floor,
                at + len(number),
                f"at least {number}" if floor else number,
                value,
                low=value if floor else None,
                unit="people",
                measure="killed",
                hedge="lower_bound" if floor else "exact",
            ),
        ),
        pipeline_version="sample-1",
    )


def test_the_tracker_draws_each_unsourced_report_once_as_its_own_series(tmp_path: Path) -> None:
    """Two reports' unsourced tolls were one "unattributed" line (a false revision), each
    report's headline a second point beside its body's, and the one dispute counted four times."""
    from sitrep.store.ledger import rebuild_ledger

    store = Store(str(tmp_path / "headlines.db"))
    store.save_batch(
        [
            headlined_report(
                "first", "Blast kills 9 in Karvela", "Police said 9 people died in Karvela.", 9
            ),
            headlined_report(
                "second",
                "Karvela blast kills 30",
                "At least 30 people died in Karvela.",
                30,
                floor=True,
            ),
        ]
    )
    rebuild_ledger(store)
    client = TestClient(create_app(store.url.removeprefix("sqlite:///")))
    items = client.get("/api/claims/tracker").json()["items"]
    (subject,) = items
    assert (subject["n_values"], subject["n_contradictions"]) == (2, 1)
    series = client.get(f"/api/claims/tracker/{subject['id']}").json()["series"]
    assert sorted(
        (s["source"], [(p["text"], p["hedge"]) for p in s["points"]]) for s in series
    ) == [
        ("unattributed: Blast kills 9 in Karvela", [("9", "exact")]),
        ("unattributed: Karvela blast kills 30", [("at least 30", "lower_bound")]),
    ]
