"""A pluperfect in what someone said is their present perfect shifted back, not the story
looking back: "Police said they had detained 300 people since the start of the year" reports
"we have detained ... since the start of the year", a stretch that still runs to the report.

Without this, the pluperfect closes the stretch in whatever year the text last named ("The
junta expelled the envoy in 2022. Police said they had detained ..." read as 2022). A pluperfect
told by the story itself ("Police had detained 300 people since ...") still looks back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose complement is reported speech (the pipeline has no lemmatizer: the forms).
SAYING = frozenset({
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "report", "reports",
    "reported", "announce", "announces", "announced", "add", "adds", "added", "state", "states",
    "stated", "claim", "claims", "claimed", "confirm", "confirms", "confirmed", "write", "writes",
    "wrote", "insist", "insists", "insisted", "note", "notes", "noted", "admit", "admits",
    "admitted",
})  # fmt: skip
MAX_CLIMB = 6


def reported_since_stretch(token: Token, verb: Token) -> bool:
    """Whether `token`, the head of a time expression, sits in a "since" stretch that `verb`
    runs over, and `verb` is the complement of a verb of saying ("said they had detained 300
    people since the start of the year")."""
    return verb.dep_ == "ccomp" and verb.head.lower_ in SAYING and _under_since(token, verb)


def _under_since(token: Token, verb: Token) -> bool:
    """Whether the path from `token` up to `verb` passes through "since"."""
    for _ in range(MAX_CLIMB):
        if token == verb or token.head == token:
            return False
        token = token.head
        if token.lower_ == "since":
            return True
    return False
