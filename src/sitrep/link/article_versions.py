"""An outlet's corrected version of its own article: one report, its old figure superseded.

An outlet that corrects a story republishes it under the same headline with a notice ("This
story has been corrected. An earlier version of this article misstated ..."). Stored as two
articles, every event counted twice (two reports, two articles of one outlet) and the tracker
flagged the outlet's old figure and its own correction as a contradiction. So the corrected
version stands for both: the earlier version's events are dropped (the corrected one tells
them), its figures the correction repeats are dropped, and the figures it changed stay in the
history marked superseded (`SUPERSEDED`), which contradict nothing.

Copies across outlets are `copies`; a source revising a figure within the news is `corrections`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sitrep.link.copies import copied_words
from sitrep.link.entities import fold
from sitrep.link.records import ClaimRecord, EventRecord

# The certainty of a figure a later version of its own article corrected.
SUPERSEDED = "superseded"

# An article's notice that it corrects an earlier version of itself.
CORRECTION_NOTICE = re.compile(
    r"\b(?:this|the)\s+(?:story|article|report)\s+(?:has\s+been|was|is)\s+"
    r"(?:corrected|updated\s+to\s+correct)"
    r"|\ban?\s+(?:earlier|previous|original|prior)\s+version\s+of\s+this\s+"
    r"(?:story|article|report)"
    r"|^\W*corrections?\s*:",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class ArticleVersion:
    """What tells two versions of one article apart: who published it, under which headline,
    when, and whether it says it corrects an earlier version."""

    article_id: str
    outlet: str | None
    title: str | None
    published: str | None
    corrected: bool


def article_version(payload: Mapping[str, Any], article_id: str) -> ArticleVersion:
    article = payload.get("article") or {}
    return ArticleVersion(
        article_id,
        article.get("outlet"),
        article.get("title"),
        article.get("published"),
        bool(CORRECTION_NOTICE.search(payload.get("text") or "")),
    )


def superseded_versions(versions: Iterable[ArticleVersion]) -> dict[str, str]:
    """Each superseded article's id, mapped to the id of the corrected version standing for it:
    one outlet's articles under one headline, the latest one saying it is corrected standing
    for the rest. Without an outlet or a headline nothing says two articles are one."""
    groups: dict[tuple[str, str], list[ArticleVersion]] = defaultdict(list)
    for version in versions:
        if version.outlet and version.title:
            groups[(fold(version.outlet), fold(version.title))].append(version)
    superseded: dict[str, str] = {}
    for group in groups.values():
        corrected = [v for v in group if v.corrected]
        if not corrected:
            continue
        latest = max(corrected, key=lambda v: (v.published or "", v.article_id))
        superseded.update((v.article_id, latest.article_id) for v in group if v is not latest)
    return superseded


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
