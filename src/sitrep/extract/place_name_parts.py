"""A well-known town's name that opens a firm's or a person's name ("Norwich Quantiva").

Such a name says where the firm took its name from, not where the story happens: a story of
American lawsuits against "Norwich Quantiva" does not make its Norwich the one in Connecticut.
A small town's name opens the names of its own shops and clubs, which lie there: those are
read in context like any other mention.
GeoWebNews still counts the town as a toponym (embedded in a name), so the mention is kept and
marked `in_name`; resolution then reads it by its own prominence, apart from the article's other
places, and it lends them no context either.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import FEATURE_CUES, Mention, important
from sitrep.extract.place_names import lookup
from sitrep.extract.place_sites import LOCAL_BODY_HEADS, SITE_HEADS
from sitrep.gazetteer.build import NAME_MAIN

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.context import DocContext
    from sitrep.gazetteer import Gazetteer

# What the tagger may split such a name into besides the town: "Norwich" + "Quantiva".
NAME_LABELS = frozenset({"PERSON", "ORG", "LOC", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"})
# Names the town may open whole: "Norwich Quantiva" read as one organisation or facility.
FIRM_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART"})
# Levels no firm's name hides: a country or a state named first is the place ("Texas Quantiva"
# reads as a firm of Texas, and the metonymy rules decide the rest).
STATE_LEVELS = frozenset({"PCLI", "CONT", "region", "SEA", "OCN", "GULF", "ADM1"})


def with_name_parts_marked(
    ctx: DocContext, gazetteer: Gazetteer, mentions: list[Mention]
) -> list[Mention]:
    """The mentions, those that open a firm's or a person's name marked `in_name`."""
    return [replace(m, in_name=True) if _opens_a_name(ctx, m, gazetteer) else m for m in mentions]


def _opens_a_name(ctx: DocContext, mention: Mention, gazetteer: Gazetteer) -> bool:
    """A one-word name of a well-known town right before a capitalised word that no place bears
    and that is no site or local body ("Norwich Hospital", "Norwich Police" are the town's),
    where the tagger either reads that word as a name of its own or reads both as one firm's
    name."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or mention.demonym or span.end >= len(ctx.doc):
        return False
    town, following = span[0], ctx.doc[span.end]
    entries = mention.entries
    if not town.ent_type_ or any(e.level in STATE_LEVELS for e in entries):
        return False
    if not any(important(e) and e.kind == NAME_MAIN for e in entries):
        return False  # a small town's firm is a local one ("Dunmore Tyres" lies in Dunmore)
    split = following.ent_iob_ == "B" and following.ent_type_ in NAME_LABELS
    whole = town.ent_iob_ == "B" and following.ent_iob_ == "I" and town.ent_type_ in FIRM_LABELS
    return (split or whole) and _name_word(following, gazetteer) and bool(town.whitespace_)


def _name_word(token: Token, gazetteer: Gazetteer) -> bool:
    return (
        token.is_alpha
        and token.is_title
        and token.lower_ not in SITE_HEADS | LOCAL_BODY_HEADS | FEATURE_CUES
        and not lookup(gazetteer, token.text)
    )
