"""A ceasefire broken or violated by a side: fighting told by its outcome for the truce.

"Troops violated the truce at least 40 times", "the sides accused each other of breaking the
ceasefire": the news is fire opened in breach of an agreement, not the agreement, so
`sitrep.extract.event_triggers` reads the verb as an armed clash (ACLED's "Armed clash"; each
side's breach its own event) and drops the truce noun (`event_lexicon.ENDING_VERBS`). Who says so
decides the modality, as for any act (`event_allegations`: an accusation is "alleged"). A treaty
or a law violated ("violated the sanctions", "broke the law") is no fighting. A pronoun names the
truce when one was named just before ("the army said rebels violated the truce 40 times, while the
rebels said the army violated it 25 times"): each side's claim is its own breach.
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


def truce_breach(verb: Token) -> tuple[str, str, str | None] | None:
    """The trigger reading of "violated the truce": an armed clash, or None for another verb."""
    if verb.lower_ not in BREAKING:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(o.lower_ in TRUCES or _truce_pointed_back_to(o) for o in objects):
        return None
    return "armed_clash", "violate", BREACH


def _truce_pointed_back_to(word: Token) -> bool:
    """ "violated it", with a truce named before it in its sentence or the one before."""
    if word.lower_ not in POINTING_PRONOUNS:
        return False
    sent = word.sent
    start = word.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.lower_ in TRUCES for t in word.doc[start : word.i])
