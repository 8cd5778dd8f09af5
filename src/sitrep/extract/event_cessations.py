"""A pledge to stop an act: the pledge is the news, not the act it stops.

"The rebels pledged to stop attacking convoys", "the army vowed to halt its strikes on the
city", "the militia agreed to an end to its raids", "the rebels will stop attacking convoys": no
attack is planned; what happened is a commitment to de-escalate (PLOVER AGREE, the pledging
verb's statement or agreement; `event_modals.stops_hostilities` for "will stop"), and the attacks
it would end are neither planned nor told as an event of the day. A stop done ("the rebels
stopped attacking convoys") is no pledge and keeps its act, and so does a stop of another's
violence ("vowed to stop the rebel attacks", "to stop the looting", "police will stop violence":
whose it is, `event_modals.own_hostility` decides) or one the act is only an adjunct of ("vowed
to stop the rebels with airstrikes", "after a halt in the fighting").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_modals import (
    STOPPING,
    modal_act,
    own_hostility,
    reported,
    stops_hostilities,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

PLEDGING = lex.PLEDGING | lex.forms("agree")  # "agreed to stop shelling"
REACH = 3


def pledged_to_stop(token: Token) -> bool:
    """The act is the doer's own fighting that a pledged stop would end ("vowed to halt its
    strikes", "pledged an end to the raids", "will stop attacking convoys")."""
    stop, via_to = _stop_above(token)
    if stop is None or not own_hostility(token, via_to):
        return False
    if stop.tag_.startswith("VB") and modal_act(stop) == "AGREE":
        return True  # "the rebels will stop attacking": a commitment (`event_modals`)
    return _pledge_above(stop) is not None


def _stop_above(token: Token) -> tuple[Token | None, bool]:
    """The stopping word the act is the object of: "stop attacking" (xcomp), "halt its strikes"
    (dobj), "an end to airstrikes" (pobj of "to"); never one the act is only an adjunct of ("stop
    the rebels with airstrikes", "after a halt in the fighting")."""
    head = token.head
    if token.dep_ in ("xcomp", "dobj") and head.lower_ in STOPPING:
        return head, False
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ in STOPPING:
        return head.head, True
    return None, False


def _pledge_above(stop: Token) -> Token | None:
    """The pledge the stop hangs on: "vowed to halt" (xcomp), "pledged an end" (dobj), "agreed
    to an end" (pobj of "to")."""
    current = stop
    for _ in range(REACH):
        to = current.dep_ == "pobj" and current.head.lower_ == "to"  # "agreed to an end"
        if not to and current.dep_ not in ("xcomp", "dobj", "conj", "prep"):
            return None
        if current.head.i == current.i or (current.dep_ == "prep" and current.lower_ != "to"):
            return None
        current = current.head
        if current.lower_ in PLEDGING and current.tag_.startswith("VB"):
            return current
    return None


def cessation_entry(verb: Token) -> tuple[str, str | None, str] | None:
    """The statement a stop of one's own fighting its doer commits to is ("the rebels will stop
    attacking convoys"): a promise, AGREE; the attacks it ends are no event (`pledged_to_stop`).
    Told by a reporting verb ("said it would end its raids"), the report carries it."""
    if stops_hostilities(verb) and not reported(verb) and modal_act(verb) == "AGREE":
        return "statement", "AGREE", "stop"
    return None
