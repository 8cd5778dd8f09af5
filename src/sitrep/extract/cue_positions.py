"""Positions taken for or against something: "Sanders is against the deal", "she came out
against the tax", "voters have turned against him", "he was always in favor of tighter rules".

The holder is the subject and the thing opposed or favoured the content, as for "opposes the
deal" or "supports tighter rules". Only a copula with nothing else to say ("the debate will be
his first against a single rival" ranks a debate), "came out" and "turned" carry the phrase, and
only a person, a group or a pronoun holds a view ("the odds are against him" holds none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, cue_from, trim
from sitrep.extract.attribution_verbal import subject
from sitrep.extract.cue_adjectives import EMPTY_SUBJECTS
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.source_lexicon import (
    GOVERNMENT_NOUNS,
    OFFICIAL_NOUNS,
    ORGANIZATION_NOUNS,
    PERSON_TITLES,
)
from sitrep.extract.token_positions import run_bounds, tokens_among

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

POSITION_WORDS = frozenset({"against", "favor", "favour"})
COPULAS = frozenset({"is", "are", "am", "was", "were", "be", "been", "being", "remain"})
COPULAS |= {"remains", "remained", "'s", "’s", "'re", "’re", "'m", "’m"}
# "came out against", "turned against": a change of side, stated in public or seen in votes.
TURNING_VERBS = frozenset({"turn", "turns", "turned", "turning"})
COMING_OUT_VERBS = frozenset({"come", "comes", "came", "coming"})
HOLDER_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
# Singular nouns for one who holds a view: "the senator", "the party", "the administration".
HOLDER_NOUNS = OFFICIAL_NOUNS | PERSON_TITLES | ORGANIZATION_NOUNS | GOVERNMENT_NOUNS
# Chances and evidence "against him", which hold no view.
FORTUNE_NOUNS = frozenset({"odds", "chances", "numbers", "facts", "statistics", "figures", "polls"})


def position_cues(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """Every "against X" or "in favor of X" that states a subject's position."""
    found: list[Found] = []
    for word in tokens_among(sentence, POSITION_WORDS):
        if quote_at(quotes, word.idx) is not None:
            continue
        position = _position_phrase(word)
        if position is None or not _takes_a_position(position[0].head):
            continue
        phrase, taken = position
        source = subject(phrase.head, quotes)
        content = trim(list(taken.subtree))
        if source and content and _holds_views(source):
            found.append(
                Found(run_bounds(content), source, cue_from(phrase), "stance", cue_token=phrase)
            )
    return found


def _position_phrase(word: Token) -> tuple[Token, Token] | None:
    """The preposition on the verb ("against", or the "in" of "in favor of") and the object of
    the position."""
    if word.lower_ == "against":
        phrase, objects = word, list(word.children)
    elif word.dep_ == "pobj" and word.head.lower_ == "in":
        phrase = word.head
        ofs = [c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"]
        objects = list(ofs[0].children) if ofs else []
    else:
        return None
    taken = [c for c in objects if c.dep_ in {"pobj", "pcomp"}]
    return (phrase, taken[0]) if taken and phrase.dep_ == "prep" else None


def _takes_a_position(verb: Token) -> bool:
    """A bare copula ("is against it"), "turned against" or "came out against"."""
    if verb.lower_ in COPULAS:
        return not any(c.dep_ in {"attr", "acomp"} for c in verb.children)
    if verb.lower_ in TURNING_VERBS:  # "turned their guns against the town" is no stance
        return not any(c.dep_ == "dobj" for c in verb.children)
    return verb.lower_ in COMING_OUT_VERBS and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def _holds_views(source: list[Token]) -> bool:
    """A person, a group, a pronoun for one, an office or a body ("the senator", "the party"), or
    people in the plural ("white voters")."""
    heads = [t for t in source if t.head not in source or t.head.i == t.i]
    head = heads[0] if heads else source[-1]
    if head.lower_ in EMPTY_SUBJECTS | FORTUNE_NOUNS:
        return False
    return (
        head.pos_ in {"PRON", "PROPN"}
        or head.tag_ == "NNS"
        or head.ent_type_ in HOLDER_ENTITIES
        or head.lower_ in HOLDER_NOUNS
    )
