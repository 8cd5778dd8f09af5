"""Days that date an attack or an accident: no one announces those ahead, so the day has passed,
whatever the clause around it says of what comes next.

* the clause's subject: "the attack on Monday will be investigated";
* a definite one anywhere in the clause: "they would investigate the attacks on Friday and
  Saturday nights", "will bury the victims of the blast on Sunday night"; an indefinite one may
  still be planned ("will launch raids on Monday"). The parser often hangs the day on the verb
  when it follows the object ("will review the raids on Thursday"): the object just before
  stands for the noun then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    return noun.dep_ in ("nsubj", "nsubjpass") or _is_definite(noun)


def _object_just_before(preposition: Token) -> Token | None:
    """ "review [the raids] on Thursday": the verb's object that ends where the phrase begins."""
    before = preposition.i - 1
    objects = (c for c in preposition.head.children if c.dep_ == "dobj")
    return next((c for c in objects if c.right_edge.i == before), None)


def _is_definite(noun: Token) -> bool:
    """ "the attacks", "Sunday's blast", "these raids"."""
    return any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in noun.children if c.i < noun.i)
