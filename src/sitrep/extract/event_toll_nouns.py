"""A toll that names its act: "the number of people killed in the shelling rose to 23".

When a sentence tells two violent acts ("..., as fighting spread north of the town"), each act
takes only the counts of its own clause, lest one act's dead go to the other. A count whose
subject says which act it is of ("people killed in Russian shelling", "those wounded by the
blast") is that act's toll wherever the count stands in the sentence: the words name the act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_victims import HARM_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Quantity

NAMING_PREPS = frozenset({"in", "by", "during"})


def toll_naming_act(doc: Doc, quantity: Quantity, act: Token) -> bool:
    """Whether `quantity` counts the dead or wounded its sentence says fell in `act`, the act's
    noun ("shelling" in "the number of people killed in Russian shelling rose to at least 23")."""
    prep = act.head
    harm = prep.head
    if act.dep_ != "pobj" or prep.lower_ not in NAMING_PREPS or harm.lower_ not in HARM_VERBS:
        return False
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    verb = span.root
    while not verb.tag_.startswith("VB") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(harm in s.subtree for s in subjects)
