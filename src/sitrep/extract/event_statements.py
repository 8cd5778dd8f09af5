"""Statement acts: the demand, refusal, threat or promise a sentence reports when it has no deed.

Kept apart from `sitrep.extract.event_triggers`, which finds deeds word by word (an attack, a
seizure, a deployment): a statement is read from the whole sentence, only when no deed is found,
and weighs acts against reporting verbs (policy rule 6 in `sitrep.extract.event_policy`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract import event_policy as policy
from sitrep.extract.event_blockages import blocked_by_nature
from sitrep.extract.event_calls import call_entry
from sitrep.extract.event_cessations import cessation_entry
from sitrep.extract.event_diplomacy import diplomatic_entry
from sitrep.extract.event_economic_sanctions import (
    nothing_frozen,
    sanction_entry,
    trade_ban_entry,
)
from sitrep.extract.event_groups import depth
from sitrep.extract.event_modals import foretold_only, modal_act
from sitrep.extract.event_negation import undone_act
from sitrep.extract.event_restrictions import restriction_entry
from sitrep.extract.event_suspensions import sanctions_no_one
from sitrep.extract.event_vowed_harm import vowed_threat
from sitrep.extract.verb_objects import object_words

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


@dataclass(frozen=True)
class StatementAct:
    """The word that carries a statement, its event type, base word and PLOVER code."""

    token: Token
    type: str
    base: str
    plover: str | None


def statement_act(sent: SpacySpan) -> StatementAct | None:
    """A statement act when the sentence has no other event (policy rule 6 in `event_policy`).

    A verb that is itself an act ("warned", "rejected", "agreed", "expelled") wins over a
    reporting verb, wherever it stands ("Yemen has rejected a request, an official said"); a bare
    reporting verb gives a statement only when what it reports is a demand, refusal, threat or
    promise ("said Sudan must return the helicopter": DEMAND).
    """
    acts, reports, foretold = [], [], False
    for token in sent:
        if not token.tag_.startswith("VB") or token.dep_ in ("acl", "amod", "relcl"):
            continue
        entry = restriction_entry(token) or sanction_entry(token) or call_entry(token)
        entry = entry or diplomatic_entry(token)
        entry = entry or cessation_entry(token) or lex.statement_entry(token)
        if entry and _not_an_act(token, entry[1]):
            continue  # "did not negotiate", "without warning", "the lake froze"
        if entry and _nothing_conceded(token, entry[1], entry[2]):
            foretold = True  # "when conditions permit": a condition on the sentence, no act
            continue
        if entry and entry[2] in lex.TARGETED_VERBS and not argued_against(token):
            continue  # "attacked the bill" is a criticism; "attacked relentlessly" is not one
        if entry and entry[1] == "SANCTION" and sanctions_no_one(token, object_words(token)):
            continue  # "to halt the violence", "the project has been suspended": no sanction
        if entry and (
            policy.purchase_order(token)
            or policy.no_comment(token)
            or policy.anonymity_request(token)
        ):
            continue  # goods "ordered from"; "declined to comment"; "asked not to be named"
        if entry and foretold_only(token):
            foretold = True  # "classes would remain suspended": no sanction done or threatened
            continue
        if entry and blocked_by_nature(token):
            continue  # "the road was blocked by a landslide": no one blocked it
        if entry and entry[1] is not None:
            acts.append((token, entry))
        elif entry or token.text.lower() in lex.REPORTING_VERBS | lex.DECLARING_VERBS:
            reports.append(token)
    if acts:
        token, (event_type, plover, base) = min(acts, key=lambda a: (depth(a[0]), a[0].i))
        if base == "block" and object_words(token) & lex.ROAD_OBJECTS:
            event_type, plover = "protest", "PROTEST"  # "blocked roads": a demonstration
        promised = modal_act(token) or vowed_threat(token)  # "will not accept": REJECT
        if promised and not (promised != "REJECT" and trade_ban_entry(token)):
            event_type, plover = "statement", promised  # a trade ban promised stays one
        return StatementAct(token, event_type, base, plover)
    for token in sorted(reports, key=lambda t: (depth(t), t.i)):
        plover = policy.reported_act(token)
        if plover:
            return StatementAct(token, "statement", token.text.lower(), plover)
    if foretold:
        return None  # "the talks would be suspended": no talks held either
    noun = next(
        (
            t
            for t in sent
            if t.text.lower() in lex.ACT_NOUNS and t.pos_ == "NOUN" and policy.act_noun_used(t)
        ),
        None,
    )
    if noun is not None and any(t.pos_ in ("VERB", "AUX") for t in sent):
        event_type, plover = lex.ACT_NOUNS[noun.text.lower()]
        return StatementAct(noun, event_type, noun.text.lower(), plover)
    return None


def _not_an_act(verb: Token, plover: str | None) -> bool:
    """A negated act that no modal makes a refusal ("will not sign" is REJECT), or a freeze of
    nothing ("the lake froze")."""
    if undone_act(verb) and modal_act(verb) is None:
        return True
    return plover == "SANCTION" and nothing_frozen(verb)


def _nothing_conceded(verb: Token, plover: str | None, base: str) -> bool:
    """A concession verb with nothing conceded: "when conditions permit", "if the weather allows"
    ("conceded to demands" needs no object)."""
    if plover != "CONCEDE" or base == "concede":
        return False
    return not any(c.dep_ in CONCEDED for c in verb.children)


CONCEDED = frozenset({"dobj", "nsubjpass", "ccomp", "xcomp", "dative", "prt"})


def argued_against(verb: Token) -> bool:
    """ "attacked the bill", "attacked his position": a criticism, unless armed men did it
    ("assailants on motorbikes attacked the position")."""
    if not object_words(verb) & lex.ARGUMENT_OBJECTS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return not any(t.lower_ in lex.CONFLICT_CUES for s in subjects for t in s.subtree)
