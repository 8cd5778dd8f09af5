"""Speakers inside small clauses: "the show ended with the host asking whether ...", "the
scandal has left most voters saying ...". The noun before the participle is its subject, so it
speaks, not the main clause's subject (the show, the scandal)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_phrases import source_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose object a participle describes as doing something: "left voters saying", "found
# half of them agreeing", "had people asking", "saw protesters chanting".
SMALL_CLAUSE_VERBS = frozenset(
    {"leave", "leaves", "left", "leaving", "find", "finds", "found", "finding"}
    | {"have", "has", "had", "having", "keep", "keeps", "kept", "keeping"}
    | {"see", "sees", "saw", "seen", "hear", "hears", "heard", "get", "gets", "got"}
)
PARTICIPLE_DEPS = frozenset({"advcl", "acl", "xcomp", "ccomp"})


def small_clause_speaker(token: Token) -> list[Token]:
    """The subject of a participle's small clause: the object of "with" ("with the host
    asking") or of a verb like "leave" ("left voters saying") right before it."""
    if token.tag_ != "VBG" or token.dep_ not in PARTICIPLE_DEPS or token.i == 0:
        return []
    noun = _object_before(token)
    if noun is None:
        return []
    absolute = (
        noun.dep_ == "pobj" and noun.head.lower_ == "with" and token.head in {noun, noun.head.head}
    )
    described = (
        noun.dep_ == "dobj" and token.head == noun.head and noun.head.lower_ in SMALL_CLAUSE_VERBS
    )
    return source_tokens(noun) if absolute or described else []


def _object_before(token: Token) -> Token | None:
    """The object (of a verb or a preposition) whose phrase ends right before the token; a
    share's "of" phrase is part of it ("62 percent of voters")."""
    noun = token.doc[token.i - 1]
    while noun.dep_ not in {"pobj", "dobj"} and noun.head.i != noun.i and noun.head.i < token.i:
        noun = noun.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.dep_ == "prep":
        noun = noun.head.head
    if noun.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"} or noun.right_edge.i != token.i - 1:
        return None
    return noun
