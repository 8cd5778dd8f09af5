"""Death tolls told in the sentence after the attack they belong to.

News often reports an attack and then its toll: "Russian forces launched 40 drones at Ukraine
overnight. At least seven people were killed and about 20 injured in Kharkiv." The second sentence
holds no attack of its own ("killed" alone could be a crash), so without this step the toll would
be lost. A toll is carried back only to the event of the sentence right before it, or of the one
before that when the sentence between tells no event ("The mayor spoke to reporters.") and the
toll's own sentence names the act again ("officials, who called the strike a crime, said twelve
died": `names_the_act_again`), only when that event happened and is violent, so a count is never credited to a far event (an event that has a
toll takes only a later, larger one a toll "rose to": `event_toll_rises`), and
only when the sentence still tells that event, not another year's or another kind of occasion's
dead (`event_toll_scope`), and never when the event's own account says no one was hurt.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_ailments import counted_dead_of_nature
from sitrep.extract.event_arguments import VIOLENT_TYPES, _event_place
from sitrep.extract.event_companions import named_companions
from sitrep.extract.event_continuations import ATTACKERS
from sitrep.extract.event_merge import same_places
from sitrep.extract.event_policy import war_toll
from sitrep.extract.event_sentence_quantities import Numbered
from sitrep.extract.event_source_asides import BACK_POINTING
from sitrep.extract.event_toll_rises import TOLL_NOUNS, count_of, later_figure
from sitrep.extract.event_toll_scope import tells_another_occasion
from sitrep.extract.event_victims import HARM_VERBS
from sitrep.extract.quantity_revisions import superseded
from sitrep.model import Attribution, Event, Place, Quantity, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

TOLL_MEASURES = frozenset({"killed", "injured"})
# A running total ("have been killed since", "so far this year") sums many events.
CUMULATIVE = re.compile(r"\b(?:ha(?:ve|s) been|since|so far|in total|overall|to date)\b", re.I)
TOLL_TYPES = frozenset({"attack", "armed_clash"})  # what a toll in the next sentence belongs to
# Told in the toll's own clause, these make it a count over time ("killed ... since the takeover").
SINCE = re.compile(r"\b(?:since|so far|in total|overall|to date)\b", re.I)
# The event's own account says it harmed no one: a count from the next sentence is another
# source's and disputes it, so it is not given to the event as its toll.
NO_ONE_HURT = re.compile(
    r"\b(?:nobody|no one|no-one)\s+(?:was|were|had been)\s+(?:hurt|injured|killed|wounded|harmed)\b"
    r"|\bno (?:casualties|injuries|deaths)\b",
    re.I,
)


def running_total(doc: Doc, quantity: Quantity, event_word: Token | None = None) -> bool:
    """ "at least 4,000 civilians have been killed by security forces since the takeover", "the
    conflict, which has killed 9,000": a count over time sums many events, so no single event
    told beside it takes it, save the one it is counted from ("30 have been killed since the
    factions began fighting" is the fighting's toll)."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    verb = span.root
    for _ in range(4):
        if verb.tag_.startswith("VB") or verb.head.i == verb.i:
            break
        verb = verb.head
    if event_word is not None and (
        _counted_from(verb, event_word)
        or _suffered_in(verb, event_word)
        or _counted_by(verb, event_word)
    ):
        return False
    aside = {t.i for c in verb.children if _updates_a_toll(c) for t in c.subtree}
    words = " ".join(
        t.text for t in verb.subtree if not span.start <= t.i < span.end and t.i not in aside
    )
    return bool(SINCE.search(words)) or war_toll(verb)


# The figure a running total is told by: "raising the toll since the start of the month to 10".
TOTAL_NOUNS = TOLL_NOUNS | frozenset({"total"})


def _updates_a_toll(clause: Token) -> bool:
    """ "two were killed on Tuesday, raising the toll since March 1 to 10": a participle that
    moves a toll tells the running total, so its "since" is the total's, not the count's."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and any(c.dep_ == "dobj" and c.lower_ in TOTAL_NOUNS for c in clause.children)
    )


# How the event word stands in the "since" clause: its verb ("since the army attacked"), what
# began ("since the factions began fighting") or what broke out ("since fighting erupted").
COUNTED_FROM_ROLES = frozenset({"xcomp", "nsubj", "dobj"})


SUFFERED_IN = frozenset({"in", "during"})


def _suffered_in(verb: Token, event_word: Token) -> bool:
    """ "38 civilians killed and 54 injured in attacks around Bria since the start of the month":
    the count is of the very acts it says they fell in, however long those ran."""
    prep = event_word.head
    return (
        event_word.dep_ == "pobj"
        and prep.lower_ in SUFFERED_IN
        and prep.head.tag_ in ("VBN", "VBD")
        and verb.left_edge.i <= prep.head.i <= verb.right_edge.i
    )


def _counted_by(verb: Token, event_word: Token) -> bool:
    """ "the number of civilians killed since March 1 had reached nine": the total names the very
    act it counts, so the count is that act's toll however long it ran."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.lower_ in TOTAL_NOUNS
        and c.left_edge.i <= event_word.i <= c.right_edge.i
        for c in verb.children
    )


