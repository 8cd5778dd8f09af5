"""A continent's adjective that opens a body's name stands for the body when the body acts: "the
African Union condemned the coup" or "the West African bloc imposed sanctions" says nothing of
where anything happened, as "the EU warned" does not (see `metonymy`). The mention stays (GeoWebNews
counts a place inside a name), with role "actor" and the body's name. A country's adjective is
left to the metonymy rules ("the Russian Defence Ministry"), and "African migrants", "in East
Africa" and names of plans or prizes ("the Asian Poetry Prize") stay locations.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.extract.token_positions import entity_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.context import DocContext
    from sitrep.extract.place_candidates import Mention
    from sitrep.model import Place

# Levels of the lands a whole group of states shares: a continent or a wide region.
SHARED_LEVELS = frozenset({"CONT", "region"})
# Nouns that make a shared-land adjective before them an organisation's name ("the West
# African bloc", "the Asian alliance").
ORGANISATION_HEADS = frozenset({
    "union", "community", "bank", "bloc", "commission", "council", "parliament", "court",
    "league", "alliance", "organisation", "organization", "agency", "forum", "assembly",
    "federation", "confederation", "grouping", "body", "fund", "secretariat",
})  # fmt: skip


def as_acting_bodies(ctx: DocContext, mentions: list[Mention], places: list[Place]) -> list[Place]:
    """The places, with a continent's adjective that opens an acting body's name made an actor
    standing for the body (`places` are the mentions' places, in order)."""
    return [
        _as_body(ctx, mention, place) if place.role == "location" else place
        for mention, place in zip(mentions, places, strict=True)
    ]


def _as_body(ctx: DocContext, mention: Mention, place: Place) -> Place:
    if not mention.demonym or not mention.entries:
        return place
    if any(e.level not in SHARED_LEVELS for e in mention.entries):
        return place
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return place
    head = _name_head(span[-1])
    if head.lower_ not in ORGANISATION_HEADS or not _acts(head):
        return place
    return replace(place, role="actor", refers_to=_body_name(span[0], head))


def _acts(head: Token) -> bool:
    """The body is a clause's subject or agent ("the bloc imposed", "imposed by the bloc"), or
    joined to one ("the Andean Union and the bloc condemned")."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass"):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "by"


def _body_name(first: Token, head: Token) -> str:
    """The ORG entity's words without its article, else the adjective's words to the head:
    "East African Community", "West African bloc"."""
    doc = first.doc
    entity = entity_of(first)
    if first.ent_type_ == "ORG" and entity is not None:
        start, end = entity.start, entity.end
    else:
        start, end = first.i, head.i + 1
    while start < end - 1 and doc[start].lower_ == "the":
        start += 1
    while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ != "the":
        start -= 1  # "East" of "the East African Community", left out of the entity
    return doc[start:end].text


def _name_head(token: Token) -> Token:
    """The head word of the ORG entity the token lies in ("Community" of "the Economic Community
    of West African States"), else the noun it modifies."""
    entity = entity_of(token)
    if token.ent_type_ == "ORG" and entity is not None:
        return entity.root
    return token.head
