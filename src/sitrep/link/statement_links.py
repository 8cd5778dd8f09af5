"""When two reports of the ledger are one statement, and when a denial answers a report.

Statements: a government says many things in a week, so two statements of one side are one
only when they share a speaker, or, where neither report names a source, when they tell the
same claim (most of the words of one are the other's, and both or neither negated: "would
retaliate" and "would not retaliate" are two claims): "the president said reinforcements were
being sent" and "the government denied that, saying its soldiers held the town" are two.

Denials: "claimed to have captured the town's railway station, which Kyiv denied" disputes the
station's capture, not "seized about 150 square kilometres around the town" told in another
report. A denial or a claim from another article joins an act only when the two do not name
different things taken or hit (a station, an airport, a bridge, an area of territory).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.link.entities import EntityIndex, canonical_entity
from sitrep.link.records import EventRecord

SAME_CLAIM = 0.6  # the share of one sentence's words the other must hold
_WORD = re.compile(r"[a-z]{4,}")
_NEGATOR = re.compile(r"\b(?:not|no|never)\b|n't")
# Things a report names as taken or hit, by the word that names their kind.
OBJECT_KINDS = frozenset({
    "station", "airport", "airfield", "bridge", "port", "harbour", "harbor", "dam", "plant",
    "refinery", "depot", "base", "hospital", "school", "market", "factory", "mine", "village",
    "checkpoint", "headquarters", "barracks", "prison", "palace", "embassy", "parliament",
})  # fmt: skip
AREA_WORDS = frozenset({"territory", "square"})  # "150 square kilometres of territory": an area


def one_speaker(a: EventRecord, b: EventRecord, index: EntityIndex | None) -> bool:
    """Whether two statements can be one: a speaker in common, a speaker named on one side only
    (an unnamed one may be him), or, where neither names one, the same claim told."""
    if a.sources and b.sources:
        return not _speakers(a.sources, index).isdisjoint(_speakers(b.sources, index))
    return bool(a.sources or b.sources) or same_claim(a.sentence, b.sentence)


def same_claim(a: str, b: str) -> bool:
    """Most words of the shorter sentence are in the longer one, with the same negators."""
    first, second = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    if not first or not second or _negators(a) != _negators(b):
        return False
    return len(first & second) >= SAME_CLAIM * min(len(first), len(second))


def _negators(sentence: str) -> set[str]:
    """ "not", "no", "never" ("n't" read as "not") in a sentence."""
    return {"not" if w == "n't" else w for w in _NEGATOR.findall(sentence.lower())}


def other_objects(a: EventRecord, b: EventRecord) -> bool:
    """A denial or an act from two articles naming different things taken or hit."""
    if a.modality == b.modality or a.article_id == b.article_id:
        return False
    first, second = _objects(a.sentence), _objects(b.sentence)
    return bool(first and second) and not first & second


def _objects(sentence: str) -> frozenset[str]:
    words = re.findall(r"[a-z]+", sentence.lower())
    area = {"area"} if AREA_WORDS.intersection(words) else set()
    return frozenset(w for w in words if w in OBJECT_KINDS) | area


def _speakers(sources: Sequence[str], index: EntityIndex | None) -> set[str]:
    return {canonical_entity(s, index).lower() for s in sources}
