"""A quote relayed by an outlet goes on in its speaker's voice: in "“We will hold,” the
commander said, according to a local paper. “Our lines are intact.”" the paper reports the
commander's words; the quote after it is the commander's too, still heard through the paper.
`attribution_scope` hands the quote on to the inner speaker and chains the reporter onto the
quote that continues; this module says which finding relays which."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.quote_marks import OPENING_QUOTES

if TYPE_CHECKING:
    from sitrep.extract.attribution_common import Found


def relays_quote(text: str, inner: Found, outer: Found) -> bool:
    """The outer finding is a reporter (", according to X", ", X reported") whose claim holds
    the inner speaker's quote and its cue: the outer only relays it."""
    if not outer.scope or inner.cue is None or outer.cue is None or inner is outer:
        return False
    start, end = outer.claim
    return (
        start <= inner.cue[0] < end
        and start <= inner.claim[0]
        and inner.claim[1] <= end
        and not inner.claim[0] <= outer.cue[0] < inner.claim[1]
        and text.startswith(tuple(OPENING_QUOTES), inner.claim[0])
    )


def continuations(found: list[Found], item: Found) -> list[Found]:
    """The quotes of later sentences that go on with the item's speaker and cue
    (`attribution_scope.continued_quotes` gives them the same cue)."""
    return [
        f
        for f in found
        if f is not item
        and f.cue is not None
        and f.cue == item.cue
        and f.sentence > item.sentence
        and f.claim[0] >= item.claim[1]
    ]
