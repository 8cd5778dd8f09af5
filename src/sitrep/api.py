"""The Python API: text or Articles in, Extractions out; the CLI is a thin layer over it."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

from sitrep.ingest.common import parse_published
from sitrep.ingest.text import article_from_text
from sitrep.model import Article, Extraction
from sitrep.pipeline import ProcessFailure, Resources, extract_article, load_resources, process
from sitrep.settings import Settings


@functools.lru_cache(maxsize=2)
def _resources(settings: Settings) -> Resources:
    return load_resources(settings)


def extract(
    text: str,
    published: dt.date | str | None = None,
    *,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    settings: Settings | None = None,
) -> Extraction:
    """Everything sitrep finds in one article text; `to_json()` gives sitrep.extraction/1.

    >>> extraction = extract("Russian drones struck Kyiv on Friday.", published="2024-10-26")
    """
    article = article_from_text(
        text, parse_published(published), url=url, title=title, outlet=outlet
    )
    return extract_article(article, _resources(settings or Settings.from_env()))


def extract_many(
    articles: Iterable[Article | str],
    *,
    settings: Settings | None = None,
    n_process: int | None = None,
) -> list[Extraction]:
    """Extractions for many articles (or texts), in order; a failed article raises."""
    settings = settings or Settings.from_env()
    items = (a if isinstance(a, Article) else article_from_text(a) for a in articles)
    results = []
    for result in process(
        items, _resources(settings), n_process or settings.n_process, settings.batch_size
    ):
        if isinstance(result, ProcessFailure):
            raise RuntimeError(f"{result.item}: {result.reason}")
        results.append(result)
    return results
