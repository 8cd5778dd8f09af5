"""Place names read inside the names of facilities and vessels, which are not those places.

A facility is often named for a town ("the Kherson market", "the Mosul dam"), but a word that
spells some town may just as well open a facility's own name: "the Tal Zahra air base in eastern
Syria" is not the Lebanese village Tal, and "the Oslo market in Juba" is a market in Juba, not
Norway's capital. Such a name is its town only when the gazetteer has the town in the country
of the place the facility is said to lie in ("in eastern Syria", "in Juba"); when the name only
opens a longer one ("Tal" of "Tal Zahra") and nothing says where it lies, the article's other
places stand for that. A people's word right before a facility's word ("the Qatari Hospital")
names who built or runs it, not a place; before more of a name ("the Qatari National School")
it stays, as GeoWebNews counts it. A vessel's name ("the tanker Marlow Star", "the MV Lindau")
is no place at all, nor is the outlet in a dateline's credit ("(Adriatic Wire)"), and the
country a water body is named after is not that body ("the Gulf of Velmaria" is no part of
Velmaria), which is then unresolved.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.extract.datelines import in_dateline_credit
from sitrep.extract.place_candidates import NAME_DEMONYM, Mention
from sitrep.extract.place_feature_heads import WATER_HEADS
from sitrep.extract.place_names import capitalised

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that end a facility's name ("the Varna air base", "the Tolvi refugee camp").
FACILITY_HEADS = frozenset(
    {
        "base", "airbase", "airport", "airfield", "port", "dam", "plant", "market", "hospital",
        "camp", "school", "street", "mosque", "clinic", "station", "refinery", "prison",
        "bridge", "university", "stadium", "terminal", "depot", "barracks",
    }
)  # fmt: skip
# Words that name a ship before its name ("the tanker Marlow Star", "MV Lindau").
VESSEL_WORDS = frozenset(
    {
        "tanker", "ship", "vessel", "frigate", "destroyer", "freighter", "corvette", "cruiser",
        "submarine", "trawler", "ferry", "warship", "mv", "mt", "ms", "hms", "uss", "ins",
    }
)  # fmt: skip
# Words that join a facility to the place it lies in ("the Oslo market in Juba").
LOCATING_WORDS = frozenset({"in", "near", "outside", "of", "at"})
# Lower-case words allowed between a name and its facility word ("air" base, "refugee" camp).
MAX_MODIFIERS = 2
# How far after the facility word the place it lies in may begin ("in eastern Syria").
LOCATING_REACH = 4
# Short words inside a facility's own name after its first word ("Tal al-Zahra", "Bir el Hassi").
NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "ar", "an", "-", "bin", "ibn"})


def without_facility_misreadings(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions less the words of dateline credits and vessels' names, the countries naming
    water bodies and peoples' words opening facilities' names; a town a facility's name does
    not mean is read as an unknown name."""
    return [
        _as_facility_of_its_town(doc, m, mentions)
        for m in mentions
        if not _in_a_dateline_credit(doc, m)
        and not _names_a_vessel(doc, m)
        and not _country_of_a_water_body(doc, m)
        and not _opens_a_foreign_facility(doc, m, mentions)
    ]


def _as_facility_of_its_town(doc: Doc, mention: Mention, mentions: list[Mention]) -> Mention:
    """ "the Oslo market in Juba": the name, read as no town abroad, is an unknown place, put
    at the article's locality as other landmarks are (`place_landmarks`)."""
    found = _other_towns_facility(doc, mention, mentions)
    return replace(mention, entries=()) if found else mention


def _opens_a_foreign_facility(doc: Doc, mention: Mention, mentions: list[Mention]) -> bool:
    """A people's word before a facility's word, or the first word of a longer facility name
    ("Tal" of "Tal Zahra air base"), that is no town where the facility lies."""
    tokens = _tokens(doc, mention)
    if not tokens or not mention.entries:
        return False
    head, partial = _facility_head(doc, tokens[-1].i + 1)
    return head is not None and (
        (_peoples_word(mention, tokens) and head == tokens[-1].i + 1 and capitalised(doc[head]))
        or (partial and _other_towns_facility(doc, mention, mentions))
    )


