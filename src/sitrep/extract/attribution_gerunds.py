"""Reporting gerunds after a preposition ("since announcing that ...", "despite challenging X",
"was aggressive in pushing for ..."): whose words they are.

English leaves the subject of such a gerund unsaid; it is the subject of the clause the phrase
belongs to, also where the phrase hangs on a predicate adjective or noun ("was magnanimous in
declaring victory", "were in the lead in advocating"). Prepositions that do not make the
subject the doer are left out: "of" ("accused of supporting", "no way of knowing") and "for"
("praised her for speaking out") often belong to someone else's act or to no act at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions whose gerund is done by the clause's subject, as with "in addition to"
# (`_in_addition_to`). "by", "after", "before", "while", "upon" and "when" the subject climb
# already follows when they hang on a verb.
DOER_PREPOSITIONS = frozenset({"since", "despite"})
# "in" only on a predicate ("was vocal in opposing", "a leader in supporting"): on a verb it
# often frames a topic ("In discussing the scandals, he ...") rather than a statement.
PREDICATE_PREPOSITIONS = frozenset({"in"})
# Predicates that say what the subject would like to do, not what it does: "interested in
# hearing".
WANTING_ADJECTIVES = frozenset({"interested", "keen", "eager"})
# Links from the preposition's head up to the clause's verb: a predicate adjective ("was
# aggressive in"), a predicate noun ("a leader in") or the noun of a predicate phrase ("in the
# lead in").
PREDICATE_DEPS = frozenset({"acomp", "attr", "pobj", "prep"})


def gerund_clause(gerund: Token) -> Token | None:
    """The verb whose subject does what a gerund after a doer preposition says, or None."""
    preposition = gerund.head
    if (
        gerund.tag_ != "VBG"
        or gerund.dep_ != "pcomp"
        or preposition.dep_ != "prep"
        or not (
            preposition.lower_ in DOER_PREPOSITIONS | PREDICATE_PREPOSITIONS
            or _in_addition_to(preposition)
        )
    ):
        return None
    node = preposition.head
    if preposition.lower_ in PREDICATE_PREPOSITIONS and (
        node.pos_ == "VERB" or node.lower_ in WANTING_ADJECTIVES
    ):
        return None
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.dep_ not in PREDICATE_DEPS or node.head.i == node.i:
            return None
        node = node.head
    return None


def _in_addition_to(preposition: Token) -> bool:
    """ "In addition to stating that ..., Clinton has vowed ...": the clause's subject states."""
    addition = preposition.head
    return (
        preposition.lower_ == "to"
        and addition.lower_ == "addition"
        and addition.head.lower_ == "in"
    )
