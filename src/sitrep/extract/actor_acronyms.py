"""The acronym a side's unlisted full name ends with: "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)".

A group is often spelled out once, in a transliteration the actor table cannot list in every
spelling, with the acronym it goes by after it. When the full name is not recognised,
`actors.normalize_actor` reads the acronym instead. The brackets may be gone (a phrase rebuilt
from tokens drops punctuation), and the name before must be a proper name: "the ministry of
health (MOH)" names no side.
"""

from __future__ import annotations

import re

# The capital is checked by a lookahead so that one long word is scanned once: "[\w'-]*[A-Z][\w'-]*"
# tried every split of a 150,000-letter token (minutes of backtracking on hostile input).
_NAME_THEN_ACRONYM = re.compile(
    r"(?:^|\s)(?=[\w'-]*[A-Z])[\w'-]+\s+\(?\s*(?P<acronym>[A-Z]{2,6})\s*\)?\s*$"
)


def acronym_after_name(text: str) -> str | None:
    """The acronym closing `text` after a capitalised name, or None."""
    found = _NAME_THEN_ACRONYM.search(text)
    return found.group("acronym") if found else None
