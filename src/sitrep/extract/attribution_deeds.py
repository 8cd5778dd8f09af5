"""Verbs of the cue lexicon used for a deed that states nothing: asking for news ("families who
had asked for news of their sons"), supporting a facility ("the charity, which supports the
clinic's maternity ward", which funds or staffs it) and trading blame ("Two states trade blame
over border clash", which names a quarrel, not what either side said). Kept apart from
`attribution_nonclaims`, which is about answers and checks that were not given."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cues import cue_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# What one asks for when asking to be told something: "asked for news", "for information".
NEWS_NOUNS = frozenset({"news", "information", "word", "details", "update", "updates"})
# Places and units a body supports with money or staff ("supports the hospital's surgical ward").
SUPPORTED_FACILITIES = frozenset(
    {
        "ward", "wards", "unit", "units", "hospital", "hospitals", "clinic", "clinics",
        "school", "schools", "shelter", "shelters", "camp", "camps", "facility", "facilities",
        "centre", "centres", "center", "centers", "department", "departments",
    }
)  # fmt: skip
# The verb before "blame" that makes it mutual: "trade blame", "traded blame", "swap blame".
TRADING_FORMS = frozenset(
    {"trade", "trades", "traded", "trading", "swap", "swapped", "exchange", "exchanged"}
)


def names_a_deed(token: Token) -> bool:
    """Whether the cue word reports a deed rather than a statement."""
    return _asks_for_news(token) or _supports_a_facility(token) or _trades_blame(token)


def _asks_for_news(token: Token) -> bool:
    """ "had asked for news": a question put, with no answer in it ("asked for calm" and "asked
    for a ceasefire" are requests, which state what the speaker wants)."""
    return cue_lemma(token) == "ask" and any(
        prep.dep_ == "prep" and prep.lower_ == "for" and _objects(prep) & NEWS_NOUNS
        for prep in token.children
    )


def _supports_a_facility(token: Token) -> bool:
    """ "which supports the hospital's paediatric unit": backing a place with means ("supports
    the ceasefire" still takes a side, and is kept)."""
    return cue_lemma(token) == "support" and any(
        c.dep_ == "dobj" and c.lower_ in SUPPORTED_FACILITIES and _one_in_particular(c)
        for c in token.children
    )


def _one_in_particular(noun: Token) -> bool:
    """ "the clinic's ward", "the camp": one facility, not a policy for a kind of them ("would
    support later school start times")."""
    return any(c.dep_ in {"det", "poss"} for c in noun.children)


def _trades_blame(token: Token) -> bool:
    """ "Two states trade blame over clash": the word before "blame" makes the blame mutual."""
    if token.lower_ not in {"blame", "blames", "accusations"} or token.i == 0:
        return False
    return token.doc[token.i - 1].lower_ in TRADING_FORMS or (
        token.dep_ == "dobj" and token.head.lower_ in TRADING_FORMS
    )


def _objects(prep: Token) -> set[str]:
    return {c.lower_ for c in prep.children if c.dep_ == "pobj"}
