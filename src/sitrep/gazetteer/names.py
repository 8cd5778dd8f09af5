"""How place names are keyed: one normal form for the index and the text, plus derived short forms.

The gazetteer stores every name once in its normal form (case-folded, accents and dots dropped,
quotes unified), so "São Paulo", "Sao Paulo" and "SAO PAULO" meet on one key. Subdivision names in
GeoNames often carry a local type word ("Kurskaya oblast'", "Sichuan Sheng"); the short forms that
news uses ("Kursk", "Sichuan", "Kursk Oblast") are derived here. A looser, folded key lets the
transliterations of one name meet when no source lists the spelling an article uses.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "–": "-", "—": "-"})
_SPACES = re.compile(r"\s+")

# Type words that GeoNames and ISO 3166-2 append to subdivision names, in their local spellings.
ADMIN_TERMS = (
    "oblast'",
    "oblast",
    "oblasti",
    "kray",
    "krai",
    "okrug",
    "respublika",
    "republic",
    "sheng",
    "shi",
    "zizhiqu",
    "province",
    "provincia",
    "region",
    "governorate",
    "muhafazat",
    "state",
    "county",
    "district",
    "rayon",
    "raion",
    "prefecture",
    "department",
    "departement",
    "municipality",
    "voivodeship",
    "wojewodztwo",
    "territory",
    "autonomous region",
    "parish",
    "emirate",
    "canton",
    "division",
    "ili",
    "vilayeti",
    "ken",
    "to",
    "fu",
    "do",
    "gov",
)
_TRAILING_TERM = re.compile(
    r"^(?P<base>.{3,}?)\s+(?:" + "|".join(re.escape(t) for t in ADMIN_TERMS) + r")$"
)
_LEADING_TERM = re.compile(
    r"^(?:province of|provincia de|provincia di|region of|state of|departamento de|"
    r"departement de|departement du|muhafazat|wilayat|city of)\s+(?P<base>.{3,})$"
)
_ENGLISH_SUFFIXES = ("oblast", "region", "province")
# A krai keeps its type word in English, after the stem: "Velnodarskiy kray" is "Velnodar Krai".
_KRAI, _KRAI_WORDS = "krai", (" kray", " krai")


def normalize(name: str) -> str:
    """The index key of a name: case-folded, without accents, dots or curly quotes."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace(".", "").replace("ʻ", "'")
    return _SPACES.sub(" ", stripped).strip().casefold()


# The Arabic article in its transliterations, assimilated to the next letter ("an-Numan",
# "ar-Raqqa") or not ("al-Numan"): one spelling of a town may use any of them.
_ARABIC_ARTICLES = frozenset({"al", "el", "an", "ar", "as", "ash", "ad", "at", "az", "ul"})
_DOUBLED = re.compile(r"(\w)\1+")


def folded(key: str) -> str | None:
    """A looser key for a name of two or more words, so that the spellings of one transliterated
    name meet ("Ma'arrat an-Nu'man", "Maarat al-Numan"; "Tall Rif'at", "Tal Rifaat"): no
    apostrophes, one form of the Arabic article, no doubled letters. None for one word, where
    so loose a key would make places of common words."""
    words = [
        "al" if w in _ARABIC_ARTICLES else w for w in key.replace("'", "").replace("-", " ").split()
    ]
    if len(words) < 2:
        return None
    return _DOUBLED.sub(r"\1", " ".join(words))


def is_latin(name: str) -> bool:
    """True when every letter is Latin after removing accents (English news spells names so)."""
    return all(c.isascii() or not c.isalpha() for c in normalize(name))


def subdivision_short_forms(name: str, first_level: bool = False) -> set[str]:
    """Normal forms news uses for a subdivision: the bare name, the Russian stem, "X Oblast";
    for a first-level unit also its English ending (`english_ending`)."""
    key = normalize(name)
    forms = {key}
    for pattern in (_TRAILING_TERM, _LEADING_TERM):
        match = pattern.match(key)
        if match:
            forms.add(match.group("base").strip(" -'"))
    for base in list(forms):
        forms |= _slavic_stems(base)
    suffixes = (*_ENGLISH_SUFFIXES, _KRAI) if key.endswith(_KRAI_WORDS) else _ENGLISH_SUFFIXES
    for base in list(forms):
        if " " not in base:
            forms |= {f"{base} {suffix}" for suffix in suffixes}
    if first_level:
        forms |= {english_ending(form) for form in forms}
    return {f for f in forms if len(f) >= 3}


# Where two names are joined into one unit's name: a dash between spaces, or an en or em dash
# ("North Ossetia–Alania", "Bayview - Lorne"). A plain hyphen joins the words of one name
# ("Nord-Kivu", "Baden-Württemberg"), whose first word alone names nothing.
_NAME_JOINT = re.compile(r"\s*[–—]\s*|\s+-\s+")


def joined_first_part(name: str) -> str | None:
    """The normal form of the first of two capitalised names joined into one, as in "North
    Ossetia–Alania", which news shortens to "North Ossetia"; None for any other name."""
    parts = _NAME_JOINT.split(name.strip())
    if len(parts) != 2 or not is_latin(name):
        return None
    words = parts[0].split() + parts[1].split()[:1]
    if not words or not all(w[:1].isupper() for w in words):
        return None
    first = normalize(parts[0])
    return first if len(first.replace(" ", "")) >= 4 else None


# A word-final "iya"/"eya", as Russian "-ия"/"-ея" is transliterated in GeoNames and ISO 3166-2,
# which English writes "-ia"/"-ea": "Udmurtiya" is Udmurtia, "Oromiya" Oromia, "Adygeya" Adygea.
_TRANSLITERATED_ENDING = re.compile(r"(?<=\w\w)([ie])ya\b")


def english_ending(key: str) -> str:
    """The spelling English news gives a name whose words end in a transliterated "-iya"."""
    return _TRANSLITERATED_ENDING.sub(r"\1a", key)


def _slavic_stems(word: str) -> set[str]:
    """ "kurskaya" -> "kursk", "rostovskaya" -> "rostov", "sumska" -> "sumy" is not attempted."""
    for ending in ("skaya", "skiy", "skij", "ska", "s'ka", "skyi"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            return {stem + "sk", stem} if not stem.endswith(("v", "d")) else {stem}
    return set()
