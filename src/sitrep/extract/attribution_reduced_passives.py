"""Reduced passives with an agent: "a practice criticized by civil rights groups", "the
senator, endorsed by both papers", "When asked by a reporter whether the deal was dead, ...".
Without the "by" phrase ("Asked about the raid, the minister said ...") the asker is unnamed and
the question no claim of anyone's (`asked_unnamed`).

A past participle on a noun with a "by" phrase says that the agent did what the verb says to
the noun, as plainly as "civil rights groups criticized the practice": the agent is the source
and the noun phrase (less the participle) the claim. A full passive ("was criticized by") is
`attribution_verbal._passive_agent`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, found_from, trim
from sitrep.extract.attribution_phrases import source_tokens
from sitrep.extract.attribution_time_agents import names_a_time
from sitrep.extract.claim_spans import RELATIVE_PRONOUNS
from sitrep.extract.cues import cue_lemma
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.token_positions import run_bounds

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of judging, whose reduced passive states the agent's stance on the noun. Verbs of
# giving, making and backing ("a book written by", "the seats offered by", "rebels backed by
# Russia") describe the noun instead.
JUDGING_VERBS = frozenset(
    {"endorse", "oppose", "criticize", "criticise", "condemn", "denounce", "praise", "applaud"}
    | {"welcome", "reject", "dispute", "deny", "echo", "decry", "deplore", "slam", "blast"}
    | {"dismiss", "question", "challenge"}
)
# Verbs of asking, whose adjunct participle with an agent reports the agent's question.
ASKING_VERBS = frozenset({"ask", "press", "push", "question"})


def agent_participle(participle: Token, quotes: list[Quote]) -> Found | None:
    """The agent's stance on the noun a judging participle modifies, or the agent's question
    where an adjunct participle of asking has one ("When asked by a reporter whether ...")."""
    if participle.tag_ != "VBN" or participle.dep_ not in {"acl", "advcl"}:
        return None
    agents = [c for c in participle.children if c.dep_ == "agent"]
    objects = [c for c in agents[0].children if c.dep_ == "pobj"] if agents else []
    if not objects or quote_at(quotes, objects[0].idx) is not None or names_a_time(objects[0]):
        return None
    source = source_tokens(objects[0])
    claim = _judged(participle) if participle.dep_ == "acl" else _asked(participle, objects[0])
    if source and claim and source[0].i < claim[0].i <= source[-1].i:
        source = _before_question(source, claim[0])
    if not source or not claim or claim[0].lower_ in RELATIVE_PRONOUNS:
        return None
    return found_from(run_bounds(claim), source, participle, scope=False)


def asked_unnamed(token: Token) -> bool:
    """ "Asked about the ceasefire, the minister said ...", "said when asked whether ...": the
    one asked answers in the main clause; the question is an unnamed asker's, no claim of the
    subject's, and with no "by" phrase there is nobody to give it to. What the subject was asked
    to do ("Asked to describe the damage, ...") is the question too."""
    return _asked_participle(token) or (token.dep_ == "xcomp" and _asked_participle(token.head))


def _asked_participle(participle: Token) -> bool:
    return (
        participle.tag_ in {"VBN", "VBD"}
        and participle.dep_ in {"advcl", "acl"}
        and cue_lemma(participle) in ASKING_VERBS
        and not any(
            c.dep_ in {"agent", "nsubj", "nsubjpass", "auxpass"} for c in participle.children
        )
    )


def _before_question(asker: list[Token], question: Token) -> list[Token]:
    """ "by the host about how he would pay": the asker ends before the question and its
    preposition."""
    words = [t for t in asker if t.i < question.i]
    while words and words[-1].pos_ == "ADP":
        words = words[:-1]
    return trim(words)


def _judged(participle: Token) -> list[Token]:
    """ "a measure opposed by unions": the noun phrase, less the participle."""
    noun = participle.head
    if (
        noun.pos_ not in {"NOUN", "PROPN"}
        or noun.i > participle.i
        or cue_lemma(participle) not in JUDGING_VERBS
    ):
        return []
    return source_tokens(noun)


def _asked(participle: Token, asker: Token) -> list[Token]:
    """ "asked by a host if the leaks led to the attacks", "pressed by Holt about how he would
    do it": the question, after "if" or "whether" or in the "about" or "on" phrase (which the
    parser may hang on the asker)."""
    if cue_lemma(participle) not in ASKING_VERBS:
        return []
    for child in [*participle.children, *asker.children]:
        if child.i < participle.i:
            continue
        marks = [c for c in child.children if c.dep_ == "mark" and c.i < child.i]
        if child.dep_ in {"ccomp", "advcl"} and marks and marks[0].lower_ in {"if", "whether"}:
            return trim(list(child.subtree))
        if child.dep_ == "prep" and child.lower_ in {"about", "on", "over"} and not _dated(child):
            return trim([t for t in child.subtree if t.i != child.i])
    return []


def _dated(prep: Token) -> bool:
    """ "asked by reporters on Thursday about the dam": "on Thursday" says when, not what."""
    return any(c.dep_ == "pobj" and names_a_time(c) for c in prep.children)
