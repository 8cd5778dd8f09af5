"""Armed men named by the man they follow: "Haftar's forces", "fighters loyal to Dagalo".

A warlord's or a commander's men are his side, whatever the state table says: the side keeps his
surname and one word for his men ("Khalifa Haftar's fighters", "Haftar's men" and "troops loyal to
Haftar" are all "Haftar's forces"), so one side keeps one name across articles. Names the actor
tables know come first (`actors`): "Moscow's forces" are Russia's, "Hamas's fighters" Hamas's.
A people's or a region's forces ("Tigray's forces") are that people's side (`actor_peoples`), and
a ruler's are his state's: where the article gives the man a head of state's title ("Syrian
President Bashar al-Assad"), his forces are the country the title names, or no side it can tell
(`ruler_state`); a title naming no country ("President Assad", "Former President Assad") leaves
them his.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitrep.extract.actor_peoples import PEOPLES
from sitrep.extract.event_lexicon import split_words as _w

MEN = frozenset(
    _w(
        "forces force fighters fighter troops soldiers men militia militias militiamen "
        "loyalists gunmen units"
    )
)
LOYAL = frozenset(_w("loyal allied"))
# Titles before the man's name ("loyal to Former President Omar Bakri"): no part of his name.
TITLES = frozenset(
    _w("president prime minister king emir sultan general field marshal former acting interim late")
)
# Capitalised words that own forces without naming a man: days, months, titles, institutions.
NO_LEADER = frozenset(
    _w(
        "monday tuesday wednesday thursday friday saturday sunday january february march april "
        "may june july august september october november december president prime minister "
        "king queen general commander leader government army state regime junta god"
    )
)


def commanders_forces(words: list[str]) -> str | None:
    """ "Haftar's forces", "fighters loyal to Khalifa Haftar" -> "Haftar's forces"; else None."""
    for at, word in enumerate(words[:-1]):
        if word.lower().endswith("'s") and words[at + 1].lower() in MEN:
            return _side(word[:-2])
    for at in range(len(words) - 3):
        men, loyal, to = (w.lower() for w in words[at : at + 3])
        if men in MEN and loyal in LOYAL and to == "to":
            name = words[at + 3 :]
            name = name[next((i for i, w in enumerate(name) if w.lower() not in TITLES), 0) :]
            name = name[: next((i for i, w in enumerate(name) if not _a_name(w)), len(name))]
            return _side(name[-1]) if name else None
    return None


def _side(surname: str) -> str | None:
    if surname.lower() in PEOPLES:
        return f"{surname} forces"  # "Tigray's forces": the region's people's side
    return f"{surname}'s forces" if _a_name(surname) else None


# A head of state's or government's title before his name, with the country it may name first.
RULER = re.compile(
    r"(?:\b(?P<side>[A-Z][\w'’-]+)\s+)?\b(?:President|Prime Minister|King|Emir|Sultan|Premier"
    r"|Chancellor|Supreme Leader|Crown Prince)\s+(?P<names>[\w.'’-]+(?:\s+(?:[a-z]{2}-)?[A-Z][\w.'’-]*){0,3})"
)
SUFFIX = "'s forces"
# Words before a title that name no country: "Former President ...", "Acting Prime Minister ...".
NO_COUNTRY = frozenset(_w("former acting interim then late"))


def ruler_state(side: str, text: str, state_of: Callable[[str], str | None]) -> str | None:
    """`side`, unless it is a commander's whom `text` titles as a ruler: then the state his title
    names ("Syrian President Bashar al-Assad": `state_of("Syrian")`); a title naming no country
    ("President Assad", "Former President Assad") keeps his side."""
    if not side.endswith(SUFFIX):
        return side
    surname = side[: -len(SUFFIX)]
    for match in RULER.finditer(text):
        if surname in re.split(r"[\s-]+", match.group("names")):
            country = match.group("side")
            if country and country.lower() not in NO_COUNTRY:
                return state_of(country)  # not "President Assad", "Former President Assad"
    return side


def _a_name(word: str) -> bool:
    return (
        word[:1].isupper()
        and not word.isupper()
        and word.replace("-", "").isalpha()
        and word.lower() not in NO_LEADER
    )
