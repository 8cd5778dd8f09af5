"""Place names that stand for something else in their slot: a news outlet named after a hamlet
("state news agency Xinhua") and a river that shares its name with the unit it runs through
("a bridge over the Blue Nile"). Both come through the gazetteer as places and must be dropped
by their context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import ADMIN1_CUES, ADMIN2_CUES, Mention, important
from sitrep.extract.source_outlets import OUTLET_WORDS

if TYPE_CHECKING:
    from sitrep.extract.context import DocContext


# Words that introduce a news outlet by name: "state news agency Xinhua", "the daily Haaretz";
# the attribution's list, with the words that also introduce an agency or a site.
NAMING_OUTLET_WORDS = OUTLET_WORDS | frozenset({"agency", "outlet", "website"})


def named_outlet(ctx: DocContext, mention: Mention) -> bool:
    """A name right after an outlet word is the outlet's ("news agency Xinhua"), unless it is
    the own name of an important place: the hamlets of that name, and towns that bear it only
    as another name, are not what the sentence means."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    word = ctx.doc[span.start - 1]
    if mention.demonym or word.pos_ not in ("NOUN", "PROPN"):
        return False  # "get daily Slovak news": an adjective, not an outlet
    return word.lower_ in NAMING_OUTLET_WORDS and not any(
        important(e) and e.kind == 0 for e in mention.entries
    )


# Words before "the X" that make X a river: "crossed the X", "the banks of the X" ("across the
# X" and "along the X" also take a state: "fighting across the Punjab"). "over the X" does only
# after a crossing ("a bridge over the X"): "their grip over the X" is the land held.
RIVER_CUES = frozenset({"crossed", "crossing", "banks", "bank"})
CROSSINGS = frozenset({"bridge", "bridges", "crossing", "crossings", "ferry", "dam", "river"})
UNIT_LEVELS = frozenset({"ADM1", "ADM2", "ADM3"})
# A unit noun after the name makes it the unit: "the X province", "the X region".
UNIT_NOUNS = ADMIN1_CUES | ADMIN2_CUES | frozenset({"provinces", "regions", "states", "districts"})


def river_named_like_a_unit(ctx: DocContext, mention: Mention) -> bool:
    """ "the bridge over the Blue Nile": a river that shares its name with the state or district
    it runs through is not that unit, unless a unit noun follows ("over the X province"). "The
    Kestrel River" is left to resolve to its state, which
    lies round it."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not mention.entries:
        return False
    if any(e.level not in UNIT_LEVELS for e in mention.entries):
        return False
    doc, at = ctx.doc, span.start
    if at < 2 or doc[at - 1].lower_ != "the":
        return False
    if span.end < len(doc) and doc[span.end].lower_ in UNIT_NOUNS:
        return False  # "over the North Kivu province"
    cue = doc[at - 2]
    if cue.lower_ == "over":
        return at >= 3 and doc[at - 3].lower_ in CROSSINGS
    if cue.lower_ == "of" and at >= 3:
        cue = doc[at - 3]
    return cue.lower_ in RIVER_CUES
