"""The main event of a short report, and its ACLED sub-type read off the whole report.

A dataset such as CASE 2021 labels a snippet with the type of its main event, the one the
report is about. The lead sentence tells it (news puts the event first), and within that
sentence the event whose trigger governs the others ("As a result of an attack, the army
recovered the regions": the recovery). Its ACLED sub-type is then checked against the whole
report, as an ACLED coder reads the full story before coding one event:

- an attack's weapon may be told later ("Synchronised attacks ... The attacks - mostly using
  grenades"); chemical weapons, suicide bombs and grenades decide the sub-type wherever they
  are told, and a generic "Attack" takes any more specific sub-type the report gives;
- a withdrawal, or a territorial gain, told with the ground changing hands without a fight
  ("seized the area following the withdrawal of Puntland forces") is a non-violent transfer;
- a demonstration is violent when the report tells demonstrators' violence anywhere in it;
- a report whose main event has no ACLED sub-type (sanctions, a statement) is not coded, even
  when it mentions an attack as background ("sanctions in response to its chemical attack");
  nor is one whose main event is what someone claims or denies (the claim is the news), an
  arrest or seizure told as organised crime, or an explosion in a report of an accident.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract import event_types as types
from sitrep.extract.event_groups import depth
from sitrep.extract.event_unused_arms import without_unused_arms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.extract.context import DocContext
    from sitrep.model import Event

DECISIVE_WEAPONS = frozenset({"Chemical weapon", "Suicide bomb", "Grenade"})
POLICING = frozenset({"Arrests", "Disrupted weapons use"})


def main_event(ctx: DocContext, events: Sequence[Event]) -> Event | None:
    """The event the report is about: in its first sentence with an event, the shallowest one.

    Only events that are not restatements count.
    """
    doc = ctx.doc
    candidates = []
    for order, event in enumerate(e for e in events if e.duplicate_of is None):
        token = _trigger_token(doc, event)
        sentence = token.sent.start if token is not None else len(doc)
        candidates.append((sentence, depth(token) if token is not None else 99, order, event))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[:3])[3]


def report_acled(ctx: DocContext, events: Sequence[Event]) -> str | None:
    """The ACLED sub-type of a short report: its main event's, checked against the whole text."""
    event = main_event(ctx, events)
    if event is None or not event.acled:
        return None
    token = _trigger_token(ctx.doc, event)
    if token is not None:
        claim = types.ATTRIBUTION.search(token.sent.text)
        if claim and token.idx - token.sent.start_char >= claim.start():
            return None  # "takes credit for the suicide bomb that killed dozens"
    return whole_report_subtype(event, without_unused_arms(ctx.doc, 0, len(ctx.text)))


def whole_report_subtype(event: Event, text: str) -> str | None:
    """`event`'s ACLED sub-type revised with what the whole report tells (see the module doc)."""
    acled = event.acled
    if acled in POLICING and types.CRIME.search(text):
        return None  # smuggling, counterfeiting, trafficking: organised crime, not ACLED
    trigger = (event.trigger or "").lower()
    if event.type == "attack" and trigger in lex.EXPLOSION_WORDS and types.DISASTER.search(text):
        return None  # an explosion in an accident report
    if event.type in ("attack", "armed_clash") and acled != "Disrupted weapons use":
        revised = types.acled_subtype(event.type, text)
        if revised and revised != "Other" and (acled == "Attack" or revised in DECISIVE_WEAPONS):
            return revised
    if event.type == "withdraw" and acled == "Change to group/activity":
        return types.acled_subtype(event.type, text) or acled
    if event.type in ("seize_territory", "retake_territory") and types.non_violent(text):
        return "Non-violent transfer of territory"
    if (
        event.type == "protest"
        and acled == "Peaceful protest"
        and types.VIOLENT_PROTEST.search(text)
    ):
        return "Violent demonstration"
    return acled


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    return next(
        (t for t in doc if event.start <= t.idx < event.end and t.text == event.trigger), None
    )
