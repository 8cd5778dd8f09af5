"""English names of Russian units that GeoNames gives only as a transliterated adjective.

"Tul'skaya oblast'" is the oblast of Tula, shown in English as "Tula Oblast". The adjective
cannot be turned back into its town's name by cutting its ending: "Tul'skaya" would give
"Tul'sk", "Kaluzhskaya" "Kaluzhsk", "Vologodskaya" "Vologod", "Stavropol'skiy" "Stavropol'sky".
Most such units are named after their main town, so the name is read from the unit's largest
towns: the one whose name the adjective opens with, all but its last letters ("Tul'" of "Tula",
"Kaluzh" of "Kaluga"). Only when no large town matches ("Primorskiy kray", "Zabaykal'skiy
kray") is the adjective kept, without its ending's apostrophe ("Zabaykalsky Krai").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

# Letters a town's name may differ in at its end from the adjective's stem ("Kaluga", "Kaluzh").
CHANGED_ENDING = 3
# How many of the unit's largest towns may give it its name: its main town is among them
# ("Vologda" after "Cherepovets"); a small town named like the unit ("Zabaykal'sk") is not.
NAMING_TOWNS = 3


def russian_english_name(name: str, towns: Sequence[str] = ()) -> str | None:
    """ "Kurskaya oblast'" -> "Kursk Oblast", "Tul'skaya oblast'" (Tula among its towns) ->
    "Tula Oblast", "Primorskiy kray" -> "Primorsky Krai"; None for any other name."""
    words = name.split()
    if words[1:] == ["avtonomnyy", "okrug"] and words[0].endswith("iyskiy"):
        return f"{words[0][:-5]} Autonomous Okrug"  # "Khanty-Mansiyskiy" -> "Khanty-Mansi"
    if len(words) != 2:
        return None
    stem, term = words
    if term in ("oblast'", "oblast") and stem.endswith("skaya"):
        town = _town_named_by(stem[:-5], towns)
        base = stem[:-5] if stem[:-5].endswith(("v", "d")) else stem[:-3]
        return f"{town or _plain(base)} Oblast"
    if term in ("kray", "krai") and stem.endswith("skiy"):
        town = _town_named_by(stem[:-4], towns)
        return f"{town} Krai" if town else f"{_plain(stem[:-2])}y Krai"
    if term in ("kray", "krai") and stem.endswith("iy"):
        return f"{_plain(stem[:-2])}y Krai"
    return None


def _town_named_by(stem: str, towns: Sequence[str]) -> str | None:
    """The largest town whose name the adjective's stem spells, but for a changed ending."""
    key = _key(stem)
    for town in towns[:NAMING_TOWNS]:
        own = _key(town)
        shared = len(_common_prefix(key, own))
        if shared >= 2 and shared >= max(len(key), len(own)) - CHANGED_ENDING:
            return _plain(town)
    return None


def _common_prefix(first: str, second: str) -> str:
    size = 0
    while size < min(len(first), len(second)) and first[size] == second[size]:
        size += 1
    return first[:size]


def _plain(name: str) -> str:
    """The name without the apostrophes of a soft sign ("Stavropol'" -> "Stavropol")."""
    return name.replace("'", "").replace("’", "")


def _key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain.casefold() if c.isalnum() and c.isascii())
