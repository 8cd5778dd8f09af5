"""Copies across articles: a sentence one article prints word for word after another, and an
article that declares itself another outlet's report.

A syndicated or republished story repeats its original's sentences. Read as news of their own,
each repeated event became a second incident beside the first and each repeated figure a second
value in the claim tracker ("31" twice, one from each outlet), and the copying outlet counted as
an independent voice. So a report or a figure whose sentence (spelling aside) and reading match
another article's is that article's, told again: it joins the original's incident and adds no
value to a history. A republication (`republished_from`, read from the article's notice at
ingest) counts as the outlet it reprints.

Short sentences ("Two people died.") are left alone: two outlets may well write them apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.extract.datelines import dateline_length
from sitrep.link.entities import fold
from sitrep.link.records import ClaimRecord, EventRecord

# Fewer words than this and two articles may have written the same sentence independently.
FEWEST_COPIED_WORDS = 8

EventCopyKey = tuple[str, str, str, str, str, str | None]


def event_copy_key(record: EventRecord) -> EventCopyKey | None:
    """What an event report shares with its copies: its sentence and how it reads it."""
    sentence = copied_words(record.sentence)
    if sentence is None:
        return None
    return (
        sentence,
        record.type,
        record.modality,
        record.actor or "",
        record.target or "",
        record.date,
    )


def copied_words(sentence: str) -> str | None:
    """A sentence as a copy repeats it: spelling folded, and without its dateline, which a
    republisher rewrites ("KHARTOUM (Gulf Desk) -" becomes "KHARTOUM -"); None when too short
    to tell a copy from two outlets' own words."""
    sentence = sentence.strip()
    words = fold(sentence[dateline_length(sentence) :])
    return words if len(words.split()) >= FEWEST_COPIED_WORDS else None


def independent_outlet(outlet: str | None, republished_from: str | None) -> str | None:
    """The outlet whose report an article is: the one it republishes, else its own."""
    return republished_from or outlet


def without_copied_values(values: Sequence[ClaimRecord]) -> list[ClaimRecord]:
    """`values` (a history's, in its order) less each figure another article gave before in the
    same sentence: the first telling is the report, the rest its copies."""
    told: dict[tuple[str, str, float | None, float | None, float | None], str] = {}
    kept = []
    for value in values:
        sentence = copied_words(value.sentence)
        if sentence is None:
            kept.append(value)
            continue
        key = (sentence, value.text, value.value, value.low, value.high)
        first = told.setdefault(key, value.article_id)
        if first == value.article_id:
            kept.append(value)
    return kept
