""" "Made the case to voters that she can win", "made the case to end conscription": the parser
often reads "the case" as the subject of what follows it ("[the case] [to end conscription]",
"[the case to voters] [gathered ... that she is qualified]"), so the noun never looks like the
object of "make". The argument is the same: the maker of the case is the source, the clause it
argues the claim (for the noun cue as parsed right, `cue_nouns`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, cue_from, trim
from sitrep.extract.attribution_verbal import subject
from sitrep.extract.cue_adjectives import EMPTY_SUBJECTS
from sitrep.extract.token_positions import run_bounds

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.quotes import Quote

MAKE_FORMS = frozenset({"make", "makes", "made", "making"})


def case_made(noun: Token, quotes: list[Quote]) -> Found | None:
    """ "Okafor made the case to end conscription", parsed with "the case" as the subject of
    "end"."""
    clause = noun.head
    if noun.lower_ != "case" or noun.dep_ != "nsubj" or clause.dep_ not in {"ccomp", "xcomp"}:
        return None
    verb = clause.head
    if verb.lower_ not in MAKE_FORMS or noun.left_edge.i != verb.i + 1 or clause.i < noun.i:
        return None
    source = subject(verb, quotes)
    content = _argued(clause, noun)
    if not source or source[0].lower_ in EMPTY_SUBJECTS or content is None:
        return None
    return Found(content, source, cue_from(noun), "stance", cue_token=noun)


def _argued(clause: Token, noun: Token) -> tuple[int, int] | None:
    """A "that" clause inside the misread clause ("to Democrats gathered here that she is
    qualified"), else the infinitive the noun was read as the subject of ("to end conscription")."""
    for token in clause.subtree:
        if token.dep_ == "mark" and token.lower_ == "that" and token.i > noun.right_edge.i:
            tokens = trim([t for t in token.head.subtree if t.i > token.i])
            return run_bounds(tokens) if tokens else None
    if not any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i == noun.right_edge.i + 1
        for c in clause.children
    ):
        return None
    tokens = trim([t for t in clause.subtree if t.i > noun.right_edge.i])
    return run_bounds(tokens) if tokens else None
