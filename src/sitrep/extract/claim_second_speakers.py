"""Where a claim meets a second speaker: "Voters said the economy was weak, and most economists
agree it is shrinking", "She said the rule would stand, and when pressed, her aide replied
...". The parser often joins the second clause to the verb of the first claim; with a subject
of its own and a reporting verb, after ", and", it is a further statement with its own source,
which the extractor finds by itself, not part of what the first speaker said. So is a report
that occasioned a demand ("called for an inquiry after the paper reported ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cues import is_cue_verb
from sitrep.quote_marks import DOUBLE_CLOSING, OPENING_QUOTES

if TYPE_CHECKING:
    from spacy.tokens import Token

QUOTE_MARKS = OPENING_QUOTES | DOUBLE_CLOSING
# Subordinators of a clause of time that tells what prompted a stance.
OCCASIONS = frozenset({"after", "since", "when"})
# Subjects that may go on with the first speaker's thought ("and it is unfair", "and they
# know it") or open a question ("and who said so").
CONTINUING_SUBJECT_TAGS = frozenset({"PRP", "WP", "EX"})


def before_second_speaker(tokens: list[Token]) -> list[Token]:
    """The claim's tokens up to the ", and" that opens another speaker's statement, or up to the
    report that occasioned a demand."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if len(heads) != 1:
        return tokens
    for clause in heads[0].children:
        if clause.i in inside and _opens_second_statement(clause):
            stop = clause.left_edge.i - 2
            return [t for t in tokens if t.i < stop]
    if heads[0].pos_ in {"NOUN", "PROPN"}:
        last = tokens[-1].i
        for clause in tokens:
            if clause.right_edge.i >= last - 1 and _occasioning_report(clause):
                return [t for t in tokens if t.i < clause.left_edge.i]
    return tokens


def _occasioning_report(clause: Token) -> bool:
    """ "a ban on the sale after the paper reports that ...": in a claim that names a thing (what
    was called for, opposed, praised), a later clause of time with its own speaker and reporting
    verb tells what prompted the stance; a thing named holds no such clause."""
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return (
        clause.dep_ == "advcl"
        and bool(set(marks) & OCCASIONS)
        and bool(subjects)
        and is_cue_verb(clause)
    )


def _opens_second_statement(clause: Token) -> bool:
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    doc = clause.doc
    opening = clause.left_edge.i
    return (
        clause.dep_ == "conj"
        and bool(subjects)
        and subjects[0].tag_ not in CONTINUING_SUBJECT_TAGS
        and opening >= 2
        and doc[opening - 1].lower_ == "and"
        and doc[opening - 2].text == ","
        and doc[opening].tag_ not in {"WP", "WDT"}
        and not any(c.dep_ == "mark" for c in clause.children)
        and is_cue_verb(clause)
        and not _quoted_before(clause)
    )


def _quoted_before(token: Token) -> bool:
    """A quote mark earlier in the sentence: the clause may be inside the speaker's own words."""
    return any(t.text in QUOTE_MARKS for t in token.sent if t.i < token.i)
