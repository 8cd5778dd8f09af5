"""Predicative adjectives of stance, feeling and certainty: "Graham has been critical of the
deal", "many are afraid that turnout will drop", "we are convinced this is the place".

The subject is the source and the adjective's complement (a clause, an infinitive or a
prepositional object) the content, as for the verb the adjective stands beside ("criticized the
deal", "fear that turnout will drop").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, cue_from, trim
from sitrep.extract.attribution_verbal import subject
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.token_positions import run_bounds, tokens_among

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Adjectives that state their subject's stance, feeling or certainty about a complement:
# "critical of", "concerned that", "sure she can", "determined to". Idioms of politeness ("happy
# to help") stay out.
STANCE_ADJECTIVES = frozenset(
    {"critical", "supportive", "skeptical", "sceptical", "dismissive", "appreciative", "fond"}
    | {"confident", "optimistic", "pessimistic", "hopeful", "upbeat", "doubtful", "wary"}
    | {"concerned", "worried", "afraid", "fearful", "suspicious", "resentful", "unhappy"}
    | {"sure", "certain", "unsure", "uncertain", "convinced", "aware", "adamant", "insistent"}
    | {"opposed", "grateful", "thankful", "angry", "upset", "furious", "disappointed"}
    | {"frustrated", "proud", "ashamed", "satisfied", "dissatisfied", "enthusiastic"}
    | {"determined", "reluctant", "willing", "unwilling", "ready", "eager", "keen"}
)
ADJECTIVE_PREPS = frozenset({"of", "about", "with", "on", "over", "toward", "towards"})
# Subjects that name no one.
EMPTY_SUBJECTS = frozenset({"it", "this", "that", "there", "what"})


def adjective_cues(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """Every predicative stance adjective with a complement: "X is critical of Y" says what X
    thinks of Y as plainly as "X criticized Y" does."""
    found: list[Found] = []
    for token in tokens_among(sentence, STANCE_ADJECTIVES):
        if (
            not _is_predicate_adjective(token)
            or token.dep_ not in {"acomp", "ROOT"}
            or quote_at(quotes, token.idx) is not None
        ):
            continue
        content = _adjective_content(token)
        copula = token.head if token.dep_ == "acomp" else token
        source = subject(copula, quotes) if content else []
        if content and source and source[0].lower_ not in EMPTY_SUBJECTS:
            found.append(Found(content, source, cue_from(token), "stance", cue_token=token))
    return found


def _is_predicate_adjective(token: Token) -> bool:
    """An adjective, or a participle the tagger calls a verb ("we are convinced this is ...",
    "they are opposed to it") after a copula."""
    return token.pos_ == "ADJ" or (token.tag_ == "VBN" and token.dep_ == "acomp")


def _adjective_content(adjective: Token) -> tuple[int, int] | None:
    """The clause, infinitive or prepositional object after the adjective."""
    for child in adjective.children:
        if child.i < adjective.i:
            continue
        if child.dep_ in {"ccomp", "xcomp"}:
            tokens = trim(list(child.subtree))
        elif child.dep_ == "prep" and child.lower_ in ADJECTIVE_PREPS:
            tokens = trim([t for t in child.subtree if t.i != child.i])
        else:
            continue
        if tokens:
            return run_bounds(tokens)
    return None
