"""Who wrote an article, as its text says: the outlet a republication notice names (page
furniture, recorded as `republished_from`) and the wire a dateline credits (the outlet, when none
is given). Invented reports and outlets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.clean import find_furniture, republished_from
from sitrep.extract.datelines import dateline_credit
from sitrep.ingest import read_paths
from sitrep.ingest.provenance import with_text_provenance
from sitrep.ingest.text import article_from_text
from sitrep.model import Article, Extraction

BODY = "Militia fighters burned two villages near the lake on Friday, a local official said."


@pytest.mark.parametrize(
    ("notice", "outlet"),
    [
        (
            "This article was originally published by Harbour Wire and is republished here with "
            "permission.",
            "Harbour Wire",
        ),
        ("This story first appeared in The Lakeside Courier.", "The Lakeside Courier"),
        ("Republished with permission from Delta Daily.", "Delta Daily"),
        (
            "This article is republished from The Upland Review under a Creative Commons "
            "license. Read the original article.",
            "The Upland Review",
        ),
        ("Originally published on Coastline News on June 3.", "Coastline News"),
        ("This article was reprinted from U.S. Farm Report.", "U.S. Farm Report"),
        (
            "This piece was originally published by The Ridge Ledger. Read the original.",
            "The Ridge Ledger",  # the name stops at its full stop
        ),
    ],
)
def test_a_republication_notice_names_the_outlet_and_is_furniture(notice: str, outlet: str) -> None:
    text = f"Villages burned near the lake\n\n{notice}\n\n{BODY}"
    assert republished_from(text) == outlet
    start = text.index(notice)
    assert [(s.start, s.end, s.kind) for s in find_furniture(text)] == [
        (start, start + len(notice), "boilerplate")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was first published by the ministry on Monday and found 40 dead.",
        "This report was first published by the U.N. in 2019, and its figures still stand.",
        "The governor said the list was originally published by Delta Daily last week, before "
        "the militia denied it and called for an inquiry into the deaths of farmers.",
        # news that opens like a notice: the paragraph goes on past what would be the outlet
        "First published in April 2021, a survey by aid workers warned that the dam near "
        "Verholt would fail in a flood.",
        "Originally posted on Telegram by a village elder, the clip showed smoke over the mill "
        "in Sarnovo.",
        # a day is no outlet
        "This story was originally published on Thursday and has been updated.",
        "This story was first published on Friday.",
    ],
)
def test_news_about_publishing_is_no_republication_notice(sentence: str) -> None:
    text = f"{sentence}\n\n{BODY}"
    assert republished_from(text) is None
    assert find_furniture(text) == []


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Convoy reaches the lake\n\nMARALI, Sudan (AP) - " + BODY, "AP"),
        ("KORVEN, June 3 (Harbour Wire) - " + BODY, "Harbour Wire"),
        ("Convoy reaches the lake\n\nMARALI, Sudan — " + BODY, None),  # credits no one
        (BODY + "\n\nThe lake (AP) - a name in a sentence, not a dateline.", None),
        ("TORVIK, May 4 (Nordwave News) - " + BODY, "Nordwave News"),
        ("TORVIK (dpa) - " + BODY, "dpa"),
        ("TORVIK (NTR) - " + BODY, "NTR"),  # an acronym reads as an agency's
        # a desk's note on the version, or the place's country, credits no one
        ("SELMARA (Updated) - " + BODY, None),
        ("SELMARA (Corrected) - " + BODY, None),
        ("SELMARA (Lebanon) — " + BODY, None),
        ("SELMARA (UAE) — " + BODY, None),
        ("SELMARA (2nd LD) - " + BODY, None),
        ("SELMARA (Recasts with toll) - " + BODY, None),
    ],
)
def test_a_dateline_s_credit_is_the_wire_that_filed_the_report(
    text: str, credit: str | None
) -> None:
    assert dateline_credit(text) == credit


def test_read_articles_take_their_outlet_from_the_dateline_and_record_the_republished_one(
    tmp_path: Path,
) -> None:
    wire = tmp_path / "convoy.txt"
    wire.write_text("Convoy reaches the lake\n\nMARALI, Sudan (AP) - " + BODY, encoding="utf-8")
    records = tmp_path / "story.jsonl"
    reprint = "This story first appeared in Delta Daily.\n\nMARALI (AP) - " + BODY
    own = "This article was originally published by Coastline News.\n\n" + BODY
    records.write_text(
        "\n".join(
            json.dumps({"id": i, "text": t, "outlet": o})
            for i, t, o in [("r1", reprint, "Lake Times"), ("r2", own, "Coastline News")]
        ),
        encoding="utf-8",
    )
    read = [a for a in read_paths([wire, records]) if isinstance(a, Article)]
    assert [(a.outlet, a.republished_from) for a in read] == [
        ("AP", None),  # no outlet given: the dateline's credit
        ("Lake Times", "Delta Daily"),  # an outlet given wins over the credit
        ("Coastline News", None),  # a notice naming the outlet itself republishes nothing
    ]


def test_an_article_made_from_text_reads_nothing_from_it_until_an_entry_point_does() -> None:
    reprint = "This story first appeared in Delta Daily.\n\nMARALI (AP) - " + BODY
    made = article_from_text(reprint)
    assert (made.outlet, made.republished_from) == (None, None)
    read = with_text_provenance(made)
    assert (read.outlet, read.republished_from) == ("AP", "Delta Daily")


def test_the_api_reads_the_text_s_provenance_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import sitrep.api
    import sitrep.ingest.provenance
    import sitrep.pipeline

    calls: list[str] = []
    real = sitrep.ingest.provenance.with_text_provenance

    def counted(article: Article) -> Article:
        calls.append(article.id)
        return real(article)

    monkeypatch.setattr(sitrep.api, "with_text_provenance", counted)
    monkeypatch.setattr(sitrep.api, "_resources", lambda settings: None)
    monkeypatch.setattr(sitrep.pipeline, "extract_article", lambda a, r: Extraction(article=a))
    text = "MARALI, Sudan (AP) - " + BODY
    assert sitrep.api.extract(text).article.outlet == "AP"
    assert len(calls) == 1


def test_the_json_says_republished_from_only_when_known() -> None:
    plain = Extraction(article=Article(id="a", text=BODY)).to_json()["article"]
    reprint = Article(id="b", text=BODY, outlet="Lake Times", republished_from="Delta Daily")
    assert "republished_from" not in plain
    assert Extraction(article=reprint).to_json()["article"]["republished_from"] == "Delta Daily"
