"""The pipeline: articles in, extractions out. Pure: no files, no database.

Stages, per article:
1. mark page furniture (`clean.find_furniture`): captions, credits, bylines, boilerplate;
2. tokenize with fixed sentence starts, then run the spaCy components in batches (`nlp.pipe`);
3. extract places, times, quantities, attributions (which read the times), then events (which
   read everything before them);
4. wrap the findings in an `Extraction` stamped with the pipeline version.

With `n_process > 1` whole articles go to worker processes, each holding its own model and
gazetteer, so both parsing and extraction use every core. The CLI, the store, the web API and
the Dask jobs all call `process`.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from sitrep.clean import find_furniture
from sitrep.extract.context import DocContext
from sitrep.language import detect_language
from sitrep.model import Article, Extraction
from sitrep.nlp import load_pipeline, make_doc
from sitrep.settings import Settings
from sitrep.version import PIPELINE_VERSION

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.gazetteer import Gazetteer

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class ProcessFailure:
    """An article the pipeline could not process; logged and stored, the batch goes on."""

    item: str
    reason: str
    stage: str = "extract"


@dataclass(frozen=True)
class Resources:
    """What the pipeline loads once per process: the spaCy pipeline and the gazetteer."""

    nlp: Language
    gazetteer: Gazetteer
    settings: Settings


def load_resources(settings: Settings | None = None) -> Resources:
    from sitrep.gazetteer import ensure_gazetteer

    settings = settings or Settings.from_env()
    return Resources(load_pipeline(settings.model), ensure_gazetteer(settings), settings)


def extract_findings(ctx: DocContext, gazetteer: Gazetteer) -> Extraction:
    """Run every extractor over one parsed article."""
    from sitrep.extract.attribution import extract_attributions
    from sitrep.extract.events import extract_events
    from sitrep.extract.place_country_capitals import with_country_capitals
    from sitrep.extract.places import extract_places
    from sitrep.extract.quantities import extract_quantities
    from sitrep.extract.times import extract_times

    # "the Somali capital" is a place for events and readers, though gold sets mark no such span
    places = with_country_capitals(ctx.doc, gazetteer, extract_places(ctx, gazetteer))
    times = extract_times(ctx)
    quantities = extract_quantities(ctx)
    attributions = extract_attributions(ctx, times)
    events = extract_events(ctx, places, times, quantities, attributions)
    return Extraction(
        article=ctx.article,
        spans=ctx.furniture,
        places=tuple(places),
        times=tuple(times),
        quantities=tuple(quantities),
        attributions=tuple(attributions),
        events=tuple(events),
        pipeline_version=PIPELINE_VERSION,
    )


def process(
    articles: Iterable[Article], resources: Resources, n_process: int = 1, batch_size: int = 16
) -> Iterator[Extraction | ProcessFailure]:
    """Extractions (or failures) for `articles`, in input order."""
    if n_process > 1:
        yield from _process_parallel(articles, resources.settings, n_process, batch_size)
        return
    for chunk in chunked(articles, batch_size):
        yield from _process_chunk(chunk, resources)


def _process_chunk(chunk: list[Article], resources: Resources) -> list[Extraction | ProcessFailure]:
    """Parse the chunk's readable articles in one `nlp.pipe` call, then extract each."""
    nlp = resources.nlp
    chunk = [_with_language(article) for article in chunk]
    readable = [a for a in chunk if a.language in resources.settings.languages]
    furniture = {id(a): tuple(find_furniture(a.text)) for a in chunk}
    docs = iter(nlp.pipe(make_doc(nlp, a.text, furniture[id(a)]) for a in readable))
    results: list[Extraction | ProcessFailure] = []
    for article in chunk:
        if article.language not in resources.settings.languages:
            log.info(
                "article %s is in %r: stored without extractions",
                article.origin or article.id,
                article.language,
            )
            results.append(
                Extraction(article, spans=furniture[id(article)], pipeline_version=PIPELINE_VERSION)
            )
            continue
        ctx = DocContext(next(docs), article, furniture[id(article)])
        results.append(_extract_guarded(ctx, resources.gazetteer))
    return results


def _with_language(article: Article) -> Article:
    """The article with its detected language, when that differs from what it came with."""
    detected = detect_language(article.text, default=article.language)
    return article if detected == article.language else replace(article, language=detected)


def _extract_guarded(ctx: DocContext, gazetteer: Gazetteer) -> Extraction | ProcessFailure:
    """The batch edge: a failure in one article is logged and reported, never stops the rest."""
    try:
        return extract_findings(ctx, gazetteer)
    except Exception as error:
        item = ctx.article.origin or ctx.article.id
        log.error("article %s failed at stage extract: %s\n%s", item, error, traceback.format_exc())
        return ProcessFailure(item, f"{error.__class__.__name__}: {error}")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to `size` items, lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


_WORKER_RESOURCES: Resources | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_RESOURCES
    _WORKER_RESOURCES = load_resources(settings)


def _worker_chunk(chunk: list[Article]) -> list[Extraction | ProcessFailure]:
    assert _WORKER_RESOURCES is not None, "worker used before its initializer ran"
    return _process_chunk(chunk, _WORKER_RESOURCES)


def _process_parallel(
    articles: Iterable[Article], settings: Settings, n_process: int, batch_size: int
) -> Iterator[Extraction | ProcessFailure]:
    """Chunks of articles over worker processes, results in input order, bounded in flight."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        n_process, mp_context=context, initializer=_init_worker, initargs=(settings,)
    ) as pool:
        pending: list[Any] = []
        for chunk in chunked(articles, batch_size):
            pending.append(pool.submit(_worker_chunk, chunk))
            if len(pending) >= n_process * 2:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


def extract_article(article: Article, resources: Resources) -> Extraction:
    """One article through the whole pipeline; a failure raises (for the Python API)."""
    (result,) = _process_chunk([article], resources)
    if isinstance(result, ProcessFailure):
        raise RuntimeError(f"{result.item}: {result.reason}")
    return result
