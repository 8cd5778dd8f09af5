"""A toll told again, risen: "the toll rose to 19 on Sunday" after "killing 12 people".

Death tolls climb as the wounded die and bodies are found. The later figure is the news, so an
event's killed (or injured) becomes it, whether the rise is told in the event's own sentence
("killing 12, and the toll rose to 19") or in the next one. The earlier figure is not lost: the
event keeps the indices of both counts in its `quantities`, each with its own value, the way the
schema keeps every figure an event was told with. A figure is a rise only when the parse says so:
a number that a toll ("the toll", "the death toll", "the number of dead") rose, climbed or jumped
to, or reached. A figure no larger than the one held is no rise of it and is left, and so is a
toll summed over a war, a region or a year ("the toll in the region rose to 300 this year").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import split_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Quantity

# Verbs by which a figure rises to a number: "rose to 19", "has climbed to 40".
RISE_VERBS = frozenset(
    split_words(
        "rise rises rose risen rising climb climbs climbed climbing jump jumps jumped jumping "
        "increase increases increased increasing grow grows grew grown growing mount mounts "
        "mounted mounting soar soars soared soaring"
    )
)
REACH_VERBS = frozenset(split_words("reach reaches reached reaching"))  # "reached 19"
# The nouns a toll is told by: "the toll", "the death toll", "the number of dead".
TOLL_NOUNS = frozenset(split_words("toll tally number count figure"))
# A toll summed over a war, a region or a stretch of time is many events' ("the toll in the
# region rose to 300 this year"), not the rise of one attack's.
SUMMED_OVER = frozenset(
    split_words("year years month months since war conflict region country nationwide overall")
)


def risen_toll(doc: Doc, quantity: Quantity) -> bool:
    """ "the toll rose to 19", "the number of dead reached 19": the count a toll rose to."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    number = span.root
    verb = _rising_verb(number)
    if verb is None or any(t.lower_ in SUMMED_OVER for t in verb.subtree):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in TOLL_NOUNS for c in verb.children)


def _rising_verb(number: Token) -> Token | None:
    if number.dep_ == "pobj" and number.head.lower_ == "to":
        verb = number.head.head
        return verb if verb.lower_ in RISE_VERBS else None
    if number.dep_ == "dobj" and number.head.lower_ in REACH_VERBS:
        return number.head
    return None


def later_figure(
    doc: Doc, held: float | None, numbered: Sequence[tuple[int, Quantity]], measure: str
) -> tuple[int, Quantity] | None:
    """The largest count of `measure` a toll rose to, when larger than the one `held`."""
    rises = [
        (i, q)
        for i, q in numbered
        if q.measure == measure and _value(q) is not None and risen_toll(doc, q)
    ]
    best = max(rises, key=lambda pair: _value(pair[1]) or 0.0, default=None)
    if best is None or (held is not None and (_value(best[1]) or 0.0) <= held):
        return None
    return best


def _value(q: Quantity) -> float | None:
    return q.value if q.value is not None else (q.low if q.low is not None else q.high)
