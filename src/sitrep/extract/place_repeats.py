"""A name the gazetteer lacks, once placed, is a place wherever the article names it again.

"Troops recaptured the town of Nyabibwe ... 'Our forces have pushed the enemy out of Nyabibwe'":
the cue that made the first mention a place ("the town of") is not repeated, but a reader knows
the second mention is the same town. Only exact repeats of a name that a settlement cue placed
("the town of X") count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sitrep.extract.place_names import mention_of

if TYPE_CHECKING:
    from sitrep.extract.context import DocContext
    from sitrep.extract.place_candidates import Mention


# The cue that names a settlement outright; "in X" alone also fits a company or an industry
# ("stored in Dropbox", "in Nollywood"), so its repeats are left alone.
SETTLEMENT_OF = re.compile(r"\b(?:town|city|village|camp|port|district) of (?:the )?$")


def repeated_unknown_names(
    ctx: DocContext, found: list[Mention], taken: set[int]
) -> Iterator[Mention]:
    """Later (or earlier) mentions of the unknown names in `found`, where nothing else is."""
    names = {
        ctx.text[m.start : m.end]
        for m in found
        if not m.entries and not m.demonym and SETTLEMENT_OF.search(ctx.text[: m.start])
    }
    for name in sorted(names):
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ctx.text):
            if taken & set(range(match.start(), match.end())):
                continue
            span = ctx.doc.char_span(match.start(), match.end())
            if span is not None and len(span) > 0:
                yield mention_of(list(span), ())
