"""Days and months that date an event still to come, whatever tense the clause is told in:
"aimed at destabilising the country ahead of parliamentary elections in September", "unrest
before the upcoming vote in March".

A vote, summit or hearing is fixed in advance; when the text calls it upcoming, or the story
stands "ahead of" it, the month it is set for lies ahead of the report, though the clause is a
past report ("said the attack was aimed at ..."). Without this, a bare "September" in a February
story is read as last September.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Events set for a date in advance.
FIXED_EVENTS = frozenset({
    "election", "elections", "vote", "polls", "referendum", "runoff", "summit", "talks",
    "conference", "hearing", "trial", "inauguration", "ballot", "primaries", "primary",
})  # fmt: skip
COMING = frozenset({"upcoming", "forthcoming", "coming", "next", "scheduled", "planned"})
DATING = frozenset({"in", "on", "for"})
# What joins the words of one date: "early [September]", "[Sept.] 14".
WITHIN_A_DATE = frozenset({"nmod", "compound", "npadvmod", "amod", "nummod"})


def dates_coming_event(token: Token) -> bool:
    """Whether `token`, the head of a time expression, dates a vote or summit the text says is
    still to come ("ahead of elections in September", "the upcoming vote in March")."""
    for _ in range(2):
        if token.dep_ not in WITHIN_A_DATE or token.head == token:
            break
        token = token.head
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in DATING or preposition.i == 0:
        return False
    doc = preposition.doc
    # the parser often hangs "in September" on the verb: the noun just before stands for it
    noun = doc[preposition.i - 1]
    if noun.lower_ not in FIXED_EVENTS:
        noun = preposition.head
    return noun.lower_ in FIXED_EVENTS and _still_to_come(noun)


def _still_to_come(noun: Token) -> bool:
    """ "the upcoming vote", "ahead of elections"."""
    if any(c.dep_ == "amod" and c.lower_ in COMING for c in noun.children):
        return True
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "ahead"
