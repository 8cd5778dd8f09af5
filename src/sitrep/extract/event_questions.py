"""Questions put to someone: "Will the army send troops to the border?".

A briefing's transcript, an interview or an analysis asks about acts that may never happen; a
yes/no or modal question asserts nothing, so the acts it names are no events (the answer, if it
tells one, does). A wh-question told in the past takes its act as given and asks only about a
part of it: "Who bombed the market on Monday?" and "Why did Israel strike the sites?" report
that the bombing and the strike took place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CLOSING_MARKS = " \t\n\"'”’)"
OPENING_MARKS = "\"'“‘("
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
PAST_AUXILIARIES = frozenset({"did", "had", "has", "have", "was", "were"})


def asked(token: Token) -> bool:
    """True when the mention sits in a question that does not take its act as given."""
    sent = token.sent
    if not sent.text.rstrip(CLOSING_MARKS).endswith("?"):
        return False
    return not (_asks_about_a_part(sent) and _told_in_the_past(sent.root))


def _asks_about_a_part(sent: Span) -> bool:
    """ "Who bombed ...?", "Why did ...?": the question opens with a wh-word."""
    first = next((t for t in sent if t.text not in OPENING_MARKS), None)
    return first is not None and first.tag_ in WH_TAGS


def _told_in_the_past(verb: Token) -> bool:
    """ "bombed", "did ... strike", "was ... bombed": the act lies behind the asker; "will" or
    "could" asks about one that may never come."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return verb.tag_ == "VBD" or any(a.lower_ in PAST_AUXILIARIES for a in auxiliaries)
