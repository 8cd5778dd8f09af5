"""What an answer set after a comma answers ("..., a charge Kabul denied", "..., which he
dismissed as baseless"), and where the claims before it stop: "a charge Kabul" is no part of
what the accuser said, though the parser may hang it on the accusation's object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cue_nouns import CUE_NOUN_WORDS
from sitrep.extract.token_positions import token_end

if TYPE_CHECKING:
    from sitrep.extract.attribution_common import Found


def settle_answers(found: list[Found]) -> None:
    """Cut each claim that runs on into the source of an answer to it at the answered part's
    end; then narrow each answer to what it answers."""
    for answer in (f for f in found if f.answers and f.source):
        answered_end = answer.claim[1]
        source_start = answer.source[0].idx
        for item in found:
            start, end = item.claim
            if item is not answer and start < answered_end < end and source_start < end:
                item.claim = (start, answered_end)
        answer.claim = _answered(answer, found)


def _answered(answer: Found, found: list[Found]) -> tuple[int, int]:
    """ "investigate the Iranian claim, which he dismissed": the statement named by the noun
    the answer hangs on; "X accused Y of Z, which Bangkok denied": what X said, not that X said
    it; else the clause before the comma."""
    cue = answer.cue_token
    if cue is not None and cue.dep_ == "relcl" and cue.head.lower_ in CUE_NOUN_WORDS:
        noun = cue.head
        return noun.left_edge.idx, token_end(noun)
    start, end = answer.claim
    reported = [f for f in found if f is not answer and start < f.claim[0] and f.claim[1] == end]
    return reported[0].claim if reported else answer.claim
