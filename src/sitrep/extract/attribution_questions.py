"""A question turn asserts nothing: in a briefing or interview transcript, the turn labelled
"Q:" puts a statement to the speaker to answer ("Q: Beijing says the boats entered Chinese
waters. What is your response?"); whoever it names is not on record there, and the answer turn
is what the speaker claims. A question asked in running text is kept: its sentence may end in
"?" and still report ("I think we will win, OK?"), which a question mark alone cannot tell."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.token_positions import line_start

if TYPE_CHECKING:
    from sitrep.extract.attribution_common import Found

# A transcript's question turn: "Q: ...", "QUESTION: ...", "Question: ...".
QUESTION_TURN = re.compile(r"[ \t]*(?:Q|QUESTION|Question)[ \t]*:")
# The answer turn that ends a question turn on the same line: "Q: Did the army say so? A: It did."
ANSWER_TURN = re.compile(r"(?<!\S)(?:A|ANSWER|Answer)[ \t]*:")


def outside_question_turns(found: list[Found], text: str) -> list[Found]:
    """The findings whose cue (or, with no cue, claim) is not in a question turn: every stage
    (reporting verbs, trailing reporters, "according to", noun cues) passes here, so none can
    give the question's claim to whom it names."""
    return [f for f in found if not in_question_turn(text, f.cue[0] if f.cue else f.claim[0])]


def in_question_turn(text: str, position: int) -> bool:
    """The line holding `position` opens with a question label, and no answer label comes
    between it and `position`."""
    start = line_start(text, position)
    label = QUESTION_TURN.match(text, start)
    return label is not None and ANSWER_TURN.search(text, label.end(), position) is None
