"""A pledge to stop an act: the pledge is the news, not the act it stops.

"The rebels pledged to stop attacking convoys", "the army vowed to halt strikes on the city",
"the militia agreed to an end to its raids", "the rebels will stop attacking convoys": no attack
is planned; what happened is a commitment to de-escalate (PLOVER AGREE, the pledging verb's
statement or agreement; `event_modals.stops_hostilities` for "will stop"), and the attacks it
would end are neither planned nor told as an event of the day. A stop done ("the rebels stopped
attacking convoys") is no pledge and keeps its act.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_lexicon import split_words as _w
from sitrep.extract.event_modals import STOPPING, modal_act

if TYPE_CHECKING:
    from spacy.tokens import Token

PLEDGING = frozenset().union(
    *(lex.verb_forms(b) for b in _w("pledge promise vow offer undertake agree"))
) | frozenset(_w("swore sworn swear swears"))
# Links from an act up to its stopping word and from that word up to the pledge: "stop attacking"
# (xcomp), "halt strikes" (dobj), "an end to airstrikes" (prep, pobj), "pledged an end" (dobj).
LINKS = frozenset(_w("xcomp dobj pobj prep"))
REACH = 3


def pledged_to_stop(token: Token) -> bool:
    """The act is what a pledged stop would end ("vowed to halt strikes", "pledged an end to
    the raids", "will stop attacking convoys")."""
    stop = _reached(token, lambda t: t.lower_ in STOPPING)
    if stop is None:
        return False
    if stop.tag_.startswith("VB") and modal_act(stop) == "AGREE":
        return True  # "the rebels will stop attacking": a commitment (`event_modals`)
    return _reached(stop, lambda t: t.lower_ in PLEDGING and t.tag_.startswith("VB")) is not None


def _reached(token: Token, wanted: Callable[[Token], bool]) -> Token | None:
    """The first word above `token`, through objects, infinitives and phrases, that is wanted."""
    current = token
    for _ in range(REACH):
        if current.dep_ not in LINKS or current.head.i == current.i:
            return None
        current = current.head
        if wanted(current):
            return current
    return None
