"""A headline's event told again in the body: one occasion, the larger count kept.

"Bomb kills 5 in market" over "at least six people were killed when a bomb went off in the
market": the headline is written from an early count and the body brings a later one, so two
counts that would set two body reports apart (`event_merge`) do not set the headline apart from
the body when the body's is the larger. The body's act, told in full, is the event; it takes from
the headline what it does not tell (a side, a place, a date, a weapon) and the headline's count
where that is the larger, unless the headline's is vague ("dozens") and the body's counts. A body count below an exact headline count is another occasion ("Bomb
kills 9" over "a bomb killed two in Ghazni").
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from sitrep.extract.time_headlines import is_headline
from sitrep.extract.token_positions import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.model import Event


def in_headline(token: Token) -> bool:
    """The token stands on the article's first line, a headline's (no closing punctuation)."""
    text = doc_text(token.doc)
    return not text[: token.sent.start_char].strip() and is_headline(token)


def later_count(headline: Event, body: Event) -> bool:
    """The body counts at least the headline's dead: an update, not another occasion."""
    return headline.killed is None or (body.killed is not None and body.killed >= headline.killed)


def with_headline_details(body: Event, headline: Event) -> Event:
    """The body's event with what only the headline tells, and the headline's dead or wounded
    where it counts more ("kills 12" over "at least six were killed")."""
    body = dataclasses.replace(
        body,
        actor=body.actor or headline.actor,
        place=body.place or headline.place,
        date=body.date or headline.date,
        weapon=body.weapon or headline.weapon,
    )
    if _counts_more(headline.killed, headline.killed_hedge, body.killed, body.killed_hedge):
        body = dataclasses.replace(body, killed=headline.killed, killed_hedge=headline.killed_hedge)
    if _counts_more(headline.injured, headline.injured_hedge, body.injured, body.injured_hedge):
        body = dataclasses.replace(
            body, injured=headline.injured, injured_hedge=headline.injured_hedge
        )
    return body


def _counts_more(
    headline: float | None, headline_hedge: str | None, body: float | None, body_hedge: str | None
) -> bool:
    """The headline's count is larger, and no vague one ("dozens", counted as 12) over a body
    that counts ("Raid kills dozens" over "killing 11 people": 11 stands)."""
    if headline is None:
        return False
    if body is None:
        return True
    return headline > body and not (headline_hedge == "vague" and body_hedge != "vague")
