"""An outlet's corrected version of its own article: one report, its old figure superseded.

An outlet that corrects a story republishes it under the same headline with a notice ("This
story has been corrected. An earlier version of this article misstated ..."). Stored as two
articles, every event counted twice (two reports, two articles of one outlet) and the tracker
flagged the outlet's old figure and its own correction as a contradiction. So the corrected
version stands for both: the earlier version's events are dropped (the corrected one tells
them), its figures the correction repeats are dropped, and the figures it changed stay in the
history marked superseded (`SUPERSEDED`), which contradict nothing.

Copies across outlets are `copies`; a source revising a figure within the news is `corrections`.

Outlets reuse headlines every day ("Live updates", "List of key events"), so a headline and a
notice are not enough: the version superseded must be older than the correction by a couple of
days at most and tell nearly the same text, and the notice must stand as the article's first or
last paragraph ("This story has been corrected.", "Correction: ..."), not be any sentence of
prose that says a report "was corrected".
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sitrep.link.copies import copied_words
from sitrep.link.dates import date_interval
from sitrep.link.entities import fold
from sitrep.link.records import ClaimRecord, EventRecord

# The certainty of a figure a later version of its own article corrected.
SUPERSEDED = "superseded"

# An article's notice that it corrects an earlier version of itself, opening a paragraph.
CORRECTION_NOTICE = re.compile(
    r"^\W*(?:"
    r"this\s+(?:story|article|report)\s+(?:has\s+been|was)\s+"
    r"(?:corrected|updated\s+to\s+correct)"
    r"|an?\s+(?:earlier|previous|original|prior)\s+version\s+of\s+this\s+"
    r"(?:story|article|report)"
    r"|corrections?\s*:"
    r")",
    re.IGNORECASE,
)

# The most days a corrected version comes after the one it corrects.
LONGEST_CORRECTION_DAYS = 2

# The least share of an earlier version's word pairs its correction repeats.
FEWEST_SHARED_PAIRS = 0.6

# Each article keeps the hashes of at most this many of its word pairs (the smallest: a bottom-k
# sketch), so a rebuild over many long articles holds a few hundred bytes each, not every pair.
PAIR_SKETCH_SIZE = 128


@dataclass(frozen=True)
class ArticleVersion:
    """What tells two versions of one article apart: who published it, under which headline,
    when, and whether it says it corrects an earlier version."""

    article_id: str
    outlet: str | None
    title: str | None
    published: str | None
    corrected: bool
    word_pairs: frozenset[int] = frozenset()


def article_version(payload: Mapping[str, Any], article_id: str) -> ArticleVersion:
    article = payload.get("article") or {}
    text = payload.get("text") or ""
    return ArticleVersion(
        article_id,
        article.get("outlet"),
        article.get("title"),
        article.get("published"),
        says_it_is_corrected(text),
        _word_pairs(text),
    )


def says_it_is_corrected(text: str) -> bool:
    """The article's first or last paragraph is a correction notice."""
    paragraphs = [line for line in text.splitlines() if line.strip()]
    ends = paragraphs[:1] + paragraphs[-1:]
    return any(CORRECTION_NOTICE.match(paragraph.strip()) for paragraph in ends)


def _word_pairs(text: str) -> frozenset[int]:
    """A bottom-k sketch of the text's word pairs: the smallest CRC-32s of its lower-cased pairs
    (one outlet's two versions share their spelling, so no folding is needed)."""
    words = text.lower().split()
    hashes = {
        zlib.crc32(f"{first} {second}".encode()) for first, second in itertools.pairwise(words)
    }
    return frozenset(heapq.nsmallest(PAIR_SKETCH_SIZE, hashes))


def _shared_share(earlier: frozenset[int], later: frozenset[int]) -> float:
    """The share of the earlier text's word pairs the later one repeats, as the two sketches
    estimate it: of the smallest hashes of both, those the earlier holds, the share the later
    holds too (exact for short texts)."""
    union = heapq.nsmallest(PAIR_SKETCH_SIZE, earlier | later)
    held = [h for h in union if h in earlier]
    return sum(1 for h in held if h in later) / len(held) if held else 0.0


def superseded_versions(versions: Iterable[ArticleVersion]) -> dict[str, str]:
    """Each superseded article's id, mapped to the id of the corrected version standing for it:
    one outlet's article under one headline, published at most a couple of days before a
    version saying it is corrected and telling nearly its text (module doc); the latest such
    correction stands for it. Without an outlet, a headline or dates nothing says two articles
    are one."""
    groups: dict[tuple[str, str], list[ArticleVersion]] = defaultdict(list)
    for version in versions:
        if version.outlet and version.title:
            groups[(fold(version.outlet), fold(version.title))].append(version)
    superseded: dict[str, str] = {}
    for group in groups.values():
        corrections = sorted(
            (v for v in group if v.corrected),
            key=lambda v: (v.published or "", v.article_id),
            reverse=True,
        )
        for correction in corrections:
            if correction.article_id in superseded:
                continue
            for version in group:
                if (
                    version is not correction
                    and version.article_id not in superseded
                    and _corrects(correction, version)
                ):
                    superseded[version.article_id] = correction.article_id
    return superseded


def _corrects(correction: ArticleVersion, earlier: ArticleVersion) -> bool:
    """`correction` came out no earlier than `earlier`, a couple of days at most after it, and
    repeats most of its word pairs."""
    days = _days_between(earlier.published, correction.published)
    if days is None or not 0 <= days <= LONGEST_CORRECTION_DAYS:
        return False
    if (earlier.published or "", earlier.article_id) > (
        correction.published or "",
        correction.article_id,
    ):
        return False
    if not earlier.word_pairs:
        return False
    return _shared_share(earlier.word_pairs, correction.word_pairs) >= FEWEST_SHARED_PAIRS


def _days_between(first: str | None, second: str | None) -> int | None:
    first_days, second_days = date_interval(first), date_interval(second)
    if first_days is None or second_days is None:
        return None
    gap: dt.timedelta = second_days[0] - first_days[0]
    return gap.days


def current_version_events(
    events: Iterable[EventRecord], superseded: Mapping[str, str]
) -> list[EventRecord]:
    """The event reports less those of superseded versions: their corrections tell them."""
    return [event for event in events if event.article_id not in superseded]


def current_version_claims(
    claims: Sequence[ClaimRecord], superseded: Mapping[str, str]
) -> list[ClaimRecord]:
    """The figures less those of a superseded version its correction repeats; those it changed
    ("120" corrected to "102") are kept, marked `SUPERSEDED`."""
    told = {
        (claim.article_id, _told_as(claim))
        for claim in claims
        if claim.article_id in superseded.values()
    }
    kept = []
    for claim in claims:
        corrected_by = superseded.get(claim.article_id)
        if corrected_by is None:
            kept.append(claim)
        elif (corrected_by, _told_as(claim)) not in told:
            kept.append(replace(claim, certainty=SUPERSEDED))
    return kept


def _told_as(claim: ClaimRecord) -> tuple[str, str]:
    sentence = copied_words(claim.sentence) or fold(claim.sentence.strip())
    return sentence, claim.text
