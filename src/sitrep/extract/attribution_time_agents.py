"""A "by" phrase that names a time, not an agent: "Results are expected by Monday", "Repairs
are due by the end of the month", "a ruling expected by year-end". Such a phrase says when, so a
passive with it has no speaker, and a reporter elsewhere in the sentence ("..., the operator
said") is the one who speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.time_calendar import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Token

TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Words that name a time on their own ("by then", "by midnight", "by year-end").
TIME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"then", "now", "tomorrow", "tonight"}
TIME_WORDS |= {"today", "midnight", "noon", "dawn", "dusk", "nightfall", "year-end", "yearend"}
TIME_WORDS |= {"month-end", "mid-year", "midyear", "weekend", "morning", "evening", "afternoon"}
# Nouns that name a point of a period ("the end of the month", "the start of talks").
PERIOD_POINTS = frozenset({"end", "beginning", "start", "middle", "close", "turn", "onset"})


def names_a_time(head: Token) -> bool:
    """Whether the object of "by" names a date, a time or a point of a period."""
    if head.ent_type_ in TIME_ENTITIES or head.lower_ in TIME_WORDS:
        return True
    return head.lower_ in PERIOD_POINTS and any(c.lower_ == "of" for c in head.children)
