"""Cue verbs in an article's headline: "Senators rip the budget as a giveaway", "Smith blasts
Jones over the deal". Headline style drops articles and capitalises words, and the tagger often
reads the verb as a noun or a name; the sentence parse is then too broken to show it
(`is_mistagged_verb` covers the third person after a name in running text).

The headline is the article's first line. A reporting word there is read as its verb when
everything before it is a name or a noun phrase (the speaker) and its form agrees with one: a
third person form ("blasts"), or a plain form after a plural or a list ("Lawmakers rip",
"Smith, Jones pledge"; title case tags "Groups" a singular name, so its final "s" is enough).
A finite verb right after a plain form shows a noun instead ("Sanders campaign buys ad time"),
and "rules" is far likelier a noun ("Power Plant Rules Face Test"). Verbs that report only in
one construction ("fired back", "made clear", "sees X as") are left out: a headline's "ESPN
fires Schilling" is a dismissal. Verbs of verbal attack keep their reading only against a
named person ("Smith rips Jones"), not from an armed force, at a place or through a street
("Militants attack army base", "Russia attacks Ukraine", "Troops rip through town").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cue_armed import ARMED_HOLDERS, PLACE_ENTITIES
from sitrep.extract.cue_families import CONSTRUCTION_CUES, VERBAL_ATTACK_VERBS
from sitrep.extract.cue_lexicon import VERB_CLASSES
from sitrep.extract.token_positions import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

# Parts of a speaker's noun phrase: "Ken Moreno", "Black Lawmakers", "GOP's big group".
SPEAKER_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "CCONJ"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
MAX_SPEAKER_WORDS = 6
# Cues only in a construction a headline does not show; attacks are weighed on their own below.
ONE_CONSTRUCTION = CONSTRUCTION_CUES - VERBAL_ATTACK_VERBS


def is_headline_cue(token: Token, verb_forms: dict[str, str]) -> bool:
    """A reporting verb of the headline that the tagger did not read as a verb."""
    lemma = verb_forms.get(token.lower_)
    if lemma not in VERB_CLASSES or lemma in ONE_CONSTRUCTION or token.pos_ == "VERB":
        return False
    if not _in_headline(token):
        return False
    speaker = [t for t in token.doc[: token.i] if not t.is_space]
    words = [t for t in speaker if t.text != ","]
    if not words or len(words) > MAX_SPEAKER_WORDS or words[0].pos_ not in {"PROPN", "NOUN"}:
        return False
    if any(t.pos_ not in SPEAKER_POS and t.text != "," for t in speaker):
        return False
    if lemma in VERBAL_ATTACK_VERBS and not _words_against_a_person(token, speaker[-1]):
        return False
    if token.lower_ != lemma:
        return token.lower_ != "rules"  # "blasts", "praises"
    if any(t.tag_ in FINITE_TAGS for t in token.doc[token.i + 1 : token.i + 4]):
        return False
    listed = any(t.text == "," for t in speaker) or any(t.pos_ == "CCONJ" for t in speaker)
    return listed or _plural(speaker[-1])


def _words_against_a_person(verb: Token, speaker: Token) -> bool:
    """A named target right after the verb, neither a place nor hit by an armed force."""
    doc = verb.doc
    target = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return (
        target is not None
        and target.pos_ == "PROPN"
        and target.ent_type_ not in PLACE_ENTITIES
        and speaker.lower_ not in ARMED_HOLDERS
    )


def _plural(noun: Token) -> bool:
    """A plural tag, or a capitalised word ending in a plural "s" ("Groups", not "Congress")."""
    titled_plural = noun.is_title and noun.lower_.endswith("s") and not noun.lower_.endswith("ss")
    return noun.tag_ in PLURAL_TAGS or titled_plural


def _in_headline(token: Token) -> bool:
    """The token stands on the first line of the text, a short one."""
    if token.i > MAX_SPEAKER_WORDS + 2:
        return False
    return "\n" not in doc_text(token.doc)[: token.idx].lstrip()
