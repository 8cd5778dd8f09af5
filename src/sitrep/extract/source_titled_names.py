"""A person's name read from the title beside it: "Governor Igor Rudenya", "Congo's army
spokesman, General Sylvain Ekenge". The tagger often finds no person in such a name, or only
part of one ("Prime Minister Mohammed bin Abdulrahman Al Thani"), so the title decides."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.source_lexicon import (
    BODY_NOUNS,
    GOVERNMENT_NOUNS,
    MILITARY_BODIES,
    PERSON_TITLES,
    TITLE_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def name_after_title(head: Token) -> list[Token]:
    """ "Governor Igor Rudenya", "army spokesman Sylvain Ekenge": the proper nouns ending at
    the head when a person's title stands right before them; else none."""
    if head.tag_ != "NNP" or head.lower_ in BODY_NOUNS | MILITARY_BODIES | GOVERNMENT_NOUNS:
        return []
    name = [head]  # a long name may nest: "Mohammed bin Abdulrahman Al Thani"
    for token in reversed(head.doc[max(head.i - 6, 0) : head.i]):
        if token.dep_ != "compound" or not any(token.head.i == t.i for t in name):
            return []
        if token.lower_ in PERSON_TITLES:
            return name
        if token.tag_ != "NNP":
            return []
        name.insert(0, token)
    return []


def name_beside_title(head: Token) -> list[Token]:
    """ "Congo's army spokesman, General Sylvain Ekenge": a proper name set beside a person's
    title names that person, whatever entity the tagger gives it; a rank before it is no part
    of the name."""
    if head.lower_ not in PERSON_TITLES:
        return []
    for child in head.children:
        if child.dep_ == "appos" and child.tag_ == "NNP":
            name = [t for t in child.lefts if t.dep_ == "compound" and t.tag_ == "NNP"]
            return [t for t in [*name, child] if t.lower_ not in TITLE_WORDS]
    return []
