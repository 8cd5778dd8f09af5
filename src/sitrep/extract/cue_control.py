"""Words that hand their subject down to a cue in an infinitive: in "he was able to tout his
lead", "the agency was slow to embrace the idea", "voters inclined to believe the charge" or
"Trump is poised to argue", the subject of the adjective is the one who touts, embraces,
believes or argues, as plainly as in "is likely to say". Words that deny the act ("unable to",
"reluctant to") stay out: the statement they would pass on was not made.
`sitrep.extract.attribution_verbal` climbs through them to find the speaker.
"""

from __future__ import annotations

CONTROL_ADJECTIVES = frozenset(
    {"likely", "unlikely", "quick", "eager", "careful", "willing", "able", "ready", "slow"}
    | {"poised", "inclined", "bold"}
)
