"""Attacks on ideals: "an attack on Syria's sovereignty" is a charge made in words, not a strike.

A reader records the speaker's statement, never a second attack beside the offensive it
describes. Only an abstract good can be attacked this way; "an attack on the base" is an attack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import split_words

if TYPE_CHECKING:
    from spacy.tokens import Token

IDEALS = frozenset(
    split_words(
        "sovereignty democracy freedom freedoms liberty rights independence integrity dignity "
        "values principles constitution unity identity justice humanity truth"
    )
)


def attack_on_an_ideal(token: Token) -> bool:
    """ "an attack on Syria's sovereignty", "attacks against press freedom"."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("on", "against")
        and any(o.dep_ == "pobj" and o.lower_ in IDEALS for o in prep.children)
        for prep in token.children
    )
