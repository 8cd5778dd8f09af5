"""Hostages named as people, not taken: "21 hostages were killed during the siege".

"Hostages" is an abduction trigger when it names the act ("a hostage crisis", "held them as
hostages"), but the subject of a clause is the captives themselves: what the clause tells of them
(killed, freed, moved) is the news, and their taking, if the article tells it, is told where
someone takes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import split_words, verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

HOSTAGE_NOUNS = frozenset({"hostage", "hostages"})
# "Hostages were taken": the subject of a taking is still the act.
TAKING_VERBS = frozenset().union(
    *(verb_forms(v) for v in ("take", "hold", "seize", "abduct", "kidnap", "capture"))
) | frozenset(split_words("taken held"))


def captives_as_people(token: Token) -> bool:
    """Whether `token` is "hostages" as the subject of something other than their taking."""
    if token.lower_ not in HOSTAGE_NOUNS:
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lower_ not in TAKING_VERBS
