"""Days and months that date an event still to come, whatever tense the clause is told in:
"aimed at destabilising the country ahead of parliamentary elections in September", "unrest
before the upcoming vote in March".

A vote, summit or hearing is fixed in advance; when the text calls it upcoming, or the story
stands "ahead of" it, the month it is set for lies ahead of the report, though the clause is a
past report ("said the attack was aimed at ..."). Without this, a bare "September" in a February
story is read as last September.

A relative clause that tells the vote in the past ("ahead of the election in November, which the
ruling party won") says it is held already: the month then takes the clause's tense. A past the
sentence names itself ("dissolved in June ahead of elections in September", "Last year ...") is
the caller's to count forward from (`times._held_after`).
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
# Pasts a relative clause tells of a vote that is not yet held: "which were postponed".
NOT_HELD = frozenset({
    "scheduled", "set", "planned", "called", "postponed", "delayed", "slated", "announced",
    "moved", "pushed", "rescheduled", "brought",
})  # fmt: skip
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
    return (
        noun.lower_ in FIXED_EVENTS
        and _still_to_come(noun)
        and not _told_as_held(noun)
        and not _told_as_held(token)
    )


def _told_as_held(token: Token) -> bool:
    """ "the election in November, which the ruling party won": a relative clause in the past
    tells the vote as held (the parser hangs it on the vote or on its month)."""
    return any(c.dep_ == "relcl" and _past_deed(c) for c in token.children)


def _past_deed(verb: Token) -> bool:
    """ "won", "was won": a past that is no plan or delay ("which were postponed" still lie
    ahead)."""
    if verb.lower_ in NOT_HELD:
        return False
    auxiliaries = (a for a in verb.children if a.dep_ in ("aux", "auxpass"))
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries)


def _still_to_come(noun: Token) -> bool:
    """ "the upcoming vote", "ahead of elections"."""
    if any(c.dep_ == "amod" and c.lower_ in COMING for c in noun.children):
        return True
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "ahead"
