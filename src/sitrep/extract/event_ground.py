"""Whose ground a territorial gain was won on.

"Liberated" and "recaptured" are the winner's words. When a state says it liberated villages that
lie in another state, a reader records a seizure of that other state's territory, as he would from a
neutral wire; a retake is only a retake on the actor's own ground. "Drove the rebels out of the
town" (or "expelled the militants from the town") is a retake by the state's side, but a seizure
when rebels drove the army out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from sitrep.extract.actors import country_name, country_of_word, is_non_state
from sitrep.extract.event_lexicon import MILITARY, TERRITORY
from sitrep.extract.event_sides import ARMED_GROUP_WORDS
from sitrep.model import EventPlace

if TYPE_CHECKING:
    from spacy.tokens import Token

# Ground smaller than a country, which armed men hold and lose.
ARMED_MEN = ARMED_GROUP_WORDS | MILITARY
TOWN_WORDS = frozenset({"town", "city", "village", "villages", "area", "district", "base", "camp"})

# Verbs that say who was driven off the ground, not whose ground it was.
DRIVING_OUT = frozenset({"drive out", "push out", "expel", "clear"})
LIBERATING = frozenset({"liberate", "liberation", "free"})  # a winner's word, not a fact of ground
# Phrasal verbs that gain ground only when the ground is named after their particle.
GROUND_PHRASALS = frozenset({"drive out", "push out", "push into", "advance into"})
# Verbs of control that gain ground only when what is controlled is ground: "restored control
# over the town", not "restored control of traffic" or "over its finances". ("Took control of
# the government" is a seizure of power, kept.)
CONTROL_PHRASALS = frozenset({"restore control", "establish control", "gain control"})


def names_ground(verb: Token) -> bool:
    """ "drove the rebels out of the town of Masisi", "pushed deep into Aleppo": the ground left
    or entered is named ("pushed into debt", "drove tourists out of the hotels" gain none)."""
    return any(
        g.lower_ in TERRITORY or g.ent_type_ in ("GPE", "LOC", "FAC") or g.pos_ == "PROPN"
        for link in _ground_links(verb)
        for g in link.subtree
        if g is not link
    )


def _ground_links(verb: Token) -> Iterator[Token]:
    """The words the ground hangs from: "out of", or "into" for a side that moves itself
    ("pushed protesters into the square" moves others and gains no ground)."""
    moves_others = any(c.dep_ == "dobj" for c in verb.children)
    for particle in verb.children:
        if particle.lower_ == "into" and not moves_others:
            yield particle
        elif particle.lower_ == "out":
            yield from (c for c in particle.children if c.lower_ == "of")


def controls_ground(verb: Token) -> bool:
    """ "restored full control over the town of Kamanyola", "of Bakhmut": the noun "control" holds
    ground after "of" or "over" (a territory word or a place's name), or names none at all
    ("restored control on Monday" after a battle). The parser hangs "over" on the verb too."""
    holders = [verb, *(c for c in verb.children if c.lower_ == "control")]
    held = [
        o
        for holder in holders
        for p in holder.children
        if p.lower_ in ("of", "over")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if not held:
        return True
    return any(
        o.lower_ in TERRITORY or o.ent_type_ in ("GPE", "LOC", "FAC") or o.pos_ == "PROPN"
        for o in held
    )


def expelled_from_ground(verb: Token) -> bool:
    """ "Troops expelled the terrorists from Macomia": armed men expelled from a named place or
    a town lost ground; "expelled the ambassador from the country" stays a diplomatic act."""
    if not {c.lower_ for c in verb.children if c.dep_ == "dobj"} & ARMED_MEN:
        return False
    grounds = [g for c in verb.children if c.lower_ == "from" for g in c.subtree]
    return any(g.pos_ == "PROPN" or g.lower_ in TOWN_WORDS for g in grounds)


def cleared_of_armed_men(verb: Token) -> bool:
    """ "Troops cleared the village of Russian forces": ground (a town word or a place's name)
    cleared of armed men, told the other way round from "cleared the troops from the town"
    ("cleared the road of debris" wins nothing)."""
    grounds = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(g.pos_ == "PROPN" or g.lower_ in TOWN_WORDS | TERRITORY for g in grounds):
        return False
    ofs = [p for h in (verb, *grounds) for p in h.children if p.lower_ == "of"]
    return any(o.dep_ == "pobj" and o.lower_ in ARMED_MEN for p in ofs for o in p.children)


def foreign_owner(actor: str | None, place: EventPlace | None) -> str | None:
    """The country `place` lies in when `actor` is another country, else None."""
    if actor is None or place is None or country_of_word(actor) != actor:
        return None
    owner = country_name(place.country)
    return owner if owner is not None and owner != actor else None


def driven_out_by_rebels(verb: Token, base: str, actor: str | None) -> bool:
    """ "The rebels drove the army out of the town": a non-state side's gain is a seizure, unless
    those it drove out were rebels ("militias drove the M23 rebels out of Masisi" won it back).
    A non-state side's "liberated" is its word for a seizure ("the group 'liberated' the town")."""
    if actor is None or not is_non_state(actor):
        return False
    if base in LIBERATING:
        return True
    if base not in DRIVING_OUT:
        return False
    driven = {t.lower_ for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    return not driven & ARMED_GROUP_WORDS
