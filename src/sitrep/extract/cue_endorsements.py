"""Support won: "Cruz won the endorsement of Gov. Walker", "the bill has the backing of many
Democrats", "she picked up his endorsement".

A noun of backing that the subject wins, earns or holds names the backer in its "of" phrase or
its possessor: the backer is the source and the one backed (the subject) the content, as in
"Walker endorsed Cruz". Support given among a group ("enjoys support among young voters") is
`cue_nouns._support_among`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, cue_from, trim
from sitrep.extract.attribution_verbal import subject
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.token_positions import run_bounds

if TYPE_CHECKING:
    from spacy.tokens import Token

BACKING_NOUNS = frozenset({"support", "backing", "endorsement", "endorsements", "blessing"})
# Verbs by which the subject gets or holds the backing.
GAINING_VERBS = frozenset(
    {"win", "wins", "won", "winning", "earn", "earns", "earned", "earning", "secure", "secures"}
    | {"secured", "securing", "gain", "gains", "gained", "gaining", "land", "lands", "landed"}
    | {"landing", "snag", "snags", "snagged", "snagging", "receive", "receives", "received"}
    | {"receiving", "get", "gets", "got", "getting", "pick", "picks", "picked", "picking"}
    | {"have", "has", "had", "having", "enjoy", "enjoys", "enjoyed", "enjoying", "garner"}
    | {"garners", "garnered", "garnering", "collect", "collects", "collected", "collecting"}
)
EMPTY_SUBJECTS = frozenset({"it", "this", "that", "there", "what", "who", "which", "whom"})


def backing_won(noun: Token, quotes: list[Quote]) -> Found | None:
    """The backer's stance on the subject that wins or holds its backing."""
    verb = noun.head
    if (
        noun.lower_ not in BACKING_NOUNS
        or noun.dep_ != "dobj"
        or verb.lower_ not in GAINING_VERBS
        or verb.i > noun.i
    ):
        return None
    backer = _backer(noun)
    backed = subject(verb, quotes)
    if not backer or not backed or backed[0].lower_ in EMPTY_SUBJECTS:
        return None
    if quote_at(quotes, backer[0].idx) is not None:
        return None
    return Found(run_bounds(backed), backer, cue_from(noun), "stance", cue_token=noun)


def _backer(noun: Token) -> list[Token]:
    """The possessor ("his endorsement") or the object of "of" ("the backing of Democrats")."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.i < noun.i]
    if owners:
        return trim([t for t in owners[0].subtree if t.dep_ != "case" or t.head.i != owners[0].i])
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > noun.i:
            return trim([t for t in child.subtree if t.i != child.i])
    return []
