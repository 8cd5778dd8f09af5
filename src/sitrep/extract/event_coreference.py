"""Bare mentions of an armed group read as the group the article named before.

Wire copy names a group once and then calls it "the paramilitary", "the rebels" or "the force":
"Sudan's paramilitary Rapid Support Forces killed at least 56 people ... the paramilitary shelled
residential neighborhoods". Such a subject is that group when the article has named exactly one
non-state armed side so far; with two or none, the mention stays unresolved rather than guessed.
A subject that names no side at all ("Helicopters then fired on survivors") continues the attack
told the sentence before (`unnamed_attacker`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.actors import called_by, is_non_state, is_unnamed_side
from sitrep.extract.event_acronyms import spelled_out
from sitrep.extract.event_arguments import VIOLENT_TYPES, _subject_token
from sitrep.extract.event_home_forces import GOVERNMENT_FORCE_NOUNS, POLICE_NOUNS
from sitrep.extract.event_lexicon import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.model import Event

# Nouns that stand for a non-state armed group already named ("the paramilitary", "the rebels").
BARE_GROUP_NOUNS = frozenset(
    [
        "paramilitary",
        "paramilitaries",
        "force",
        "group",
        "rebels",
        "militants",
        "insurgents",
        "jihadists",
        "militia",
        "militias",
    ]
)

# The state's own forces, who are never the unnamed armed men told before them.
STATE_FORCE_WORDS = GOVERNMENT_FORCE_NOUNS | POLICE_NOUNS


def bare_group_subject(anchor: Token) -> Token | None:
    """The group noun with no name of its own that is the clause's subject ("the rebels", "the
    force", "the Rwanda-backed rebels") or that the subject came from ("a suicide bomber from the
    group", "gunmen of the militia"), or None."""
    subject = _subject_token(anchor)
    if subject is None:
        return None
    subject = _group_came_from(subject) or subject
    if subject.lower_ not in BARE_GROUP_NOUNS:
        return None
    determiners = [c for c in subject.children if c.dep_ == "det"]
    named = [
        c
        for c in subject.children
        if c.dep_ in ("compound", "poss", "amod", "nmod") and not _sponsor_word(c)
    ]
    return subject if [d.lower_ for d in determiners] == ["the"] and not named else None


def _group_came_from(subject: Token) -> Token | None:
    """ "a suicide bomber from the group": the group a nameless subject came from."""
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
            group = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if group is not None and group.lower_ in BARE_GROUP_NOUNS:
                return group
    return None


def _sponsor_word(token: Token) -> bool:
    """ "Rwanda-backed": who backs the group, not its name."""
    return token.dep_ == "amod" and any(c.dep_ == "npadvmod" for c in token.children)


def named_armed_groups(events: Iterable[Event], text: str) -> set[str]:
    """The non-state sides the article's earlier violent events named, acronyms spelled out (an
    aid agency delivering food is no armed group)."""
    sides = {
        spelled_out(side, text)
        for e in events
        if e.type in VIOLENT_TYPES
        for side in (e.actor, e.target)
    }
    return {side for side in sides if side is not None and is_non_state(side)}


def with_named_group(event: Event, anchor: Token, earlier: Iterable[Event], text: str) -> Event:
    """`event` with its bare group subject ("the paramilitary shelled ...") read as the one armed
    group the article named before, if there is exactly one."""
    noun = bare_group_subject(anchor) if event.actor is None else None
    if noun is None:
        return event
    groups = {group for group in named_armed_groups(earlier, text) if called_by(group, noun.lower_)}
    if len(groups) != 1:
        return event
    actor = groups.pop()
    return dataclasses.replace(
        event, actor=actor, target=None if event.target == actor else event.target
    )


UNNAMED_ATTACKERS = frozenset(
    _w("group militants rebels fighters militia gunmen attackers forces troops army military")
)


def unnamed_attacker(anchor: Token, side: str | None = None) -> bool:
    """The subject names no side: a weapon or aircraft ("Two fighter jets dropped bombs",
    "Helicopters then fired") or a bare group ("the group had targeted the ship"); the side is
    the one the sentence before named, `side`. Armed men the article left unnamed ("Rebels
    shelled the port") fly no warplanes: aircraft after them are another side's, and "the army"
    after them is the state's forces, not theirs."""
    subject = _subject_token(anchor)
    if subject is None or subject.tag_ in ("PRP", "PRP$"):
        return False
    if is_unnamed_side(side) and lex.WEAPONS.get(subject.lower_) == "aircraft":
        return False
    if is_unnamed_side(side) and subject.lower_ in STATE_FORCE_WORDS:
        return False  # "the army violated it" after rebels: the state's forces, the other camp
    if any(
        c.dep_ in ("poss", "compound", "amod") and c.text[:1].isupper() for c in subject.children
    ):
        return False  # "Russian jets", "Hamas fighters": the side is named
    word = subject.text.lower()
    if word in lex.WEAPONS:
        return True
    determiners = {c.text.lower() for c in subject.children if c.dep_ == "det"}
    return word in UNNAMED_ATTACKERS and determiners <= {"the"} and bool(determiners)
