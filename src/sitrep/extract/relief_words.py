"""What relief travels in and is made of, named once for every rule that asks.

Two rules read these words and used to keep two lists: a convoy, trucks or a shipment that
arrive carrying food are aid delivered (`event_aid_arrivals`), and the same convoy stopped at a
checkpoint is an act of coercion, not a refusal (`event_senses`). A leaf module, so that each can
import it without importing the other.
"""

from __future__ import annotations

from sitrep.extract.event_inflections import split_words as _w

# What carries goods by road, the way food gets into a town cut off.
ROAD_CARRIERS = frozenset(_w("convoy convoys truck trucks lorry lorries"))
# Loads told as such, by whatever carries them.
SHIPMENTS = frozenset(_w("shipment shipments delivery deliveries"))
# Carriers by water, which move trade as often as relief.
VESSELS = frozenset(_w("barge barges"))
# Words that name the relief itself, with no goods named.
RELIEF_NAMES = frozenset(_w("aid assistance"))
# Goods that relief is made of, and trade too.
RELIEF_GOODS = frozenset(
    _w(
        "food flour grain wheat rice medicine medicines medical drugs supplies water tents "
        "blankets fuel vaccines"
    )
)
