"""Which side took ground, for ACLED's territory sub-types: the actor's own words decide.

"Government regains territory" and "Non-state actor overtakes territory" turn on who acted, so
they are read off the actor's phrase, never off any word of the sentence: in "the Tarvo
Liberation Forces took Mersin after clashes with the army, police said" neither the army they
fought nor the police who told it took the town. A named non-state force keeps its own name
("Forces", "Army" or "Front" in it are no state's), and paramilitaries, militias, gunmen or
pirates are non-state whatever state words stand beside them (the adjective "paramilitary"
yields to a state's police, gendarmerie or guards). A pronoun takes its speaker's side ("the
army said it had taken the town"). Only when the actor's words name no side (a pronoun, "the
group", none at all) does the sentence decide, and then without the speakers of the report
(", police said", "according to the army").
"""

from __future__ import annotations

import re
from typing import Literal

from sitrep.extract import event_lexicon as lex
from sitrep.extract.actor_state_guards import STATE_GUARD_TITLES
from sitrep.extract.actor_unnamed import ARMED_MEN, ARMED_TRADES
from sitrep.extract.actors import is_non_state, normalize_actor

Side = Literal["state", "non_state"]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_ARMED_MEN = "|".join(sorted(ARMED_MEN | ARMED_TRADES, key=len, reverse=True))  # one list
NON_STATE = _rx(
    rf"\b({_ARMED_MEN}|rebels?|islamic state|isis|isil"
    r"|daesh|al[- ]shabaa?b|taliban|boko haram|al[- ]qaeda|hezbollah|houthis?|armed groups?"
    r"|militias?|militiam[ae]n|fighters|guerrillas?|separatists?|ypg|sdf|pkk|hts|rsf"
    r"|opposition forces|insurgency|paramilitaries"
    r"|mutinous|dissidents|(unidentified|unknown|armed|masked|hooded) (armed )?"
    r"(men|attackers|people|persons|youths|individuals|group))\b"
)
STATE = _rx(
    r"\b(army|government|regime|security forces|troops|troopers|military|soldiers|forces|police"
    r"|national guard|marines|gendarmes?|gendarmerie)\b"
)
# The adjective may stand before a state's own force ("Norland's paramilitary gendarmerie", a
# named one: "Norland's paramilitary Rangers"): it decides after state force names and nouns,
# before a country ("Norland's paramilitary forces" are no state's).
PARAMILITARY = re.compile(r"(?i:\bparamilitary\b)(?!\s+[A-Z])")
STATE_FORCE = _rx(r"\b(police|policemen|gendarmes?|gendarmerie|guards?)\b")
# State forces whose names end as an armed group's do ("the Presidential Guard").
_GUARD_TITLES = "|".join(sorted(STATE_GUARD_TITLES))
STATE_NAMES = _rx(rf"\b(({_GUARD_TITLES}) guards?|security forces)\b")
# Words after which an actor's phrase names its backers or its foe, not the side itself:
# "troops backed by militias", "soldiers alongside allied fighters", "forces against the rebels".
_BESIDE = _rx(
    r"\b((backed|supported|aided|assisted|accompanied|joined) by|alongside|together with|against"
    r"|and allied)\b"
)
# Left out: after a comma "state" is more often a region ("in Kachin state") than a verb.
_REGIONS = {"state", "states"}
_VERBS = "({})".format("|".join(sorted((lex.REPORTING_VERBS | lex.DECLARING_VERBS) - _REGIONS)))
# The speakers of a report: ", police said ...", "according to the army", "The army said that".
_SPEAKERS = (
    _rx(rf",[^,.;]{{0,80}}?\b{_VERBS}\b[^,.;]*"),
    _rx(r",?\s*according to\b[^,.;]*"),
    _rx(rf"^[^,.;]{{0,60}}?\b{_VERBS}\s+(that\s+)?"),
)


def actor_side(actor_text: str) -> Side | None:
    """ "state" or "non_state" for the words naming an actor; None when they name no side.

    Non-state words are read first, then a state force's name ("the Presidential Guard"), a
    name the actor table makes an armed group's ("Northern Shield Forces", an acronym), and last
    state words or a country ("the Molvanian National Army").
    """
    own = _BESIDE.split(actor_text, maxsplit=1)[0].strip()
    if not own:
        return None
    if NON_STATE.search(own):
        return "non_state"
    if STATE_NAMES.search(own):
        return "state"
    name = normalize_actor(own)
    if name is not None and is_non_state(name):
        return "non_state"
    if STATE_FORCE.search(own):
        return "state"
    if PARAMILITARY.search(own):
        return "non_state"
    return "state" if name is not None or STATE.search(own) else None


# A pronoun actor, or forces named by one ("it", "they", "his forces", "their fighters").
_PRONOUN = _rx(r"^\s*(it|they|we|he|she|its|their|his|her|our)\b")
_LEADING_SPEAKER = _rx(rf"^([^,.;]{{0,60}}?)\b{_VERBS}\b")


def pronoun_speaker(actor_text: str, text: str) -> str | None:
    """Who says a pronoun actor's deed, and so whose side the pronoun is ("The army said it had
    captured the village": the army's); None for a named actor or no speaker before the deed
    (in "they took the town, police said" the police did not)."""
    told = _LEADING_SPEAKER.match(text)
    return told.group(1) if told is not None and _PRONOUN.match(actor_text) else None


def without_speakers(text: str) -> str:
    """`text` without who reports it: ", police said", "according to the army", "X said that"."""
    for speaker in _SPEAKERS:
        text = speaker.sub("", text)
    return text
