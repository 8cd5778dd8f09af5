"""Whether an article's body tells its headline's act as still to come.

A headline's present tense reports a deed done ("Molvania launches drones at Ostrava on
Sunday"), but "launches" also announces a launch set for a coming day, and the headline alone
cannot tell which. The body can: "officials said the launch was planned for the weekend" puts the
act ahead, so the headline's day is the coming one and the act is expected. Both the dates
(`time_headlines`) and the events (`event_headline_tenses`) ask this one question, so that an
event's date and its modality agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_inflections import split_words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs and words that put what they govern ahead: "was planned for", "are expected on Sunday".
AHEAD_WORDS = frozenset(
    split_words(
        "plan plans planned planning expect expects expected schedule scheduled slated due "
        "set intend intends intended prepare prepares preparing threaten threatens threatened"
    )
)
FUTURE_AUX = frozenset(split_words("will 'll shall would"))  # "said it would"
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def body_tells_it_ahead(verb: Token) -> bool:
    """Whether the first mention of headline `verb`'s act in the body tells it as to come."""
    words = _act_words(verb)
    body = verb.doc[verb.sent.end :]
    mention = next((t for t in body if t.lower_ in words), None)
    return mention is not None and _told_ahead(mention)


def _act_words(verb: Token) -> set[str]:
    """Words the body may name the act by: the verb's own ("launch"), what it fires
    ("missiles"), or an attack noun ("the strikes")."""
    base = lex.VERB_INDEX.get(verb.lower_, ("", verb.lower_))[1]
    fired = {c.lower_ for c in verb.children if c.dep_ == "dobj" and c.lower_ in lex.WEAPONS}
    attacks = {n for n, kind in lex.NOUNS.items() if kind == "attack"}
    return lex.verb_forms(base) | fired | attacks


def _told_ahead(mention: Token) -> bool:
    """ "the launch was planned", "plans to fire", "the strikes will come"."""
    verb = mention.head if mention.dep_ in NOUN_DEPS else mention
    if verb.dep_ == "xcomp":
        verb = verb.head  # "plans to fire missiles"
    return verb.lower_ in AHEAD_WORDS or any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children
    )
