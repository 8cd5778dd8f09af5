"""Reporting gerunds after a preposition ("since announcing that ...", "despite challenging X",
"was aggressive in pushing for ..."): whose words they are.

English leaves the subject of such a gerund unsaid; it is the subject of the clause the phrase
belongs to, also where the phrase hangs on a predicate adjective or noun ("was magnanimous in
declaring victory", "were in the lead in advocating"). Prepositions that do not make the
subject the doer are left out: "of" ("accused of supporting", "no way of knowing") and "for"
("praised her for speaking out") often belong to someone else's act or to no act at all.
"aside from" and "apart from" set one statement beside the clause's act ("declined to give
a date, aside from saying it would be soon").

Where the parser gives the clause a second subject after the phrase (a quoted fragment it read as
one), the subject set off before the phrase still speaks: "The chief, despite admitting ...,
the families “deserve ...”".

A bare reporting gerund after a comma, which the parser made the subject of the clause it
reports (", writing “Feels great to ...”", ", mentioning the album is nearly done"), likewise
speaks for the main clause's subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions whose gerund is done by the clause's subject, as with "in addition to"
# (`_in_addition_to`). "by", "after", "before", "while", "upon" and "when" the subject climb
# already follows when they hang on a verb.
DOER_PREPOSITIONS = frozenset({"since", "despite"})
# Forms of "join", whose "in" and gerund the subject does with others ("joined X in urging").
JOINING = frozenset({"join", "joins", "joined", "joining"})
# Verbs of taking up a habit, before "to" and a gerund ("has taken to calling him ...").
HABIT_VERBS = frozenset(
    {"take", "takes", "took", "taken", "taking", "resort", "resorts", "resorted", "resorting"}
)
# "in" only on a predicate ("was vocal in opposing", "a leader in supporting") or after "join"
# (`_joining`): on another verb it often frames a topic ("In discussing the scandals, he ...")
# rather than a statement.
PREDICATE_PREPOSITIONS = frozenset({"in"})
# Adverbs that make "from" a doer preposition: "aside from saying", "apart from noting".
SETTING_ASIDE = frozenset({"aside", "apart"})
# Predicates that say what the subject would like to do, not what it does: "interested in
# hearing".
WANTING_ADJECTIVES = frozenset({"interested", "keen", "eager"})
# Links from the preposition's head up to the clause's verb: a predicate adjective ("was
# aggressive in"), a predicate noun ("a leader in") or the noun of a predicate phrase ("in the
# lead in").
PREDICATE_DEPS = frozenset({"acomp", "attr", "pobj", "prep"})


def gerund_clause(gerund: Token) -> Token | None:
    """The verb whose subject does what a gerund after a doer preposition says, or None."""
    if gerund.dep_ in {"nsubj", "csubj"}:
        return misread_gerund_clause(gerund)
    preposition = gerund.head
    if (
        gerund.tag_ != "VBG"
        or gerund.dep_ != "pcomp"
        or preposition.dep_ != "prep"
        or not (
            preposition.lower_ in DOER_PREPOSITIONS | PREDICATE_PREPOSITIONS
            or _in_addition_to(preposition)
            or _habit_taken_up(preposition)
            or _set_aside(preposition)
            or _joining(preposition)
        )
    ):
        return None
    node = preposition.head.head if _set_aside(preposition) else preposition.head
    if (
        preposition.lower_ in PREDICATE_PREPOSITIONS
        and (node.pos_ == "VERB" or node.lower_ in WANTING_ADJECTIVES)
        and not _joining(preposition)
    ):
        return None
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.dep_ not in PREDICATE_DEPS or node.head.i == node.i:
            return None
        node = node.head
    return None


def subject_before_adjunct(gerund: Token) -> Token | None:
    """The subject set off right before the gerund's phrase ("The chief, despite admitting ...,"),
    when the clause's verb has another subject after the phrase, which the parser took from a
    quoted fragment; None otherwise."""
    preposition = gerund.head
    if gerund.dep_ != "pcomp" or preposition.dep_ != "prep":
        return None
    verb = preposition.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < preposition.i]
    after = [c for c in subjects if preposition.i < c.i < verb.i]
    if not before or not after:
        return None
    edge = before[-1].right_edge
    gap = [t.text for t in verb.doc[edge.i + 1 : preposition.i]]
    set_off = gap == [","] if edge.text != "," else not gap
    return before[-1] if set_off else None


def misread_gerund_clause(token: Token) -> Token | None:
    """The main verb a bare gerund after a comma adjoins, when the parser made the gerund the
    subject of the clause it reports (", writing “Feels great”"): a gerund that truly is a
    subject carries its own object or complement ("Writing books pays")."""
    doc = token.doc
    reported = token.head
    if (
        token.tag_ != "VBG"
        or token.dep_ not in {"nsubj", "csubj"}
        or token.n_lefts + token.n_rights > 0
        or token.i == 0
        or doc[token.i - 1].text != ","
        or reported.i < token.i
        or reported.dep_ not in {"ccomp", "conj"}
        or reported.head.i > token.i
    ):
        return None
    return reported.head


def _habit_taken_up(preposition: Token) -> bool:
    """ "Kasich has taken to urging voters ...", "resorted to calling him names": the subject
    has made a habit of saying so."""
    return preposition.lower_ == "to" and preposition.head.lower_ in HABIT_VERBS


def _joining(preposition: Token) -> bool:
    """ "is joining his rival in calling for an inquiry": the subject makes the same demand."""
    return preposition.lower_ == "in" and preposition.head.lower_ in JOINING


def _set_aside(preposition: Token) -> bool:
    """ "aside from saying it would be soon": "from" on "aside" or "apart"."""
    return preposition.lower_ == "from" and preposition.head.lower_ in SETTING_ASIDE


def _in_addition_to(preposition: Token) -> bool:
    """ "In addition to stating that ..., Clinton has vowed ...": the clause's subject states."""
    addition = preposition.head
    return (
        preposition.lower_ == "to"
        and addition.lower_ == "addition"
        and addition.head.lower_ == "in"
    )
