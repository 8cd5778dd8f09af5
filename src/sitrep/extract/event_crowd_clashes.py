"""Clashes between police and a crowd are a protest turned violent, not an armed clash.

ACLED keeps "Armed clash" for organised armed groups on both sides; police fighting protesters or
unnamed people ("police and protesters clashed", "arrested 45 people after clashes outside the
governor's office") is a demonstration with violence or intervention. A clash is a crowd's when
protesters are among its sides, or when its sides (or, for a clash told with none, its sentence)
name a crowd and no armed actor but the police ("police clashed with gunmen", "troops clashed
with rebels" stay armed clashes, and "police clashed with robbers, residents said" is no protest:
the residents only tell it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

CLASHING = lex.forms("clash") | frozenset(lex.split_words("clashes scuffles scuffle"))
POLICE = frozenset(lex.split_words("police policemen policeman officers riot"))
# Armed actors and arms other than the police: what makes a clash with the police an armed one.
ARMED = lex.CONFLICT_CUES - POLICE - frozenset(lex.split_words("strike strikes mob"))
PROTEST_NOUNS = frozenset(w for w, kind in lex.NOUNS.items() if kind == "protest")
# Who a crowd is: "arrested 45 people after clashes"; "police clashed with robbers" is no crowd.
CROWDS = (
    PROTEST_NOUNS
    | lex.PROTEST_CUES
    | frozenset(
        lex.split_words(
            "people residents crowd crowds youths students supporters villagers traders fans "
            "mourners worshippers voters workers"
        )
    )
)
# A clash has force on both sides: the crowd's too, whoever was hurt ("injured 30 soldiers").
VIOLENT_CROWD = "Violent demonstration"


def crowd_clash(token: Token, words: set[str]) -> bool:
    """A clash whose sides include protesters, or whose sentence names a crowd and only police
    as armed."""
    if token.lower_ not in CLASHING:
        return False
    sides = _sides(token)
    if any(w.lower_ in PROTEST_NOUNS for w in sides):
        return True
    named = words
    if sides:  # "groups of protesters": a side with what it is made of
        named = {t.lower_ for w in sides for t in (w, *_of_children(w))}
    return bool(named & POLICE and named & CROWDS) and not words & ARMED


def _of_children(word: Token) -> list[Token]:
    return [o for p in word.children if p.lower_ == "of" for o in p.children]


def _sides(token: Token) -> list[Token]:
    """The subjects of a clash verb and whom it was with, each with its conjuncts."""
    heads = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    heads += [o for p in token.children if p.lower_ in ("with", "between") for o in p.children]
    return [w for h in heads for w in (h, *h.conjuncts)]
