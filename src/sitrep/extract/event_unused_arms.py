"""Arms a report names that were not the means of the act it tells.

ACLED codes an attack by the means used, and reads them off the words of the report; some weapon
words there say something else:

- arms the attackers carried, told to say who they were: "Inmates armed with rifles and
  explosives attacked a wing of the prison" was an armed assault, not a bombing, unless the report
  says the carried arms were used ("armed with explosives, they blew up the bridge", "planted",
  "detonated");
- chemical weapons struck at or answered: "warplanes struck two chemical weapons depots", "in
  retaliation for a chlorine gas attack" tell an air strike, not a chemical one.

Those words are blanked (offsets kept) before the sub-type is read, and left out of the event's
weapons. Whether carried arms were used is read in their own sentence: one "exploded" elsewhere
in a report says nothing of the rifles the gunmen of another sentence carried.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import split_words as _w
from sitrep.extract.token_positions import doc_text, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CARRYING = re.compile(r"\barmed\b", re.I)
USED_AS_EXPLOSIVES = re.compile(
    r"\b(detonat\w*|blew up|blown up|blow(s|ing)? up|plant(ed|ing)|set off|explod\w*)\b", re.I
)
CHEMICAL_WORDS = re.compile(r"\b(chemical|gas|chlorine|sarin|nerve agents?)\b", re.I)
# What a chemical weapon word may name instead of the means: a place it is made or kept.
WEAPON_SITES = frozenset(
    _w(
        "facility facilities site sites plant plants depot depots stockpile stockpiles factory "
        "factories arsenal programme program laboratory laboratories lab labs"
    )
)
# Words under which a chemical attack is the cause of the act, not the act.
ANSWERED = frozenset(
    _w(
        "retaliation response revenge reprisal reprisals accused accusing accuses blamed blaming "
        "blames"
    )
)
ANSWER_DEPTH = 8


def unused_arms(doc: Doc, start: int, end: int, act: Token | None = None) -> list[tuple[int, int]]:
    """The character spans of `doc` between `start` and `end` that name arms which were not the
    means of the act whose trigger is `act` (see the module doc): read once where an event is
    built, so that its weapons, its ACLED sub-type and its PLOVER type all leave out the same
    words. A span holding the act itself names its means: the "chlorine gas attack" a strike
    answered was a chemical attack."""
    text = doc_text(doc)[start:end]
    spans = _carried_arms(doc, start, end, text) + _chemical_aside(doc, start, text)
    return [
        (start + low, start + high)
        for low, high in spans
        if act is None or not start + low <= act.idx < start + high
    ]


def blanked(doc: Doc, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The text of `doc` between `start` and `end` with `spans` blanked, offsets kept."""
    chars = list(doc_text(doc)[start:end])
    for low, high in spans:
        low, high = max(low, start) - start, min(high, end) - start
        if low < high:
            chars[low:high] = " " * (high - low)
    return "".join(chars)


def without_unused_arms(doc: Doc, start: int, end: int) -> str:
    """The text of `doc` between `start` and `end`, with the arms that were not the act's means
    blanked."""
    return blanked(doc, start, end, unused_arms(doc, start, end))


def _carried_arms(doc: Doc, start: int, end: int, text: str) -> list[tuple[int, int]]:
    """ "armed with grenades": unless its sentence tells the arms used as explosives."""
    spans = []
    for match in CARRYING.finditer(text):
        armed = token_at(doc, start + match.start())
        if armed is None or USED_AS_EXPLOSIVES.search(armed.sent.text):
            continue
        for with_ in (c for c in armed.children if c.dep_ == "prep" and c.lower_ == "with"):
            right = with_.right_edge
            spans.append((max(with_.idx, start) - start, min(right.idx + len(right), end) - start))
    return spans


def _chemical_aside(doc: Doc, start: int, text: str) -> list[tuple[int, int]]:
    spans = []
    for match in CHEMICAL_WORDS.finditer(text):
        phrase = _struck_at_or_answered(token_at(doc, start + match.start()))
        if phrase is not None:
            first, last = phrase.left_edge, phrase.right_edge
            spans.append((max(first.idx - start, 0), min(last.idx + len(last) - start, len(text))))
    return spans


def _struck_at_or_answered(token: Token | None) -> Token | None:
    """The phrase a chemical weapon word lies in when it names a site ("chemical weapons
    facilities") or the cause of the act ("in retaliation for a gas attack"), else None."""
    if token is None:
        return None
    phrase = token
    while phrase.dep_ in ("amod", "compound") and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.lower_ in WEAPON_SITES:
        return phrase
    head = phrase
    for _ in range(ANSWER_DEPTH):
        if head.lower_ in ANSWERED:
            return phrase
        if head.head.i == head.i:
            return None
        head = head.head
    return None
