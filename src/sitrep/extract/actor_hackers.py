"""Sides told by the name they call themselves: "a group calling itself the Cyber Army of Light".

A hacking group is seldom named as armed groups are: reports say "a group calling itself X", and
the name it gives itself is its name, whatever the actor table knows. Only a group says so: the
subject's own clause ("hackers from a group calling itself X"), on a group's noun, not a man
calling himself a name nor a group another side hunts ("soldiers hunting a group calling itself X"
acted themselves). Hackers told by whom they are tied to are read with every unnamed side
(`actor_ties`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import normalize_actor
from sitrep.extract.event_inflections import forms
from sitrep.extract.event_inflections import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CALLING = forms("call name dub style")
_REFLEXIVES = frozenset(_w("itself themselves"))
_NAME_LINKS = frozenset(_w("of for al"))  # "Cyber Army of Light"
# Nouns of a group that may name itself ("a group calling itself", "hackers calling themselves").
_GROUP_NOUNS = frozenset(
    _w(
        "group groups collective collectives hackers hacker outfit outfits organisation "
        "organization movement network cell faction"
    )
)
_MEMBERS_OF = frozenset(_w("from of"))  # "hackers from a group calling itself ..."


def self_named_group(subject: Token) -> str | None:
    """ "a group calling itself the Dawn Front", "hackers from a group calling itself X": the
    name a group gives itself, as the actor table reads it or as written."""
    for verb in (c for group in _groups(subject) for c in group.children):
        if verb.dep_ not in ("acl", "relcl") or verb.lower_ not in _CALLING:
            continue
        reflexive = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _REFLEXIVES), None
        )
        text = _name_after(reflexive) if reflexive is not None else None
        if text:
            return normalize_actor(text) or text
    return None


def _groups(subject: Token) -> list[Token]:
    """The subject and the group it is from ("hackers from a group"), when they are groups."""
    of = [c for c in subject.children if c.dep_ == "prep" and c.lower_ in _MEMBERS_OF]
    found = [subject] + [o for p in of for o in p.children if o.dep_ == "pobj"]
    return [g for g in found if g.lower_ in _GROUP_NOUNS]


def _name_after(reflexive: Token) -> str | None:
    """The proper name after "itself", read in word order: the parser may hang its last word on
    the main verb ("calling itself the Iron/compound Owls/nsubj attacked")."""
    doc = reflexive.doc
    i = reflexive.i + 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    words: list[str] = []
    while i < len(doc) and (_proper(doc, i) or (words and _links_names(doc, i))):
        words.append(doc[i].text)
        i += 1
    return " ".join(words) or None


def _proper(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].tag_ in ("NNP", "NNPS")


def _links_names(doc: Doc, i: int) -> bool:
    """ "of" in "Cyber Army of Light": a small word with a proper name after it."""
    return doc[i].lower_ in _NAME_LINKS and _proper(doc, i + 1)
