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
    assert article_from_text(reprint).republished_from == "Delta Daily"


def test_the_json_says_republished_from_only_when_known() -> None:
    plain = Extraction(article=Article(id="a", text=BODY)).to_json()["article"]
    reprint = Article(id="b", text=BODY, outlet="Lake Times", republished_from="Delta Daily")
    assert "republished_from" not in plain
    assert Extraction(article=reprint).to_json()["article"]["republished_from"] == "Delta Daily"
