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

Soldiers captured in war ("Moscow claimed to have captured 230 Ukrainian troops", "had taken 48
Russian servicemen prisoner") are arrested whichever side took them: the schema has no type for
prisoners of war, and CAMEO files the capture of combatants under 173 "Arrest, detain" and PLOVER
under COERCE (detain), not under the hostage-taking of ABDUCT/ASSAULT. Their nationality names
the side they were taken from, never the taker (`captives_of`, `event_captors`). Only armed men
the report leaves unnamed ("gunmen seized two soldiers") still abduct them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.actor_unnamed import unnamed_side

if TYPE_CHECKING:
    from spacy.tokens import Token

# Combatants: taken by a state or an army they are prisoners of war.
COMBATANTS = frozenset(
    lex.split_words(
        "soldier soldiers troops servicemen serviceman servicemembers personnel marines "
        "paratroopers conscripts reservists mercenaries fighters combatants officers pows "
        "prisoners captives"
    )
)
# Persons a report names by trade or state that `lex.PERSON_OBJECTS` leaves out.
MORE_PERSONS = (
    frozenset(
        lex.split_words(
            "tourist tourists national nationals foreigner foreigners driver drivers engineer "
            "engineers nurse nurses doctor doctors priest priests nun nuns missionary missionaries "
            "pilgrim pilgrims villager villagers farmer farmers herder herders trader traders "
            "traveller travellers traveler travelers contractor contractors teacher teachers "
            "aid-worker employee employees staff volunteers volunteer citizen citizens"
        )
    )
    | COMBATANTS
)
# Endings of nouns for people by their trade or origin ("geologist", "trader", "Tunisian"), read
# only after a nationality: "Russian assets" and "a Nigerian oil facility" are goods and ground.
_PERSON_ENDINGS = tuple(
    lex.split_words("ist ists er ers or ors ian ians ary aries ant ants ent ents man men")
)
HOSTAGES = frozenset({"hostage", "hostages"})
# Verbs by which people are taken, as `event_triggers` reads them for people seized.
CAPTURE_VERBS = frozenset().union(*(lex.verb_forms(v) for v in ("seize", "capture", "take")))
# What people are taken as: "taken prisoner", "taken captive", "taken hostage".
_COMPLEMENTS = frozenset(lex.split_words("prisoner captive hostage"))
# "Some of the returned soldiers": a share of the people named after "of".
_SHARES = frozenset(lex.split_words("some many most all several dozens hundreds scores none few"))
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
    """Whether `noun` names people: a listed person noun, a full name, a people ("Tunisians") or
    a noun after a nationality ("a Spanish tourist")."""
    low = noun.lower_
    if low in lex.PERSON_OBJECTS or low in MORE_PERSONS or _full_name(noun):
        return True
    if low in _COMPLEMENTS:  # "took 230 servicemen prisoner": the people are its compound
        return any(c.dep_ == "compound" and is_person(c) for c in noun.children)
    if noun.ent_type_ == "NORP" and noun.tag_ in ("NNS", "NNPS"):
        return True  # "Ukrainians", "Tunisians": a people in the plural
    return low.endswith(_PERSON_ENDINGS) and _of_a_nation(noun)


def _full_name(noun: Token) -> bool:
    """A PERSON entity of two words or more ("seized Omar Hassan"); a lone name may be a town
    the tagger took for a person ("the rebels captured Goma")."""
    if noun.ent_type_ != "PERSON":
        return False
    return any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in noun.children)


def people_seized(verb: Token, taken: list[Token]) -> str | None:
    """ "abduction" or "arrest" when `taken` (the verb's objects) are people, else None."""
    persons = [t for t in map(_named_people, taken) if is_person(t)]
    if not persons:
        return None
    if any(t.lower_ in HOSTAGES for t in persons) or _taken_by_armed_men(verb):
        return "abduction"
    if any(_combatants(t) for t in persons):
        return "arrest"  # prisoners of war, whoever took them
    civilians = any(t.lower_ in _CIVILIANS or _of_a_nation(t) for t in persons)
    if civilians and not _taken_by_state(verb):
        return "abduction"
    return "arrest"


def _named_people(noun: Token) -> Token:
    """The people a share names ("some of the soldiers" -> soldiers), else `noun` itself."""
    if noun.lower_ not in _SHARES and noun.tag_ != "CD":
        return noun
    return _of_object(noun) or noun


def _combatants(noun: Token) -> bool:
    """ "soldiers", "servicemen prisoner": people taken as fighters of a side."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return any(w.lower_ in COMBATANTS for w in words)


def captures_combatants(verb: Token) -> bool:
    """ "300 Russian soldiers had been captured", "captured 48 troops": soldiers taken."""
    return verb.lower_ in CAPTURE_VERBS and any(_combatants(t) for t in captives_of(verb))


def captives_of(verb: Token) -> list[Token]:
    """The people `verb` tells were taken, however the parser placed them: its object or passive
    subject ("some of the soldiers" -> soldiers), the noun it modifies ("soldiers captured in the
    raid"), the subject of a "taken prisoner" read as active ("Ukrainians/nsubj taken/VBD
    prisoner"), or the group a count names ("the number of soldiers/nsubj taken prisoner")."""
    if verb.lower_ not in CAPTURE_VERBS:
        return []
    themes = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    themes = [t for t in themes if not _bare_complement(t)]
    if verb.dep_ == "acl":
        themes.append(verb.head)
    if _bare_complement_of(verb):
        themes += [c for c in verb.children if c.dep_ == "nsubj"]
    return [p for p in map(_named_people, map(_counted_group, themes)) if is_person(p)]


def _bare_complement(noun: Token) -> bool:
    """ "prisoner" in "taken prisoner": what people were taken as, no person of its own."""
    return noun.lower_ in _COMPLEMENTS and not any(
        c.dep_ in ("det", "nummod", "compound", "amod", "poss") for c in noun.children
    )


def _bare_complement_of(verb: Token) -> bool:
    """ "taken prisoner": a participle (never the past "took") with its complement."""
    complement = any(c.dep_ == "dobj" and _bare_complement(c) for c in verb.children)
    return verb.lower_ == "taken" and complement


def _counted_group(noun: Token) -> Token:
    """ "the number of soldiers" -> soldiers: a count stands for the people it counts."""
    if noun.lower_ not in ("number", "count", "total", "tally"):
        return noun
    return _of_object(noun) or noun


def _of_object(noun: Token) -> Token | None:
    """The noun after "of" that `noun` governs."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    people = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    return people[0] if people else None


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
