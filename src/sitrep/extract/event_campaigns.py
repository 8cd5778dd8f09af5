"""Offensives: a campaign of arms is an attack, but not every "offensive" is one.

"Launched an offensive", "began a counteroffensive" tell an attack (`event_lexicon.NOUNS`). A
"charm offensive" is waged with words, an "expected offensive" is only foreseen, "regarded the
offensive as an affront" judges one already told, and "recaptured the town in a swift offensive"
tells one act, the recapture, by its verb; "went on the offensive" and "took the offensive" are
idioms for a stance. The tagger often reads the noun as an adjective ("a counteroffensive/JJ");
in a noun's place in the sentence it is still the noun. Finding the trigger is not enough: its
actor ("Norland's counteroffensive"), date and target are read by rules that ask for a noun's tag,
so the tag itself is set right once, before events are read (`retag_campaign_nouns`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_named_ground import GAIN_TYPES, campaign_took_ground

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs of "go/take/be on the offensive", an idiom for a stance, no campaign of arms.
STANCES = frozenset(
    lex.verb_forms("go")
    | lex.verb_forms("take")
    | lex.verb_forms("stay")
    | lex.verb_forms("remain")
) | frozenset(lex.split_words("be is are was were been being 's 're"))


def campaign_named(token: Token, low: str) -> bool:
    """ "launched a counteroffensive": the tagger's adjective used as a noun (not "offensive
    remarks", a modifier, nor "the remarks were offensive", a predicate)."""
    return low in lex.CAMPAIGN_NOUNS and token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")


def retag_campaign_nouns(doc: Doc) -> None:
    """Tag as the noun it is each campaign word the tagger read as an adjective in a noun's place
    ("Norland's counteroffensive/JJ began"), so every rule that asks for a noun reads it as one.
    Events are the last extractor to read a parsed article, so no other reading changes."""
    for token in doc:
        if token.pos_ == "ADJ" and campaign_named(token, token.lower_):
            plural = token.lower_.endswith("s")
            token.tag_, token.pos_ = ("NNS" if plural else "NN"), "NOUN"


def no_campaign_fought(token: Token) -> bool:
    """An offensive waged with words ("a charm offensive"), only foreseen ("an expected
    offensive"), judged ("regarded the offensive as"), an idiom ("went on the offensive"), or
    the means of a gain told by its verb ("recaptured it in a swift offensive": one act, the
    recapture). A campaign whose verb gains no ground ("the offensive took two years") is kept."""
    words = lex.UNARMED_CAMPAIGNS | lex.FORESEEN_CAMPAIGNS
    if any(c.lower_ in words for c in token.children if c.dep_ in ("amod", "compound")):
        return True
    if token.dep_ == "dobj" and token.head.lower_ in lex.JUDGING_VERBS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lower_ in STANCES:
        return True  # "the opposition went on the offensive": an idiom
    if token.dep_ == "dobj" and token.head.lower_ in lex.verb_forms("take"):
        return True  # "the coalition has taken the offensive"
    if token.dep_ == "nsubj" and campaign_took_ground(token.head):
        return True  # "the counteroffensive retook the city": one act, the gain its verb tells
    verb = (
        token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("in", "during") else None
    )
    gained = lex.VERB_INDEX.get(verb.lower_, ("",))[0] if verb is not None else ""
    return gained in GAIN_TYPES
