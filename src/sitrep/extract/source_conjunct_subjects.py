"""The subject of the clause a verb continues, where the parser hangs the verb on the wrong one.

In "A group of pastors called for a boycott, and the Freedom League condemned the remarks and
said it would return the money" the parser may join "said" to the first verb, "called", rather
than to "condemned", and a stage that borrows the subject of the verb above takes the pastors.
A reader takes the subject of the nearest clause before: the League condemned and said. So does
a participle set after a second clause ("Prosecutors charged the guard and the mayor fired the
chief, admitting ..."), where the parser leaves "the mayor" joined to "the guard": the mayor
admits. And in "A group of pastors called for a boycott, and the Freedom League condemned it" the
parser may make "called" a clause on the pastors and the two groups one subject of "condemned":
the League condemns. A name set off after a dash before the verb ("It was no accident — Ana Ruiz,
a spokeswoman, told reporters ...") may be hung on the first clause as an aside, and the verb
joined to that clause: the name is its subject. In "The only time it came up was when Ana Ruiz
mocked the mayor, referred to his debts and considered ..." the parser hangs each verb of the
series on "was", whose subject is "the only time": Ana Ruiz mocked, referred and considered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_phrases import source_tokens, stranded_subject
from sitrep.extract.sources import source_head

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Verbs that take their subject from the clause they hang on: a second verb, a participle.
BORROWING = frozenset({"conj", "advcl"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})
DASHES = frozenset({"—", "–", "--"})


def nearer_clause_subject(source: list[Token], cue: Token | None) -> list[Token] | None:
    """The subject of the clause nearest before the cue, where the source is the subject of one
    further away; None where the source stands."""
    split = _second_subject(source)
    if split is not None:
        return split
    named = _subject_after_dash(source, cue) or _series_subject(source, cue)
    if named is not None:
        return named
    if cue is None or cue.dep_ != "advcl" or cue.head.dep_ != "conj":
        return _sibling_subject(source, cue)
    if any(c.dep_ in SUBJECTS for c in (*cue.children, *cue.head.children)):
        return None
    stranded = stranded_subject(cue.head)
    return stranded if stranded and not {t.i for t in stranded} & {t.i for t in source} else None


def _second_subject(source: list[Token]) -> list[Token] | None:
    """ "a group of pastors called for ..., and the League condemned": a subject whose noun has
    a finite verb hung on it and a second noun joined after that verb is the second noun."""
    if not source:
        return None
    head = source_head(source)
    if head.dep_ not in SUBJECTS:
        return None
    clause = next((c for c in head.children if c.dep_ == "acl" and c.tag_ in FINITE), None)
    if clause is None:
        return None
    joined = [c for c in head.children if c.dep_ == "conj" and c.i > clause.i]
    return source_tokens(joined[0]) if joined and joined[0].pos_ in {"NOUN", "PROPN"} else None


def _subject_after_dash(source: list[Token], cue: Token | None) -> list[Token] | None:
    """ "It was no accident — Ana Ruiz, a spokeswoman, told reporters ...": a verb joined to the
    clause the source is subject of, with no subject of its own, takes the noun phrase between
    a dash and itself, where that phrase holds no verb."""
    if cue is None or not source or cue.dep_ != "conj" or cue.pos_ != "VERB":
        return None
    if any(c.dep_ in SUBJECTS for c in cue.children) or cue.head.i > cue.i:
        return None
    if not any(c.dep_ in SUBJECTS and c.i == source_head(source).i for c in cue.head.children):
        return None
    dashes = [t.i for t in cue.doc[cue.head.i + 1 : cue.i] if t.text in DASHES]
    phrase = [t for t in cue.doc[dashes[-1] + 1 : cue.i] if not t.is_punct] if dashes else []
    roots = [t for t in phrase if not phrase[0].i <= t.head.i < cue.i]
    if len(roots) != 1 or roots[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in phrase):
        return None
    return source_tokens(roots[0]) or None


def _series_subject(source: list[Token], cue: Token | None) -> list[Token] | None:
    """ "... was when Ana Ruiz mocked the mayor, referred to his debts and considered ...": a
    finite verb with no subject, set off by a comma right after a finite verb with one that hangs
    on the same clause, goes on from that verb and shares its subject; so do the verbs joined to
    it."""
    if cue is None or not source or cue.tag_ not in FINITE:
        return None
    first = cue
    while first.dep_ == "conj" and first.head.tag_ in FINITE and first.head.i < first.i:
        first = first.head
    if first.dep_ not in BORROWING or any(c.dep_ in SUBJECTS for c in first.children):
        return None
    head = first.head
    if not any(c.dep_ in SUBJECTS and c.i == source_head(source).i for c in head.children):
        return None
    before = [c for c in head.children if head.i < c.i < first.i and c.dep_ in BORROWING]
    if not before or before[-1].tag_ not in FINITE or first.doc[first.i - 1].text != ",":
        return None
    if before[-1].right_edge.i < first.i - 2:  # the comma may be the earlier verb's
        return None
    subjects = [c for c in before[-1].children if c.dep_ in SUBJECTS and c.i < before[-1].i]
    return source_tokens(subjects[0]) if subjects else None


def _sibling_subject(source: list[Token], cue: Token | None) -> list[Token] | None:
    """The subject of the last clause joined between the verb the source is subject of and the
    cue; None where the cue has a subject of its own or no such clause stands between."""
    if cue is None or not source or cue.dep_ not in BORROWING or cue.pos_ != "VERB":
        return None
    if any(c.dep_ in SUBJECTS for c in cue.children):
        return None
    head, source_ids = cue.head, {t.i for t in source}
    if not any(c.dep_ in SUBJECTS and c.i in source_ids for c in head.children):
        return None
    between = [c for c in head.children if c.dep_ == "conj" and head.i < c.i < cue.i]
    for clause in reversed(between):
        subjects = [c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i]
        if subjects:
            return _joined([t for s in subjects for t in source_tokens(s)])
    return None


def _joined(tokens: list[Token]) -> list[Token]:
    """Two subjects the parser splits ("the rights group the Freedom League") as one phrase."""
    doc, first, last = tokens[0].doc, min(t.i for t in tokens), max(t.i for t in tokens)
    return list(doc[first : last + 1])
