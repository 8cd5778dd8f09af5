"""Whose office speaks for the state: "the governor's office", "Prime Minister Ivan Kovac ...
Kovac's office" (government), "the rector's office" (an organization), "Peter King's office"
(a person's, nothing to say about its kind).

Kept apart from `sources` because an office's kind turns on its holder, and a named holder's
title may stand anywhere in the article ("President Omar Dalil met envoys. Dalil's office
said ..."), while a holder's own surname ("King", "Sultan") is no title at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.source_lexicon import CABINET_WORDS, MONARCH_WORDS, is_public_office
from sitrep.extract.token_positions import entity_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TITLE_DEPS = frozenset({"compound", "amod"})


# Modifiers that pick out an office already mentioned rather than say what it does.
REFERRING_MODIFIERS = frozenset({"same", "other", "own", "former", "new", "old", "that", "this"})


def is_field_office(head: Token) -> bool:
    """ "the regional health office", "the provincial education office": an office described by
    its field or its reach, with no holder, is a body of its own (an organization), not someone's
    office whose kind turns on the holder ("the office said" may be anyone's)."""
    return any(
        c.dep_ in TITLE_DEPS and c.i < head.i and c.lower_ not in REFERRING_MODIFIERS
        for c in head.children
    )


def office_holders(head: Token) -> list[Token]:
    """Who holds an office, named before it or after "of" ("the bishop's office", "the office
    of the rector"); not a pronoun, whose office `source_possessors` gives its holder's kind."""
    named = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    named += [o for c in head.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return named


def public_office(head: Token) -> bool:
    """ "the regional prosecutor's office", "the office of the governor", "Queen Amira's
    office": the office of a public official is a body of the state; not "the office of the
    president of Lindell University" (an organisation's officer)."""
    return any(
        is_public_office({*_title(h), *(w.lower_ for w in _title_children(h))})
        and not _of_a_body(h)
        for h in office_holders(head)
    )


def _title_children(holder: Token) -> list[Token]:
    """ "the Home Secretary", "the Secretary of State": the words that make a title of it."""
    words = [w for w in holder.children if w.dep_ in TITLE_DEPS]
    return words + [o for c in holder.children if c.lower_ == "of" for o in c.children]


def person_holders(head: Token) -> list[Token]:
    """The holders of an office named as people would be ("Dalil's office"): proper names the
    tagger takes for a person or for nothing (it often leaves a bare surname untagged)."""
    return [
        h
        for h in office_holders(head)
        if h.pos_ == "PROPN" and h.ent_type_ in {"", "PERSON"} and h.text[:1].isupper()
    ]


def titled_holder(holder: Token) -> bool:
    """Whether the article titles the holder, by name, with a public office anywhere:
    "President Omar Dalil ... Dalil's office", "the interior minister, Omar Dalil ... Dalil's
    office"."""
    if holder.pos_ != "PROPN":
        return False
    entity = _entity(holder)
    if entity is not None and entity.label_ == "PERSON":
        name = _bare(entity)
    else:
        name = " ".join(t.text for t in [*_name_parts(holder), holder])
    return titled_in_office(holder.doc, name, surname=True)


def _name_parts(holder: Token) -> list[Token]:
    return [t for t in holder.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]


def titled_in_office(doc: Doc, name: str, *, surname: bool = False) -> bool:
    """Whether the article names `name` (or, with `surname`, a full name ending in it) under a
    title of public office: "Prime Minister Omar Dalil", "the interior minister, Omar Dalil"
    (not "Opposition leader Omar Dalil")."""
    return any(
        entity.label_ == "PERSON"
        and (_bare(entity) == name or (surname and _bare(entity).endswith(f" {name}")))
        and is_public_office({t.lower_ for t in _title_words(entity)})
        for entity in doc.ents
    )


def _bare(entity: Span) -> str:
    """The entity's words without a leading "the"."""
    return " ".join(t.text for t in entity if t.dep_ != "det")


def _title(holder: Token) -> set[str]:
    """The holder's own word as a title: a monarch's word only as a common noun ("the emir")
    or a title alone ("the King"), never as a name's last word ("Peter King")."""
    surname = holder.ent_type_ == "PERSON" and holder.ent_iob_ == "I"
    if holder.lower_ in MONARCH_WORDS and (surname or _name_parts(holder)):
        return set()
    return {holder.lower_}


def _of_a_body(holder: Token) -> bool:
    """ "the president of Lindell University": an officer of a named organisation (not "the
    Secretary of State", which the tagger may take for one)."""
    return any(
        o.ent_type_ == "ORG" and o.lower_ not in CABINET_WORDS
        for c in holder.children
        if c.lower_ == "of"
        for o in c.children
    )


def _entity(token: Token) -> Span | None:
    return entity_of(token)


def _title_words(entity: Span) -> list[Token]:
    """ "President Omar Dalil" (a title compounded with the name), "the defence minister,
    Omar Dalil" (a name beside its title)."""
    root = entity.root
    titles = [t for t in root.lefts if t.dep_ in TITLE_DEPS and t.i < entity.start]
    titles += [t for title in list(titles) for t in title.lefts if t.dep_ in TITLE_DEPS]
    if root.dep_ == "appos":
        titles += [root.head, *(t for t in root.head.lefts if t.dep_ in TITLE_DEPS)]
    return titles
