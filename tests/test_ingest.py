"""Readers: every input kind, and a clear one-line reason for every bad item."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sitrep.batch import count_items
from sitrep.errors import BadDate
from sitrep.ingest import ReadFailure, content_id, parse_published, read_paths
from sitrep.model import Article

TEXT = "Russian drones struck Kyiv on Friday, officials said.\n\nTwo people were injured."


def read_all(*paths: Path, published: dt.date | None = None, max_chars: int = 2_000_000) -> list:
    return list(read_paths(paths, published, max_chars))


def test_plain_text_gets_a_content_hash_id(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    (article,) = read_all(path, published=dt.date(2024, 10, 26))
    assert article.text == TEXT
    assert article.id == content_id(TEXT)
    assert article.published == dt.date(2024, 10, 26)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_other_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    text = "Café owners in Kyiv said the strike hit at dawn, according to officials. " * 5
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    (article,) = read_all(path)
    assert isinstance(article, Article)
    assert "Café" in article.text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty input"),
        (b"   \n\n  ", "empty input"),
        (b"\x00\x01\x02\xff\xfe\x00binary" * 100, "binary"),
        (bytes(range(256)) * 50, "binary"),
    ],
)
def test_bad_files_give_one_line_reasons(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (failure,) = read_all(path)
    assert isinstance(failure, ReadFailure)
    assert reason in failure.reason
    assert "\n" not in failure.reason
    assert failure.item == str(path)


def test_huge_article_is_refused_with_the_setting_to_raise(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("word " * 1_100_000, encoding="utf-8")
    (failure,) = read_all(path, max_chars=5_000_000)
    assert isinstance(failure, ReadFailure)
    assert "SITREP_MAX_ARTICLE_CHARS" in failure.reason


def test_jsonl_keeps_ids_order_and_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"id": "one", "text": TEXT, "published": "2024-10-26", "outlet": "Wire"}),
        "{not json",
        json.dumps({"id": "three", "text": "Protesters rallied in Tbilisi on Sunday."}),
        json.dumps({"id": "four", "text": "x", "published": "the day after"}),
        json.dumps(["not", "an", "object"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    assert [type(i).__name__ for i in items] == [
        "Article",
        "ReadFailure",
        "Article",
        "ReadFailure",
        "ReadFailure",
    ]
    assert (
        items[0].id == "one"
        and items[0].outlet == "Wire"
        and items[0].published == dt.date(2024, 10, 26)
    )
    assert items[1].item.endswith(":2") and "malformed JSON" in items[1].reason
    assert "publication date" in items[3].reason
    assert items[2].published is None


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    body = "".join(
        f"<p>Paragraph {i}: Russian forces shelled the town of Kupiansk, officials said on Monday.</p>"
        for i in range(6)
    )
    html = (
        "<html><head><title>Shelling in Kupiansk</title><meta property='og:site_name' content='Example News'>"
        "<meta name='date' content='2024-03-04'></head><body><nav>Home | World</nav><article>"
        f"<h1>Shelling in Kupiansk</h1>{body}</article><footer>Comments are closed.</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (article,) = read_all(path)
    assert isinstance(article, Article), article
    assert "Kupiansk" in article.text and "Home | World" not in article.text
    assert article.title == "Shelling in Kupiansk"
    assert article.published == dt.date(2024, 3, 4)


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire Feed</title>
<item><title>Strike on Odesa</title><link>https://example.org/1</link>
<pubDate>Sat, 26 Oct 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;A missile hit the port of Odesa on Friday, killing two.&lt;/p&gt;</description></item>
<item><title>Empty</title><description></description></item>
</channel></rss>"""


def test_rss_items_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    items = read_all(path)
    assert isinstance(items[0], Article)
    assert items[0].published == dt.date(2024, 10, 26)
    assert items[0].outlet == "Wire Feed" and items[0].url == "https://example.org/1"
    assert "killing two" in items[0].text
    assert isinstance(items[1], Article)  # the title alone is still text


