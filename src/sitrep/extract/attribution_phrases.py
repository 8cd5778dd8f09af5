"""The noun phrase that names a speaker, cut from the parse: the subject's phrase less its
relative clauses, participles and trailing time phrases ("the minister on Friday")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import trim

if TYPE_CHECKING:
    from spacy.tokens import Token


# The longest comma aside looked past between a joined subject and its verb.
ASIDE_LENGTH = 15


def modified_np(head: Token, clause: Token) -> list[Token]:
    """The noun phrase a participle or relative clause modifies, less that clause."""
    drop = {t.i for t in clause.subtree}
    return trim(contiguous([t for t in source_tokens(head) if t.i not in drop], head))


def source_tokens(head: Token) -> list[Token]:
    """The subject's phrase, less trailing time phrases ("the minister on Friday") and relatives,
    but for the participle or relative clause that makes a bare "those" a source ("those
    surveyed said", "those who back the plan say"): without it nobody is left to speak."""
    drop: set[int] = set()
    for child in head.children:
        bare = head.lower_ == "those" and child.dep_ in {"acl", "relcl"}
        if (child.dep_ in {"relcl", "acl"} and not bare) or (
            child.dep_ == "prep" and is_time_phrase(child)
        ):
            drop |= {t.i for t in child.subtree}
    tokens = [t for t in head.subtree if t.i not in drop]
    return trim(contiguous(tokens, head))


def contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The run of tokens around the head with no gap: a phrase the parser scattered ends there."""
    ids = {t.i for t in tokens}
    start = end = head.i
    while start - 1 in ids:
        start -= 1
    while end + 1 in ids:
        end += 1
    return [t for t in tokens if start <= t.i <= end]


def is_time_phrase(prep: Token) -> bool:
    """ "on Friday", "at noon": when it was said, no part of who said it."""
    return any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree)


def stranded_subject(verb: Token) -> list[Token]:
    """ "Many said they would skip the hearing and others have said they will not speak": the
    parser joins the second subject to the first clause's object ("the hearing and others") and
    leaves the second verb, coordinated with the first, without a subject. A noun so joined
    right before the verb, or before a comma aside ("and Cruz, as he has before, opposed it"),
    is its subject."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    paired = _paired_subject(verb)
    if paired is not None:
        return source_tokens(paired)
    if verb.tag_ != verb.head.tag_:
        return []  # two clauses in step ("said ... and others said"), not "X and others focused"
    position = verb.i - 1
    while position > 0 and verb.doc[position].pos_ in {"AUX", "PART", "ADV"}:
        position -= 1
    if verb.doc[position].text == ",":
        position = _before_aside(verb, position)
    noun = verb.doc[position]
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "and one in four said"
    joined = noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PRON", "PROPN", "NUM"}
    opened = any(c.dep_ == "cc" for c in noun.head.children if c.i < noun.i)
    inside_first_clause = noun.head.i > verb.head.i
    if not joined or not opened or not inside_first_clause:
        return []
    return source_tokens(noun)


def _paired_subject(verb: Token) -> Token | None:
    """ "... has long been a top concern for unions and both the Nurses Federation and the Care
    Workers Alliance endorsed him": a pair opened by "both" (or "either", "neither") right before
    the verb starts a subject of its own, whatever the tense of the first clause."""
    noun = verb.doc[verb.i - 1]
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        if any(c.dep_ == "preconj" for c in noun.children):
            break
        noun = noun.head
    opens = any(c.dep_ == "preconj" for c in noun.children)
    inside_first_clause = noun.dep_ == "conj" and noun.head.i > verb.head.i
    return noun if opens and inside_first_clause and noun.pos_ in {"NOUN", "PROPN"} else None


def _before_aside(verb: Token, closing: int) -> int:
    """The word before a comma aside that ends at `closing` (", as he has in the past,"): an
    aside hangs on one of the two verbs and holds nothing else; otherwise the comma itself."""
    doc = verb.doc
    for opening in range(closing - 1, max(closing - ASIDE_LENGTH, 0), -1):
        if doc[opening].text == ",":
            inside = range(opening + 1, closing)
            heads = {verb.i, verb.head.i, *inside}
            aside = all(doc[i].head.i in heads for i in inside)
            return opening - 1 if aside else closing
    return closing
