"""A threat or an ultimatum told with no other act: the threat is the news.

"The union will boycott the talks unless the president resigns": the act inside the "unless" clause
is only a condition (`event_policy.open_question` drops it), and the act threatened may be no event
word at all ("boycott the talks"). What happened is the threat, a statement coded THREATEN, or
REJECT for "will not return to the talks unless wages rise" (`event_modals.modal_act`). A threat
needs someone making it: a threatening verb ("will boycott", "will strike") or a named party or a
person as its subject ("Norland will not sign unless ..."); "the talks will resume if the weather
allows" is a forecast, no threat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_modals as modals
from sitrep.extract import event_policy as policy

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

ULTIMATUM_ACTS = frozenset({"THREATEN", "REJECT"})


def ultimatum(sent: SpacySpan) -> tuple[Token, str] | None:
    """The verb a condition hangs on and its code ("will boycott ... unless": THREATEN), when it
    is not itself inside a question or a condition; None when the sentence makes no such threat."""
    for token in sent:
        if not token.tag_.startswith("VB") or not modals.conditioned(token):
            continue
        if policy.open_question(token) or policy.purpose_clause(token):
            continue
        act = modals.modal_act(token)
        if act in ULTIMATUM_ACTS and (token.lower_ in modals.THREAT_FORMS or _party_subject(token)):
            return token, act
    return None


def _party_subject(verb: Token) -> bool:
    """A subject that can make a threat: a named party or a person ("Norland", "she"), not "it"."""
    return any(
        c.dep_ == "nsubj"
        and c.lower_ != "it"
        and (c.tag_ in ("PRP", "NNP", "NNPS") or c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"))
        for c in verb.children
    )
