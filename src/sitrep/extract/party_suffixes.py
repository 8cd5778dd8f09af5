"""Words glued to a place that make it a party's home or sponsor, not where something happened.

"a Washington-based think tank", "Iran-backed militias", "a Greek-owned ship": the place names
who a party is or who stands behind it. Actors read them to skip a group's sponsor ("the
Rwanda-backed M23" is M23), places and links to keep such a place from being the event's scene.
Kept apart from `actors` because both the extractors and `sitrep.link` ask only this question.
"""

from __future__ import annotations

import re

# "a Washington-based think tank", "Iran-backed militias", "a Greek-owned ship": a place glued to
# one of these names a party's home or sponsor, not where something happened.
PARTY_SUFFIXES = frozenset(
    [
        "based",
        "backed",
        "led",
        "born",
        "made",
        "funded",
        "allied",
        "linked",
        "aligned",
        "sponsored",
        "supported",
        "owned",
        "flagged",
        "operated",
        "registered",
    ]
)
_PARTY_SUFFIX = re.compile(r"-(\w+)")


def sponsor(word: str) -> bool:
    """ "Rwanda-backed", "Tuareg-led": a word naming a party's sponsor or home."""
    head, _, suffix = word.rpartition("-")
    return bool(head) and suffix.lower() in PARTY_SUFFIXES


def describes_a_party(text: str, end: int) -> bool:
    """The place ending at `end` in `text` is glued to a party word ("Washington-based")."""
    match = _PARTY_SUFFIX.match(text, end)
    return match is not None and match.group(1).lower() in PARTY_SUFFIXES
