"""Another source's toll of an act already told: kept with that act, not lost.

"An airstrike hit the hospital late on Sunday, killing at least 18 people, the WHO said." Two
paragraphs on: "A charity that runs a ward gave a higher toll. Its coordinator said 23 people had
died when the strike took place." The 23 is the charity's count of the same strike; it tells no
act of its own, and it is too far back for a toll told in the next sentence
(`event_tolls.with_following_toll`), so nothing took it. It joins the act's quantities, with the
attributions that vouch for it, as a rival figure: the act keeps its own toll, and a reader sees
who gave which count. Only a count whose sentence tells no act, is taken by none, points back at
the act ("the strike", "this attack") and is neither a running total nor a figure revised away
is joined, to the latest act before it that happened and has a toll.

Pointing back is read in the toll's own clause: "21 people had died when the strike took place"
counts the strike's dead, but "The strike was the deadliest since 2022, when 50 people died"
and "Before this strike, 12 people had died this year" count other days' dead beside it. A toll
whose clause holds no back-pointing noun, or holds it after "before", "since" or "after", or whose
sentence dates its dead apart from the act (`event_toll_scope.tells_another_occasion`), stays out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_source_asides import BACK_POINTING
from sitrep.extract.event_toll_rises import count_of
from sitrep.extract.event_toll_scope import tells_another_occasion
from sitrep.extract.event_tolls import (
    TOLL_MEASURES,
    TOLL_TYPES,
    names_the_act_again,
    running_total,
)
from sitrep.extract.quantity_revisions import superseded
from sitrep.model import Attribution, Event, Quantity, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that set a pointed-at act beside other dead, not as their occasion: "before this strike".
BESIDE_THE_ACT = frozenset({"before", "since", "after", "until", "than"})


def with_rival_tolls(
    events: Sequence[Event],
    doc: Doc,
    quantities: Sequence[Quantity],
    attributions: Sequence[Attribution],
    times: Sequence[TimeExpr] = (),
) -> list[Event]:
    """`events` with counts of dead or wounded that another source gave for an act told before
    joined to that act's quantities and attributions (see the module doc)."""
    found = list(events)
    taken = {i for e in found for i in e.quantities}
    for i, quantity in enumerate(quantities):
        if i in taken or not _loose_toll(doc, quantity, found):
            continue
        target = _act_before(found, quantity.start)
        if target is None or _dated_apart(doc, found[target], quantity, times):
            continue
        vouching = {
            k for k, a in enumerate(attributions) if a.claim.start <= quantity.start < a.claim.end
        }
        act = found[target]
        found[target] = dataclasses.replace(
            act,
            quantities=tuple(sorted({*act.quantities, i})),
            attributions=tuple(sorted({*act.attributions, *vouching})),
        )
    return found


def _loose_toll(doc: Doc, quantity: Quantity, events: Sequence[Event]) -> bool:
    """A toll in a sentence that tells no act of its own but points back at one."""
    if quantity.measure not in TOLL_MEASURES or count_of(quantity) is None:
        return False
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    sent = span[0].sent
    if any(sent.start_char <= e.start < sent.end_char for e in events):
        return False
    return (
        names_the_act_again(sent)
        and _points_back_in_its_clause(span[0])
        and not running_total(doc, quantity)
        and not superseded(doc.text, quantity)
    )


def _points_back_in_its_clause(count: Token) -> bool:
    """The toll's own clause names the act again, not as a time beside it: "had died when the
    strike took place", not "since 2022, when 50 people died" or "before this strike"."""
    verb = count
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    return any(_points_back(t) for t in verb.subtree)


def _points_back(noun: Token) -> bool:
    if not noun.tag_.startswith("NN") or lex.NOUNS.get(noun.lower_) not in TOLL_TYPES:
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in BACK_POINTING for c in noun.children):
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in BESIDE_THE_ACT)


def _dated_apart(doc: Doc, act: Event, quantity: Quantity, times: Sequence[TimeExpr]) -> bool:
    """The count's sentence dates its dead on another occasion than the act's."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    sent = span[0].sent
    own = [t for t in times if sent.start_char <= t.start < sent.end_char]
    return tells_another_occasion(act, sent, own)


def _act_before(events: Sequence[Event], start: int) -> int | None:
    """The latest act told before `start` that happened, is an act of arms and has a toll."""
    acts = [
        i
        for i, e in enumerate(events)
        if e.end <= start
        and e.duplicate_of is None
        and e.type in TOLL_TYPES
        and e.modality == "happened"
        and (e.killed is not None or e.injured is not None)
    ]
    return max(acts, key=lambda i: events[i].start, default=None)
