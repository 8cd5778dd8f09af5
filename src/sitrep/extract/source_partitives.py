"""A partitive aside taken for a subject: in "The group said it had taken 200 people hostage,
most of them soldiers, and demanded ..." the parser may make "most of them soldiers" the
subject of "demanded"; the aside describes the hostages, and the group demands."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that pick a share of the people named before ("most of them", "some of them").
SHARE_WORDS = frozenset(
    {"most", "many", "some", "all", "several", "half", "both", "none", "few", "each", "one"}
)
# Dependencies by which a verb continues the verb before it: as its conjunct, or, as the parser
# often misreads "said X and demanded Y", as a second complement of the reporting verb.
CONTINUING_DEPS = frozenset({"conj", "ccomp"})


def is_partitive_aside(source: list[Token]) -> bool:
    """ ", most of them soldiers": a share of the noun phrase before the comma, set off after it
    (", many of whom say ..." is a relative clause, whose subject the share is)."""
    return (
        len(source) >= 3
        and source[0].lower_ in SHARE_WORDS
        and source[1].lower_ == "of"
        and source[2].lower_ == "them"
        and source[0].i > 0
        and source[0].doc[source[0].i - 1].text == ","
    )


def continued_verb(cue: Token) -> Token | None:
    """The verb whose subject a cue with a partitive aside for a subject shares."""
    if cue.dep_ in CONTINUING_DEPS and cue.head.pos_ in {"VERB", "AUX"} and cue.head.i < cue.i:
        return cue.head
    return None
