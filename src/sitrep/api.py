"""The Python API: text or Articles in, Extractions out; the CLI is a thin layer over it.

The pipeline (and with it spaCy) is imported on first use, not here: `import sitrep` and every
`sitrep` command that only reads the store stay quick.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

import sitrep.extract  # noqa: F401  (see below)
from sitrep.ingest.common import check_text, parse_given_date
from sitrep.ingest.provenance import with_text_provenance
from sitrep.ingest.text import article_from_text
from sitrep.model import Article, Extraction
from sitrep.settings import Settings

# The extractors' package is loaded above, before `sitrep/__init__` binds the name `extract` to
# the function below: loaded later, with the pipeline, it would rebind `sitrep.extract` to itself.

if TYPE_CHECKING:
    from sitrep.pipeline import Resources


@functools.lru_cache(maxsize=2)
def _resources(settings: Settings) -> Resources:
    from sitrep.pipeline import load_resources

    return load_resources(settings)


def _checked_text(text: object, item: str, settings: Settings) -> str:
    """The text, refused as a file would be: an empty or binary text, or one over the size
    limit, raises BadInput rather than giving an empty extraction that looks like a quiet article.
    """
    if not isinstance(text, str):
        raise TypeError(f"{item} must be the article text as a str, not {type(text).__name__}")
    return check_text(text, item, settings.max_article_chars)


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

    An empty or binary text, or one over the size limit, raises BadInput naming the reason.
    `published` is a date, a datetime or ISO text ("2024-10-26"), as `--published` takes it;
    other text, such as "03/02/2026" (which day?), raises BadDate, a ValueError.

    >>> extraction = extract("Russian drones struck Kyiv on Friday.", published="2024-10-26")
    """
    from sitrep.pipeline import extract_article

    settings = settings or Settings.from_env()
    article = article_from_text(
        _checked_text(text, "text", settings),
        parse_given_date(published),
        url=url,
        title=title,
        outlet=outlet,
    )
    return extract_article(with_text_provenance(article), _resources(settings))


def extract_many(
    articles: Iterable[Article | str],
    *,
    settings: Settings | None = None,
    n_process: int | None = None,
) -> list[Extraction]:
    """Extractions for many articles (or texts), in order; a failed article raises."""
    from sitrep.pipeline import ProcessFailure, process

    settings = settings or Settings.from_env()
    items = (
        a
        if isinstance(a, Article)
        else with_text_provenance(article_from_text(_checked_text(a, f"texts[{n}]", settings)))
        for n, a in enumerate(articles)
    )
    results = []
    for result in process(
        items, _resources(settings), n_process or settings.n_process, settings.batch_size
    ):
        if isinstance(result, ProcessFailure):
            raise RuntimeError(f"{result.item}: {result.reason}")
        results.append(result)
    return results
