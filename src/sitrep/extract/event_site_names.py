"""A country's name in front of a site is where the act was, not who did it: "Ecuador prison
riot", "Gaza hospital strike".

A headline packs its nouns together, and the words before the act's noun usually name its side
("Israeli air strike", "Houthi missile attack"). A proper name that modifies a prison, hospital
or market instead says whose site it is: the riot was in an Ecuadorean prison, not Ecuador's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import split_words

if TYPE_CHECKING:
    from spacy.tokens import Token

SITE_NOUNS = frozenset(
    split_words(
        "prison prisons jail jails penitentiary hospital hospitals clinic school schools "
        "university market markets bazaar mosque church temple camp camps refinery port "
        "airport stadium hotel factory plant depot embassy consulate"
    )
)


def names_a_sites_place(token: Token) -> bool:
    """Whether a proper name only says where the site after it lies ("Ecuador" of "Ecuador
    prison riot")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.pos_ == "PROPN"
        and token.dep_ == "compound"
        and following is not None
        and following.lower_ in SITE_NOUNS
    )
