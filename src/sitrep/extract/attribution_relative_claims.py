"""What a relative clause reports of its antecedent: "the drawdown, which they say left a
vacuum", "emails that she said represented all her work".

A reporting verb inside a relative clause may carry the relative pronoun as the subject of
what it reports: "which they say left a vacuum" is "they say the drawdown left a vacuum". The
parser gives the reporting verb both subjects and the reported verb, with none, as its
complement; that complement is the claim, about the antecedent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.claim_spans import RELATIVE_PRONOUNS, subtree_span

if TYPE_CHECKING:
    from spacy.tokens import Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def relative_subject_claim(verb: Token) -> tuple[int, int] | None:
    """The clause a reporting verb in a relative clause says of the antecedent, or None."""
    if verb.dep_ not in {"relcl", "acl"}:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) < 2 or subjects[0].lower_ not in RELATIVE_PRONOUNS:
        return None
    for child in verb.children:
        if (
            child.dep_ in {"xcomp", "ccomp"}
            and child.i > verb.i
            and child.tag_ in FINITE_TAGS
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        ):
            return subtree_span(child)
    return None
