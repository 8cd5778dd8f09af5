"""Whether an act happened, is planned or expected, denied or alleged: read from the words the
sentence hangs the act on ("vowed to", "would", "was accused of", "not"), kept apart from who
did it and where (`event_arguments`) because every event asks it, and so do toll rules that
must know a denied act from a done one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract import event_modal_words as modal_words
from sitrep.extract import event_modals as modals
from sitrep.extract import event_policy as policy
from sitrep.extract.event_allegations import alleged
from sitrep.extract.event_announcements import announced_modality, demanded
from sitrep.extract.event_denials_beside_tolls import toll_told_beside
from sitrep.extract.event_denied_claims import in_denied_claim
from sitrep.extract.event_headline_tenses import headline_plan
from sitrep.extract.event_holdings import HOLD_BASE
from sitrep.extract.event_lexicon import split_words as _w
from sitrep.extract.event_negation import subject_denied
from sitrep.extract.event_schedules import scheduled_modality
from sitrep.model import Attribution
from sitrep.model import EventModality as Modality

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.event_triggers import Trigger

# "must" is left to `demanded`, which tells a duty ("must withdraw") from an inference.
MODALS = modal_words.MODALS - {"must"}
EXPECTING = frozenset(
    _w(
        "expected expect expects anticipated anticipate likely poised possible "
        "potential looming imminent upcoming feared predicted could would"
    )
)
PLANNING = frozenset(
    _w(
        "plan plans planned planning intend intends intended agree agreed agrees "
        "decide decided pledge pledged promise promised vow vowed prepare prepared "
        "preparing aim aimed threaten threatened"
    )
) | lex.forms("hope seek aim want")  # "hoped to sign a deal": wished for, not done
PLANNING |= {"sought"}
PLANNING |= modals.READY  # "is willing/determined to": one readiness list, `event_modals`'s


def event_modality(doc: object, trigger: Trigger, attributions: Sequence[Attribution]) -> Modality:
    token = doc[trigger.token]  # type: ignore[index]
    if trigger.base == HOLD_BASE:
        return "denied"  # "the town remains under the control of its troops": no gain
    if (
        any(
            a.certainty == "denied" and a.claim.start <= trigger.start < a.claim.end
            for a in attributions
        )
        or in_denied_claim(token)
        or subject_denied(token)
    ):
        return "happened" if toll_told_beside(token) else "denied"
    if judged_as_hypothetical(token) or policy.to_go_on(token) or headline_plan(token):
        return "expected"  # "Molvania to attack Port Aven, officials warn": an act to come
    announced = announced_modality(token)  # "vowed to leave", "refused to leave", "urged to"
    if announced is not None:
        return announced
    chain = [token]
    current = token
    while (
        current.dep_ in ("xcomp", "conj", "pcomp", "dobj", "pobj", "prep")
        or (current.dep_ == "advcl" and current.tag_ == "VB")
    ) and current.head.i != current.i:
        if current.dep_ == "conj" and current.tag_ in ("VBD", "VBZ", "VBP"):
            break  # "had not known ... and urged": a verb with its own tense, its own polarity
        current = current.head
        chain.append(current)
    for link in chain:
        children = [c.text.lower() for c in link.children]
        if any(c.dep_ == "neg" for c in link.children):
            return "denied"
        if link.i != token.i and link.text.lower() in PLANNING:
            return "planned"
        if link.i != token.i and link.text.lower() in EXPECTING:
            return "expected"
        if MODALS & set(children) and any(c.dep_ == "aux" for c in link.children):
            # "will lend Ukraine 470 billion yen": a giver's word for its own gift is a pledge,
            # unless it hangs on a condition ("would give aid if the militia disarmed")
            pledged = trigger.type == "aid" and not modals.conditioned(link)
            return "planned" if pledged else "expected"
        if token.tag_.startswith("VB") and trigger.type != "statement" and demanded(link):
            return "expected"  # "must withdraw by Friday"; not the ceasefire of "must respect it"
        if token.tag_.startswith("NN") and link.i == token.i and EXPECTING & set(children):
            return "expected"
    if alleged(token):
        return "alleged"  # "was accused of shelling the village": an accuser's account
    return scheduled_modality(token) or "happened"  # "are due to withdraw", "set to resume"


def judged_as_hypothetical(token: Token) -> bool:
    """ "An attack on the city would be devastating": an event weighed before it happens."""
    verb = token.head
    return (
        token.tag_.startswith("NN")
        and token.dep_ == "nsubj"
        and verb.lower_ == "be"
        and any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
        and any(c.dep_ == "acomp" for c in verb.children)
    )
