"""The attack just told, going on: "the attackers then opened fire on the damaged vehicle".

A report tells an ambush step by step: a bomb hits a patrol, and "the attackers then opened
fire". "The attackers" are those of the attack already told and "then" carries it on, so the
shooting is that attack, not a second one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import split_words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Who carries out an attack: their dead are not its victims (`event_tolls`), and "the attackers"
# are those of the attack told before.
ATTACKERS = frozenset(
    split_words("attacker attackers assailant assailants gunman gunmen bomber bombers")
)


def carried_on_by_the_attackers(token: Token) -> bool:
    """ "the attackers then opened fire": a verb carried on with "then" whose subject is "the"
    attackers, those of the attack told before."""
    if not any(c.dep_ == "advmod" and c.lower_ == "then" for c in token.children):
        return False
    return any(
        c.dep_ == "nsubj"
        and c.lower_ in ATTACKERS
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        for c in token.children
    )
