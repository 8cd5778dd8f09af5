"""Riots inside a prison: "68 inmates were killed in a riot at a prison".

A riot is filed with protests, as street riots grow out of them; a riot in which inmates' gangs
fight and kill one another makes no demand of anyone, though, and ACLED codes it as violence
between armed groups, not as a demonstration (nor as force used on one). Prisoners rioting
against the jail ("setting fire to their mattresses") or "to protest" their conditions stay a
protest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

RIOT_WORDS = frozenset({"riot", "riots", "rioted", "rioting"})
PRISON_WORDS = frozenset(
    {"prison", "prisons", "jail", "jails", "penitentiary", "inmates", "prisoners", "cellblock"}
)
# Signs of inmates fighting one another rather than the jail: rival gangs, and the dead.
GANG_WORDS = frozenset({"gang", "gangs", "rival", "rivals", "factions", "cartel", "cartels"})
FIGHT_SIGNS = GANG_WORDS | {"killed", "killing", "dead"}
# Words that give a riot a demand: "inmates rioted to protest overcrowding".
DEMAND_WORDS = frozenset(
    {"protest", "protests", "protesting", "protested", "protesters", "demand", "demanding"}
)
POINTING = frozenset({"the", "this", "that"})


def prison_riot(token: Token) -> bool:
    """Whether the riot `token` names is a fight among inmates: its sentence tells one ("inmates
    were killed in a riot at a prison"), or it is "the riot" and the last riot told before was
    one."""
    if token.lower_ not in RIOT_WORDS:
        return False
    words = _words(token.sent)
    if words & PRISON_WORDS:
        return _fight_in_prison(words)
    if not any(c.dep_ == "det" and c.lower_ in POINTING for c in token.children):
        return False
    start = token.sent.start
    while start > 0:
        sentence = token.doc[start - 1].sent
        if _words(sentence) & RIOT_WORDS:
            return _fight_in_prison(_words(sentence))
        start = sentence.start
    return False


def _fight_in_prison(words: set[str]) -> bool:
    """A sentence telling a riot in a prison, fought among inmates and with no demand behind it
    ("prisoners rioted, smashing furniture" is a riot against the jail: a protest)."""
    return bool(words & PRISON_WORDS and words & FIGHT_SIGNS) and not words & DEMAND_WORDS


def _words(sentence: Span) -> set[str]:
    return {t.lower_ for t in sentence}