def _tokens(doc: Doc, mention: Mention) -> list[Token]:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _in_a_dateline_credit(doc: Doc, mention: Mention) -> bool:
    """ "(Adriatic Wire)" after a dateline names the outlet, not the Adriatic."""
    tokens = _tokens(doc, mention)
    return bool(tokens) and in_dateline_credit(tokens[0])


def _names_a_vessel(doc: Doc, mention: Mention) -> bool:
    """ "the tanker Marlow Star": the capitalised run after a ship's noun is its name."""
    tokens = _tokens(doc, mention)
    i = tokens[0].i - 1 if tokens else -1
    while i >= 0 and capitalised(doc[i]) and doc[i].lower_ not in VESSEL_WORDS:
        i -= 1
    return i >= 0 and doc[i].lower_ in VESSEL_WORDS and doc[i].pos_ in ("NOUN", "PROPN")


def _country_of_a_water_body(doc: Doc, mention: Mention) -> bool:
    """ "the Gulf of Varna": a country after a water word and "of" names the water (a town
    there, "the Bay of Kotor", may still be read as the town)."""
    tokens = _tokens(doc, mention)
    first = tokens[0].i if tokens else 0
    return (
        first >= 2
        and bool(mention.entries)
        and all(e.level.startswith("PCL") for e in mention.entries)
        and doc[first - 1].lower_ == "of"
        and doc[first - 2].lower_ in WATER_HEADS
        and capitalised(doc[first - 2])
    )


def _other_towns_facility(doc: Doc, mention: Mention, mentions: list[Mention]) -> bool:
    """The mention opens a facility's name and is not the town the facility lies in."""
    tokens = _tokens(doc, mention)
    if not tokens or not mention.entries:
        return False
    head, partial = _facility_head(doc, tokens[-1].i + 1)
    if head is None:
        return False
    if (
        _peoples_word(mention, tokens)
        or mention.demonym
        or any(e.level.startswith("PCL") for e in mention.entries)
    ):
        return False
    around = _place_it_lies_in(doc, head, mentions)
    if around is None and partial:
        around = [m for m in mentions if m is not mention and m.entries and not m.demonym]
    countries = {e.country for m in around or () for e in m.entries if e.country}
    return bool(countries) and not any(e.country in countries for e in mention.entries)


def _facility_head(doc: Doc, i: int) -> tuple[int | None, bool]:
    """The facility word a name runs into from token i ("al-Zahra air base"), and whether
    more of the name came first."""
    start = i
    while (
        i < len(doc)
        and doc[i].lower_ not in FACILITY_HEADS
        and (capitalised(doc[i]) or doc[i].lower_ in NAME_PARTICLES)
    ):
        i += 1
    partial = i > start
    for _ in range(MAX_MODIFIERS + 1):
        if i >= len(doc) or doc[i].is_punct:
            return None, partial
        if doc[i].lower_ in FACILITY_HEADS and doc[i].pos_ in ("NOUN", "PROPN"):
            return i, partial
        if capitalised(doc[i]) or doc[i].pos_ not in ("NOUN", "ADJ"):
            return None, partial
        i += 1
    return None, partial


def _place_it_lies_in(doc: Doc, head: int, mentions: list[Mention]) -> list[Mention] | None:
    """The known place named just after the facility word: "market in Juba"."""
    after = doc[head + 1 : head + 1 + LOCATING_REACH]
    if not after or after[0].lower_ not in LOCATING_WORDS:
        return None
    sentence_end = doc[head].sent.end_char
    for m in mentions:
        if after.start_char <= m.start < min(after.end_char, sentence_end) and m.entries:
            return [m] if not m.demonym else None
    return None


def _peoples_word(mention: Mention, tokens: list[Token]) -> bool:
    """A people's word or a country's short form ("Qatari", "Saudi"), not the country's name."""
    return len(tokens) == 1 and all(
        e.kind == NAME_DEMONYM or (e.level.startswith("PCL") and e.name != tokens[0].text)
        for e in mention.entries
    )
