"""A name given an age, a person's title or a "who" clause names a person: in "said Mykola, 67,
who declined to give his surname" the small tagger may take an unfamiliar first name for a
place, and the source would read as a government. Kept apart from `sources`, which is full."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.source_lexicon import PERSON_TITLES

if TYPE_CHECKING:
    from spacy.tokens import Token

OLDEST_AGE = 120
PERSONAL_RELATIVES = frozenset({"who", "whom"})


def named_as_a_person(name: Token) -> bool:
    """Whether a proper name is set beside an age ("Mykola, 67,") or a person's title ("Ivan
    Petrenko, the human rights commissioner,") or opens a "who" clause."""
    if name.pos_ != "PROPN":
        return False
    return any(_an_age(c) or _personal_relative(c) or _a_title(c) for c in name.children)


def _a_title(child: Token) -> bool:
    return child.dep_ == "appos" and child.lower_ in PERSON_TITLES


def _an_age(child: Token) -> bool:
    return (
        child.dep_ == "appos"
        and child.text.isdigit()
        and 0 < int(child.text) <= OLDEST_AGE
        and child.doc[child.i - 1].text == ","
    )


def _personal_relative(child: Token) -> bool:
    return child.dep_ == "relcl" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in PERSONAL_RELATIVES for c in child.children
    )
