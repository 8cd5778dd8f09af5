"""'The army' in a report about one country's war is that country's armed forces.

Wire copy about a civil war or an insurgency calls the state's forces "the army", "the military",
"the junta" or "soldiers" without naming the country: "the force said it had only responded to
attacks by the army" in a report on Sudan. When the report's places lie in one country and no other
country is named as a party, such a bare force is that country's; with two countries in play (an
Israel-Iran exchange, Russia and Ukraine) "the army" stays unresolved rather than guessed. "The
police", "security forces" and "government forces" are the home state's, so they are the report's
country even when a neighbour is named as a party.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.actors import country_name, country_of_word
from sitrep.extract.event_arguments import _subject_token
from sitrep.extract.event_phrases import coordinated_party

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.model import Event, Place

# Bare nouns for a state's armed forces ("the army", "soldiers"); a named force ("Russian troops",
# "the Sudanese army") is read by `normalize_actor` instead.
STATE_FORCE_NOUNS = frozenset(["army", "military", "soldiers", "troops", "junta"])
# A state's forces at home: police, and "security forces" (the word for police and army acting
# together inside their own country).
POLICE_NOUNS = frozenset(["police", "policemen", "gendarmes", "gendarmerie"])
# "government forces", "government troops": the home state's forces, named by whom they serve.
GOVERNMENT_FORCE_NOUNS = STATE_FORCE_NOUNS | {"forces"}
# Share of the report's place mentions that must lie in one country for it to be the report's.
HOME_SHARE = 2 / 3
# Entities that can name a country: "in Chad", "Chadian".
PLACE_OR_PEOPLE = frozenset({"GPE", "NORP"})
# Verbs whose subject did the harm an "in an ambush" noun frames: "troops killed three gunmen in a
# shootout". "The army lost four soldiers in an ambush" names the side that suffered it instead.
HARMING_FORMS = frozenset().union(*(lex.verb_forms(b) for b in ("kill", "wound", "injure", "hurt")))
# Words that make an object the force's own men: "troops shot their own comrades".
OWN_MEN_MARKERS = frozenset({"own", "its", "their"})
# A force's own words: its modifiers and where it is or comes from.
PLACING_DEPENDENCIES = frozenset({"amod", "compound", "nmod", "poss"})
PLACING_PREPOSITIONS = frozenset({"in", "inside", "of", "from", "at"})
MIN_MENTIONS = 2  # one place named once says where, not what the report is about


@dataclasses.dataclass(frozen=True)
class Home:
    """Whose bare forces a report's "the army" and "the police" are."""

    army: str | None  # only with no other country named as a party
    police: str | None  # police and "government forces": a neighbour named does not move them


def home_country(places: Sequence[Place]) -> Home:
    """The one country a report is about: most of its places lie there. Its army is "the army"
    only when no other country is named as a party ("Russian", "Kyiv said"); its police are "the
    police" even then, for police do not fight abroad ("Islamabad accuses Kabul" in a report on
    an attack in Pakistan)."""
    countries = Counter(p.country for p in places if p.country)
    if not countries:
        return Home(None, None)
    code, count = countries.most_common(1)[0]
    if count < max(MIN_MENTIONS, HOME_SHARE * sum(countries.values())):
        return Home(None, None)
    police = country_name(code)
    if any(p.country and p.country != code and (p.demonym or p.role == "actor") for p in places):
        return Home(None, police)
    return Home(police, police)


def _bare_force(token: Token | None, home: Home) -> str | None:
    """The home country of "the army", "soldiers", "police", "security forces" or "government
    forces": a state force noun with no name, demonym or owner of its own but its government,
    and not placed in another country ("government forces in Chad" in a report on Sudan)."""
    if token is None:
        return None
    country = _home_of(token, home)
    if country is None or _names_another_country(token, country):
        return None
    return country


