"""Headlines: a present tense there reports what has happened ("Missiles kill 12 in Odesa on
Tuesday"), where in the body news uses it for what is scheduled ("the council meets Monday").

Headline style puts a done deed in the present and a coming one in "to" + verb ("Premier Okafor to
visit Washington on Thursday"). Verbs of scheduled activity ("meets", "visits", "opens") are
the exception: a headline uses their present for the plan as often as for the fact, and they
keep the body's reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.token_positions import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

SCHEDULED_ACTIVITIES = frozenset(
    {
        "meet",
        "meets",
        "visit",
        "visits",
        "travel",
        "travels",
        "head",
        "heads",
        "hold",
        "holds",
        "host",
        "hosts",
        "begin",
        "begins",
        "start",
        "starts",
        "open",
        "opens",
        "resume",
        "resumes",
        "vote",
        "votes",
        "attend",
        "attends",
        "address",
        "addresses",
        "arrive",
        "arrives",
        "leave",
        "leaves",
        "return",
        "returns",
        "convene",
        "convenes",
        "gather",
        "gathers",
        "face",
        "faces",
        "play",
        "plays",
        "launch",
        "launches",
        "unveil",
        "unveils",
    }
)
LINE_CLOSERS = frozenset(".!?\"”'’:;,")


def reports_done_deed(verb: Token) -> bool:
    """Whether `verb`, read as a present tense, stands in a headline for a deed already done."""
    return is_headline(verb) and verb.lower_ not in SCHEDULED_ACTIVITIES


def is_headline(token: Token) -> bool:
    """Whether `token`'s sentence is a line of its own with no closing punctuation."""
    sent = token.sent
    text = doc_text(sent.doc)
    start = sent.start_char
    end = start + len(text[start : sent.end_char].rstrip())
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    on_own_line = (not before or before.endswith("\n")) and (not after or after.startswith("\n"))
    return on_own_line and end > start and text[end - 1] not in LINE_CLOSERS
