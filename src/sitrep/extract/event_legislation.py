"""Laws pushed through a chamber: "the ruling party rammed the bill through parliament".

"Ram" is an attack when a vessel or a car strikes something ("a patrol ship rammed a fishing
boat", "a truck rammed through the gate"), but politics borrows the word for forcing a law
through: a bill, a reform or a chamber as what was rammed is no attack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import split_words, verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

RAMMED = verb_forms("ram")
LAWMAKING = frozenset(
    split_words(
        "bill bills law laws measure measures reform reforms legislation amendment amendments "
        "budget budgets constitution parliament congress senate assembly legislature chamber"
    )
)


def law_rammed_through(token: Token) -> bool:
    """ "rammed the bill through parliament", "rammed through a pension reform": what was
    rammed, or what it was rammed through, is a law or a chamber."""
    if token.lower_ not in RAMMED:
        return False
    through = [c for c in token.children if c.lower_ == "through"]
    rammed = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    rammed += [g for c in through for g in c.children if g.dep_ == "pobj"]
    return any(t.lower_ in LAWMAKING for t in rammed)
