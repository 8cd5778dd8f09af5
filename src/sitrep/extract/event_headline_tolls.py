"""A headline's event told again in the body: one occasion, the larger count kept.

"Bomb kills 5 in market" over "at least six people were killed when a bomb went off in the
market": the headline is written from an early count and the body brings a later one, so two
counts that would set two body reports apart (`event_merge`) do not set the headline apart from
the body when the body's is the larger. The body's act, told in full, is the event; it takes from
the headline what it does not tell (a side, a place, a date, a weapon) and the headline's count
where that is the larger. A body count below an exact headline count is another occasion ("Bomb
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
    if headline.killed is not None and (body.killed is None or headline.killed > body.killed):
        body = dataclasses.replace(body, killed=headline.killed, killed_hedge=headline.killed_hedge)
    if headline.injured is not None and (body.injured is None or headline.injured > body.injured):
        body = dataclasses.replace(
            body, injured=headline.injured, injured_hedge=headline.injured_hedge
        )
    return body
