"""People treated for the harm an attack did: "treated about 60 people for breathing
difficulties", "treated 23 people with blast injuries".

Medics and hospitals often give the only count of the hurt, told by what they treated rather
than by "injured". Treatment alone is no injury (a clinic treats patients for cholera), so the
count is of the injured only when the words after "for" or "with" name a harm: an injury word,
or one of the harms an attack leaves that are not spelled as injuries (burns, smoke inhalation,
breathing difficulties, shrapnel wounds).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.quantity_types import CASUALTY_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

TREATING_VERBS = frozenset({"treated", "treat", "treats", "treating"})
HARM_PREPS = frozenset({"for", "with"})
# Harms of blasts, fires and gas that news names without an injury word.
ATTACK_HARMS = frozenset({
    "burns", "burn", "inhalation", "difficulties", "difficulty", "shrapnel", "fractures",
    "fracture", "lacerations", "trauma", "gunshot", "bruises", "cuts", "amputations",
})  # fmt: skip


def treated_for_harm(count: Token) -> bool:
    """Whether `count` is who a treating verb treated ("treated 60 people", "60 people were
    treated") for a harm named after "for" or "with", on the verb or on the count."""
    verb = count.head
    if count.dep_ not in ("dobj", "nsubjpass") or verb.lower_ not in TREATING_VERBS:
        return False
    preps = [c for w in (verb, count) for c in w.children if c.dep_ == "prep"]
    return any(_names_harm(p) for p in preps if p.lower_ in HARM_PREPS)


def _names_harm(prep: Token) -> bool:
    """ "for injuries", "with blast injuries", "for breathing difficulties", "for burns"."""
    for word in prep.subtree:
        if word.i != prep.i and (word.lower_ in ATTACK_HARMS or _injury_word(word)):
            return True
    return False


def _injury_word(word: Token) -> bool:
    return CASUALTY_WORDS.get(word.lower_) == "injured"
