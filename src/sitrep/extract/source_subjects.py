"""The subject a sentence-opening "they" takes up: "Niger, Mali and Burkina Faso formed an
alliance. They announced a joint force": a pronoun that opens a sentence most likely continues
the subject of the sentence before, even where an earlier source was plural too. Kept apart from
`source_coreference`, which resolves pronouns against earlier sources only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import trim

if TYPE_CHECKING:
    from spacy.tokens import Token

# What hangs on a subject without being part of its name: "Niger, Mali and Burkina Faso, all
# ruled by juntas," / "the rebels, who ...".
SUBJECT_ASIDES = frozenset({"appos", "acl", "relcl", "punct", "prep", "advmod"})


def subject_taken_up(source: list[Token]) -> list[Token]:
    """The acting plural subject of the previous sentence, when `source` is a "they" opening its
    sentence; else none."""
    if len(source) != 1 or source[0].lower_ != "they":
        return []
    pronoun = source[0]
    sentence = pronoun.sent
    if pronoun.i != sentence.start or sentence.start == 0:
        return []
    before = pronoun.doc[sentence.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ == "nsubj"]
    if not subjects or not _plural(subjects[0]) or subjects[0].lower_ in {"they", "we"}:
        return []
    return trim(_without_asides(subjects[0]))


def _plural(head: Token) -> bool:
    return head.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in head.children)


def _without_asides(head: Token) -> list[Token]:
    """The subject's own words: its name or names, less appositions and clauses on it."""
    dropped = {
        t.i
        for child in head.children
        if child.dep_ in SUBJECT_ASIDES and not (child.dep_ == "punct" and _inside_list(child))
        for t in child.subtree
    }
    return [t for t in head.subtree if t.i not in dropped]


def _inside_list(comma: Token) -> bool:
    """The comma between two names of a list ("Niger, Mali and ..."), not one opening an aside."""
    following = comma.nbor(1) if comma.i + 1 < len(comma.doc) else None
    return following is not None and following.dep_ == "conj"
