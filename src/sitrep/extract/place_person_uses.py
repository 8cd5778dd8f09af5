"""Signs that a one-word name read as a place is a person's: many given names are also towns'
names or old aliases of far cities, and the small tagger's PERSON label is not always believed
(war reports name the struck town in "the attack on X", and the tagger often calls it a person).

1. A possessive pronoun later in the sentence, with no other noun it could stand for between,
   owning a person's kin or circle, refers back to the name: "The attack on Ravi was condemned
   by his family". A town has no family; but "he said", "shocked him" or "his worst defeat"
   after "the attack on Bakhmut" are the speaker's, not the town's. Where the tagger calls the
   name a place, the pronoun must have no other antecedent before it in the article.
2. A name tagged as a person whose every reading is an alias unlike its place's own name, of a
   place in a country that no other name of the article lies in, is a given name that a far city
   bears (an old or foreign name), whereas "Kiev" is a spelling of Kyiv's own name, and a city
   in the country the article is about may well be meant by its old name.
3. Against the PERSON label: a name joined by "and" or a comma to a name tagged as a place is
   one of a list of places ("in Tovik and Brask", however the tagger reads Brask).
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import split_words
from sitrep.extract.place_attack_targets import PERSON_NOUNS
from sitrep.extract.place_candidates import NAME_ALTERNATE
from sitrep.gazetteer.names import normalize

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

    from sitrep.extract.place_candidates import Mention
    from sitrep.gazetteer import Entry

OWNING_PRONOUNS = frozenset({"his", "her"})
# The words that may stand for the same person as an owning pronoun.
SAME_PERSON_PRONOUNS = {
    "his": frozenset({"he", "him", "his", "himself"}),
    "her": frozenset({"she", "her", "hers", "herself"}),
}
# What only a person has: kin, household and the people around them ("his neighbours").
KIN_AND_CIRCLE = frozenset(
    split_words(
        """family families relatives relative son sons daughter daughters wife husband widow widower
    children child brother brothers sister sisters father mother parents cousin cousins nephew
    niece uncle aunt grandson granddaughter fiance fiancee neighbours neighbors friend friends
    colleagues colleague lawyer lawyers supporters followers bodyguards bodyguard"""
    )
)
# Entities that may stand between a name and its pronoun without being what the pronoun means.
PASSING_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
# How alike an alias and its place's own name are when the alias is a spelling of that name
# ("Kiev" and "Kyiv" are 0.75 alike; a given name and the city it once named far less).
SPELLING_LIKENESS = 0.6


def referred_to_by_a_pronoun(token: Token) -> bool:
    """ "The attack on Ravi was condemned by his family": "his" is Ravi's, for no noun stands
    between; in "the attack on Tovsk was condemned by the mayor in his address" it is the mayor's,
    and in "the attack on Tovsk was his worst defeat" it owns no kin: no sign of a person."""
    return _kin_owner(token) is not None


def only_antecedent_of_a_pronoun(token: Token) -> bool:
    """The kin pronoun refers back to the name (`referred_to_by_a_pronoun`) and nothing else
    could be what it stands for: no person named or described earlier in the article or later
    in the sentence ("... killed his son, a farmer said"), no "he" for "his" ("the attack on
    Tovsk, he said, was condemned by his family" may be the speaker's family). Strong enough to overrule a place's tag: a town
    that is struck has no family, and a pronoun with no other antecedent is the name's own."""
    pronoun = _kin_owner(token)
    if pronoun is None:
        return False
    same = SAME_PERSON_PRONOUNS[pronoun.lower_]
    others = [t for t in token.doc[: token.sent.end] if t.i not in (token.i, pronoun.i)]
    return not any(
        t.ent_type_ == "PERSON" or t.lower_ in same or t.lower_ in PERSON_NOUNS for t in others
    )


def _kin_owner(token: Token) -> Token | None:
    """The possessive pronoun later in the sentence, with no noun between, that owns kin."""
    for later in token.doc[token.i + 1 : token.sent.end]:
        if later.lower_ in OWNING_PRONOUNS and later.dep_ == "poss":
            return later if later.head.lower_ in KIN_AND_CIRCLE else None
        if later.pos_ in NOUN_TAGS and later.ent_type_ not in PASSING_LABELS:
            return None
    return None


def listed_with_a_place(token: Token) -> bool:
    """ "in Tovik and Brask", "Brask, Tovik and Lund": a conjunct of a name tagged as a place."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    mates = [first, *(t for t in first.conjuncts if t.i != token.i)]
    return any(t.i != token.i and t.ent_type_ in PLACE_LABELS for t in mates)


def countries_read(text: str, mentions: Iterable[Mention]) -> dict[str, set[str]]:
    """The countries that some reading of a mention lies in, with the names so read."""
    read: dict[str, set[str]] = {}
    for mention in mentions:
        for entry in mention.entries:
            read.setdefault(entry.country or "", set()).add(text[mention.start : mention.end])
    return read


def only_far_aliases(text: str, readings: tuple[Entry, ...], named: dict[str, set[str]]) -> bool:
    """Every reading is a place that bears the name only as an alias unlike its own name, in a
    country that no other name of the article may lie in (`named`: see `countries_read`)."""
    return bool(readings) and all(
        e.kind == NAME_ALTERNATE
        and not _spelling_of(text, e.name)
        and not (named.get(e.country or "", set()) - {text})
        for e in readings
    )


def _spelling_of(alias: str, name: str) -> bool:
    """ "Kiev" of Kyiv, "Kherson" of Kherson Oblast: the alias writes the place's own name."""
    alias_key, name_key = normalize(alias), normalize(name)
    return (
        alias_key in name_key
        or SequenceMatcher(None, alias_key, name_key).ratio() >= SPELLING_LIKENESS
    )
