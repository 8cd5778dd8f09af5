"""A clause in headline style that the tagger left without a verb: "Floods swamp Accra, officials
say", "Court fines airline, lawyers say".

Headline style drops articles, and the small tagger then reads the verb as a noun compounded
with the words around it ("swamp", "fines"), so the clause before the reporter looks like a bare
noun phrase, which a reporter never reports (`attribution_patterns` takes it for an apposition).
A verb still shows in the shape: a subject, then a word that agrees with it as a verb would (a
plain form after a plural, an "-s" form after a singular), then the object, which is no day or date ("Oil prices Friday"). A bare name or a
noun phrase of two words has no room for a verb, and one with a determiner or a preposition
after its first noun is a phrase, not a headline ("The dam in Accra").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
OBJECT_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})
DAY_AND_MONTH_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december"}
)


def is_headline_clause(words: Sequence[Token]) -> bool:
    """Subject, a noun-tagged word agreeing with it as a verb, then an object: all noun-tagged
    words opening their sentence, none of them a verb to the tagger."""
    if len(words) < 3 or not words[0].is_sent_start or words[0].tag_ not in NOUN_TAGS:
        return False
    if any(t.pos_ not in OBJECT_POS for t in words):
        return False
    return any(
        _agrees_as_verb(words[k - 1], words[k]) and _an_object(words[k + 1])
        for k in range(1, len(words) - 1)
        if words[k].tag_ in {"NN", "NNS"} and words[k - 1].tag_ in NOUN_TAGS
    )


def _an_object(word: Token) -> bool:
    """What may follow a verb as its object; not a day or a date ("Oil prices Friday, traders
    say" is a noun phrase with a time, no verb)."""
    return word.pos_ in OBJECT_POS and not (
        word.ent_type_ in TIME_ENTITIES or word.lower_ in DAY_AND_MONTH_NAMES
    )


def _agrees_as_verb(subject: Token, word: Token) -> bool:
    """ "Storms swamp": a plain form after a plural; "Court fines": an "-s" form after a
    singular."""
    third_person = word.lower_.endswith("s") and not word.lower_.endswith("ss")
    if subject.tag_ in PLURAL_TAGS or _plural_word(subject):
        return not third_person
    return third_person and word.tag_ == "NNS"


def _plural_word(token: Token) -> bool:
    text = token.lower_
    return text.endswith("s") and not text.endswith("ss") and len(text) > 3
