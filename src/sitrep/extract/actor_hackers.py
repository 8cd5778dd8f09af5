"""Sides told by what they call themselves or whom they are tied to: cyberattackers, mostly.

A hacking group is seldom named as armed groups are. Reports say "a group calling itself the
Cyber Army of Light" (the name it gives itself is its name, whatever the actor table knows) or
"hackers linked to Russian intelligence", "Iran-backed hackers" (no name, but a tie a reader
filters by). An empty actor loses both, and the state named in the tie did not itself act, so
the side is named for the tie: "Russia-linked hackers", unnamed for linking
(`actor_unnamed.is_unnamed_side` reads the last word).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import normalize_actor
from sitrep.extract.event_inflections import forms
from sitrep.extract.event_inflections import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

HACKERS = frozenset(_w("hacker hackers"))
# Verbs that tie a side to its sponsor ("linked to", "backed by"), in the forms a tie is told in.
_TYING = frozenset(_w("linked tied backed affiliated connected sponsored"))
_CALLING = forms("call name dub style")
_REFLEXIVES = frozenset(_w("itself themselves himself"))
_TIE_PREPS = frozenset(_w("to by with"))
_NAME_LINKS = frozenset(_w("of for al"))  # "Cyber Army of Light"


def self_named_group(subject: Token) -> str | None:
    """ "a group calling itself the Dawn Front", "hackers from a group calling itself X": the
    name a group gives itself, as the actor table reads it or as written."""
    for verb in subject.subtree:
        if verb.dep_ not in ("acl", "relcl") or verb.lower_ not in _CALLING:
            continue
        reflexive = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _REFLEXIVES), None
        )
        text = _name_after(reflexive) if reflexive is not None else None
        if text:
            return normalize_actor(text) or text
    return None


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


def linked_hackers(subject: Token) -> str | None:
    """ "Russia-linked hackers", "hackers linked to Russian intelligence": "Russia-linked
    hackers", named for the side they are tied to."""
    if subject.lower_ not in HACKERS:
        return None
    sponsor = next((s for s in _sponsors(subject) if s is not None), None)
    return f"{sponsor}-linked hackers" if sponsor is not None else None


def _sponsors(subject: Token) -> list[str | None]:
    """The sides named in the ties of `subject`: before it ("Russia-linked"), after it ("linked
    to Russia"), or over it when the parser hung the subject on the tie ("Hackers/nsubj
    linked/ROOT to Russian intelligence attacked/conj ...")."""
    ties = [c for c in subject.children if c.dep_ in ("amod", "acl") and c.lower_ in _TYING]
    if subject.dep_ == "nsubj" and subject.head.lower_ in _TYING:
        ties.append(subject.head)
    found: list[str | None] = []
    for tie in ties:
        before = [t for t in tie.subtree if t.i < tie.i and t.dep_ != "punct"]
        after = [
            o
            for p in tie.children
            if p.lower_ in _TIE_PREPS
            for o in p.children
            if o.dep_ == "pobj"
        ]
        phrases = [" ".join(t.text for t in before)] + [
            " ".join(t.text for t in o.subtree) for o in after
        ]
        found += [normalize_actor(p) for p in phrases if p]
    return found
