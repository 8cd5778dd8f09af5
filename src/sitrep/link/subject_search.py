"""Finding claim histories by an analyst's words ("the Kidal death toll"): kept apart from
`sitrep.link.claims`, which builds the histories, since reading a question is another job."""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.extract.actors import country_of_word
from sitrep.link.claims import RUNNING_TOLL_TOPIC, History
from sitrep.link.dates import sortable_day
from sitrep.link.entities import fold
from sitrep.link.vocabulary import measure_of_word


def matching_subjects(histories: Iterable[History], about: str) -> list[History]:
    """The histories whose subject the words of `about` name best ("North Korean troops in Kursk").

    A word also names the measure it is an analyst's word for: "the Kidal death toll" asks
    about "killed in Kidal", "refugees" about the displaced (`sitrep.link.vocabulary`).
    The histories come in the order of their first day counted, so that "killed in Kidal" reads
    the place's incidents (the first shelling, the clashes, the siege's running toll) as they
    happened, each still its own history with its own contradictions.
    """
    wanted = [w for w in _subject_words(about) if w not in _QUERY_STOPWORDS]
    if not wanted:
        return []
    scored = []
    for history in histories:
        measure, unit, actor, place, topic = history.subject
        if topic == RUNNING_TOLL_TOPIC:  # a label, not words of the subject: "toll" asks for a toll
            topic = ""
        have = _subject_words(" ".join((measure, unit, actor, place, topic)))
        hits = sum(
            1
            for w in wanted
            if measure_of_word(w) == measure
            or any(h.startswith(w) or w.startswith(h) for h in have if len(h) > 2)
        )
        if hits:
            scored.append((hits / len(wanted), history))
    best = max((s for s, _ in scored), default=0.0)
    return sorted((h for s, h in scored if s == best and s >= 0.5), key=_first_day)


def _first_day(history: History) -> str:
    return min(
        (sortable_day(v.as_of, last=False) or "9999" for v in history.values), default="9999"
    )


_QUERY_STOPWORDS = frozenset(
    {"in", "of", "the", "a", "an", "by", "at", "on", "for", "to", "held", "number", "how", "many"}
)


def _subject_words(text: str) -> set[str]:
    words = set(fold(text).split())
    for word in list(words):
        country = country_of_word(word)
        if country:
            words |= set(fold(country).split())
    return words
