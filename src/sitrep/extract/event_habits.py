"""Attack verbs that describe a habit, a policy, a running total or a series, not one event.

"The military says it targets only militants" states how a side fights, and "4,300 civilians
have been killed since the coup" sums many attacks over years; neither is an incident for the
ledger (the number stays a quantity). Both are told with a verb that also reports single events,
so the tense and its modifiers decide. "Attacked 11 times" and "48 assaults" are kept as one
ledger entry for a series; a single attack told later is not that series told again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PERFECT_AUX = frozenset({"has", "have"})
# Verbs that count victims; "have arrested 200 since Wednesday" is still a crackdown told as news.
TOLL_VERBS = frozenset({"killed", "wounded", "injured", "slain", "maimed"})


def policy_present(token: Token) -> bool:
    """ "it targets only armed groups", "the army only attacks military sites": a simple present
    narrowed by "only" says what a side does as a rule, not what it did."""
    if token.tag_ not in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    narrowed = [token, *(c for c in token.children if c.dep_ == "dobj")]
    return any(c.dep_ == "advmod" and c.lower_ == "only" for t in narrowed for c in t.children)


def running_toll(token: Token) -> bool:
    """ "civilians have been killed by the security forces since then": a present perfect counted
    from a starting point sums every attack since, and is none of them."""
    if token.lower_ not in TOLL_VERBS or not any(
        c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in token.children
    ):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in token.children)


def counted_series(token: Token) -> bool:
    """ "attacked 11 times", "repelled 48 assaults": a count of attacks, many incidents in one."""
    if token.tag_ == "NNS":
        return any(c.dep_ == "nummod" for c in token.children)
    return any(
        c.lower_ == "times" and any(n.dep_ == "nummod" for n in c.children)
        for c in token.children
        if c.dep_ in ("npadvmod", "advmod", "dobj")
    )