@pytest.mark.parametrize(
    "content",
    [
        "<rss><channel><item><title>broken",
        "this is not a feed at all",
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><rss><channel><item><title>&lol2;</title></item></channel></rss>',
    ],
)
def test_broken_or_hostile_feeds_are_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(content, encoding="utf-8")
    items = read_all(path)
    assert all(isinstance(i, ReadFailure) for i in items) or all(
        isinstance(i, Article) for i in items
    )
    if "ENTITY" in content:
        assert isinstance(items[0], ReadFailure) and "entities" in items[0].reason


def test_the_article_count_counts_a_feed_s_items_as_its_reader_yields_them(tmp_path: Path) -> None:
    """A feed of two items was one in the count, and the progress bar read "5/4"."""
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "hostile.xml").write_text('<!DOCTYPE x [<!ENTITY a "a">]><rss/>', "utf-8")
    (tmp_path / "broken.atom").write_text("this is not a feed at all", encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', "utf-8")
    (tmp_path / "note.txt").write_text(TEXT, encoding="utf-8")
    assert count_items([tmp_path]) == len(read_all(tmp_path)) == 7


def test_directories_are_read_recursively_and_missing_paths_reported(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Second article text about Gaza.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    items = read_all(tmp_path, tmp_path / "missing.txt")
    assert [type(i).__name__ for i in items] == ["Article", "Article", "ReadFailure"]
    assert "no such file" in items[2].reason


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-10-26", dt.date(2024, 10, 26)),
        ("2024-10-26T08:00:00Z", dt.date(2024, 10, 26)),
        ("Sat, 26 Oct 2024 10:00:00 GMT", dt.date(2024, 10, 26)),
        ("", None),
        (None, None),
    ],
)
def test_publication_dates(value: str | None, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


def test_unreadable_publication_date_is_a_bad_date() -> None:
    with pytest.raises(BadDate, match="cannot read the publication date"):
        parse_published("sometime soon")


def test_a_date_in_the_right_form_that_does_not_exist_says_so() -> None:
    with pytest.raises(BadDate, match="no such day"):
        parse_published("2024-02-30")


def test_refused_files_are_left_to_the_caller_to_report(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The CLI prints each failure once; a reader's own warning made it appear twice or thrice."""
    (tmp_path / "empty.txt").write_bytes(b"")
    with caplog.at_level("WARNING"):
        items = read_all(tmp_path / "empty.txt")
    assert isinstance(items[0], ReadFailure) and items[0].reason == "empty input"
    assert not caplog.records


def test_a_folder_s_documentation_and_non_article_files_are_skipped_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("README.md", "LICENSE", "page_files/style.css", "photo.jpg"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("Not a news report at all.", encoding="utf-8")
    (tmp_path / "report.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "wire-story").write_text("Shelling hit Kharkiv on Monday.", encoding="utf-8")
    with caplog.at_level("WARNING", logger="sitrep.ingest"):
        items = read_all(tmp_path)
    assert sorted(Path(i.origin or "").name for i in items) == ["report.md", "wire-story"]
    assert len(caplog.records) == 4 and "README.md: the folder's documentation" in caplog.text
    assert ".jpg is not an article format" in caplog.text
    (named,) = read_all(tmp_path / "README.md")  # named on its own, it is read
    assert isinstance(named, Article)
    assert count_items([tmp_path]) == 2


def test_a_malformed_json_line_reads_as_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_text('{"id": "cut", "text": "Shelling in Kherson\n', encoding="utf-8")
    (failure,) = read_all(path)
    assert failure.reason == "malformed JSON (Unterminated string starting at column 23)"


def test_a_cut_off_feed_keeps_its_items_and_says_it_was_cut(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "cut.rss"
    path.write_text(RSS[: RSS.index("</item>") + len("</item>")] + "<item><title>Cut", "utf-8")
    with caplog.at_level("WARNING", logger="sitrep.ingest"):
        items = read_all(path)
    assert isinstance(items[0], Article) and "killing two" in items[0].text
    assert "cut.rss is not a well-formed feed" in caplog.text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Shelling hits Kherson, officials say\n\nShells hit Kherson on Monday.",
            "Shelling hits Kherson, officials say",
        ),
        ("Shelling hits Kherson\r\n\r\nShells hit Kherson on Monday.", "Shelling hits Kherson"),
        ("Shells hit Kherson on Monday.\n\nTwo people died.", None),  # a sentence, not a headline
        ("Shells hit Kherson on Monday\nand two people died.", None),  # no blank line after it
        ("Shelling hits Kherson", None),  # nothing but the one line
        ("x" * 201 + "\n\nBody.", None),
        ("June 4, 2009\n\nShells hit Kherson on Monday.", None),  # a dateline, not a headline
        ("2009-06-04\n\nShells hit Kherson on Monday.", None),
    ],
)
def test_a_text_file_s_headline_is_its_title(tmp_path: Path, text: str, title: str | None) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = read_all(path)
    assert article.title == title


NOV_3, NOV_4 = dt.date(2024, 11, 3), dt.date(2024, 11, 4)


@pytest.mark.parametrize(
    ("name", "given", "expected"),
    [
        ("kharkiv-drones-2024-11-03.txt", None, NOV_3),
        ("2024-11-03.txt", None, NOV_3),
        ("kharkiv_drones_2024-11-03.txt", NOV_4, NOV_4),  # what the user says beats a guess
        ("kharkiv-drones.txt", NOV_4, NOV_4),
        ("report-2024-02-30.txt", None, None),  # no such day
        ("build12024-11-03.txt", None, None),  # not a date the name ends in
        ("2024-11-03-kharkiv.txt", None, None),
    ],
)
def test_a_file_name_ending_in_a_date_dates_the_article(
    tmp_path: Path, name: str, given: dt.date | None, expected: dt.date | None
) -> None:
    path = tmp_path / name
    path.write_text(TEXT, encoding="utf-8")
    (article,) = read_all(path, published=given)
    assert article.published == expected


def test_an_item_s_own_date_beats_its_file_name_and_the_date_given(tmp_path: Path) -> None:
    """A JSON record's or a page's date is the publisher's; the others are guesses for it."""
    records = tmp_path / "wire-2024-11-03.jsonl"
    records.write_text(
        json.dumps({"text": TEXT, "published": "2024-10-26"})
        + "\n"
        + json.dumps({"text": TEXT + " More."})
        + "\n",
        encoding="utf-8",
    )
    page = tmp_path / "page.html"
    body = "".join(f"<p>{TEXT} Paragraph {i} of the report from Kupiansk.</p>" for i in range(6))
    page.write_text(
        f"<html><head><meta name='date' content='2024-03-04'></head><body><article>{body}"
        "</article></body></html>",
        encoding="utf-8",
    )
    dated, undated, html = read_all(records, page, published=NOV_4)
    assert (dated.published, undated.published) == (dt.date(2024, 10, 26), NOV_4)
    assert html.published == dt.date(2024, 3, 4)
    dated, undated, _ = read_all(records, page)
    assert (dated.published, undated.published) == (dt.date(2024, 10, 26), NOV_3)


def test_metadata_fields_are_read_as_one_clean_line(tmp_path: Path) -> None:
    """A NUL in a JSON line's title once stopped a whole PostgreSQL ingest with a traceback (its
    text columns cannot hold one); no title, URL or outlet needs a control character."""
    record = {
        "text": "Three civilians were killed in a shelling on Tuesday, officials said.",
        "title": "Shelling\u0000kills three\nin the east ",
        "outlet": "\u0007Evening Post",
        "url": "\t",
    }
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = read_paths([path])
    assert isinstance(article, Article)
    assert (article.title, article.outlet, article.url) == (
        "Shelling kills three in the east",
        "Evening Post",
        None,
    )


def test_a_jsonl_id_is_a_key_kept_as_given_less_control_characters(tmp_path: Path) -> None:
    """Re-ingesting a file must find its articles present: an id keeps its spaces."""
    path = tmp_path / "ids.jsonl"
    lines = [
        json.dumps({"id": "abc ", "text": TEXT}),
        json.dumps({"id": "x\u0000y", "text": TEXT, "title": "A\u0000 title\n"}),
        json.dumps({"id": 7, "text": TEXT}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    assert [getattr(i, "id", None) for i in items] == ["abc ", "xy", "7"]
    assert items[1].title == "A title"
