"""Acts told inside what a speaker denies: "Moscow denied that its forces struck the hospital".

One sentence may deny one act and assert another ("The army denied it had carried out any strike
on the school and said that four people were killed when its jets struck a depot"): the strike
denied and the strike told done are two events, so triggers are grouped apart by this test
(`event_groups.group_by_type`) and the denied one reads "denied" (`event_modality.event_modality`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_inflections import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Token

DENYING = frozenset(
    _w("deny denies denied denying dismiss dismissed dismisses refute refuted rejected")
)
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "pcomp", "dobj"})
_CLIMBED = frozenset({"conj", "xcomp", "prep", "pobj", "pcomp", "dobj"})


def in_denied_claim(token: Token) -> bool:
    """The act is what someone denies ("denied that its forces struck", "denied launching an
    offensive"); not one told in a report coordinated with the denial ("... and said ...")."""
    current = token
    for _ in range(6):
        if current.dep_ in _COMPLEMENTS and current.head.lower_ in DENYING:
            return not _clause_before_semicolon(current)
        if current.dep_ not in _CLIMBED or current.head.i == current.i:
            return False
        current = current.head
    return False


def _clause_before_semicolon(clause: Token) -> bool:
    """ "Hackers claim attack; Moscow denies role": a clause closed by a semicolon before the
    denial is a report of its own, which the parser hung on the denying verb."""
    verb = clause.head
    between = clause.doc[clause.i : verb.i]
    return clause.i < verb.i and any(t.text == ";" for t in between)
