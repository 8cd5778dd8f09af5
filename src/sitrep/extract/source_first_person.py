"""Who "we" is in a statement an article reproduces ("The statement, posted on the group's
accounts, is reproduced below." and then "We warn all civilians ..."): the group the article
says issued it. A reader looking up the claim wants the group, not an anonymous "we"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, tokens_between
from sitrep.extract.source_lexicon import GROUP_DESCRIPTIONS
from sitrep.extract.sources import head_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

FIRST_PERSON_PLURAL = frozenset({"we", "us"})
# What a group issues and an article reproduces.
ISSUED_TEXTS = frozenset({"statement", "release", "communique", "communiqué", "message"})
# How far before the "we" the article may introduce the statement it reproduces.
INTRODUCTION_REACH = 600


def statement_issuer(item: Found, seen: list[Found]) -> Found | None:
    """The earlier source described by "the group" (or "the movement", "the militia") in the
    last sentence before a "we" source that names an issued text, when no one else is reported
    between that sentence and the "we"."""
    if len(item.source) != 1 or item.source[0].lower_ not in FIRST_PERSON_PLURAL:
        return None
    we = item.source[0]
    before = tokens_between(we.doc, max(0, we.idx - INTRODUCTION_REACH), we.sent.start_char)
    introductions = [t.sent for t in before if t.lower_ in ISSUED_TEXTS and _group_nouns(t)]
    if not introductions:
        return None
    introduced_at = introductions[-1].end_char
    if any(f.cue and introduced_at <= f.cue[0] < we.idx for f in seen):
        return None
    groups = _group_nouns(introductions[-1][0])
    described = (f for f in reversed(seen) if f.source and head_lemma(f.source) in groups)
    return next(described, None)


def _group_nouns(token: Token) -> set[str]:
    """ "the group's", "the movement": the group descriptions of the token's sentence."""
    return {
        t.lower_
        for t in token.sent
        if t.lower_ in GROUP_DESCRIPTIONS and any(c.lower_ == "the" for c in t.children)
    }
