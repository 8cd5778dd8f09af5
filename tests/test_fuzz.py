"""Fuzzing: hypothesis on the readers and the whole pipeline, and a short atheris run.

The long atheris run is `python benchmarks/fuzz.py -atheris_runs=N`; here a short one keeps
every reader's contract in CI: refuse with a one-line BadInput or return a valid Article.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.clean import find_furniture
from sitrep.errors import BadInput
from sitrep.ingest.common import decode_bytes
from sitrep.ingest.feeds import articles_from_feed
from sitrep.ingest.html import article_from_html
from sitrep.ingest.jsonl import articles_from_jsonl
from sitrep.model import Article

REPO = Path(__file__).resolve().parent.parent


@given(st.binary(max_size=2000))
@settings(max_examples=200, deadline=None)
def test_decoding_never_crashes(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data, "x"), str)
    except BadInput as error:
        assert "\n" not in error.reason


@given(
    st.lists(
        st.one_of(
            st.text(max_size=200),
            st.dictionaries(
                st.sampled_from(["id", "text", "published", "url"]),
                st.one_of(st.text(max_size=50), st.integers(), st.none()),
            ),
        ),
        max_size=5,
    )
)
@settings(max_examples=100, deadline=None)
def test_jsonl_lines_become_articles_or_failures(lines: list) -> None:
    content = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines)
    for item in articles_from_jsonl(content, "fuzz"):
        if isinstance(item, Article):
            assert item.text.strip()


@given(st.text(max_size=1500))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_html_and_feeds_never_crash(markup: str) -> None:
    for wrapped in (markup, f"<html><body><p>{markup}</p></body></html>"):
        try:
            article = article_from_html(wrapped, "fuzz")
            assert article.text.strip()
        except BadInput:
            pass
    with contextlib.suppress(BadInput):
        list(
            articles_from_feed(
                f"<rss><channel><item><title>{markup}</title></item></channel></rss>".encode(),
                "fuzz",
            )
        )


@given(st.text(max_size=3000))
@settings(max_examples=200, deadline=None)
def test_furniture_spans_lie_inside_the_text(text: str) -> None:
    for span in find_furniture(text):
        assert 0 <= span.start < span.end <= len(text)


@pytest.mark.model
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=600))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_whole_pipeline_never_crashes_and_spans_read_back(text: str) -> None:
    import sitrep

    try:
        extraction = sitrep.extract(text, published="2024-10-26")
    except BadInput:
        return  # refused with a reason (empty or binary-looking), as the same text in a file is
    record = extraction.to_json()
    for key in ("places", "times", "quantities", "events"):
        for item in record[key]:
            assert 0 <= item["start"] <= item["end"] <= len(text)
            if "text" in item:
                assert text[item["start"] : item["end"]] == item["text"]
    for attribution in record["attributions"]:
        assert 0 <= attribution["claim"]["start"] <= attribution["claim"]["end"] <= len(text)


@pytest.mark.slow
def test_a_short_atheris_run_finds_no_crash(tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "fuzz.py"),
            "-max_total_time=20",
            "-rss_limit_mb=2048",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Done" in result.stderr
