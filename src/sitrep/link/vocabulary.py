"""The words an analyst asks about a claim subject with, and one unit per kind of measure.

A subject is stored under the extractor's measure names ("killed", "displaced", "area") and in
the unit its first report used; an analyst asks for "the Kidal death toll" or "refugees", and
one report gives square miles where the next gives square kilometres. Both are mapped here so
that the question finds the subject and the figures land in one comparable history.
"""

from __future__ import annotations

from sitrep.link.entities import fold

# A word of a question -> the measure it asks about ("death toll" asks about "killed").
_MEASURE_SYNONYMS = {
    **dict.fromkeys(
        ("toll", "dead", "death", "deaths", "died", "fatalities", "casualties", "killings"),
        "killed",
    ),
    **dict.fromkeys(("wounded", "hurt", "injuries"), "injured"),
    **dict.fromkeys(
        ("fled", "refugees", "refugee", "uprooted", "homeless", "evacuated"), "displaced"
    ),
    **dict.fromkeys(
        ("hostages", "hostage", "captives", "prisoners", "abducted", "kidnapped", "arrested"),
        "detained",
    ),
    **dict.fromkeys(("territory", "land", "ground", "control", "controlled", "square"), "area"),
    **dict.fromkeys(("soldiers", "forces", "massed", "deployed"), "troops"),
}
_FOLDED_SYNONYMS = {fold(word): measure for word, measure in _MEASURE_SYNONYMS.items()}

# Units of one kind -> (the unit every value is compared in, the factor that converts to it).
_COMMON_UNITS = {
    "square mile": ("square kilometre", 2.589988),
    "hectare": ("square kilometre", 0.01),
    "acre": ("square kilometre", 0.004046856),
    "square metre": ("square kilometre", 1e-6),
    "mile": ("kilometre", 1.609344),
    "metre": ("kilometre", 0.001),
}


def common_unit(unit: str | None) -> tuple[str, float] | None:
    """The unit a value in `unit` is compared in and the factor to it; None when `unit` is it."""
    return _COMMON_UNITS.get(unit or "")


def conversion_factor(unit: str | None, target: str | None) -> float | None:
    """What a value in `unit` is multiplied by to read in `target`; None across kinds."""
    source = common_unit(unit) or (unit or "", 1.0)
    wanted = common_unit(target) or (target or "", 1.0)
    if source[0] != wanted[0]:
        return None
    return source[1] / wanted[1]


def measure_of_word(word: str) -> str | None:
    """The measure a word of a question asks about: "toll" -> "killed", "refugees" -> "displaced".

    The word is taken folded or not, as the subject matcher folds the words it compares."""
    return _FOLDED_SYNONYMS.get(fold(word))
