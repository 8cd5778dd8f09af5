"""The topic of talk past the one addressed: "complained to officials about the emblem", "is
talking to voters about health care", "wrote to the board last week about the merger".

The parser often hangs the "about" phrase on the addressee or on a time phrase between it and
the verb, where `claim_spans.prep_content` does not look. Only noun and preposition links may
lie between ("voters who care about jobs" keeps its topic to the voters).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.claim_spans import subtree_span
from sitrep.extract.cue_lexicon import PREP_CONTENT
from sitrep.extract.cues import cue_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# Links that keep a phrase inside the verb's own prepositional phrase.
PHRASE_LINKS = frozenset({"prep", "pobj", "npadvmod", "nummod", "compound"})


def topic_past_addressee(verb: Token) -> tuple[int, int] | None:
    """What an "about" phrase hung inside the verb's prepositional phrase names, or None."""
    if "about" not in PREP_CONTENT.get(cue_lemma(verb), ()):
        return None
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    for phrase in phrases:
        for token in phrase.subtree:
            nested = token.i != phrase.i and _inside(token, phrase)
            if token.lower_ == "about" and token.dep_ == "prep" and nested:
                objects = [c for c in token.children if c.dep_ in {"pobj", "pcomp"}]
                if objects:
                    return subtree_span(objects[0])
    return None


def _inside(token: Token, phrase: Token) -> bool:
    """Only noun and preposition links lead up from the token to the phrase."""
    while token.i != phrase.i:
        if token.dep_ not in PHRASE_LINKS:
            return False
        token = token.head
    return True
