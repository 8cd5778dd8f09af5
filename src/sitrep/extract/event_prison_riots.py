"""Riots inside a prison: "68 inmates were killed in a riot at a prison".

A riot is filed with protests, as street riots grow out of them; a riot in which inmates' gangs
fight and kill one another makes no demand of anyone, though, and ACLED codes it as violence
between armed groups, not as a demonstration (nor as force used on one). Prisoners rioting
against the jail ("setting fire to their mattresses") or "over" or "to protest" their conditions
stay a protest, and so does a riot outside a prison, or one whose inmates guards shot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

RIOT_WORDS = frozenset({"riot", "riots", "rioted", "rioting"})
PRISON_WORDS = frozenset(
    {"prison", "prisons", "jail", "jails", "penitentiary", "inmates", "prisoners", "cellblock"}
)
# Prepositions that put a riot inside a prison ("at the prison"), not by it ("outside the prison").
INSIDE = frozenset({"at", "in", "inside", "within"})
# Signs of inmates fighting one another rather than the jail: rival gangs, or killing each other.
GANG_WORDS = frozenset({"gang", "gangs", "rival", "rivals", "factions", "cartel", "cartels"})
# The dead of the riot itself: "killed in a riot", "died during the rioting".
DEATH_WORDS = frozenset({"killed", "killing", "dead", "died"})
# Words that give a riot a demand: "inmates rioted to protest overcrowding", "over conditions".
DEMAND_WORDS = frozenset(
    {"protest", "protests", "protesting", "protested", "protesters", "demand", "demanding"}
)
GRIEVANCE_PREPOSITIONS = frozenset({"over", "against"})
POINTING = frozenset({"the", "this", "that"})
# How far back "the riot" may point: a wire story tells a riot's cause some paragraphs after
# the riot ("The riot was sparked by ..."), but not one told a whole story before.
LOOKBACK_SENTENCES = 10


def prison_riot(token: Token, words: set[str]) -> bool:
    """Whether the riot `token` names is a fight among inmates: its sentence (of lower-cased
    `words`) tells one ("inmates were killed in a riot at a prison"), or it is "the riot" and a
    riot told a few sentences before was one."""
    if token.lower_ not in RIOT_WORDS:
        return False
    if _in_prison(token):
        return _inmates_fight(token, words)
    if not any(c.dep_ == "det" and c.lower_ in POINTING for c in token.children):
        return False
    start = token.sent.start
    for _ in range(LOOKBACK_SENTENCES):
        if start == 0:
            break
        sentence = token.doc[start - 1].sent
        earlier = [t for t in sentence if t.lower_ in RIOT_WORDS]
        if earlier:
            riot = earlier[0]
            return _in_prison(riot) and _inmates_fight(riot, {t.lower_ for t in sentence})
        start = sentence.start
    return False


def _in_prison(riot: Token) -> bool:
    """The riot's own rioters or place are a prison's: "inmates rioted", "a prison riot", "a
    riot at the jail", "were killed in a riot at a prison"; not "riots outside the prison"."""
    return any(t.lower_ in PRISON_WORDS for t in _riot_arguments(riot))


def _riot_arguments(riot: Token) -> list[Token]:
    """Subjects, compounds and inside-places of the riot and of the verb that tells it ("riots
    erupted at ...", "were killed in a riot at ...")."""
    heads = [riot]
    if riot.dep_ in ("nsubj", "nsubjpass"):
        heads.append(riot.head)
    elif riot.dep_ == "pobj" and riot.head.dep_ == "prep":
        heads.append(riot.head.head)
    found: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass", "compound"):
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ in INSIDE:
                found.extend(g for g in child.children if g.dep_ == "pobj")
    return found


def _inmates_fight(riot: Token, words: set[str]) -> bool:
    """A prison riot fought among inmates with no demand behind it: rival gangs, inmates killing
    each other, or the dead "killed in" the riot itself; "prisoners rioted, smashing furniture"
    or "rioted over overcrowding" is a riot against the jail, a protest."""
    grievance = any(c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPOSITIONS for c in riot.children)
    if grievance or words & DEMAND_WORDS:
        return False
    each_other = {"each", "other"} <= words or {"one", "another"} <= words
    died_in_it = riot.dep_ == "pobj" and riot.head.head.lower_ in DEATH_WORDS
    return bool(words & GANG_WORDS) or each_other or died_in_it