def _counted_from(verb: Token, event_word: Token) -> bool:
    """Whether `event_word` is what the "since" clause of the toll's verb counts from; an event
    told inside that clause ("since the war began, when militants attacked") is not."""
    return any(
        clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "since" for m in clause.children)
        and (
            event_word == clause
            or (event_word.head == clause and event_word.dep_ in COUNTED_FROM_ROLES)
        )
        for clause in verb.children
    )


def with_following_toll(
    event: Event,
    sent: SpacySpan,
    quantities: Numbered,
    places: Sequence[Place] = (),
    times: Sequence[TimeExpr] = (),
    attributions: Sequence[Attribution] = (),
) -> Event:
    """`event` with the killed and injured counts of `sent`, the sentence that follows it,
    unless that sentence is about somewhere else ("In Odesa, two people were killed") or another
    occasion ("died in election violence in 2019": `event_toll_scope`). `quantities` and `times`
    are that sentence's, the quantities with their indices in the document's list; of the
    document's `attributions`, those whose claim holds the count vouch for the event too."""
    if event.type not in TOLL_TYPES or event.modality != "happened":
        return event
    if CUMULATIVE.search(sent.text):
        return event  # "3,700 have been killed since the war began": a war's toll, not this one
    if any(war_toll(t) for t in sent if t.lower_ in HARM_VERBS):
        return event  # "It has killed more than 14,000 people" after "The war began ..."
    elsewhere = [
        p
        for p in places
        if sent.start_char <= p.start < sent.end_char
        and p.role == "location"
        and same_places(event.place, _event_place(p)) is False
    ]
    if elsewhere:
        return event
    if tells_another_occasion(event, sent, times):
        return event
    if NO_ONE_HURT.search(sent.doc.text[event.start : sent.start_char]):
        return event  # "... but said nobody was hurt. Witnesses said three were killed": disputed
    if event.killed is not None or event.injured is not None:
        return with_risen_toll(event, sent.doc, quantities)  # "the toll rose to 19 on Sunday"
    killed, killed_hedge, injured, injured_hedge = casualties(
        sent.doc, sent, event.type, [q for _, q in quantities]
    )
    if killed is None and injured is None:
        return event
    tolls = {i for i, q in quantities if q.measure in TOLL_MEASURES}
    counts = [q.start for i, q in quantities if i in tolls]
    vouching = {
        i
        for i, a in enumerate(attributions)
        if any(a.claim.start <= at < a.claim.end for at in counts)
    }
    return dataclasses.replace(
        event,
        attributions=tuple(sorted(set(event.attributions) | vouching)),
        killed=killed,
        killed_hedge=killed_hedge,
        injured=injured,
        injured_hedge=injured_hedge,
        quantities=tuple(sorted(set(event.quantities) | tolls)),
    )


