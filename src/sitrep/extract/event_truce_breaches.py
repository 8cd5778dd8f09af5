"""A ceasefire broken or violated by a side: fighting told by its outcome for the truce.

"Troops violated the truce at least 40 times", "the sides accused each other of breaking the
ceasefire": the news is fire opened in breach of an agreement, not the agreement, so
`sitrep.extract.event_triggers` reads the verb as an armed clash (ACLED's "Armed clash"; each
side's breach its own event) and drops the truce noun (`event_lexicon.ENDING_VERBS`). Who says so
decides the modality, as for any act (`event_allegations`: an accusation is "alleged"). A treaty
or a law violated ("violated the sanctions", "broke the law") is no fighting, nor is a truce
broken by a text ("the new decree violates it", "the curfew law breaches the ceasefire"). A
pronoun names the truce when the nearest noun before it that it can stand for is one ("the army
said rebels violated the truce 40 times, while the rebels said the army violated it 25 times"):
each side's claim is its own breach.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

BREAKING = lex.forms("violate break breach")
TRUCES = frozenset(
    lex.split_words("ceasefire ceasefires cease-fire cease-fires truce truces armistice")
)
BREACH = "Armed clash"
POINTING_PRONOUNS = frozenset({"it", "them"})
# Texts and rulings, which can break a truce on paper but fire no shot.
DOCUMENTS = frozenset(
    lex.split_words(
        "law laws decree decrees ruling rulings order orders bill bills act acts measure measures "
        "policy policies regulation regulations ban bans curfew constitution legislation plan "
        "deal deals resolution resolutions"
    )
)
# Entity kinds a pronoun for a truce never stands for ("signed in May").
NOT_REFERENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def truce_breach(verb: Token) -> tuple[str, str, str | None] | None:
    """The trigger reading of "violated the truce": an armed clash, or None for another verb."""
    if verb.lower_ not in BREAKING:
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in DOCUMENTS for c in verb.children):
        return None  # "the new decree violated the truce": a text, no fighting
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(o.lower_ in TRUCES or _truce_pointed_back_to(o, verb) for o in objects):
        return None
    return "armed_clash", "violate", BREACH


def _truce_pointed_back_to(word: Token, verb: Token) -> bool:
    """ "violated it", when the nearest noun before it (in its sentence or the one before, not
    the breaker itself) that it can stand for is a truce."""
    if word.lower_ not in POINTING_PRONOUNS:
        return False
    sent = word.sent
    start = word.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    breakers = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    plural = word.lower_ == "them"
    nouns = [
        t
        for t in word.doc[start : word.i]
        if t.pos_ in ("NOUN", "PROPN")
        and t.dep_ != "compound"
        and t.i not in breakers
        and t.ent_type_ not in NOT_REFERENTS
        and (t.tag_ in ("NNS", "NNPS")) == plural
    ]
    if not nouns:
        return False
    nearest = nouns[-1]
    return nearest.lower_ in TRUCES or any(
        c.dep_ == "compound" and c.lower_ in TRUCES for c in nearest.children
    )
