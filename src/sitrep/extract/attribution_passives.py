"""Passives of reporting verbs. A verb coordinated with a passive: "Trump was forced into damage
control and said that his words had been misconstrued". English lets the second verb share the
passive's subject, who speaks for it, though the parser gives that subject only to the passive.
The subject of a passive verb of addressing is the one spoken to, not what was said: "Ana Ruiz
was asked by reporters whether the vote would pass" reports the question, not Ana Ruiz."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, found_from, trim
from sitrep.extract.attribution_phrases import source_tokens
from sitrep.extract.attribution_time_agents import names_a_time
from sitrep.extract.claim_spans import RELATIVE_PRONOUNS, prep_content, subtree_span
from sitrep.extract.cues import cue_lemma
from sitrep.extract.quotes import Quote, quote_at

if TYPE_CHECKING:
    from spacy.tokens import Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
# Verbs whose passive subject is the one addressed: "was asked", "was told", "was urged".
ADDRESSED_VERBS = frozenset({"ask", "tell", "assure", "inform", "remind", "urge", "brief"})


def passive_agent(verb: Token, quotes: list[Quote]) -> Found | None:
    """ "The merger was first reported by a trade weekly": the agent is the source, the passive subject
    (or clausal complement) the claim."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    agents = [c for c in verb.children if c.dep_ == "agent" and c.i > verb.i]
    objects = [c for c in agents[0].children if c.dep_ == "pobj"] if agents else []
    if not objects or quote_at(quotes, objects[0].idx) is not None or names_a_time(objects[0]):
        return None
    source = source_tokens(objects[0])
    claim = _addressed_topic(verb) if cue_lemma(verb) in ADDRESSED_VERBS else None
    asked = _topic_on_asker(objects[0]) if cue_lemma(verb) in ADDRESSED_VERBS else None
    if claim is None and asked is not None:
        source, claim = trim([t for t in source if t.i < asked.head.i]), subtree_span(asked)
    claim = claim or _passive_subject(verb)
    return found_from(claim, source, verb, scope=False) if source and claim else None


def _addressed_topic(verb: Token) -> tuple[int, int] | None:
    """The subject of a verb of addressing is the one addressed; its clause or topic is the
    claim ("was asked by reporters whether ...", "was asked by reporters about the levy"),
    though without one the subject is what was said ("a story was told by")."""
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i]
    return subtree_span(clauses[0]) if clauses else prep_content(verb)


def _topic_on_asker(asker: Token) -> Token | None:
    """ "was asked by a reporter about the levy": the parser may hang the topic on the asker;
    the object of that "about"."""
    preps = [c for c in asker.children if c.dep_ == "prep" and c.lower_ == "about"]
    objects = [c for c in preps[0].children if c.dep_ == "pobj"] if preps else []
    return objects[0] if objects else None


def _passive_subject(verb: Token) -> tuple[int, int] | None:
    """What a passive with an agent reports: its subject ("The move was reported by MSNBC") or
    its clause."""
    claims = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    claims += [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i]
    if not claims or claims[0].lower_ in RELATIVE_PRONOUNS | {"it"}:
        return None
    return subtree_span(claims[0])


def continues_a_passive(verb: Token) -> bool:
    """A finite verb coordinated with a passive; not a second passive ("was booed and shouted
    down by ..."), nor a verb after a hedge ("is supposed to curb X, and persuade Y", which the
    parser may hang on "supposed")."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS:
        return False
    if not any(c.dep_ == "auxpass" for c in head.children):
        return False
    hedge = any(c.dep_ == "xcomp" for c in head.children)
    return not hedge and not any(c.dep_ == "agent" for c in verb.children)


def is_second_passive(verb: Token) -> bool:
    """ "was booed and shouted down by fans after telling them ...": a passive joined to a passive
    shares its subject, who does what an adjunct of the second verb says."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(c.dep_ == "agent" for c in verb.children)
    )
