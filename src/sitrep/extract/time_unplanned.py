"""Days that date an attack or an accident: no one announces those ahead, so the day has passed,
whatever the clause around it says of what comes next.

* the clause's subject: "the attack on Monday will be investigated";
* a definite one that the clause's verb looks back on: "they would investigate the attacks on
  Friday and Saturday nights", "will mourn the victims of the blast on Sunday night". A verb
  that carries the attack on dates the attack ahead ("will resume the attacks on Monday", "will
  launch the offensive on Monday"), and an indefinite one may still be planned ("will launch
  raids on Monday"). The parser often hangs the day on the verb when it follows the object
  ("will review the raids on Thursday"): the object just before stands for the noun then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import forms

if TYPE_CHECKING:
    from spacy.tokens import Token

# "Strike" is left out: a walkout is called in advance.
UNPLANNED_EVENTS = frozenset(
    {"attack", "attacks", "airstrike", "airstrikes", "bombing", "bombings", "shelling", "raid"}
    | {"raids", "assault", "explosion", "explosions", "blast", "blasts", "killing", "killings"}
    | {"massacre", "ambush", "shooting", "crash", "incident"}
)
DATING = frozenset({"on", "during"})
# What joins the words of one date: "[Friday] and Saturday nights", "Sunday [night]".
WITHIN_A_DATE = frozenset({"nmod", "compound", "conj", "npadvmod", "appos"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})

# Verbs that look back on a deed done: what they govern has happened.
LOOKS_BACK = forms(
    "investigate examine review probe discuss condemn denounce mourn remember commemorate mark "
    "blame document debate explain recount describe address answer avenge punish claim"
)
# How a noun hangs below the verb that governs it: "review [the raids]", "mourn the victims of [the blast]".
GOVERNED = frozenset({"dobj", "pobj", "prep", "nsubjpass", "attr"})


def dates_unplanned_event(token: Token) -> bool:
    """Whether `token`, the head of a time expression, dates an attack or an accident that the
    clause's subject names, or a definite one."""
    for _ in range(3):
        if token.dep_ not in WITHIN_A_DATE or token.head == token:
            break
        token = token.head
    preposition = token.head
    if preposition.lower_ not in DATING or preposition.head == preposition:
        return False
    noun = _object_just_before(preposition) or preposition.head
    if noun.lower_ not in UNPLANNED_EVENTS:
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    return _is_definite(noun) and _governing_verb_looks_back(noun)


def _governing_verb_looks_back(noun: Token) -> bool:
    """ "will investigate [the attacks]" looks back; "will resume [the attacks]" carries on."""
    token = noun
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token is not noun:
            return token.lower_ in LOOKS_BACK
        if token.dep_ not in GOVERNED or token.head == token:
            return False
        token = token.head
    return False


def _object_just_before(preposition: Token) -> Token | None:
    """ "review [the raids] on Thursday": the verb's object that ends where the phrase begins."""
    before = preposition.i - 1
    objects = (c for c in preposition.head.children if c.dep_ == "dobj")
    return next((c for c in objects if c.right_edge.i == before), None)


def _is_definite(noun: Token) -> bool:
    """ "the attacks", "Sunday's blast", "these raids"."""
    return any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in noun.children if c.i < noun.i)
