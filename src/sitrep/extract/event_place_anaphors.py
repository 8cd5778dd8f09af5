"""What "the region", "the area" or "the town" point back to, for an event whose clause names no
place of its own: the latest fitting place named before, within reach.

A statement is placed only by what tells where it was made. A place word inside what is said or
urged ("Lomaria urged both sides to let aid into the region"), or inside a relative clause on the
speaker ("The envoy, who toured the area on Friday, said ..."), tells of another act and does not
place the statement; a day in what is said or urged does not date it either.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.datelines import in_dateline
from sitrep.extract.event_place_roles import fits_anaphor, names_its_own_place
from sitrep.extract.event_scenes import no_scene_to_point_back_to
from sitrep.extract.token_positions import token_at, token_index_at

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from sitrep.extract.context import DocContext
    from sitrep.extract.event_triggers import Trigger
    from sitrep.model import Place

ANAPHORIC_PLACES = frozenset({"there", "region", "area", "city", "town", "province", "village"})
ANAPHOR_REACH = 1500  # chars back "the town" may point to a place named before (its sentence too)
# Links below a speech verb that lead into another act: what is said or urged, or a relative
# clause on the speaker. A day in that relative clause still dates an otherwise undated
# statement ("Nyusi, who visited the town on Monday, promised ...": the day of the visit).
REPORTED_LINKS = frozenset({"xcomp", "ccomp"})
OTHER_ACT_LINKS = REPORTED_LINKS | {"relcl"}


def anaphor_words(doc: Doc, tokens: set[int], trigger: Trigger) -> set[str]:
    """The words of the event's clause that may point back to a place named before."""
    return {
        doc[i].lower_
        for i in tokens
        if doc[i].lower_ in ANAPHORIC_PLACES
        and not names_its_own_place(doc[i])
        and not in_another_act(doc, doc[i].idx, trigger)
    }


def antecedent(
    ctx: DocContext,
    sent: SpacySpan,
    clause: set[int],
    scope: set[int],
    trigger: Trigger,
    places: Sequence[Place],
) -> Place | None:
    """The place named before the clause that a place word in `scope` points back to, if any."""
    words = anaphor_words(sent.doc, scope, trigger)
    return _latest_fit(ctx, sent, clause, trigger, places, words) if words else None


def _latest_fit(
    ctx: DocContext,
    sent: SpacySpan,
    clause: set[int],
    trigger: Trigger,
    places: Sequence[Place],
    words: set[str],
) -> Place | None:
    doc = sent.doc
    earlier = [
        p
        for p in places
        if p.role == "location"
        and (p.end <= trigger.start and token_index_at(doc, p.start) not in clause)
        and p.level not in ("PCLI", "PCL")
        and sent.start_char - p.start < ANAPHOR_REACH
        and not ctx.in_caption(p.start, p.end)
        and not in_dateline_at(doc, p.start)
        and not no_scene_to_point_back_to(doc, p.start)
        and not names_a_bodys_seat(doc, p.start)
        and fits_anaphor(p, words, ctx.text)
    ]
    return earlier[-1] if earlier else None


def in_another_act(
    doc: Doc, char: int, trigger: Trigger, links: frozenset[str] = OTHER_ACT_LINKS
) -> bool:
    """For a statement, the word at `char` lies in what is said or urged, or in a relative clause
    on the speaker: the path up to the speech verb crosses one of the `links`."""
    token = token_at(doc, char)
    if trigger.type != "statement" or token is None:
        return False
    crossed = False
    while token.i != trigger.token:
        if token.head.i == token.i:
            return False  # the word hangs outside the statement's clause
        crossed = crossed or token.dep_ in links
        token = token.head
    return crossed


# Offices and bodies a town's name may stand before: "the Kharkiv regional prosecutor's office".
BODY_HEADS = frozenset({
    "prosecutor", "prosecutors", "governor", "administration", "office", "authorities",
    "officials", "police", "council", "ministry", "mayor", "court", "governorate", "authority",
})  # fmt: skip


def names_a_bodys_seat(doc: Doc, char: int) -> bool:
    """ "according to the Kharkiv regional prosecutor's office": a town named as the seat of
    whoever reports is no scene, and "the town" told later does not point back to it."""
    place = token_at(doc, char)
    if place is None or place.dep_ not in ("compound", "nmod", "amod"):
        return False
    head = place.head
    return head.lower_ in BODY_HEADS or (head.dep_ == "poss" and head.lower_ in BODY_HEADS)


def in_dateline_at(doc: Doc, char: int) -> bool:
    """The place where the story was filed is no antecedent for "the area"."""
    token = token_at(doc, char)
    return token is not None and in_dateline(token)
