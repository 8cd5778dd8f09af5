"""A possessive pronoun as a source stands for the subject of its clause: "she laid out her
plan", "Trump, though, would have to identify his views". The subject names the speaker where
the pronoun only points back to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_phrases import source_tokens
from sitrep.extract.claim_spans import RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Possessive pronouns that may stand for a clause's subject, and whether that subject is plural.
POSSESSIVE_NUMBER = {"his": False, "her": False, "its": False, "their": True}
# The subject pronoun each possessive points back to.
POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# Verbs that take their subject from the verb above: "appeared to betray her concern", "spoke
# and toned down his criticism", "while keeping his promise".
SUBJECTLESS_LINKS = frozenset({"xcomp", "conj", "advcl"})


def possessor_as_subject(source: list[Token]) -> list[Token]:
    """ "Trump is doubling down on his attacks", "she laid out her plan": a pronoun holder of
    what the clause's subject does to it is that subject, which names the speaker. Not where the
    verb has another object ("attacked Clinton for her support": "her" may be Clinton), nor
    where the subject's number does not fit the pronoun."""
    if len(source) != 1 or source[0].dep_ != "poss" or source[0].lower_ not in POSSESSIVE_NUMBER:
        return source
    noun = source[0].head
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in {"dobj", "pobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return source
    others = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i != noun.i]
    holder = source[0].lower_
    subject = _subject_above(verb, holder) if noun.dep_ == "dobj" else _subject_before(verb, holder)
    if others or subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return source
    if _is_plural(subject) != POSSESSIVE_NUMBER[source[0].lower_]:
        return source
    return source_tokens(subject) or source


def _subject_before(verb: Token, holder: str) -> Token | None:
    """The verb's subject before it; a passive one only as the pronoun the holder points back
    to (the parser takes "He's been stepping up his critique" for a passive), for "The bill
    passed despite her objection" is no bill's objection."""
    return next(
        (
            c
            for c in verb.children
            if c.i < verb.i
            and (
                c.dep_ == "nsubj"
                or (c.dep_ == "nsubjpass" and c.lower_ == POSSESSIVE_SUBJECTS[holder])
            )
        ),
        None,
    )


def _subject_above(verb: Token, holder: str) -> Token | None:
    """The subject of the verb whose direct object is held, or of the verbs it hangs from
    where it has none of its own. A prepositional object is not followed up: "is going to win
    with her message" may be anyone's message."""
    for _ in range(3):
        subject = _subject_before(verb, holder)
        if subject is not None or verb.dep_ not in SUBJECTLESS_LINKS or verb.head.i == verb.i:
            return subject
        if verb.head.pos_ not in {"VERB", "AUX"}:
            return None
        verb = verb.head
    return None


def _is_plural(noun: Token) -> bool:
    return (
        noun.tag_ in {"NNS", "NNPS"}
        or noun.lower_ in {"they", "we"}
        or any(c.dep_ == "conj" for c in noun.children)
    )
