"""States that last until a day: "the crossings stayed closed until Monday".

A past participle with "until" names a state running up to that day, not a done deed, so the day
takes its direction from the clause that holds the state (`time_tense` reads that clause's
tense). This module says which verb that is when the parse hides it:

* "kept the crossings closed until Monday": the parser reads "closed" as the object's
  predicate (`oprd`); the verb that keeps the state ("kept", "were kept") governs it;
* "the crossings stayed closed until Monday": the participle is the complement (`acomp`) of a
  verb that keeps the state ("stay", "remain", "keep"), which governs it;
* "The airport, closed until Tuesday, reopened ...": the parser makes the noun the sentence's
  root, or the participle itself ("The market, shut until Monday, reopened Tuesday."), so no
  clause lies above the participle; the sentence's other verbs stand in for it, those with a
  tense of their own first;
* "The museum, closed until Tuesday, will reopen on Thursday": the parser may read the
  participle set off by commas as the sentence's past main verb, and the real one as its
  complement; between commas right after a noun, with no object, it is still a state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract import time_calendar as cal

if TYPE_CHECKING:
    from spacy.tokens import Token

UNTIL = frozenset({"until", "till"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Verbs that hold a state as their complement: "stayed closed until Monday" (forms, as the
# pipeline runs without a lemmatizer).
KEEPING_VERBS = frozenset(
    f"{stem}{end}" for stem in ("stay", "remain") for end in ("", "s", "ed", "ing")
) | {"keep", "keeps", "kept", "keeping"}


def lasts_until(verb: Token) -> bool:
    """ "the exchanges kept shut until Friday": a state that lasts until then, not a done deed;
    also a participle on a noun the tagger read as a past ("The port, [closed] until Friday,
    ...")."""
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    until = next((c for c in verb.children if c.lower_ in UNTIL), None)
    if until is None:
        return False
    return verb.tag_ == "VBN" or verb.dep_ == "acl" or _set_off_state(verb, until)


def _set_off_state(verb: Token, until: Token) -> bool:
    """ "The museum, [closed] until Tuesday, will reopen": a past form between commas right after
    a noun, with no object and no subject but that noun, read as the main verb, is a participle
    on that noun."""
    doc, after = verb.doc, until.right_edge.i + 1
    if verb.i < 2 or after >= len(doc) or doc[after].text != ",":
        return False
    noun = doc[verb.i - 2]
    if doc[verb.i - 1].text != "," or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    arguments = (c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))
    return all(c == noun for c in arguments)


def keeps_state(verb: Token) -> bool:
    """ "kept all crossings closed until Monday", "the gates stayed shut until Friday": a
    lasting state the verb above it holds."""
    held = verb.dep_ == "oprd" or (verb.dep_ == "acomp" and verb.head.lower_ in KEEPING_VERBS)
    return held and verb.head != verb and lasts_until(verb)


def stand_in_tense(state: Token, own_tense: Callable[[Token], str | None]) -> str | None:
    """ "The airport, closed until Tuesday, reopened on Thursday": the tense `own_tense` reads
    on the sentence's first verb that has one; failing that, a past when a bare participle is
    among them (the tagger's reading of a past: "reopened"), and None only where no other verb
    says anything (a headline: "Border crossings closed until Monday")."""
    verbs = stand_in_verbs(state)
    for verb in verbs:
        tense = own_tense(verb)
        if tense is not None:
            return tense
    return cal.PAST if any(v.tag_ == "VBN" for v in verbs) else None


def stand_in_verbs(state: Token) -> list[Token]:
    """The sentence's verbs that may speak for a lasting state with no clause above it: finite
    ones first, then the rest in order; never the state itself, an auxiliary or another state."""
    verbs = [
        t
        for t in state.sent
        if t != state
        and t.dep_ not in ("aux", "auxpass")
        and (t.pos_ in ("VERB", "AUX") or t.tag_ in FINITE_TAGS)
        and not lasts_until(t)
    ]
    return sorted(verbs, key=lambda t: not _finite_group(t))


def _finite_group(verb: Token) -> bool:
    """ "reopened", "will reopen", "was reopened": a verb group with a finite form in it."""
    auxiliaries = (c for c in verb.children if c.dep_ in ("aux", "auxpass"))
    return verb.tag_ in FINITE_TAGS or any(a.tag_ in FINITE_TAGS for a in auxiliaries)
