"""A participle set off after a clause that tells when something happened: "The first incident
came on Tuesday, when protesters interrupted her speech, shouting that ...". The main clause's
subject is an event ("the incident came", "it was a rout") and cannot shout or say anything, so
the adverbial clause right before the comma, with a subject of its own, does the speaking."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of which events, not people, are the subject: "the attack came", "the clash erupted".
HAPPENING_VERBS = frozenset(
    {"come", "comes", "came", "happen", "happens", "happened", "occur", "occurs", "occurred"}
    | {"erupt", "erupts", "erupted", "unfold", "unfolds", "unfolded", "begin", "begins", "began"}
)
COPULAS = frozenset({"is", "was", "are", "were", "be", "been"})
# Subjects of a copula that stand for a situation, not a speaker: "it was a rout".
SITUATION_PRONOUNS = frozenset({"it", "this", "that"})
SPEAKER_ENTITIES = frozenset({"PERSON", "NORP", "ORG"})


def happening_speaker_clause(participle: Token) -> Token | None:
    """The adverbial clause whose subject speaks for a participle after it, where the clause it
    hangs on only tells of an event; None otherwise."""
    head = participle.head
    comma = participle.i - 1
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or comma < 0:
        return None
    if participle.doc[comma].text != "," or not _tells_of_an_event(head):
        return None
    for clause in head.children:
        if clause.dep_ == "advcl" and clause.right_edge.i == comma - 1 and _has_subject(clause):
            return clause
    return None


def _tells_of_an_event(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "expl"}]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if verb.lower_ in COPULAS:
        return subject.lower_ in SITUATION_PRONOUNS or subject.dep_ == "expl"
    return (
        verb.lower_ in HAPPENING_VERBS
        and subject.pos_ == "NOUN"
        and subject.ent_type_ not in SPEAKER_ENTITIES
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
