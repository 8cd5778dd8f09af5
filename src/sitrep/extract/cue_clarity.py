"""Stances made plain: "made clear that she would veto the bill", "made it clear he would not
run". The verb "make" is a cue only beside "clear" (`cues.makes_clear`); its claim is the
statement that follows, however the parser hung it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.claim_spans import subtree_span
from sitrep.extract.cues import makes_clear

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that open a question rather than a statement.
WH_OPENERS = frozenset({"how", "what", "why", "whether", "who", "which", "when", "where", "if"})


def clarified_clause(token: Token) -> tuple[int, int] | None:
    """ "made clear (that) he would run", "made it clear to the judge that ...": the finite clause
    after "clear", on the verb or on "clear"; a question ("made clear how much work is left")
    states nothing."""
    clear = makes_clear(token)
    if clear is None:
        return None
    for child in [*token.children, *clear.children]:
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        if (
            child.i > clear.i
            and (child.dep_ == "ccomp" or (child.dep_ == "advcl" and marks <= {"that"}))
            and child.left_edge.lower_ not in WH_OPENERS
            and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in child.children)
        ):
            return subtree_span(child, exclude_cue_conj=True)
    return None
