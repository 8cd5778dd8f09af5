"""A main verb the parser took for a participle on the noun before it: "A new poll found last
week that ...", "Several outlets reported on Monday the talks had failed", "WASHINGTON (AP) —
Trump called Wednesday for ...".

The sentence is then left without a verb, or the reported verb gets two subjects (the noun
and the reported clause's own). The noun is the speaker; in the second case the reported
clause, which the parser made the sentence's main verb, is the claim.

A reporting gerund set off after the main clause is misread the other way, as the subject of
the clause it reports (", writing “Feels great to ...”"): that clause is then the claim, and
`attribution_gerunds` gives the speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import trim
from sitrep.extract.attribution_gerunds import misread_gerund_clause
from sitrep.extract.attribution_phrases import modified_np
from sitrep.extract.cue_lexicon import PREP_CONTENT
from sitrep.extract.cues import cue_lemma
from sitrep.extract.token_positions import run_bounds

if TYPE_CHECKING:
    from spacy.tokens import Token

# A day or time read as the participle's predicate ("called Wednesday for") still leaves a verb
# of saying; a name or a description ("a group called Vets for Peace") makes it a label.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
PAST_TAGS = frozenset({"VBD", "VBN"})


def misread_main_verb(token: Token) -> list[Token]:
    """The noun right before a misread main verb, unless the participle names or describes it
    ("A group called Vets for Peace.", "a man accused by police")."""
    head = token.head
    if token.dep_ != "acl" or head.i != token.i - 1 or head.pos_ not in {"NOUN", "PROPN"}:
        return []
    if any(_makes_a_label(c) for c in token.children):
        return []
    misread = _verbless(head) or _shares_a_verb(head) or _past_tense_before_its_verb(token)
    return modified_np(head, token) if misread else []


def misread_claim(token: Token) -> tuple[int, int] | None:
    """What the misread verb reports: "outlets reported on Monday the talks had failed", the
    clause after it, whose verb the parser gave both the speaker and its own subject; "Trump
    called Wednesday for Smith to resign", the rest of its phrase after the day, less the
    preposition that opens the content. Only a past form misreads a main verb: "the groups
    supporting Kasich and Paul paid ..." is a true participle."""
    reported = misread_gerund_clause(token)
    if reported is not None:
        tokens = trim([t for t in reported.subtree if t.i > token.i])
        return run_bounds(tokens) if tokens else None
    if token.tag_ not in PAST_TAGS or not misread_main_verb(token):
        return None
    head = token.head
    days = [c for c in token.children if c.dep_ == "oprd"]
    if _shares_a_verb(head):
        tokens = trim([t for t in head.head.subtree if t.i > token.right_edge.i])
        if not any(t.dep_ == "nsubj" and t.head == head.head for t in tokens):
            return None
    elif days:
        tokens = trim([t for t in token.subtree if t.i > days[0].right_edge.i])
        if tokens and tokens[0].lower_ in PREP_CONTENT.get(cue_lemma(token), ()):
            tokens = tokens[1:]
    else:
        return None
    return run_bounds(tokens) if tokens else None


def _makes_a_label(child: Token) -> bool:
    passive = child.dep_ in {"agent", "auxpass"}
    return passive or (child.dep_ == "oprd" and child.ent_type_ not in TIME_ENTITIES)


def _verbless(noun: Token) -> bool:
    """The noun is the sentence's root, or stands in apposition to a root that is no verb (the
    dateline of "WASHINGTON (AP) — Trump called ...")."""
    while noun.dep_ == "appos":
        noun = noun.head
    return noun.dep_ == "ROOT" and noun.pos_ in {"NOUN", "PROPN"}


def _shares_a_verb(noun: Token) -> bool:
    return noun.dep_ == "nsubj" and sum(c.dep_ == "nsubj" for c in noun.head.children) > 1


def _past_tense_before_its_verb(token: Token) -> bool:
    """ "a man yelled “Stay there!”": tagged a past tense, not a participle, on a subject whose
    verb the parser found only further on."""
    head = token.head
    return token.tag_ == "VBD" and head.dep_ == "nsubj" and head.head.i > token.i
