"""A question turn asserts nothing: in a briefing or interview transcript, the turn labelled
"Q:" puts a statement to the speaker to answer ("Q: Beijing says the boats entered Chinese
waters. What is your response?"); whoever it names is not on record there, and the answer turn
is what the speaker claims. A question asked in running text is kept: its sentence may end in
"?" and still report ("I think we will win, OK?"), which a question mark alone cannot tell."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitrep.extract.attribution_common import Found

# A transcript's question turn: "Q: ...", "QUESTION: ...", "Question: ...".
QUESTION_TURN = re.compile(r"[ \t]*(?:Q|QUESTION|Question)[ \t]*:")
# The answer turn that ends a question turn on the same line: "Q: Did the army say so? A: It did."
ANSWER_TURN = re.compile(r"(?<!\S)(?:A|ANSWER|Answer)[ \t]*:[ \t]*")


def outside_question_turns(found: list[Found], text: str) -> list[Found]:
    """The findings whose cue (or, with no cue, claim) is not in a question turn: every stage
    (reporting verbs, trailing reporters, "according to", noun cues) passes here, so none can
    give the question's claim to whom it names. A finding in the answer that follows a question
    on its line claims from the answer on: "Q: Did they shell the town? A: It did, the minister
    said" gives the minister "It did", not the question."""
    kept = []
    for item in found:
        floor = claim_floor(text, item.cue[0] if item.cue else item.claim[0])
        start = None if floor is None else max(floor, item.claim[0])
        if start is not None and start < item.claim[1]:
            item.claim = (start, item.claim[1])
            kept.append(item)
    return kept


def claim_floor(text: str, position: int) -> int | None:
    """Where a claim found at `position` may start at the earliest: just past the last answer
    label before it when its line opens with a question label, 0 on any other line; None when
    `position` is in the question itself, which claims nothing."""
    starts = _line_starts(text)
    line = starts[bisect_right(starts, position) - 1]
    label = QUESTION_TURN.match(text, line)
    if label is None:
        return 0
    answers = list(ANSWER_TURN.finditer(text, label.end(), position))
    return answers[-1].end() if answers else None


@lru_cache(maxsize=1)
def _line_starts(text: str) -> list[int]:
    """The offsets where the document's lines start, found once per document: every finding of
    every sentence asks for its line, and scanning back from each would cross a whole article
    that has no line breaks."""
    return [0] + [match.end() for match in re.finditer("\n", text)]
