"""Findings a document states with no verb of saying: "In a new poll, Clinton leads by five
points." The poll is the source as plainly as in "a new poll shows Clinton leading", so a
sentence opened by "In" and a poll, survey, study or report, then a comma, states the rest of
the sentence on the document's authority. Where the sentence has a reporting verb of its own
("In the poll, 60 percent said ...") that verb speaks, and the document is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, trim
from sitrep.extract.cues import is_cue_verb
from sitrep.extract.quotes import Quote, quote_at

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

FINDING_DOCUMENTS = frozenset(
    {"poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "audit"}
)


def document_findings(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """ "In a poll released Monday, 50 percent chose Clinton": the poll says so."""
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or first.lower_ != "in":
        return []  # most sentences: no need to build their tokens
    tokens = [t for t in sentence if not t.is_space]
    if len(tokens) < 5 or quote_at(quotes, tokens[0].idx):
        return []
    documents = [c for c in tokens[0].children if c.dep_ == "pobj"]
    if not documents or documents[0].lower_ not in FINDING_DOCUMENTS:
        return []
    comma = next((t for t in tokens if t.i > documents[0].right_edge.i), None)
    if comma is None or comma.text != "," or is_cue_verb(sentence.root):
        return []
    source = trim([t for t in tokens if tokens[0].i < t.i < comma.i])
    claim = trim([t for t in tokens if t.i > comma.i])
    if not source or not claim:
        return []
    cue = tokens[0]
    span = (claim[0].idx, claim[-1].idx + len(claim[-1].text))
    return [
        Found(span, source, (cue.idx, cue.idx + len(cue.text), cue.text), "show", cue_token=cue)
    ]
