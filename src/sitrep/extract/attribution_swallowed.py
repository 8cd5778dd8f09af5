"""A subordinate reporting clause whose complement the parser took for the main clause: "While
he acknowledged funding was the main reason, Ham also noted ...", "after he admitted under
questioning he had not been held accountable".

With no "that" to hold it, the reported clause is read as the clause the verb modifies, and the
verb becomes an adverbial clause of its own complement. The reported clause starts right after
the verb's phrase, so its subject follows the verb at once; a clause the verb truly modifies
comes after a comma ("When she said so, the crowd cheered", "Until he spoke, they had said").
Only an "as" clause reports what follows its comma (", and as the chief noted, people involved
could be punished"). Verbs of stance are left out: they take an object, not a clause ("As he
welcomed several hundred guests Scott was launching ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import trim
from sitrep.extract.cue_lexicon import VERB_CLASSES
from sitrep.extract.cues import cue_lemma
from sitrep.extract.token_positions import run_bounds

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
OWN_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "dative"})


def swallowed_complement(verb: Token) -> tuple[int, int] | None:
    """The clause that the reporting verb, parsed as its adverbial clause, really reports."""
    clause = verb.head
    if verb.dep_ != "advcl" or clause.i < verb.i or clause.pos_ not in {"VERB", "AUX"}:
        return None
    if VERB_CLASSES.get(cue_lemma(verb), "stance") == "stance":
        return None
    if any(c.dep_ in OWN_COMPLEMENTS and c.i > verb.i for c in verb.children):
        return None
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i]
    if not subjects or not _opens_after(verb, subjects[0].left_edge):
        return None
    own = {t.i for t in verb.subtree}
    tokens = trim([t for t in clause.subtree if t.i > verb.i and t.i not in own])
    return run_bounds(tokens) if tokens else None


def _opens_after(verb: Token, start: Token) -> bool:
    """The reported clause starts right after the verb's phrase, or after its comma for an "as"
    clause whose verb has nothing after it but adjuncts ("as one user pointed out with a chart,"
    but not "As he welcomed his guests,")."""
    words = [t for t in verb.subtree if not t.is_punct]
    if start.i <= words[-1].i:
        return False
    gap = verb.doc[words[-1].i + 1 : start.i]
    if not gap:
        return True
    adjuncts = {t.i for c in verb.children if c.dep_ == "prep" for t in c.subtree}
    bare = all(t.i in adjuncts for t in words if t.i > verb.i)
    reporter = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    return reporter and bare and [t.text for t in gap] == [","]
