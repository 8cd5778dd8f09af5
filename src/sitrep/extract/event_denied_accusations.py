"""An act one side says the other did, which that other side then denies: an allegation.

"Norland's ministry said Vesmar's forces had opened fire 27 times ... Vesmar's ministry denied the
accusations": the denial comes a sentence or two after the act, pointing back with "the
accusations", "the claims" or "the reports". The act stays in the ledger (a reader wants the
disputed incident), but what was told as done is now one side's account against the other's, so
its modality is "alleged", as for any accusation (`event_allegations`). Only the acts whose actor
is the denying side change: "Vesmar denied the claims" says nothing of Norland's acts.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from sitrep.extract.actors import normalize_actor
from sitrep.extract.event_denied_claims import DENYING
from sitrep.extract.event_inflections import split_words as _w
from sitrep.extract.event_phrases import side_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Event

# Nouns that point back at what was said before.
POINTING_BACK = frozenset(
    _w("accusation accusations claim claims allegation allegations report reports charge charges")
)
DISPUTABLE_TYPES = frozenset({"attack", "armed_clash", "seize_territory", "abduction"})
_LOOK_BACK = 3  # sentences before the denial that it can answer


def with_denied_accusations(events: list[Event], doc: Doc) -> list[Event]:
    """`events` with the acts a later denial answers marked "alleged"."""
    sentences = list(doc.sents)
    found = list(events)
    for index, sent in enumerate(sentences):
        for verb in sent:
            side = _denying_side(verb)
            if side is None:
                continue
            start = sentences[max(0, index - _LOOK_BACK)].start_char
            for i, event in enumerate(found):
                if _answered(event, side, start, sent.start_char):
                    found[i] = dataclasses.replace(event, modality="alleged")
    return found


def _denying_side(verb: Token) -> str | None:
    """The side of "X denied the accusations", or None for any other word."""
    if verb.lower_ not in DENYING or verb.tag_ in ("NN", "NNS"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(o.lower_ in POINTING_BACK and _definite(o) for o in objects):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return normalize_actor(side_phrase(subjects[0])) if subjects else None


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)


def _answered(event: Event, side: str, start: int, end: int) -> bool:
    return (
        start <= event.start < end
        and event.actor == side
        and event.type in DISPUTABLE_TYPES
        and event.modality == "happened"
    )
