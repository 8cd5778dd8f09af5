"""A person's role, once the article states it, holds for every later mention: "Colombian
President Gustavo Petro" in the lead makes "Petro declared ..." and "He said ..." an official
speaking, under the full name. The small tagger may even take the bare surname for a place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import country_of_word
from sitrep.extract.source_lexicon import TITLE_WORDS
from sitrep.extract.sources import span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def titled_people(doc: Doc) -> dict[str, str]:
    """The full name of each person the article gives a title, under the full name and the
    surname ("Gustavo Petro" under "Gustavo Petro" and "Petro")."""
    found: dict[str, str] = {}
    for entity in doc.ents:
        if entity.label_ == "PERSON" and _titled(entity):
            name = entity.text.strip()
            found.setdefault(name, name)
            found.setdefault(name.split()[-1], name)
    return found


def _titled(entity: Span) -> bool:
    return any(t.lower_ in TITLE_WORDS for t in title_words(entity))


def title_words(entity: Span) -> list[Token]:
    """The words that may title a person's name: "President Gustavo Petro", "Defence Minister
    Ivan Velasquez" (compounded with the name) or "the defense minister, Israel Katz" (the name
    set beside a title)."""
    root = entity.root
    titles = [t for t in root.lefts if t.dep_ == "compound" and t.i < entity.start]
    if root.dep_ == "appos":
        titles.append(root.head)
    return titles


def titled_name(source: list[Token], people: dict[str, str]) -> str | None:
    """The full name of the titled person a source of proper names stands for, else None; never
    a country's name ("Israel" stays Israel though Israel Katz is a minister)."""
    if not source or any(t.pos_ != "PROPN" for t in source):
        return None
    text = span_text(source)
    return None if country_of_word(text) is not None else people.get(text)
