"""A source correcting its own figure: "The health ministry revised its death toll down to 41".

A revised figure is neither a contradiction of the source's earlier one nor an update of it: the
earlier figure was wrong by the source's own account. The tracker marks it, and no contradiction
is flagged between it and what the same source said before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from sitrep.link.series_keys import series_key

# A source changing its own figure: "revised its death toll down to", "corrected the figure to",
# "later raised its estimate to 15,000". "An initial estimate put the toll at 30" or "had earlier
# reported 30" tell the old figure, "amended the law" changes no figure, and "increased the
# number of troops" changes the troops, not an estimate of them.
_REVISION = re.compile(
    r"\b(?:(?:revis|correct|amend|updat)\w*\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:toll|figure|count|estimate|number|tally)"
    r"|(?:rais|lower|increas|reduc|cut|upp)\w*\s+(?:its|their|his|her|the)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:toll|figure|count|estimate|tally))s?\b",
    re.IGNORECASE,
)

# The figure being corrected, not the correction: "revised its toll from 60", "an earlier figure
# of 60", "which had earlier reported 60".
_OLD_FIGURE = re.compile(
    r"(?:\bfrom|\b(?:earlier|previous|initial|original|previously|initially|originally)"
    r"(?:\s+[a-z]+){0,2}?)\s*$",
    re.IGNORECASE,
)


def revises_a_figure(text: str, sentence: str) -> bool:
    """The number `text` is the new figure of a sentence that revises a figure ("revised its
    toll down to 41", "41 died, correcting an earlier figure"), not the old figure it names."""
    if not text or text not in sentence or not _REVISION.search(sentence):
        return False
    return not _OLD_FIGURE.search(sentence[: sentence.index(text)])


# The old figure named right after the new one: "revised the toll to 27 from 31", "down from 31".
_FROM_AFTER = re.compile(
    r"\s*,?\s*(?:(?:down|up)\s+)?from\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:(?:earlier|previous|initial|original)\s+)?(?:(?:figure|toll|count)\s+of\s+)?"
    r"(\d[\d,]*(?:\.\d+)?)",
    re.IGNORECASE,
)


def figure_it_revises(text: str, sentence: str) -> float | None:
    """The figure a revised one replaces, when its sentence names it after it ("revised the
    toll to 27 from 31": 31), else None."""
    if not revises_a_figure(text, sentence):
        return None
    found = _FROM_AFTER.match(sentence[sentence.index(text) + len(text) :])
    return float(found[1].replace(",", "")) if found else None


def names_the_figure_it_revises(text: str, sentence: str) -> bool:
    """`text` is a revised figure whose sentence names the one it replaces after it ("revised
    the toll to 27 from 31"): a correction by its own account, whoever gave the old figure."""
    return figure_it_revises(text, sentence) is not None


# A sentence telling a figure the count has since left behind: "Earlier counts by volunteers had
# put the toll at 14", "An initial estimate put the dead at 20", "had previously reported 9".
_SUPERSEDED = re.compile(
    r"^\W*(?:(?:an?|the)\s+)?(?:earlier|previous|initial|original|prior|first)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:counts?|estimates?|figures?|tolls?|tall(?:y|ies)|reports?)\b"
    r"|\bhad\s+(?:earlier|previously|initially|originally|first)\b",
    re.IGNORECASE,
)


def tells_a_superseded_figure(sentence: str) -> bool:
    """The sentence gives a figure as one the count has moved on from ("Earlier counts had put
    the toll at 14"): a step in the history, not a rival to the figures after it."""
    return bool(_SUPERSEDED.search(sentence))


def revised_in_one_breath(earlier: Mapping[str, Any], later: Mapping[str, Any]) -> bool:
    """`later` is the figure a sentence says replaced `earlier`, named before it in the same
    sentence: "as many as 4,000 troops, the agency said; it later raised its estimate to 9,000"
    tells one estimate moving on. The revision must lead into the later figure (`_leads_into`)
    and be its speaker's own: a rival's "9,000, and accused Tarvia of lowering the count" is
    still a rival figure."""
    sentence = later.get("sentence") or ""
    first, second = earlier.get("text") or "", later.get("text") or ""
    if (
        not sentence
        or earlier.get("sentence") != sentence
        or earlier.get("article_id") != (later.get("article_id"))
    ):
        return False
    if not first or not second or first not in sentence or second not in sentence:
        return False
    if later.get("source") and _speaker(later["source"]) != _speaker(earlier.get("source")):
        return False  # a rival's figure, whatever the sentence says of revising
    start, end = sentence.index(first) + len(first), sentence.index(second)
    if start > end:
        return False
    if _FROM_TO.fullmatch(sentence[start:end]):  # "revised its toll from 60 to 41"
        return _leads_into(sentence[: sentence.index(first)])
    return _leads_into(sentence[start:end])


def _speaker(source: str | None) -> str:
    words = (source or "").lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


_FROM_TO = re.compile(r"\s*(?:(?:up|down)\s+)?to\s*", re.IGNORECASE)

# At most this many words between a revision and its new figure: "raised its estimate to".
_LEAD_WORDS = 4


def _leads_into(between: str) -> bool:
    """The text between two figures ends in a revision of the first into the second ("...;
    the agency later raised its estimate on Friday to")."""
    cues = list(_REVISION.finditer(between))
    return bool(cues) and len(between[cues[-1].end() :].split()) <= _LEAD_WORDS


def corrections_in(values: Iterable[Mapping[str, Any]]) -> list[bool]:
    """Which values of a history (in its order) correct a figure their own source gave before,
    or one named before them in the same sentence (`revised_in_one_breath`), or name the one they
    replace after them ("to 27 from 31"): the tracker's marks
    and the CLI's, alike. A source is the one named, else the outlet, else the value's own
    article (`series_key`); a source's first figure corrects nothing it said."""
    seen: set[str] = set()
    before: list[Mapping[str, Any]] = []
    marks = []
    for value in values:
        source = series_key(value.get("source"), value.get("outlet"), str(value.get("article_id")))
        marks.append(
            (
                source in seen
                and revises_a_figure(value.get("text") or "", value.get("sentence") or "")
            )
            or names_the_figure_it_revises(value.get("text") or "", value.get("sentence") or "")
            or any(revised_in_one_breath(earlier, value) for earlier in before)
        )
        seen.add(source)
        before.append(value)
    return marks
