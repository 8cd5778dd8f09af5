"""The words of a phrase naming a side, as a reader would quote them.

Relative clauses, appositions, a dateline hung on the phrase and where the party is ("in
Nigeria") are left out; a hyphen inside a name stays ("Al-Shabaab" is no "AlShabaab"). The
tokenizer splits "al-Sham" into "al", "-", "Sham", and the parser then often hangs the three words
on the verb, so a phrase stopping at "Hayat Tahrir" goes on through an Arabic article glued to a
capitalised word that follows it at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import ARABIC_ARTICLES, normalize_actor
from sitrep.extract.datelines import in_dateline
from sitrep.extract.event_subjects import whereabouts

if TYPE_CHECKING:
    from spacy.tokens import Token

ACTOR_TRIM = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})


def side_phrase(token: Token) -> str:
    """The words of the noun phrase `token` heads, trimmed to the name of the party."""
    skip = {t.i for t in token.subtree if in_dateline(t)}
    for child in token.children:
        if (child.dep_ in ACTOR_TRIM and child.tag_ != "HYPH") or whereabouts(child):
            skip |= {t.i for t in child.subtree}
    words = "".join(t.whitespace_ if t.i in skip else t.text_with_ws for t in token.subtree)
    return (words + arabic_article_tail(token)).strip()


def coordinated_party(token: Token) -> str | None:
    """The party a member coordinated with `token` names: in "Government soldiers and Rwandan
    troops expelled the rebels" the two acted together, and Rwanda is the one the words name."""
    names = (normalize_actor(side_phrase(member)) for member in token.conjuncts)
    return next((name for name in names if name is not None), None)


def arabic_article_tail(token: Token) -> str:
    """The "al-Sham" left outside the phrase `token` heads, or "" when the phrase is whole."""
    doc = token.doc
    last = max(t.i for t in token.subtree)
    if last + 3 >= len(doc):
        return ""
    article, hyphen, word = doc[last + 1], doc[last + 2], doc[last + 3]
    if (
        doc[last].pos_ != "PROPN"
        or not doc[last].whitespace_
        or article.text.lower() not in ARABIC_ARTICLES
        or hyphen.text != "-"
        or article.whitespace_
        or hyphen.whitespace_
        or not word.text[:1].isupper()
    ):
        return ""
    return doc[last + 1 : last + 4].text
