"""Hostile content: each input gets a clear refusal or a bounded, correct result."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from sitrep.ingest import ReadFailure, read_paths
from sitrep.model import Article


def read_one(path: Path, max_chars: int = 2_000_000) -> Article | ReadFailure:
    (item,) = list(read_paths([path], None, max_chars))
    return item


@pytest.mark.parametrize(
    ("doctype", "expected"),
    [
        ('<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "entities"),
        (
            '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>',
            "entities",
        ),
    ],
)
def test_feed_entities_are_refused(tmp_path: Path, doctype: str, expected: str) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(
        f'<?xml version="1.0"?>{doctype}<rss><channel><item><title>&xxe;&c;</title></item></channel></rss>'
    )
    item = read_one(path)
    assert isinstance(item, ReadFailure) and expected in item.reason
    assert "root:" not in item.reason


def test_deeply_nested_html_is_bounded(tmp_path: Path) -> None:
    depth = 50_000
    html = (
        "<html><body>"
        + "<div>" * depth
        + "<p>Shelling hit Kharkiv on Monday, officials said.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    path = tmp_path / "nested.html"
    path.write_text(html)
    started = time.perf_counter()
    item = read_one(path)
    assert time.perf_counter() - started < 30
    assert isinstance(item, (Article, ReadFailure))


def test_enormous_html_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_text("<html><body>" + "<p>word word word</p>" * 500_000 + "</body></html>")
    item = read_one(path, max_chars=1_000_000)
    assert isinstance(item, ReadFailure) and "too large" in item.reason


def test_nul_bytes_are_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Officials said the strike hit the port.\x00\x00\x00 More text follows here.")
    item = read_one(path)
    assert isinstance(item, ReadFailure) and "binary" in item.reason


def test_mixed_encodings_are_read_without_crashing(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        "Officials in Kyiv said “five” were hurt. ".encode() * 20
        + "Café résumé naïve".encode("cp1252")
    )
    item = read_one(path)
    assert isinstance(item, Article)
    assert "Kyiv" in item.text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Officials said a drone hit \u200bKyiv\u200b on Friday, killing two.\u200f Others were injured.",
        "\u202eRussian missiles struck Dnipro on Monday, killing at least five, authorities said.\u202c",
        "A" * 150_000 + " struck Odesa on Friday.",
        "Police arrested 12 people in Minsk on Sunday. " * 2000,
        "<script>alert(1)</script> Protesters rallied in Tbilisi on Sunday, police said.",
    ],
)
def test_odd_texts_give_consistent_spans(text: str) -> None:
    import sitrep

    started = time.perf_counter()
    result = sitrep.extract(text, published="2024-10-26")
    assert time.perf_counter() - started < 120
    record = result.to_json()
    for key in ("places", "times", "quantities", "events"):
        for item in record[key]:
            assert 0 <= item["start"] <= item["end"] <= len(text)
            if "text" in item:
                assert text[item["start"] : item["end"]] == item["text"]


@pytest.mark.model
def test_other_languages_are_marked_and_not_extracted() -> None:
    import sitrep

    text = "Российские беспилотники атаковали Киев в пятницу, погибли два человека, сообщили власти города."
    result = sitrep.extract(text, published="2024-10-26")
    assert result.article.language == "ru"
    assert result.article.text == text
    assert result.events == () and result.places == ()


@pytest.mark.parametrize("kind", ["html", "jsonl"])
def test_nesting_past_the_limit_is_refused_and_the_limit_is_a_setting(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    depth = 300
    if kind == "html":
        body = (
            "<div>" * depth
            + "<p>Shelling hit Kharkiv on Monday, officials said.</p>"
            + "</div>" * depth
        )
        content = f"<html><body>{body}</body></html>"
    else:
        content = '{"text": "Shelling hit Kharkiv.", "x": ' + "[" * depth + "]" * depth + "}\n"
    path = tmp_path / f"deep.{kind}"
    path.write_text(content)
    item = read_one(path)
    assert isinstance(item, ReadFailure) and "SITREP_MAX_NESTING" in item.reason
    monkeypatch.setenv("SITREP_MAX_NESTING", "1000")
    if kind == "jsonl":  # libxml2 itself stops at 256 levels, so only JSON can go deeper
        assert isinstance(read_one(path), Article)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Nigerian Pidgin scores first, English close behind: an English report, kept
        (
            "Gunmen kidnapped 20 passengers from a bus in Zamfara state on Sunday, police said.",
            "en",
        ),
        ("Unemployment rose to 4.1% in October from 3.9% in September.", "en"),
        ("The jobless rate rose to 4.1% in October from 3.9% in September.", "en"),
        ("Di police don arrest three pipo wey dem suspect say dem kill di man for Kano.", "pcm"),
        ("Wetin dey happen for Lagos? Di goment don talk say dem go close di market.", "pcm"),
        ("La police a arrêté trois hommes après une fusillade devant une boîte de nuit.", "fr"),
    ],
)
def test_a_language_is_foreign_only_when_english_is_implausible(text: str, language: str) -> None:
    from sitrep.language import detect_language

    assert detect_language(text) == language
