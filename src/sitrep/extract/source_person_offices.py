"""A person's office speaks for that person: "Kovac's office said", "her office said" report
what Kovac says, so the source is a named person (an official where the article titles them,
"Opposition leader Omar Dalil ... Dalil's office"), not an anonymous one. The small tagger often
takes a bare surname before "'s" for an organisation's name; a surname the article gives a person
("Omar Dalil ... Dalil's office") is still that person's.

Kept apart from `sources` because the holder's title may stand anywhere in the article; an
office whose holder the article titles with a public office is the government's and is settled
before this (`source_office_holders`, `source_possessors`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.source_office_holders import office_holders, person_holders
from sitrep.extract.sources import base_form, source_head

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.model import SourceKind

PERSON_POSSESSIVES = frozenset({"his", "her"})


def person_office_kind(
    source: list[Token], kind: SourceKind | None, owner: str | None, people: dict[str, str]
) -> SourceKind | None:
    """ "named_person" for the office of a named person ("Peter King's office", "her office"
    once `owner` names her), "named_official" when the article titles that person (`people`,
    from `source_roles.titled_people`); None for any other source or one already classified."""
    if kind not in {"anonymous_person", "organization"} or not source:
        return None
    head = source_head(source)
    if base_form(head) != "office":
        return None
    holder = _holder_name(source, head, owner, kind)
    if holder is None:
        return None
    return "named_official" if holder in people else "named_person"


def _holder_name(
    source: list[Token], head: Token, owner: str | None, kind: str | None
) -> str | None:
    """The name of the person who holds the office: named before it ("Kovac's office") or,
    for a personal possessive ("her office"), the owner the article names; a holder the tagger
    took for an organisation only when the article names a person so."""
    if source[0].lower_ in PERSON_POSSESSIVES and source[0].head.i == head.i:
        return owner.rsplit("'s ", 1)[0] if owner and kind == "anonymous_person" else None
    if kind == "anonymous_person":
        holders = person_holders(head)
        return holders[0].text if holders else None
    named = [h for h in office_holders(head) if h.pos_ == "PROPN" and _a_persons_surname(h)]
    return named[0].text if named else None


def _a_persons_surname(holder: Token) -> bool:
    """ "Omar Dalil met envoys. Dalil's office said": the article names a person ending in it."""
    return any(
        entity.label_ == "PERSON" and len(entity) > 1 and entity[-1].text == holder.text
        for entity in holder.doc.ents
    )
