"""How a claim closed by a paragraph-final reporter opens, which tells whether the sentences
before it are the reporter's too. A claim that contrasts with them ("But only the army flies
aircraft there, a diplomat said") starts its own story, and a standing state told in the
present before a claim told in the past ("Kidnappings have surged this year. Gunmen seized two
engineers in March, according to local officials") is the writer's background.
Kept apart from `attribution_scope`, which decides how far a reporter reaches."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

CONTRASTS = frozenset({"but", "however", "yet", "still"})
STANDING = frozenset({"present", "perfect"})


def opens_on_contrast(first: Token) -> bool:
    """ "But ...", "However, ...": the claim sets itself against what the sentence before
    says."""
    return first.lower_ in CONTRASTS and first.dep_ in {"cc", "advmod"}


def tells_a_standing_state(before: SpacySpan, claim: tuple[int, int], doc: Doc) -> bool:
    """ "Kidnappings have surged this year. Gunmen seized two engineers in May, according to
    officials"; "The town has been under siege since June. More than 9,000 people lived there,
    according to U.N. figures": a sentence in the present or the present perfect, before a claim
    told in the past, is the writer's background, not what the source reported."""
    verb = _claim_verb(claim, doc)
    return verb is not None and _tense(verb) == "past" and _tense(before.root) in STANDING


def _claim_verb(claim: tuple[int, int], doc: Doc) -> Token | None:
    """The highest word of the claim's first clause: the first word's farthest ancestor within
    the claim."""
    first = next((t for t in doc if t.idx >= claim[0] and not t.is_space), None)
    if first is None or first.idx >= claim[1]:
        return None
    inside = [a for a in first.ancestors if claim[0] <= a.idx < claim[1]]
    return inside[-1] if inside else first


def _tense(verb: Token) -> str:
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in {"has", "have"} for a in auxiliaries) and verb.tag_ == "VBN":
        return "perfect"
    finite = [a for a in auxiliaries if a.tag_ in {"VBZ", "VBP", "VBD", "MD"}]
    tag = finite[0].tag_ if finite else verb.tag_
    return {"VBZ": "present", "VBP": "present", "VBD": "past"}.get(tag, "other")
