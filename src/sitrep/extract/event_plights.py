"""A plight foretold is no act of will: "the agency warned it would run out of food".

A modal verb the speaker's side is subject of reads as its commitment ("said it would strike"
THREATEN, "would allow" AGREE) and a warning of its own act as a threat. But running out of food,
facing famine or starving befalls the subject; no one is threatened or promised anything, even
"unless it received more money". A leaf, so the modals and the senses of "warn" read one list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_inflections import split_words as _w
from sitrep.extract.event_inflections import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

RUNNING = frozenset(verb_forms("run"))
RUN_SHORT = frozenset(_w("out short low dry"))
PLIGHT_VERBS = frozenset(
    form for base in _w("face suffer starve lack exhaust") for form in verb_forms(base)
)


def foretold_plight(verb: Token) -> bool:
    """ "would run out of food", "will face famine", "could starve": a plight that befalls the
    verb's subject rather than an act it does to anyone."""
    low = verb.lower_
    if low in RUNNING:
        return any(c.lower_ in RUN_SHORT for c in verb.children)
    return low in PLIGHT_VERBS
