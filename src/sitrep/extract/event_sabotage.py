"""Infrastructure sabotaged: "rebels severed an undersea cable", "saboteurs cut a gas pipeline".

"Severed ties" is a sanction (`event_senses`), and "cut" alone is no act of force ("cut taxes",
"cut aid"), so neither verb is an attack in the lexicon. With a cable, a pipeline or a power line
as its object the act is the destruction of property ACLED codes "Looting/property destruction"
(PLOVER COERCE): someone damaged what others rely on, with no one shot at. "Sabotage" names the
act by itself, whatever its object. A cable cut by a ship's anchor or a storm is an accident,
no one's act of force.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_inflections import split_words, verb_forms
from sitrep.extract.verb_objects import object_words

if TYPE_CHECKING:
    from spacy.tokens import Token

PROPERTY_DESTRUCTION = "Looting/property destruction"
SABOTAGE_FORMS = frozenset(verb_forms("sabotage"))
CUTTING_BASES = {form: base for base in ("sever", "cut", "slice") for form in verb_forms(base)}
# What a population relies on that a cut disables.
INFRASTRUCTURE = frozenset(
    split_words(
        "cable cables pipeline pipelines powerline powerlines grid grids substation substations "
        "railway railways railroad tracks interconnector interconnectors"
    )
)
# Doers that cut a cable by accident: ships, their anchors, the weather.
ACCIDENTAL_DOERS = frozenset(
    split_words(
        "ship ships vessel vessels freighter freighters tanker tankers trawler trawlers boat "
        "boats anchor anchors storm storms earthquake landslide quake typhoon hurricane"
    )
)
# "power lines", "rail line", "fibre-optic line": a line that carries something.
CARRYING = frozenset(split_words("power rail railway transmission telephone fibre fiber gas"))


def sabotage_trigger(verb: Token) -> tuple[str, str, str | None] | None:
    """("attack", base, ACLED sub-type) for a verb that sabotages infrastructure, else None."""
    low = verb.lower_
    if low in SABOTAGE_FORMS:
        return "attack", "sabotage", PROPERTY_DESTRUCTION
    if low in CUTTING_BASES and _infrastructure_object(verb) and not _by_accident(verb):
        return "attack", CUTTING_BASES[low], PROPERTY_DESTRUCTION
    return None


def _infrastructure_object(verb: Token) -> bool:
    """ "an undersea cable", "the gas pipeline", "power lines": the verb's object carries power,
    data or fuel."""
    words = object_words(verb)
    return bool(words & INFRASTRUCTURE) or (
        bool(words & CARRYING) and bool(words & {"line", "lines"})
    )


def _by_accident(verb: Token) -> bool:
    """ "A freighter dragged its anchor, severing a data cable": the cut's doer, or the doer of
    the clause it tells the outcome of, is a ship or the weather."""
    holders = [verb, verb.head] if verb.dep_ in ("advcl", "conj", "xcomp") else [verb]
    doers = [
        c
        for holder in holders
        for c in holder.children
        if c.dep_ in ("nsubj", "agent") or (c.dep_ == "dobj" and holder is not verb)
    ]
    words = {t.lower_ for d in doers for t in d.subtree}
    return bool(words & ACCIDENTAL_DOERS)
