"""A claim of responsibility names who carried out the attack told before it.

Wire copy tells a bombing first and who did it later: "A suicide bomber blew himself up at a
restaurant ... The extremist group al-Shabaab claimed responsibility in a statement." The side
that claims it is the attack's actor, so far as the report goes; the claim goes to the latest
attack told up to its sentence, and only when that attack names no actor yet (a claim never
overrides a side the report gave). "No group has claimed responsibility" names nobody. The
claimant's name is read as an attacker's is: "the Islamic Resistance in Iraq" is the group, not
the country it fights in.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]

from sitrep.extract.actors import normalize_actor
from sitrep.extract.event_aims import doer_phrase
from sitrep.extract.event_arguments import _subject_token
from sitrep.extract.event_lexicon import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Event

CLAIM_VERBS = verb_forms("claim")
# found on the hashed lower-case column, so no Token object is made for the other words
CLAIM_VERB_HASHES = frozenset(hash_string(word) for word in CLAIM_VERBS)
CLAIMED_THINGS = frozenset({"responsibility", "credit"})
ATTACK_TYPES = frozenset({"attack"})


def claimant(verb: Token) -> str | None:
    """The side a "claimed responsibility" clause names ("the group al-Shabaab"), else None."""
    if verb.lower_ not in CLAIM_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in CLAIMED_THINGS for c in verb.children):
        return None
    subject = _subject_token(verb)
    if subject is None or subject.tag_ in ("PRP", "PRP$"):
        return None
    whole = subject.doc[subject.left_edge.i : subject.right_edge.i + 1].text
    return normalize_actor(doer_phrase(subject)) or normalize_actor(whole)  # as an attacker's


def with_claimed_responsibility(events: list[Event], doc: Doc) -> list[Event]:
    """`events` with each claimed attack's actor set to the side claiming it, the attack it
    restates (`duplicate_of`) too."""
    found = list(events)
    lowers = doc.to_array([LOWER]).ravel().tolist()
    for verb in (doc[i] for i, word in enumerate(lowers) if word in CLAIM_VERB_HASHES):
        side = claimant(verb)
        if side is None:
            continue
        end = verb.sent.end_char
        told = [i for i, e in enumerate(found) if e.type in ATTACK_TYPES and e.start < end]
        if not told or found[told[-1]].actor is not None:
            continue
        latest = told[-1]
        original = found[latest].duplicate_of
        for i in (latest, original):
            if i is not None and found[i].actor is None:
                target = None if found[i].target == side else found[i].target
                found[i] = dataclasses.replace(found[i], actor=side, target=target)
    return found
