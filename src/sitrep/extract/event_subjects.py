"""Who a clause's subject is: the subject it borrows, and the words of it that name no side.

"Rebels stormed the town, looting shops": the looting is the rebels'. A verb without a subject
of its own borrows the subject of the clause it depends on (an infinitive, a conjunct, an
adverbial or a prepositional clause). A passive adverbial clause does not: in "the agency
suspended deliveries after a driver was shot dead", the driver is the victim and the agency did
not shoot him; who did is unsaid. A name the parser took for the object of "after" may be the
subject of the verb after it (`subject_read_as_object`), and a verb it hung on a tie it took for
the main verb ("Hackers linked/ROOT to Russia attacked/dep") has the tie's subject.

A subject phrase may also say where the side is ("militants in northeast Nigeria"): the place
is where they were, not who they are, and names no actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actor_ties import TYING

if TYPE_CHECKING:
    from spacy.tokens import Token

BORROWING_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp"})
WHEREABOUTS_PREPS = frozenset({"in", "near", "around", "outside"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words that open a clause but also a phrase, so that the parser may take a clause's subject
# for their object: "a week after Azerbaijan retook it".
CLAUSE_OPENERS = frozenset({"after", "before", "since", "until"})


def borrows_subject(verb: Token) -> bool:
    """Whether `verb` takes the subject of the clause it hangs on."""
    if verb.dep_ == "dep" and verb.head.lower_ in TYING and verb.head.tag_ == "VBN":
        return True  # "Hackers linked/ROOT to Russia attacked/dep": the tie read as the verb
    if verb.dep_ not in BORROWING_DEPS or verb.head.i == verb.i:
        return False
    return verb.dep_ != "advcl" or not any(c.dep_ == "nsubjpass" for c in verb.children)


def subject_read_as_object(verb: Token) -> Token | None:
    """ "a week after Azerbaijan retook it": the name right before a finite verb with no subject
    of its own, which the parser took for the object of "after", is the verb's subject."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP", "VB") or verb.pos_ != "VERB":
        return None
    if verb.dep_ not in ("dep", "advcl", "conj") or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return None
    name = verb.doc[verb.i - 1]
    opened = name.dep_ == "pobj" and name.head.lower_ in CLAUSE_OPENERS
    return name if opened and name.pos_ == "PROPN" else None


def whereabouts(prep: Token) -> bool:
    """ "in northeast Nigeria", "near Goma": a preposition of a subject phrase bringing in a
    place ("in cooperation with the allied forces" brings in none)."""
    if prep.dep_ != "prep" or prep.lower_ not in WHEREABOUTS_PREPS:
        return False
    return any(c.dep_ == "pobj" and c.ent_type_ in PLACE_LABELS for c in prep.children)
