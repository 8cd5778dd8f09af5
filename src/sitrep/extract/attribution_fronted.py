"""A fronted topic the parser joins to the speaker. In "Of Ortiz, Walsh, who knew him, said,
..." it may take "Of" for the subject with the speaker under it, or take "Ortiz, Walsh" for
one subject: either way the topic, up to its comma, is no part of who speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import trim
from sitrep.extract.attribution_phrases import source_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions that front a topic: "Of Ortiz, ...", "On the budget, ...", "About the plan, ...".
TOPIC_PREPOSITIONS = frozenset({"of", "on", "about"})


def fronted_topic_speaker(subject: Token) -> list[Token]:
    """The speaker in a subject that holds a fronted topic: the phrase after the comma that
    ends the topic ("Of Ortiz, Walsh, a donor": Walsh, a donor). Empty for a true subject."""
    if subject.pos_ == "ADP" and subject.lower_ in TOPIC_PREPOSITIONS:
        objects = [c for c in subject.children if c.dep_ == "pobj"]
        tokens = source_tokens(objects[0]) if objects else []
    elif _after_topic_preposition(subject):
        tokens = source_tokens(subject)
    else:
        return []
    commas = [t.i for t in tokens if t.text == ","]
    return trim([t for t in tokens if t.i > commas[0]]) if commas else []


def _after_topic_preposition(subject: Token) -> bool:
    """The subject's phrase opens right after a sentence-initial "Of", "On" or "About"."""
    before = subject.left_edge.i - 1
    if before < 0:
        return False
    opener = subject.doc[before]
    return opener.lower_ in TOPIC_PREPOSITIONS and (opener.is_sent_start or opener.i == 0)
