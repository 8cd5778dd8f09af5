"""Attribution cues: which tokens are reporting verbs, and their lemmas.

The lexicon lives in `cue_lexicon`. The pipeline runs without a lemmatizer, so verb forms come
from our own table: regular inflections of every lemma plus the irregular ones.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.cue_lexicon import NAMING_ONLY, NAMING_VERBS, VERB_CLASSES
from sitrep.extract.sources import IRREGULAR_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


# Past forms shared with source normalisation (one table, in sources.py), plus the irregular
# verbs only the cue lexicon uses.
IRREGULAR_FORMS = IRREGULAR_VERBS | {
    "swore": "swear",
    "sworn": "swear",
    "foresaw": "foresee",
    "foreseen": "foresee",
}


def _inflections(lemma: str) -> set[str]:
    """Regular English forms of a verb: say/says/said is irregular, the rest follow the rules."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"}
    if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


VERB_FORMS: dict[str, str] = {
    **{form: lemma for lemma in VERB_CLASSES for form in _inflections(lemma)},
    **IRREGULAR_FORMS,
}


def is_cue_verb(token: Token) -> bool:
    return (
        token.pos_ in {"VERB", "AUX"}
        and token.tag_ != "MD"
        and cue_lemma(token) in VERB_CLASSES
        and not is_naming_use(token)
    )


def is_naming_use(token: Token) -> bool:
    """A passive or participial naming construction ("referred to as", "known as", "dubbed"):
    the phrase names its noun, nobody states anything."""
    lemma = cue_lemma(token)
    if lemma not in NAMING_VERBS or token.tag_ not in {"VBN", "VBD"}:
        return False
    doc = token.doc
    after = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
    as_follows = after[:1] == ["as"] or after == ["to", "as"]
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    subject = any(c.dep_ in {"nsubj", "expl"} for c in token.children)
    before = doc[token.i - 1] if token.i > 0 else None
    participle = token.dep_ in {"acl", "relcl", "amod"} or (
        not subject
        and before is not None
        and (before.text in {",", "(", "-", "–", "—"} or before.pos_ in {"NOUN", "PROPN"})
    )
    if as_follows:
        return passive or participle or (token.tag_ == "VBN" and not _perfect(token))
    return lemma in NAMING_ONLY and (passive or participle)


def _perfect(token: Token) -> bool:
    """ "has described the plan as ...": an active perfect, a real statement."""
    return any(
        c.dep_ == "aux" and c.lower_ in {"has", "have", "had", "having"} for c in token.children
    )


def cue_lemma(token: Token) -> str:
    """The verb's lemma from our own form table (the pipeline runs without a lemmatizer)."""
    return VERB_FORMS.get(token.lower_, token.lemma_.lower())
