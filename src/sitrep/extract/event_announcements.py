"""The PLOVER code of an act its doer announces for later: the promise or the threat is the news.

"Norland will give Ruritania a loan", "Norland vowed to pull its troops out": no loan is given and
no troop has moved yet; what happened is a commitment, which PLOVER codes AGREE. A hostile act
announced by its doer ("will shell the camps", "is ready to storm the town", "will arrest the
organisers") is a threat (THREATEN), as is any act made to hang on an "unless", or a sanction-like
one ("will recall its envoy": PLOVER lists withdrawing diplomats among threats). A pullout of
troops or staff announced is a step back (CAMEO's "intent to de-escalate"), and an "if" on it or on
a gift makes an offer, not a threat; another act hung on another's hostile one ("will send
warships if Valdor attacks") is deterrence, a threat. "Will not send troops", "refused to leave", "is unwilling to" are
refusals (REJECT); "must leave", "demanded that it leave", "urged it to leave" are demands (DEMAND).

Only a commitment counts; what a modal makes of a verb, and which forecasts, inferences and past
narrations are no commitment, is read once for this module and for statements (`event_modals`).
The event keeps its type and ACLED sub-type; only the PLOVER code, which names what was done on
the day, and the modality change.

A demanded act has not happened either: "the army must withdraw by Friday" keeps its event, with
modality "expected" (`demanded`), and the demand is the news (DEMAND) even with no place or date
named (`events`), as is a threat made on a condition ("will attack the garrison unless ...",
`news_without_scene`); the ceasefire of "must respect the ceasefire" is one in force, not one
demanded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from sitrep.extract import event_lexicon as lex
from sitrep.extract import event_modals as modals
from sitrep.extract.event_lexicon import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Token


PLEDGING = lex.PLEDGING
DEMANDING = lex.forms("demand urge")
INSISTING = lex.forms("insist")
REFUSING = lex.forms("refuse decline")
UNREADY = frozenset(_w("unwilling reluctant loath loth hesitant"))
Governed = Literal["pledge", "demand", "refuse", "ready", "unready"]


def announced_act(trigger: Token) -> str | None:
    """AGREE, THREATEN, REJECT or DEMAND for a verb its subject commits to or is bound to ("will
    give", "would not send", "is ready to withdraw", "vowed to storm", "must pull out"); None for
    an act done, foreseen by others or narrated ("the talks would go on", "would later leave")."""
    if not trigger.tag_.startswith("VB"):
        return None
    governed = _governor(trigger)
    if governed == "refuse" or governed == "unready":
        return "REJECT"
    if governed == "demand":
        return "DEMAND"
    if governed == "ready":
        if _unready(trigger):
            return "REJECT"
        return modals.promise_or_threat(trigger, trigger.head.head)  # "is willing to": the copula
    if governed == "pledge":
        return modals.promise_or_threat(trigger, trigger.head)
    if _pledged_aid(trigger):  # "pledged $40 million in aid": the pledge, not the gift
        return "AGREE"
    return modals.modal_act(trigger)


def announced_modality(trigger: Token) -> Literal["planned", "denied"] | None:
    """What a governing word says of the act: pledged, readied or demanded of another ("planned":
    not done, and not a vague hypothetical either), refused ("denied"); None where none governs."""
    if not trigger.tag_.startswith("VB"):
        return None
    governed = _governor(trigger)
    if governed in ("refuse", "unready") or (governed == "ready" and _unready(trigger)):
        return "denied"
    if governed in ("pledge", "ready", "demand") or _pledged_aid(trigger):
        return "planned"
    return None


def _governor(trigger: Token) -> Governed | None:
    """The word the act hangs on: "vowed to", "demanded that", "called on ... to", "is ready to"."""
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.dep_ == "acomp":
        if head.lower_ in modals.READY:
            return "ready"
        return "unready" if head.lower_ in UNREADY else None
    if trigger.dep_ not in ("xcomp", "ccomp") or head.i == trigger.i:
        return None
    word = head.lower_
    if word in PLEDGING and trigger.dep_ == "xcomp":
        return "pledge"
    if word in REFUSING and trigger.dep_ == "xcomp":
        return "refuse"
    called_on = word in lex.verb_forms("call") and any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in head.children
    )
    if word in INSISTING:  # "insisted that it withdraw", not "insisted that it had withdrawn"
        return "demand" if _subjunctive(trigger) else None
    return "demand" if word in DEMANDING or called_on else None


def _subjunctive(clause: Token) -> bool:
    """ "that the army withdraw", "that it should withdraw": a bare verb or a "should"."""
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    return "should" in aux or (clause.tag_ == "VB" and not aux)


def _unready(trigger: Token) -> bool:
    """ "is not ready to withdraw": the copula above the readiness word is negated."""
    return any(c.dep_ == "neg" for c in trigger.head.head.children)


def _pledged_aid(trigger: Token) -> bool:
    """ "pledged $40 million in aid": aid promised, not given (the promise itself, "vowed to
    rebuild", is a statement that happened)."""
    if trigger.lower_ not in PLEDGING:
        return False
    clauses = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]
    if any(lex.VERB_INDEX.get(c.lower_, ("",))[0] != "aid" for c in clauses):
        return False  # "pledged to give" is aid; "vowed to rebuild" is not
    return any(t.lower_ in modals.AID_WORDS for t in trigger.subtree)


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
    return act == "DEMAND" or (act == "THREATEN" and modals.conditioned(trigger))