def own_toll_first(doc: Doc, quantities: Sequence[Quantity], trigger: int) -> list[Quantity]:
    """ "killed a police officer, sparking a gunfight in which three of the attackers were
    killed": a count told in a relative clause on the event's own noun is its toll, before any
    other count of the sentence."""
    word = doc[trigger]
    own = {t.idx for c in word.children if c.dep_ == "relcl" for t in c.subtree}
    if not word.tag_.startswith("NN") or not own:
        return list(quantities)
    low, high = min(own), max(own)
    return sorted(quantities, key=lambda q: not low <= q.start <= high)


def casualties(
    doc: object, sent: SpacySpan, event_type: str, quantities: Sequence[Quantity]
) -> tuple[float | None, str | None, float | None, str | None]:
    """The killed and injured counts `sent` tells for an event of `event_type`, the first of
    each measure."""
    counts = toll_counts(sent, event_type, quantities)
    killed, killed_hedge = _toll(sent, counts.get("killed"))
    injured, injured_hedge = _toll(sent, counts.get("injured"))
    return killed, killed_hedge, injured, injured_hedge


def toll_counts(
    sent: SpacySpan, event_type: str, quantities: Sequence[Quantity]
) -> dict[str, Quantity]:
    """The count each toll (killed, injured) of an event of `event_type` is taken from: the first
    of its measure in `sent`, so who gave that very count can be told (`event_toll_sources`)."""
    if event_type not in VIOLENT_TYPES | {"protest", "abduction"}:
        return {}
    counts: dict[str, Quantity] = {}
    for q in quantities:
        if not (sent.start_char <= q.start < sent.end_char):
            continue
        if event_type == "attack" and (q.unit or "").lower() in ATTACKERS:
            continue  # "security forces killed five attackers": the response's dead, not the toll
        if counted_dead_of_nature(sent, q.start):
            continue  # "two were killed by lightning after soldiers shelled the village"
        if superseded(sent.doc.text, q):
            continue  # "revising down the figure of 10": the count moved on from it
        measure = q.measure or q.unit
        if measure in TOLL_MEASURES and count_of(q) is not None:
            counts.setdefault(measure, q)
    for measure, first in list(counts.items()):  # "killing 12, and the toll rose to 19"
        risen = later_figure(sent.doc, count_of(first), list(enumerate(quantities)), measure)
        if risen is not None and first.start < risen[1].start < sent.end_char:
            counts[measure] = risen[1]
    return counts


def with_risen_toll(event: Event, doc: Doc, quantities: Numbered) -> Event:
    """`event` with the later, larger count a toll rose to (`event_toll_rises`), the earlier
    count still among its quantities."""
    for measure in TOLL_MEASURES:
        held = event.killed if measure == "killed" else event.injured
        place = event.place.name if event.place is not None else None
        risen = later_figure(doc, held, list(quantities), measure, place)
        if risen is None:
            continue
        index, quantity = risen
        event = dataclasses.replace(event, quantities=tuple(sorted({*event.quantities, index})))
        if measure == "killed":
            event = dataclasses.replace(
                event, killed=count_of(quantity), killed_hedge=quantity.hedge
            )
        else:
            event = dataclasses.replace(
                event, injured=count_of(quantity), injured_hedge=quantity.hedge
            )
    return event


def _toll(sent: SpacySpan, quantity: Quantity | None) -> tuple[float | None, str | None]:
    """The toll a count gives, with the people named beside it ("the mayor and five other
    people": six)."""
    value = count_of(quantity) if quantity is not None else None
    if quantity is None or value is None:
        return None, None
    return value + named_companions(sent.doc, quantity), quantity.hedge


def names_the_act_again(sent: SpacySpan) -> bool:
    """`sent` points back at an act of arms ("the strike", "this attack"), so a toll it tells may
    be of an act told two sentences before."""
    return any(
        t.tag_.startswith("NN")
        and lex.NOUNS.get(t.lower_) in TOLL_TYPES
        and any(c.dep_ in ("det", "poss") and c.lower_ in BACK_POINTING for c in t.children)
        for t in sent
    )
