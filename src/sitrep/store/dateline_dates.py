"""The dateline's date as the stored article's date, when the article came with none.

A wire story saved as text often carries its date only in its dateline ("TALLINN, April 3, 2024
(Harbour Wire) -"). The times already count "Wednesday" from that date, but an article stored
with no date lists its events and claims undated, at the end of every timeline. So the store
dates such an article by its dateline and records that it did (`articles.published_from` and the
payload's `article.published_from`: "dateline"). A dateline without a year ("TALLINN, April 3 -")
dates nothing: no year is known to give it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sitrep.model import Extraction

FROM_DATELINE = "dateline"


def dated_by_dateline(extraction: Extraction) -> tuple[Extraction, str | None]:
    """The extraction with its undated article dated by its dateline, and where the date came
    from ("dateline"); as it is, with None, when the article has a date of its own or its
    dateline gives no full date."""
    article = extraction.article
    if article.published is not None:
        return extraction, None
    from sitrep.extract.times import dateline_date  # the times' reading: the anchor they used

    filed = dateline_date(article.text)
    if filed is None:
        return extraction, None
    return replace(extraction, article=replace(article, published=filed)), FROM_DATELINE


def with_date_origin(payload: dict[str, Any], published_from: str | None) -> dict[str, Any]:
    """The stored payload, saying where its article's date came from when the store gave it."""
    if published_from is not None:
        payload["article"]["published_from"] = published_from
    return payload
