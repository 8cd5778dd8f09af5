"""When the country an attack fell in is its target: "A missile struck Port Aven" hit Ruritania.

An attack with no named target is taken to be aimed at the country of its place: right for a
war's strikes ("Missiles hit Lindmark", "Molvania attacks Port Aven with drones"), which states
fire at states, but wrong for gunmen at a polling station in Kano or a bomber in a market: they
attack people, not Nigeria. So the country is the target when the attacker is a named side; when
the attacker is unnamed or unnamed armed men ("gunmen", "bandits"), only when the arms are a
state's (missiles, drones, warplanes, shelling) or the state's own forces were hit ("the army lost
three soldiers in an ambush", "gunmen attacked a police checkpoint"). A guard that keeps order at home
("the National Guard opened fire on protesters in Caracas") is the country's own force, so the
country is no target of it, and the same guard hit ("rebels attacked the National Guard in
Tbilisi") is that country's forces, the way "Georgian troops" are. A group the ledger names that
is no state ("Al-Shabaab fighters attacked a town") is read as unnamed armed men are: the country
is its target when it hits the state's forces or strikes with a state's arms (rockets, drones),
not when it attacks a town, a base or a market. The forces hit are read in the act's own words, its object and
what it did to them, not its whole sentence: ", the army said" names a source, not a victim.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.actor_state_guards import GUARD_WORDS
from sitrep.extract.actor_unnamed import is_unnamed_side
from sitrep.extract.actors import is_non_state
from sitrep.extract.event_types import ARMED_TARGET

if TYPE_CHECKING:
    from spacy.tokens import Token

# Arms fielded by states at war (`event_lexicon.WEAPONS` kinds), whose strikes hit a country.
STATE_ARMS = frozenset({"missile", "drone", "aircraft", "artillery", "rocket", "mortar", "tank"})
# Titles of guards that serve at home, unlike a revolutionary guard that strikes abroad.
HOME_GUARD_TITLES = frozenset({"national", "republican", "presidential", "royal"})


# Parts of a clause that tell who acted or who reports it, not whom the act hit.
NOT_STRUCK_DEPS = frozenset({"nsubj", "parataxis", "punct"})


def country_is_target(actor: str | None, weapons: Sequence[str], struck: str) -> bool:
    """Whether an attack by `actor` with `weapons`, whose object and outcome read `struck`
    (`struck_words`), that fell in a country targets that country."""
    named_group = actor is not None and not is_unnamed_side(actor) and is_non_state(actor)
    if actor is not None and not is_unnamed_side(actor) and not named_group:
        return not home_guard(actor)
    hits_forces = ARMED_TARGET.search(struck) is not None
    fires_state_arms = actor is None or named_group
    return hits_forces or (fires_state_arms and bool(STATE_ARMS.intersection(weapons)))


def home_guard_as_state(side: str, country: str | None) -> str:
    """The side a target names, with a home guard hit read as its country's forces: "attacked
    the National Guard in Tbilisi" hit Georgia; any other side, or an unknown country, stays."""
    return country if country is not None and home_guard(side) else side


def home_guard(actor: str) -> bool:
    """Whether `actor` is a guard named by a home title alone ("National Guard")."""
    words = actor.lower().split()
    return len(words) == 2 and words[0] in HOME_GUARD_TITLES and words[1] in GUARD_WORDS


def struck_words(triggers: Sequence[Token]) -> str:
    """The words of an act's clause besides its doer and its reporter: "attacked a police
    checkpoint, killing two soldiers"; for an act told as a noun under a verb, that verb's clause,
    whose subject is the one who suffered it ("soldiers suffered casualties in an ambush")."""
    words: list[str] = []
    for trigger in triggers:
        clause = _clause_of(trigger)
        left_out = NOT_STRUCK_DEPS if clause.i == trigger.i else NOT_STRUCK_DEPS - {"nsubj"}
        for child in clause.children:
            if child.dep_ not in left_out:
                words.extend(t.text for t in child.subtree)
    return " ".join(words)


def _clause_of(trigger: Token) -> Token:
    """The verb whose clause tells the act: the trigger, or the verb an act noun hangs under
    ("lost three soldiers in an ambush")."""
    head = trigger.head
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and head.head.pos_ == "VERB":
        return head.head
    return trigger
