"""A truce only talked about is no agreement: "talks on a truce", "discussing a ceasefire".

An agreement noun (`event_lexicon.NOUNS`: truce, ceasefire, accord ...) is an event when
something was done with it: agreed, signed, reached, brokered, or it took effect. One that is
the topic of talks ("talks on a 30-day truce are due to resume", "negotiations over a
ceasefire"), of a push or a deadline ("pushed for a truce", "a deadline for a ceasefire"), or
the object of a verb that only discusses or proposes it ("are discussing a ceasefire", "proposed a
truce", "a proposed truce") has not happened: a user filtering for agreements must not be told it
was reached. The sentence's talks, if any, remain (`event_statements`: PLOVER CONSULT). Past
"negotiated a truce" is one reached ("Qatar negotiated a truce"), so only an ongoing or future
negotiation counts as talk. A truce only wished or due ("hope to broker a truce", "are to sign a
ceasefire") or "under discussion" is none either; a truce that a clause says took effect or was
agreed stays one, however it is talked about ("discussed the ceasefire that took effect").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

AGREEMENT_NOUNS = frozenset(w for w, kind in lex.NOUNS.items() if kind == "agreement")
# Nouns whose topic ("on", "about", "over", "for", "towards") is only sought: "talks on a truce".
TALK_NOUNS = frozenset(
    lex.split_words(
        "talks negotiations negotiation discussions discussion consultations dialogue "
        "proposal proposals plan plans deadline deadlines call calls push bid bids appeal "
        "appeals efforts effort hopes hope demand demands offer offers draft framework "
        "prospects prospect chances chance possibility pressure"
    )
)
# Verbs whose topic ("push for", "called for", "talked about") is only sought.
SEEKING_VERBS = lex.forms("push press call appeal plead lobby hope work talk negotiate argue")
# Verbs whose object is only discussed or proposed: "discussing a ceasefire", "proposed a truce".
DISCUSSING_VERBS = lex.forms("discuss debate propose seek consider weigh mull float suggest")
NEGOTIATING = lex.forms("negotiate")
# Adjectives that make the agreement one not (yet) made: "a proposed truce".
UNMADE = frozenset(lex.split_words("proposed possible potential planned prospective mooted"))
# Verbs that tell a truce was made, in a clause on it: "the ceasefire that took effect on Sunday".
MADE = lex.forms("take hold agree sign reach broker come enter begin start")
# Verbs under which an act is only wished or due: "hope to broker a truce", "are to sign".
WISHED = lex.forms("hope want seek aim try plan intend expect wish") | frozenset(
    lex.split_words("is are was were be")
)
UNDER_TALK = frozenset(lex.split_words("discussion discussions negotiation consideration review"))
TOPIC_PREPS = frozenset(lex.split_words("on about over for towards toward of"))
OF_NOUNS = frozenset(lex.split_words("prospects prospect chances chance possibility hopes hope"))


def only_talked_about(token: Token) -> bool:
    """An agreement noun that is the topic of talks, a push, a deadline or a proposal."""
    if token.lower_ not in AGREEMENT_NOUNS or not token.tag_.startswith("NN"):
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "talks on a truce and a prisoner swap"
    if any(c.dep_ in ("relcl", "acl") and c.lower_ in MADE for c in token.children):
        return False  # "discussed the ceasefire that took effect on Sunday"
    if any(c.dep_ == "amod" and c.lower_ in UNMADE for c in token.children):
        return True
    if token.dep_ == "pobj":
        return _sought_topic(token.head)
    if token.dep_ in ("dobj", "nsubjpass"):
        verb = token.head
        return _only_discussed(verb) or (verb.dep_ == "xcomp" and verb.head.lower_ in WISHED)
    if token.dep_ == "nsubj":  # "a ceasefire is under discussion"
        return any(
            p.lower_ == "under" and any(o.lower_ in UNDER_TALK for o in p.children)
            for p in token.head.children
        )
    return False


def _sought_topic(prep: Token) -> bool:
    word, holder = prep.lower_, prep.head
    if word not in TOPIC_PREPS:
        return False
    if holder.tag_.startswith("NN"):
        return holder.lower_ in (OF_NOUNS if word == "of" else TALK_NOUNS)
    return word != "of" and holder.tag_.startswith("VB") and holder.lower_ in SEEKING_VERBS


def _only_discussed(verb: Token) -> bool:
    if verb.lower_ in DISCUSSING_VERBS:
        return True
    if verb.lower_ not in NEGOTIATING:
        return False
    ongoing = verb.tag_ in ("VB", "VBG", "VBP", "VBZ")  # "are negotiating", "to negotiate"
    being = any(c.lower_ == "being" for c in verb.children)  # "is being negotiated"
    return ongoing or being
