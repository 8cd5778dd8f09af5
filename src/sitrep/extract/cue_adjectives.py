"""Predicative adjectives of stance, feeling and certainty: "Graham has been critical of the
deal", "many are afraid that turnout will drop", "we are convinced this is the place".

The subject is the source and the adjective's complement (a clause, an infinitive or a
prepositional object) the content, as for the verb the adjective stands beside ("criticized the
deal", "fear that turnout will drop").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, cue_from, trim
from sitrep.extract.attribution_phrases import source_tokens
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
    # Attitudes toward someone or something: "leery of the deal", "outspoken on trade",
    # "unapologetic about her vote", "divided on the tax".
    | {"sympathetic", "leery", "distrustful", "mistrustful", "sanguine", "alarmed", "uneasy"}
    | {"passionate", "unapologetic", "outspoken", "vocal", "cagey", "vague", "tepid"}
    | {"pleased", "impressed", "irritated", "enamored", "favorable", "unanimous", "conscious"}
    | {"divided", "unified"}
)
ADJECTIVE_PREPS = frozenset({"of", "about", "with", "on", "over", "toward", "towards"})
# Prepositions that open the complement of some adjectives only: "sympathetic to the farmers",
# "alarmed at the cost", "pleased by the verdict", "unanimous in backing her" ("critical to
# the economy" and "ready in time" state no stance).
ADJECTIVE_OWN_PREPS: dict[str, frozenset[str]] = {
    **dict.fromkeys(["sympathetic", "favorable", "opposed"], frozenset({"to"})),
    **dict.fromkeys(["alarmed", "pleased", "impressed", "irritated"], frozenset({"at", "by"})),
    **dict.fromkeys(["unanimous", "confident"], frozenset({"in"})),
}
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
        source = (subject(copula, quotes) or _passive_holder(token)) if content else []
        if content and source and source[0].lower_ not in EMPTY_SUBJECTS:
            found.append(Found(content, source, cue_from(token), "stance", cue_token=token))
    return found


def _is_predicate_adjective(token: Token) -> bool:
    """An adjective, or a participle the tagger calls a verb ("we are convinced this is ...",
    "they are opposed to it") after a copula, or one the parser reads as a passive with no
    agent ("the union is divided on the reform")."""
    if token.pos_ == "ADJ" or (token.tag_ == "VBN" and token.dep_ == "acomp"):
        return True
    deps = {c.dep_ for c in token.children}
    return token.tag_ == "VBN" and "auxpass" in deps and "agent" not in deps


def _passive_holder(participle: Token) -> list[Token]:
    """ "The union is divided on the reform" read as a passive: its passive subject holds the
    stance (a real passive names an agent, and `_is_predicate_adjective` leaves it out)."""
    if participle.pos_ == "ADJ":
        return []
    held = [c for c in participle.children if c.dep_ == "nsubjpass"]
    return source_tokens(held[0]) if held else []


def _adjective_content(adjective: Token) -> tuple[int, int] | None:
    """The clause, infinitive or prepositional object after the adjective. Only the first
    preposition can open it: in "delegates are divided among the districts, with the winner
    taking all", the "with" after "among" adds a circumstance."""
    for child in adjective.children:
        if child.i < adjective.i:
            continue
        if child.dep_ in {"ccomp", "xcomp"}:
            tokens = trim(list(child.subtree))
        elif child.dep_ == "prep":
            if not _opens_complement(adjective, child):
                return None
            tokens = trim([t for t in child.subtree if t.i != child.i])
        else:
            continue
        if tokens:
            return run_bounds(tokens)
    return None


def _opens_complement(adjective: Token, preposition: Token) -> bool:
    return preposition.lower_ in ADJECTIVE_PREPS or preposition.lower_ in ADJECTIVE_OWN_PREPS.get(
        adjective.lower_, ()
    )
