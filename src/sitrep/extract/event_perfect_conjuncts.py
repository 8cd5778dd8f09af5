"""A participle joined to a reported clause that continues the reporter's perfect instead.

"The United States had already said that the army used gas and imposed sanctions on its chief":
the parser hangs "imposed" on "used", inside the that-clause, so the army would impose the
sanctions. The tenses tell otherwise: "used" is a finite past, "imposed" a bare participle that
only the reporter's "had" can carry. So the participle's subject is the reporter's
(`event_arguments._subject_token`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

HAVE_FORMS = frozenset({"had", "has", "have", "'d", "'ve"})
_OWN_WORDS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})


def reporter_perfect(verb: Token) -> Token | None:
    """The reporting verb whose "had"/"has" a bare participle joined to its clause continues."""
    if (
        verb.dep_ != "conj"
        or verb.tag_ != "VBN"
        or any(c.dep_ in _OWN_WORDS for c in verb.children)
    ):
        return None
    first = verb.head
    if first.dep_ != "ccomp" or first.tag_ != "VBD" or _has_aux(first):
        return None  # "said they had shelled and seized": one perfect, inside the clause
    reporter = first.head
    perfect = reporter.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in HAVE_FORMS for c in reporter.children
    )
    return reporter if perfect else None


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)
