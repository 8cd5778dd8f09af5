"""A claim of responsibility names who carried out the attack told before it.

Wire copy tells a bombing first and who did it later: "A suicide bomber blew himself up at a
restaurant ... The extremist group al-Shabaab claimed responsibility in a statement." The side
that claims it is the attack's actor, so far as the report goes; the claim goes to the latest
attack told up to its sentence, and only when that attack names no actor yet or only unnamed
armed men ("Gunmen stormed a hotel ... Al-Shabaab claimed the attack"): a claim never overrides
a side the report named. The claim's own "the attack", left apart from the attack it points back
to (its date is the statement's: "claimed the attack in a statement on Sunday"), passes the claim
on to the attack told before its sentence. "No group has claimed responsibility" names nobody.
The claimant's name is read as an attacker's is: "the Islamic Resistance in Iraq" is the group,
not the country it fights in.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]

from sitrep.extract import event_lexicon as lex
from sitrep.extract.actor_hackers import self_named_group
from sitrep.extract.actors import is_unnamed_side, normalize_actor
from sitrep.extract.event_aims import doer_phrase
from sitrep.extract.event_arguments import _subject_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Event

CLAIM_VERBS = lex.CLAIM_VERBS
# found on the hashed lower-case column, so no Token object is made for the other words
CLAIM_VERB_HASHES = frozenset(hash_string(word) for word in CLAIM_VERBS)
CLAIMED_THINGS = frozenset({"responsibility", "credit"})
ATTACK_TYPES = frozenset({"attack"})


def claimant(verb: Token) -> str | None:
    """The side a "claimed responsibility" clause names ("the group al-Shabaab"), else None."""
    if verb.lower_ not in CLAIM_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    if not any(c.dep_ == "dobj" and _claimable(c) for c in verb.children):
        return None
    subject = _subject_token(verb)
    if subject is None or subject.tag_ in ("PRP", "PRP$"):
        return None
    whole = subject.doc[subject.left_edge.i : subject.right_edge.i + 1].text
    return (
        self_named_group(subject)  # "a group calling itself the Dawn Front"
        or normalize_actor(doer_phrase(subject))
        or normalize_actor(whole)  # as an attacker's
    )


def _claimable(noun: Token) -> bool:
    """ "claimed responsibility", "claimed credit", or the act itself ("claimed the bombing")."""
    low = noun.lower_
    return low in CLAIMED_THINGS or (
        noun.tag_.startswith("NN") and lex.NOUNS.get(low) in ATTACK_TYPES
    )


def with_claimed_responsibility(events: list[Event], doc: Doc) -> list[Event]:
    """`events` with each claimed attack's actor set to the side claiming it, the attack it
    restates (`duplicate_of`) too."""
    found = list(events)
    lowers = doc.to_array([LOWER]).ravel().tolist()
    for verb in (doc[i] for i, word in enumerate(lowers) if word in CLAIM_VERB_HASHES):
        side = claimant(verb)
        if side is None:
            continue
        claimed = _claimed_attacks(found, verb.sent.start_char, verb.sent.end_char)
        if not claimed or not _unnamed(found[claimed[0]].actor):
            continue
        for i in claimed:
            if _unnamed(found[i].actor) or found[i].actor == side:
                target = None if found[i].target == side else found[i].target
                found[i] = dataclasses.replace(found[i], actor=side, target=target)
    return found


def _claimed_attacks(events: list[Event], start: int, end: int) -> list[int]:
    """The attack a claim in `start`..`end` is about, as first told, then the mentions restating
    it: the latest attack told up to the claim's end, or the one before the claim's sentence
    when the latest is the claim's own "the attack", told with no place or toll of its own."""
    told = [i for i, e in enumerate(events) if e.type in ATTACK_TYPES and e.start < end]
    if not told:
        return []
    latest = told[-1]
    mention = events[latest]
    before = [i for i in told if events[i].start < start]
    own = mention.start >= start and mention.duplicate_of is None
    if own and before and not (mention.place or mention.killed or mention.injured):
        claimed = [_first_told(events, before[-1]), before[-1], latest]
    else:
        claimed = [_first_told(events, latest), latest]
    return list(dict.fromkeys(claimed))


def _first_told(events: list[Event], i: int) -> int:
    original = events[i].duplicate_of
    return i if original is None else original


def _unnamed(actor: str | None) -> bool:
    return actor is None or is_unnamed_side(actor)
