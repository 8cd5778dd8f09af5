"""The verbs that share an event's clause: where the parser hangs its time and place.

A wire lead tells one occasion with two verbs, and the parser hangs the time or the place on
either: in "A shell hit the market in Izium and wounded 14 people late on Sunday", Sunday sits on
"wounded", yet it dates the hit; in "Guards fired water cannon to scatter marchers outside the
ministry in Yerevan on Friday, and held 30 people", the detentions are dated and placed by the
words on "scatter", the complement of "fired". A partner with a subject of its own is another
clause ("troops withdrew and rebels entered the town on Monday", "rioters clashed with police
on Friday, and officers arrested 60": neither side's words date the other), and a report is
never one ("the army said on Monday").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
SETTING_LINKS = frozenset({"advmod", "npadvmod", "prep"})


def partner_verbs(doc: Doc, verbs: Iterable[int]) -> set[int]:
    """The verbs coordinated with `verbs` in their clause and the complements they govern."""
    group = {i for i in verbs if doc[i].pos_ in ("VERB", "AUX")}
    for i in list(group):
        if doc[i].dep_ == "conj" and _has_own_subject(doc[i]):
            group -= {a.i for a in doc[i].ancestors}  # "..., and officers arrested 60"
    found = {c.i for i in group for c in doc[i].children if _shares_the_clause(c)}
    found |= {c.i for i in group | found for c in doc[i].children if c.dep_ == "xcomp"}
    return {i for i in found - group if doc[i].lower_ not in lex.REPORTING_VERBS}


def partner_setting_words(doc: Doc, verbs: Iterable[int]) -> set[int]:
    """The words telling when and where on the partners of `verbs` ("early Sunday", "in Izium")."""
    words: set[int] = set()
    for i in partner_verbs(doc, verbs):
        for child in doc[i].children:
            if child.dep_ in SETTING_LINKS:
                words |= {t.i for t in child.subtree}
    return words


def _shares_the_clause(verb: Token) -> bool:
    return (
        verb.dep_ == "conj" and verb.pos_ == "VERB" and not _has_own_subject(verb) and _joined(verb)
    )


def _joined(verb: Token) -> bool:
    """An "and" or "or" joins the partner to its list: a verb the parser hangs on another with
    none is a misread ("killed in the firefight, including a leader wanted for ...")."""
    members = {verb.head.i} | {c.i for c in verb.head.children if c.dep_ == "conj"}
    between = verb.doc[verb.head.i + 1 : verb.i]
    return any(t.dep_ == "cc" and t.head.i in members for t in between)


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in OWN_SUBJECTS for c in verb.children)
