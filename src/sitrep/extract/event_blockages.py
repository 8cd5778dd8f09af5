"""Roads blocked by the weather or the ground: no act of anyone.

"Farmers blocked the highway" is a demonstration, but "The pass to the village was blocked by an
avalanche" and "Mudslides blocked the road near Tromso" tell of no one's act: neither a protest
nor a refusal is coded when what blocked the way is snow, a flood, a landslide or debris.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import split_words

if TYPE_CHECKING:
    from spacy.tokens import Token

BLOCK_FORMS = frozenset(split_words("block blocks blocked blocking"))
NATURAL_BLOCKERS = frozenset(
    split_words(
        "landslide landslides mudslide mudslides rockfall rockfalls rockslide rockslides "
        "avalanche avalanches snow snowfall snowfalls snowdrift snowdrifts ice flood floods "
        "flooding floodwater floodwaters water waters debris rubble mud rocks boulders "
        "storm storms blizzard blizzards trees sandstorm sandstorms"
    )
)


def blocked_by_nature(verb: Token) -> bool:
    """ "was blocked by snow", "a landslide blocked the road": the way was shut by no one."""
    if verb.lower_ not in BLOCK_FORMS:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(d.lower_ in NATURAL_BLOCKERS for d in doers)
