"""Where a statement was heard: "The governor, speaking on CNN, said ...", "Speaking on radio
show X, the singer said ...". The participle names the programme or outlet; the verb it sets
off reports the claim, so the outlet is no claim of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cues import cue_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words for the programme or medium a speaker was on ("on television", "on radio show X").
AIR_NOUNS = frozenset(
    {"television", "tv", "radio", "air", "show", "program", "programme", "podcast", "broadcast"}
    | {"channel", "network", "station", "camera", "livestream", "video"}
)
# Names that are topics when spoken on ("speaking on Syria", "on Trump", "on the Paris accord").
TOPIC_LABELS = frozenset({"GPE", "LOC", "NORP", "PERSON", "EVENT", "LAW"})


def speaking_on_air(token: Token) -> bool:
    """A "speaking" set off as an adjunct (of the verb, or of its subject: "The governor,
    speaking on CNN,") with no clause or object of its own, whose "on" names an outlet or
    programme rather than a topic ("speaking on the storm" is kept)."""
    if cue_lemma(token) != "speak" or token.tag_ != "VBG" or token.dep_ not in {"advcl", "acl"}:
        return False
    if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in token.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(_names_an_outlet(o) for o in c.children)
        for c in token.children
    )


def _names_an_outlet(noun: Token) -> bool:
    if noun.dep_ != "pobj":
        return False
    if noun.lower_ in AIR_NOUNS or any(
        c.dep_ == "compound" and c.lower_ in AIR_NOUNS for c in noun.children
    ):
        return True
    return noun.pos_ == "PROPN" and noun.ent_type_ not in TOPIC_LABELS
