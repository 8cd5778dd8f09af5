"""Noun cues whose holder is named after them: "claims by intelligence agencies that the files
were classified", "an allegation from his wife that he had lied".

Without a possessor (`cue_nouns`) the "by" or "from" phrase is the only holder the sentence
gives, and with a "that" clause after it the noun plainly reports what that holder said. Other
complements are left alone: in "criticism from the left of the plan" or "accusations from that
era to hammer her" the phrase may as well name a time or a place as a speaker, and the
infinitive says what someone else uses the accusations for. The parser often hangs the clause
on the holder rather than on the noun, so both places are searched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, cue_from, trim
from sitrep.extract.token_positions import run_bounds

if TYPE_CHECKING:
    from spacy.tokens import Token

GIVER_PREPOSITIONS = frozenset({"by", "from"})
CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "advcl"})
# A clause may have a clause for its subject: "an admission that raising rates would not help".
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def credited_by_phrase(noun: Token) -> Found | None:
    """The noun's "by"/"from" holder as the source and the "that" clause after it as the claim."""
    phrases = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in GIVER_PREPOSITIONS]
    holders = [c for p in phrases[:1] for c in p.children if c.dep_ == "pobj" and c.i > noun.i]
    if not holders or holders[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    clause = _complement_clause(noun) or _complement_clause(holders[0])
    if clause is None:
        return None
    inside = {t.i for t in clause.subtree}
    source = trim([t for t in holders[0].subtree if t.i not in inside])
    claim = trim([t for t in clause.subtree if t.dep_ != "mark" or t.head.i != clause.i])
    if not source or not claim:
        return None
    return Found(run_bounds(claim), source, cue_from(noun), "stance", cue_token=noun)


def _complement_clause(head: Token) -> Token | None:
    """A "that" clause with its own subject (a noun or a clause) after the word."""
    for clause in head.children:
        if clause.dep_ not in CLAUSE_DEPS or clause.i < head.i:
            continue
        marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        if marked and any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children):
            return clause
    return None
