"""Infrastructure sabotaged: "rebels severed an undersea cable", "saboteurs cut a gas pipeline".

"Severed ties" is a sanction (`event_senses`), and "cut" alone is no act of force ("cut taxes",
"cut aid"), so neither verb is an attack in the lexicon. With a cable, a pipeline or a power line
as its object the act is the destruction of property ACLED codes "Looting/property destruction"
(PLOVER COERCE): someone damaged what others rely on, with no one shot at. "Sabotage" names the
act by itself, whatever its object.
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
# "power lines", "rail line", "fibre-optic line": a line that carries something.
CARRYING = frozenset(split_words("power rail railway transmission telephone fibre fiber gas"))


def sabotage_trigger(verb: Token) -> tuple[str, str, str | None] | None:
    """("attack", base, ACLED sub-type) for a verb that sabotages infrastructure, else None."""
    low = verb.lower_
    if low in SABOTAGE_FORMS:
        return "attack", "sabotage", PROPERTY_DESTRUCTION
    if low in CUTTING_BASES and _infrastructure_object(verb):
        return "attack", CUTTING_BASES[low], PROPERTY_DESTRUCTION
    return None


def _infrastructure_object(verb: Token) -> bool:
    """ "an undersea cable", "the gas pipeline", "power lines": the verb's object carries power,
    data or fuel."""
    words = object_words(verb)
    return bool(words & INFRASTRUCTURE) or (
        bool(words & CARRYING) and bool(words & {"line", "lines"})
    )
