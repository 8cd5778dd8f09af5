"""The public API: what `import sitrep` offers, and that importing it loads nothing."""

from __future__ import annotations

import subprocess
import sys

import pytest

import sitrep
import sitrep.api
import sitrep.errors

PUBLIC = [
    "Article",
    "Attribution",
    "Event",
    "Extraction",
    "PIPELINE_VERSION",
    "Place",
    "Quantity",
    "Settings",
    "Span",
    "TimeExpr",
    "__version__",
    "extract",
    "extract_many",
]


def test_public_names_are_pinned() -> None:
    assert sorted(sitrep.__all__) == sorted(PUBLIC)
    for name in PUBLIC:
        assert hasattr(sitrep, name)


def test_import_loads_no_model() -> None:
    code = "import sitrep, sitrep.nlp as n; assert n.load_pipeline.cache_info().currsize == 0; print('ok')"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "ok"


@pytest.mark.parametrize("text", ["", "  \n ", "\x00\x01\x02 binary"])
def test_extract_refuses_a_text_a_file_reader_would_refuse(text: str) -> None:
    """An empty extraction for an empty text would look like a quiet article; the CLI refuses it."""
    with pytest.raises(sitrep.errors.BadInput):
        sitrep.extract(text, published="2024-10-26")


def test_extract_many_names_the_text_it_refuses() -> None:
    with pytest.raises(sitrep.errors.BadInput, match=r"texts\[1\]"):
        sitrep.extract_many(["Protesters marched in Tbilisi.", ""])


def test_extract_stays_the_function_once_the_pipeline_is_loaded() -> None:
    """The pipeline loads the `sitrep.extract` subpackage on first use; the name must not move."""
    import sitrep.pipeline

    assert sitrep.extract is sitrep.api.extract


def test_extract_refuses_what_is_not_text() -> None:
    with pytest.raises(TypeError, match="NoneType"):
        sitrep.extract(None)  # type: ignore[arg-type]


@pytest.mark.model
def test_extract_returns_the_schema(seed_text: str) -> None:
    result = sitrep.extract(seed_text, published="2024-10-26")
    record = result.to_json()
    assert record["schema"] == "sitrep.extraction/1"
    assert set(record) >= {
        "schema",
        "article",
        "text",
        "spans",
        "places",
        "times",
        "quantities",
        "attributions",
        "events",
    }
    assert record["article"]["published"] == "2024-10-26"
    assert record["text"] == seed_text
    assert (
        record["events"]
        and record["places"]
        and record["times"]
        and record["quantities"]
        and record["attributions"]
    )
    for place in record["places"]:
        assert set(place) >= {
            "start",
            "end",
            "text",
            "role",
            "name",
            "country",
            "admin1",
            "level",
            "lat",
            "lon",
            "gazetteer_id",
            "refers_to",
            "confidence",
        }
    for event in record["events"]:
        assert set(event) >= {
            "start",
            "end",
            "type",
            "acled",
            "plover",
            "actor",
            "target",
            "place",
            "date",
            "weapon",
            "killed",
            "injured",
            "quantities",
            "attributions",
            "duplicate_of",
            "confidence",
        }
    for attribution in record["attributions"]:  # SCHEMA.md's fields, and sitrep's `parts`
        assert set(attribution) >= {"claim", "source", "via", "cue", "direct_quote", "parts"}
        claim = attribution["claim"]
        assert attribution["parts"]
        assert all(
            claim["start"] <= p["start"] < p["end"] <= claim["end"] for p in attribution["parts"]
        )


@pytest.mark.model
def test_an_interrupted_quote_is_one_claim_of_two_parts_in_the_json() -> None:
    text = (
        "“The dam held through the night,” the mayor said in a post on Sunday. “The water is "
        "falling and the town is safe.”"
    )
    record = sitrep.extract(text, published="2024-10-27").to_json()
    (quote,) = [a for a in record["attributions"] if a["source"]["text"] == "the mayor"]
    assert [text[p["start"] : p["end"]] for p in quote["parts"]] == [
        "“The dam held through the night,”",
        "“The water is falling and the town is safe.”",
    ]
    assert text[quote["claim"]["start"] : quote["claim"]["end"]] == text


@pytest.mark.model
def test_extract_many_keeps_order() -> None:
    texts = [
        "Protesters rallied in Tbilisi on Sunday.",
        "Police arrested 12 people in Lagos on Monday.",
    ]
    results = sitrep.extract_many(texts)
    assert [r.article.text for r in results] == texts


@pytest.mark.parametrize(
    "published",
    [
        "2024-10-26",
        "2024-10-26T23:30:00Z",
        "2024-10-26T08:00:00+03:00",
        "20241026",
        "26 Oct 2024",
        "Sat, 26 Oct 2024 08:00:00 GMT",
        "26/10/2024",
        "2024/10/26",
    ],
)
def test_published_takes_the_iso_forms_and_named_months_the_cli_takes(published: str) -> None:
    import datetime as dt

    from sitrep.ingest.common import parse_given_date

    assert parse_given_date(published) == dt.date(2024, 10, 26)


@pytest.mark.parametrize(
    ("published", "said"),
    [
        ("03/02/2026", "it may be 2026-02-03 or 2026-03-02; give it as YYYY-MM-DD"),
        ("03.02.2026", "it may be 2026-02-03 or 2026-03-02"),
        ("02-03-2026", "it may be 2026-03-02 or 2026-02-03"),
        ("Friday", "(use YYYY-MM-DD)"),
        ("Oct 2024", "(use YYYY-MM-DD)"),
        ("3 Feb", "(use YYYY-MM-DD)"),
        ("2024/02/30", "(no such day)"),
        ("26 Octember 2024", "(use YYYY-MM-DD)"),
    ],
)
def test_a_published_text_that_is_not_iso_is_refused_not_guessed(published: str, said: str) -> None:
    """The text "03/02/2026" was read as 2 March without a word; in most places it is 3 February.
    A date with a part missing was completed from today's date, so a re-run read it otherwise.
    Refused before any model is loaded, as a ValueError naming the readings."""
    with pytest.raises(ValueError, match="cannot read the publication date") as refused:
        sitrep.extract("Shelling hit the town on Friday.", published=published)
    assert isinstance(refused.value, sitrep.errors.BadDate)
    assert said in str(refused.value)
