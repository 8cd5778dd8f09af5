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
from sitrep.extract.event_modal_words import MODALS
from sitrep.extract.event_toll_scope import ACCIDENTS
from sitrep.extract.natural_hazards import NATURAL_CAUSES
from sitrep.extract.quantity_tolls import level_verb

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
# The nouns a toll is told by: "the toll", "the death toll", "the number of dead"; the first two
# name a toll by themselves, the rest only with the figure they count.
TOLL_WORDS = frozenset(split_words("toll tally"))
TOLL_NOUNS = TOLL_WORDS | frozenset(split_words("number count figure"))
# Causes whose dead are no attack's: "the flood death toll", "the toll from the quake".
OTHER_CAUSES = NATURAL_CAUSES | ACCIDENTS
# A toll summed over a war, a region, a stretch of time or many acts is many events' ("the toll
# in the region rose to 300 this year"), not the rise of one attack's.
SUMMED_OVER = frozenset(
    split_words(
        "year years month months week since war conflict region country nationwide "
        "overall total cumulative"
    )
)
# Many acts, when marked as many: "all the strikes", "recent raids", "this month's attacks"; bare
# "the strikes" may be one attack's volleys ("the death toll from the strikes rose to 19").
ACTS = frozenset(split_words("attacks strikes raids bombings clashes"))
MANY = frozenset(split_words("all recent these several multiple repeated series wave"))
# What makes a rise one not (yet) told to have happened: "may rise to 30", "expected to climb".
FORESEEING = frozenset(
    split_words("expect expected expects fear feared fears warn warned likely set poised")
)
AREAS = frozenset({"GPE", "LOC"})


def risen_toll(doc: Doc, quantity: Quantity, place: str | None = None) -> bool:
    """ "the toll rose to 19", "the number of dead reached 19": the count a toll rose to, of the
    event placed in `place` (a toll named in another country or town is not its)."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or len(span) == 0 or quantity.unit == "percent":
        return False
    number = span.root
    verb = _rising_verb(number)
    if verb is None or any(_summed(t) for t in verb.subtree) or _unrealised(verb):
        return False
    tolls = [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in TOLL_NOUNS
    ]
    return (
        bool(tolls)
        and not another_cause(tolls[0])
        and not any(_elsewhere(t, place) for t in tolls[0].subtree)
    )


def another_cause(toll: Token) -> bool:
    """ "the flood death toll", "the toll from the earthquake": a toll whose own words name a
    cause that is no act of violence counts other dead than an attack's."""
    return any(t.lower_ in OTHER_CAUSES for t in toll.subtree)


def _unrealised(verb: Token) -> bool:
    """ "may rise to 30", "did not climb to 20", "is expected to rise to 30"."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children):
        return True
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lower_ in FORESEEING


def _elsewhere(word: Token, place: str | None) -> bool:
    """A country or town named with the toll ("the toll in Niger") other than the event's."""
    return word.ent_type_ in AREAS and (place is None or word.text not in place)


def _rising_verb(number: Token) -> Token | None:
    """The verb a toll rose by to `number`: "rose to 19", "reached 19" (`level_verb`)."""
    found = level_verb(number)
    if found is None:
        return None
    verb, preposition = found
    rises = RISE_VERBS if preposition == "to" else REACH_VERBS if not preposition else frozenset()
    return verb if verb.lower_ in rises else None


def later_figure(
    doc: Doc,
    held: float | None,
    numbered: Sequence[tuple[int, Quantity]],
    measure: str,
    place: str | None = None,
) -> tuple[int, Quantity] | None:
    """The largest count of `measure` a toll of the event placed in `place` rose to, when larger
    than the one `held`."""
    rises = [
        (i, q)
        for i, q in numbered
        if q.measure == measure and count_of(q) is not None and risen_toll(doc, q, place)
    ]
    best = max(rises, key=lambda pair: count_of(pair[1]) or 0.0, default=None)
    if best is None or (held is not None and (count_of(best[1]) or 0.0) <= held):
        return None
    return best


def count_of(q: Quantity) -> float | None:
    """The figure a count gives: its value, else the low end of its range, else the high."""
    return q.value if q.value is not None else (q.low if q.low is not None else q.high)


def _summed(word: Token) -> bool:
    if word.lower_ in SUMMED_OVER:
        return True
    return word.lower_ in ACTS and any(c.lower_ in MANY or c.dep_ == "poss" for c in word.children)
