"""What records show (`cue_evidence`): the phrase of records is the source; the claim is the
clause after "show" ("documents show he took a loss") or, when a comma or a full stop follows,
the clause before the phrase ("The plane was insured for $35 million, records show.")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, found_from, trim
from sitrep.extract.cue_evidence import evidence_subject
from sitrep.extract.token_positions import run_bounds

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def evidence_statement(token: Token, sentence: SpacySpan) -> Found | None:
    """The records as the source and the clause they back as the claim."""
    subject = evidence_subject(token)
    if subject is None:
        return None
    doc = token.doc
    source = trim(list(doc[subject.left_edge.i : token.i]))
    if doc[token.i + 1].text in {",", "."}:
        claim = trim(list(doc[sentence.start : subject.left_edge.i]))
    else:
        claim = trim(list(doc[token.i + 1 : sentence.end]))
    if not source or not claim:
        return None
    return found_from(run_bounds(claim), source, token, scope=False)
