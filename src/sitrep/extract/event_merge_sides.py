"""Two sides' acts told in turn in one sentence: never one event.

"Troops attacked the town after rebels shelled it", "Hamas fired rockets while Israeli jets
bombed Gaza": two acts joined by a word of sequence or of time ("before", "after", "then",
"while") whose doers differ are two events, however alike their type, place and day, and the
arguments one clause lends the other (a side, a weapon) must not make them one. `event_merge`
keeps such acts apart and `event_sequences` joins only the same side's steps.

Doers differ when their subjects name other sides ("Russian" and "Ukrainian"), stand for a
state's forces and for armed men against them ("the army", "militants"), or when one act is
done to the other's doer ("militants attacked ..., then the army shelled the militants"). A
subject that is a pronoun ("they stormed it") or is borrowed ("before storming it") is the same
side; so is a doer named by no side or camp at all ("a bomber ... gunmen then stormed"), since
nothing tells it apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.extract.actor_unnamed import ARMED_MEN, ARMED_TRADES
from sitrep.extract.actors import normalize_actor
from sitrep.extract.event_home_forces import GOVERNMENT_FORCE_NOUNS, POLICE_NOUNS
from sitrep.extract.event_lexicon import split_words as _w
from sitrep.extract.event_subjects import subject_read_as_object
from sitrep.extract.token_positions import token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Event

SEQUENCE_WORDS = frozenset(
    _w("then later subsequently afterwards afterward thereafter before after")
)
TURN_WORDS = SEQUENCE_WORDS | {"while"}  # "while" tells two acts at once, never one told twice
LINK_DEPS = frozenset({"advmod", "mark", "prep"})
STATE_CAMP = frozenset(GOVERNMENT_FORCE_NOUNS | POLICE_NOUNS | set(_w("soldier policeman")))
ARMED_CAMP = frozenset(ARMED_MEN | ARMED_TRADES | set(_w("rebel rebels guerrilla guerrillas")))
SIDE_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
SIDE_LABELS = frozenset({"NORP", "GPE", "ORG"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


@dataclass(frozen=True)
class Doer:
    """Who a clause says did its act: the sides its subject names and the camp it stands for."""

    head: str  # the subject's head word, lower case ("militants")
    sides: frozenset[str]  # the sides it names ("Russia" for "Russian drones")
    camp: str | None  # "state" for a state's forces, "armed" for armed men, None when unsaid


def trigger_token(doc: Doc, event: Event) -> Token | None:
    """The token of the event's trigger word inside its span."""
    word = (event.trigger or "").lower()
    token = token_at(doc, event.start)
    while token is not None and token.idx < event.end:
        if token.lower_ == word:
            return token
        token = token.nbor() if token.i + 1 < len(doc) else None
    return None


def sides_in_turn(events: Sequence[Event], doc: Doc) -> set[tuple[int, int]]:
    """The pairs (earlier, later) of `events` that are two sides' acts told in turn."""
    tokens = [trigger_token(doc, e) for e in events]
    # Pairs within one sentence only: an article's every pair of acts would be quadratic.
    by_sentence: dict[int, list[tuple[int, Token]]] = {}
    for index, token in enumerate(tokens):
        if token is not None:
            by_sentence.setdefault(token.sent.start, []).append((index, token))
    return {
        (i, j)
        for acts in by_sentence.values()
        for n, (j, later) in enumerate(acts)
        for i, earlier in acts[:n]
        if other_sides_in_turn(earlier, later)
    }


def other_sides_in_turn(first: Token, second: Token) -> bool:
    """Whether two acts of one sentence, joined by a word of turn, were done by two sides."""
    if first.sent.start != second.sent.start or first.i == second.i:
        return False
    return told_in_turn(first, second) and other_doers(first, second)


def told_in_turn(first: Token, second: Token) -> bool:
    """ "after rebels shelled it", "then the army attacked", "while jets bombed": a word of turn
    on either act's verb."""
    return any(
        c.lower_ in TURN_WORDS and c.dep_ in LINK_DEPS
        for verb in (first, second)
        for c in verb.children
    )


def other_doers(first: Token, second: Token) -> bool:
    """Whether the two acts' subjects name two sides (see the module doc)."""
    a, b = doer_of(first), doer_of(second)
    if a is None or b is None:
        return False
    if a.sides and b.sides:
        return not a.sides & b.sides
    if a.camp and b.camp and a.camp != b.camp:
        return True
    return _done_to(first, b) or _done_to(second, a)


def doer_of(verb: Token) -> Doer | None:
    """The doer a verb's own subject names; None when it has none, borrows one or is a pronoun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    subject = subject or subject_read_as_object(verb)
    if subject is None or subject.pos_ == "PRON" or subject.tag_ in ("PRP", "WDT", "WP"):
        return None
    head = subject.lower_
    camp = "state" if head in STATE_CAMP else "armed" if head in ARMED_CAMP else None
    return Doer(head, _sides_named(subject), camp)


def _sides_named(noun: Token) -> frozenset[str]:
    """The sides a subject phrase names, by their actor names where known ("Russian drones",
    "Moscow's troops": Russia)."""
    words = [c for c in noun.children if c.dep_ in SIDE_MODIFIER_DEPS] + [noun]
    return frozenset(
        normalize_actor(w.text) or w.lower_
        for w in words
        if w.ent_type_ in SIDE_LABELS or (w.pos_ == "PROPN" and not w.is_sent_start)
    )


def _done_to(verb: Token, doer: Doer) -> bool:
    """ "the army shelled the militants": the act is done to the other act's doer."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children]
    return any(
        o.lower_ == doer.head or (doer.sides and doer.sides <= _sides_named(o)) for o in objects
    )