def _home_of(token: Token, home: Home) -> str | None:
    owners = [c for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    if token.lower_ in STATE_FORCE_NOUNS and not owners:
        return home.army
    if token.lower_ in POLICE_NOUNS and not owners:
        return home.police
    if token.lower_ == "forces" and [c.lower_ for c in owners] == ["security"]:
        return home.police
    if token.lower_ in GOVERNMENT_FORCE_NOUNS and [c.lower_ for c in owners] == ["government"]:
        return home.police  # "government forces" are the home state's, whoever helps them
    return None


def _names_another_country(token: Token, country: str) -> bool:
    """Whether the force's own words ("Chadian police", "government forces in Chad") name a
    country, demonym or capital other than `country`; who backs them ("backed by Russian air
    power") does not make them another country's."""
    for child in token.children:
        placing = child.dep_ == "prep" and child.lower_ in PLACING_PREPOSITIONS
        if placing or child.dep_ in PLACING_DEPENDENCIES:
            words = token.doc[child.left_edge.i : child.right_edge.i + 1]
            if any(
                e.label_ in PLACE_OR_PEOPLE and country_of_word(e.text) not in (None, country)
                for e in words.ents
            ):
                return True
    return False


def _force_of(trigger: Token, anchor: Token) -> Token | None:
    """The clause's subject, or for an attack named by a noun, who it is "by" ("attacks by the
    army") or the force that names it ("a junta airstrike")."""
    if trigger.tag_.startswith("NN"):
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
            if child.dep_ == "compound" and child.lower_ in STATE_FORCE_NOUNS:
                return child  # not "the soldiers' dispatch": the soldiers sent, not who sent them
    if anchor.dep_ in ("acl", "amod"):
        return None  # "soldiers killed in the raid": the soldiers are the dead, not the side
    return _subject_token(anchor) or _killers_in(trigger)


def _killers_in(noun: Token) -> Token | None:
    """ "troops killed three gunmen in a shootout": who did the killing an event noun frames. Only
    a verb of harm done to others makes its subject the doer: "the army lost four soldiers in an
    ambush" is the army's loss, and the ambush was another side's."""
    if not (noun.tag_.startswith("NN") and noun.dep_ == "pobj" and noun.head.lower_ == "in"):
        return None
    holder = noun.head.head
    verb = holder.head if holder.dep_ == "dobj" else holder
    if not (verb.tag_.startswith("VB") and verb.lower_ in HARMING_FORMS):
        return None
    victims = [c for c in verb.children if c.dep_ == "dobj"]
    if not victims or any(c.lower_ in OWN_MEN_MARKERS for c in victims[0].children):
        return None
    return _subject_token(verb)


def with_home_forces(event: Event, trigger: Token, anchor: Token, home: Home) -> Event:
    """`event` with its bare state force ("the army shelled ...") read as the report's country;
    that country is then no target of its own army's act; a force acting with a named one is
    read by `_allied_force`."""
    if event.actor is not None:
        return event
    force = _force_of(trigger, anchor)
    country = _bare_force(force, home) or (_allied_force(force, home) if force else None)
    if country is None and _bare_police(force) and event.place is not None:
        country = country_name(event.place.country)  # police act at home: "arrested ... in Lima"
    if country is None:
        return event
    return dataclasses.replace(
        event, actor=country, target=None if event.target == country else event.target
    )


def _bare_police(force: Token | None) -> bool:
    """ "Police arrested 12 people": police with no name, demonym or owner of their own."""
    if force is None or force.lower_ not in POLICE_NOUNS:
        return False
    return not any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in force.children)


def _allied_force(force: Token, home: Home) -> str | None:
    """The side of a force that acted with a named one ("soldiers and Rwandan troops expelled the
    rebels"). Bare soldiers there are the report's country, even with a foreign ally in the report:
    the ally makes no rival claim to "the army". When the report's country cannot be told, or the
    force is no bare state force ("police officers and Kenyan soldiers"), the member the words name
    is the side."""
    if not force.conjuncts:
        return None
    bare = force.lower_ in STATE_FORCE_NOUNS and not any(
        c.dep_ in PLACING_DEPENDENCIES for c in force.children
    )
    if bare and home.police is not None and not _names_another_country(force, home.police):
        return home.police
    return coordinated_party(force)
