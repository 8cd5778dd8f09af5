"""The PLOVER code of an act its doer announces for later: the promise or the threat is the news.

"Norland will give Ruritania a loan", "Norland is willing to withdraw its troops": no loan is
given and no troop has moved yet; what happened is a commitment, which PLOVER codes AGREE, as
`event_policy.clause_act` reads a reported "said it would allow". "Will pull out its force unless
the rebels disarm" and "will impose a curfew" are threats (THREATEN), "will not send troops" a
refusal (REJECT), "the army must withdraw" a demand (DEMAND). An unconditional pullout announced
is a step back (CAMEO's "intent to de-escalate"), not the threat a statement's "would quit the
talks" makes. The event keeps its type and ACLED sub-type; only the PLOVER code, which names what
was done on the day, changes.

A demanded act has not happened either: "the army must withdraw by Friday" keeps its event, with
modality "expected" (`demanded`), and the demand is the news (DEMAND) even with no place or date
named (`events`), as is a threat made on a condition ("will attack the garrison unless ...",
`news_without_scene`); "must have fled" infers a past deed and stays as told, and the ceasefire of
"must respect the ceasefire" is one in force, not one demanded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract import event_policy as policy

if TYPE_CHECKING:
    from spacy.tokens import Token

PULLOUT_FORMS = frozenset().union(*(lex.verb_forms(v) for v in ("withdraw", "evacuate", "pull")))


def announced_act(trigger: Token) -> str | None:
    """AGREE, THREATEN, REJECT or DEMAND for a verb its subject commits to or is bound to ("will
    give", "would not send", "is ready to withdraw", "must pull out"); None for an act done or
    foreseen ("the talks would go on")."""
    if not trigger.tag_.startswith("VB"):
        return None
    clause = trigger
    if trigger.dep_ == "xcomp" and trigger.head.lower_ in policy.READY:
        clause = trigger.head.head  # "is willing to withdraw": the copula commits
    act = policy.clause_act(clause)
    if act == "THREATEN" and trigger.lower_ in PULLOUT_FORMS and not policy.conditioned(clause):
        return "AGREE"
    return act


def demanded(verb: Token) -> bool:
    """ "must withdraw", "must hand over the airport": an act someone is bound to do, not done;
    not "must have fled", a past deed inferred."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return "must" in aux and "have" not in aux


def news_without_scene(trigger: Token) -> bool:
    """A demand ("must withdraw") or an ultimatum ("will attack unless ...") is news with no place
    or date named: it is what happened on the day. A bare "rebels could attack" is a vague
    hypothetical (`event_policy` rule 5)."""
    act = announced_act(trigger)
    return act == "DEMAND" or (act == "THREATEN" and policy.conditioned(trigger))
