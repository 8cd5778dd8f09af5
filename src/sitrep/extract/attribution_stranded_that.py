"""A "that" clause the parser read as a relative clause on the medium of speaking: in "Nasrallah
said in a speech that the group would fight on", it hangs "that the group would fight on" on
"speech", with "that" as the object of the final "on". A true relative clause keeps its "that"
as a subject or an object of its verb; one whose "that" is only the object of a preposition at
its end, and which has a subject of its own, is what the verb said."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.token_positions import token_end

if TYPE_CHECKING:
    from spacy.tokens import Token

SPEAKING_SETTINGS = frozenset({"in", "on", "during", "at"})


def that_clause_read_as_relative(verb: Token) -> tuple[int, int] | None:
    """The character span of the "that" clause hung on the noun of the verb's "in a speech"
    phrase, or None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in SPEAKING_SETTINGS or prep.i < verb.i:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for clause in (c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i):
                first = clause.left_edge
                if _stranded_that(first, clause):
                    return first.idx, token_end(clause.right_edge)
    return None


def _stranded_that(first: Token, clause: Token) -> bool:
    """ "that" opens the clause as the object of a preposition or particle at or after its verb,
    and the clause has a subject of its own."""
    return (
        first.lower_ == "that"
        and first.dep_ == "pobj"
        and first.head.i >= clause.i
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    )
