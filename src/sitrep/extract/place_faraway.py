"""Places said to be nearby, which the gazetteer holds only far away.

A report from Jenin that sends families to "the nearby town of Burqin" means the Burqin near Jenin,
not the one in Xinjiang that the gazetteer happens to hold. "Nearby" and "neighbouring" tie the
place to the story's other places, and so does a pairing with one ("the road between Mpeketoni
and Kiunga") of toponyms: when the name's only readings are small places in countries
that no other name of the article points to, the faraway town is a confident mistake, and the name
is placed, with low confidence, at the article's locality, as a name the gazetteer lacks would be.
Without such a word nothing says where a small town lies, and its reading stands. Teams and
companies are paired too ("the match between Burnley and Wigan", "the deal between Acme and
Zenith"), and lie where they are based, not near the story.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from sitrep.extract.metonymy import PARTNER_WORDS, RESULT_NOUNS, SPORTS_WORDS
from sitrep.extract.place_candidates import important
from sitrep.extract.token_positions import token_index_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.extract.context import DocContext
    from sitrep.extract.place_candidates import Choice, Mention

NEARBY_BEFORE = re.compile(
    r"\b(?:nearby|neighbou?ring)\s+(?:(?:town|village|city|district|camp)\s+of\s+)?$",
    re.IGNORECASE,
)
# "the road between Mpeketoni and Kiunga": a town paired with another lies near it.
PAIRED_BEFORE = re.compile(r"\bbetween\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+and\s+$")
PAIRED_AFTER = re.compile(r"^\s+and\s+[A-Z]")
WINDOW = 40  # characters before a mention where the word may stand
# What lies "between" two sides that are no places: a fixture, a deal, talks.
PAIRING_NOT_OF_PLACES = SPORTS_WORDS | RESULT_NOUNS | PARTNER_WORDS | {"merger", "clash"}


def nearby_but_far_away(
    ctx: DocContext, group: list[Mention], ranked: list[Choice], named_countries: Collection[str]
) -> bool:
    """Whether a mention of the name follows "nearby" or "neighbouring" ("the nearby town of X")
    or is paired with another name ("between Mpeketoni and X") while every reading is a small
    place in a country no other name of the article names (and the article names some country,
    so that there is a story's country to be near)."""
    if not any(_tied_to_the_story(ctx, m) for m in group):
        return False
    return bool(ranked and named_countries) and not any(
        c.entry.country in named_countries or important(c.entry) for c in ranked
    )


def _tied_to_the_story(ctx: DocContext, mention: Mention) -> bool:
    text = ctx.text
    before = text[max(0, mention.start - WINDOW) : mention.start]
    if NEARBY_BEFORE.search(before):
        return True
    paired = PAIRED_BEFORE.search(before) or (
        before.endswith("between ") and PAIRED_AFTER.match(text[mention.end :])
    )
    return bool(paired) and _pair_of_toponyms(ctx.doc, mention)


def _pair_of_toponyms(doc: Doc, mention: Mention) -> bool:
    """What lies between the names is no fixture or dealing ("the road between", not "the match
    between"), and neither name is tagged as an organisation, as teams and companies are."""
    first = token_index_at(doc, mention.start)
    if first is None:
        return False
    before = doc[max(0, first - 6) : first]
    between = next((t for t in reversed(before) if t.lower_ == "between"), None)
    if between is None or between.head.lower_ in PAIRING_NOT_OF_PLACES:
        return False
    return all(t.ent_type_ != "ORG" for t in _paired_names(doc, between))


def _paired_names(doc: Doc, between: Token) -> list[Token]:
    """The words of the two names after "between": "Witu", "Kiunga" of "between Witu and Kiunga"."""
    names = []
    for word in doc[between.i + 1 : between.i + 8]:
        if word.lower_ != "and" and not word.text[:1].isupper():
            break
        names.append(word)
    return [word for word in names if word.lower_ != "and"]
