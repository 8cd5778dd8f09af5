"""A call for an act is a demand, as "demanded" is: the act called for has not happened.

"The council called for the withdrawal of troops from Tarno", "the envoy appealed for a halt to
the fighting": no troops left and nothing halted on the day; what happened is the demand (a
statement, PLOVER DEMAND). "Call" demands only through its "for" phrase ("called the raid a
crime" names the raid) or its "on ... to" ("called on the army to withdraw").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

CALLING = frozenset(
    f"{base}{ending}" for base in ("call", "appeal") for ending in ("", "s", "ed", "ing")
)
ADDRESSED = frozenset({"on", "upon"})


def calls_for(verb: Token) -> bool:
    """ "called for a ceasefire", "appealed for calm", "called on the army to withdraw"."""
    if verb.lower_ not in CALLING or not verb.tag_.startswith("VB"):
        return False
    return any(
        c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ in ADDRESSED) for c in verb.children
    )


def called_for_through(verb: Token, step: Token) -> bool:
    """The act reached from the calling verb through its "for" phrase is the one called for."""
    return verb.lower_ in CALLING and step.dep_ == "prep" and step.lower_ == "for"


def call_entry(verb: Token) -> tuple[str, str | None, str] | None:
    """The statement a call is (`event_lexicon.statement_entry`): a demand, or None."""
    return ("statement", "DEMAND", "call") if calls_for(verb) else None
