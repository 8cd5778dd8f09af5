"""People seized or captured: an abduction when armed men take them, an arrest when a state does.

"Police seized two suspects" is an arrest; "Gunmen seized a Spanish tourist" is a kidnapping, and
neither moves a front line, so `sitrep.extract.event_triggers` must not read either as ground
taken. The word list of persons (`event_lexicon.PERSON_OBJECTS`) cannot hold every trade and
nationality a report names, so a person is also known by spaCy's signals: a PERSON entity of two
words or more, or a nationality (NORP) before a noun of a person's ending ("a Spanish
geologist", "two French engineers"; not "Russian assets").

Who took them decides the kind: hostages, unnamed armed men or kidnappers, and foreign civilians
taken by anyone the report does not call police or troops, are abducted (ACLED "Abduction/forced
disappearance"); people taken by anyone else are arrested.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.actor_unnamed import unnamed_side

if TYPE_CHECKING:
    from spacy.tokens import Token

# Persons a report names by trade or state that `lex.PERSON_OBJECTS` leaves out.
MORE_PERSONS = frozenset(
    lex.split_words(
        "tourist tourists national nationals foreigner foreigners driver drivers engineer "
        "engineers nurse nurses doctor doctors priest priests nun nuns missionary missionaries "
        "pilgrim pilgrims villager villagers farmer farmers herder herders trader traders "
        "traveller travellers traveler travelers contractor contractors teacher teachers "
        "aid-worker employee employees staff volunteers volunteer citizen citizens"
    )
)
# Endings of nouns for people by their trade or origin ("geologist", "trader", "Tunisian"), read
# only after a nationality: "Russian assets" and "a Nigerian oil facility" are goods and ground.
_PERSON_ENDINGS = tuple(
    lex.split_words("ist ists er ers or ors ian ians ary aries ant ants ent ents man men")
)
HOSTAGES = frozenset({"hostage", "hostages"})
# Civilians whose seizure by an unnamed or non-state hand is told as a kidnapping.
_CIVILIANS = frozenset(
    lex.split_words(
        "tourist tourists national nationals foreigner foreigners missionary missionaries "
        "pilgrim pilgrims priest priests nun nuns aid-worker traveller travellers traveler "
        "travelers"
    )
)
# Takers whose seizure of people is an arrest.
_STATE_TAKERS = frozenset(
    lex.split_words(
        "police policemen officers authorities troops soldiers army forces security agents "
        "guards military government gendarmes gendarmerie officials"
    )
)


def is_person(noun: Token) -> bool:
    """Whether `noun` names people: a listed person noun, a full name, or a noun after a
    nationality ("a Spanish tourist")."""
    low = noun.lower_
    if low in lex.PERSON_OBJECTS or low in MORE_PERSONS or _full_name(noun):
        return True
    return low.endswith(_PERSON_ENDINGS) and _of_a_nation(noun)


def _full_name(noun: Token) -> bool:
    """A PERSON entity of two words or more ("seized Omar Hassan"); a lone name may be a town
    the tagger took for a person ("the rebels captured Goma")."""
    if noun.ent_type_ != "PERSON":
        return False
    return any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in noun.children)


def people_seized(verb: Token, taken: list[Token]) -> str | None:
    """ "abduction" or "arrest" when `taken` (the verb's objects) are people, else None."""
    persons = [t for t in taken if is_person(t)]
    if not persons:
        return None
    if any(t.lower_ in HOSTAGES for t in persons) or _taken_by_armed_men(verb):
        return "abduction"
    civilians = any(t.lower_ in _CIVILIANS or _of_a_nation(t) for t in persons)
    if civilians and not _taken_by_state(verb):
        return "abduction"
    return "arrest"


def _takers(verb: Token) -> list[Token]:
    return [
        c
        for c in verb.children
        if c.dep_ in ("nsubj", "agent") or (c.dep_ == "prep" and c.lower_ == "by")
    ]


def _taken_by_armed_men(verb: Token) -> bool:
    return any(unnamed_side(t) is not None for t in _takers(verb))


def _taken_by_state(verb: Token) -> bool:
    words = {w.lower_ for t in _takers(verb) for w in t.subtree}
    return bool(words & _STATE_TAKERS)


def _of_a_nation(noun: Token) -> bool:
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in noun.children)
