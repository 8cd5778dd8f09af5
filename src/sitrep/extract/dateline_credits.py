"""Whether the parenthesis of a dateline credits an outlet: "(AP)", "(Reuters)", "(Harbour Wire)".

A desk writes other things there: a version note ("KHARTOUM (Updated) -", "ODESA (2nd LD) -") or
the country of the place ("BEIRUT (Lebanon) —"). Taken for the credit they become the article's
outlet, stored, exported and counted among an incident's outlets, and hide the country from the
places. Only a name that reads as an outlet's is a credit: a known wire or outlet, an acronym, or
a name ending in a word outlets end in ("Harbour Wire", "Delta Daily News").
"""

from __future__ import annotations

import re

from sitrep.extract.actors import country_of_word
from sitrep.extract.source_lexicon import KNOWN_OUTLETS, MEDIA_WORDS

# News agencies and broadcasters that credit datelines, beyond the outlets sources know.
WIRES = (
    "AP",
    "Reuters",
    "AFP",
    "dpa",
    "Xinhua",
    "TASS",
    "Interfax",
    "ANSA",
    "EFE",
    "Anadolu",
    "Anadolu Agency",
    "Yonhap",
    "Kyodo",
    "PTI",
    "UNI",
    "IANS",
    "Bernama",
    "Antara",
    "Ukrinform",
    "RIA Novosti",
    "Sputnik",
    "UPI",
    "CNN",
    "BBC",
    "Bloomberg",
    "Al Jazeera",
    "AA",
    "IRNA",
    "KUNA",
    "WAFA",
    "SANA",
    "APA",
    "NNA",
    "Prensa Latina",
    "Europa Press",
)
KNOWN_CREDITS = frozenset(name.casefold() for name in (*WIRES, *KNOWN_OUTLETS))
# Last words of outlets' names, beyond those sources read as media.
OUTLET_ENDINGS = MEDIA_WORDS | {"service", "services", "report", "review", "courier", "wires"}
# A desk's notes about the version sent: "(Updated)", "(2nd LD)", "(Recasts)", "(Adds quotes)".
STATUS_WORDS = frozenset(
    {
        *("updated", "update", "updates", "corrected", "correction", "corrects", "recasts"),
        *("recast", "ld", "lead", "wrap", "wrapup", "refile", "refiled", "adds", "add", "rpt"),
        *("repeat", "repeats", "urgent", "writethru", "changes", "fixes", "clarifies"),
        *("final", "version", "edited", "amended"),
    }
)
ACRONYM = re.compile(r"[A-Z]{2,6}")


def credits_an_outlet(name: str) -> bool:
    """`name`, in a dateline's parenthesis, is the outlet that filed the report."""
    words = name.split()
    if not words or any(ch.isdigit() for ch in name):
        return False
    if name.casefold() in KNOWN_CREDITS:
        return True
    if any(word.casefold().strip(".,") in STATUS_WORDS for word in words):
        return False
    if country_of_word(name) is not None:
        return False
    if len(words) == 1 and ACRONYM.fullmatch(name):
        return True
    return words[-1][:1].isupper() and words[-1].casefold() in OUTLET_ENDINGS
