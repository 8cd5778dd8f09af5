"""Reading a run of tokens as a place name: the gazetteer lookup with the surface-form rules that
keep short forms, acronyms and translated aliases from passing for places, what a name looks
like (capitalised, no month or direction alone), and the cues before it ("in X", "the village
of X"). Every finder and filter of place mentions reads names through these, so they agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.place_building_names import named_after_a_town
from sitrep.extract.place_candidates import (
    ADMIN1_CUES,
    CITY_CUES,
    COUNTRY_LEVELS,
    NAME_ALTERNATE,
    NAME_DEMONYM,
    Mention,
    important,
)
from sitrep.extract.source_lexicon import RANK_ABBREVIATIONS
from sitrep.extract.time_calendar import MONTHS, WEEKDAYS
from sitrep.extract.token_positions import token_end
from sitrep.gazetteer.names import folded, normalize

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sitrep.gazetteer import Entry, Gazetteer

MAX_NAME_TOKENS = 5
LOCAL_UNIT_LEVELS = frozenset({"PPL", "ADM2"})
BIG_PLACE = 1_000_000
TRANSLITERATED_TOWN = 20_000
NAMED_AREA_LEVELS = frozenset({"region", "SEA", "OCN", "GULF"})
POSSESSIVES = frozenset({"'s", "’s"})

LOCATIVE_PREPOSITIONS = frozenset(
    {
        "in",
        "near",
        "at",
        "from",
        "to",
        "into",
        "outside",
        "across",
        "toward",
        "towards",
        "around",
        "inside",
        "through",
    }
)
# Verbs whose object is ground ("troops entered X", "shelled X"): a name right after them is a
# place even when the tagger reads it as a person.
PLACE_TAKING_VERBS = frozenset(
    {
        "entered",
        "captured",
        "recaptured",
        "retook",
        "seized",
        "stormed",
        "shelled",
        "besieged",
        "encircled",
        "liberated",
        "bombed",
        "evacuated",
        "overran",
    }
)
# Sides of a place: "east of X", "the outskirts of X".
SIDES = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "outskirts",
        "suburbs",
        "edge",
        "heart",
        "centre",
        "center",
        "coast",  # "off the coast of Eyda": a shore is a place's side as its outskirts are
        "shores",
    }
)
# Who lives in or runs a place: "residents of X" names X as a place, as "the town of X" does.
DWELLERS = frozenset({"residents", "inhabitants", "mayor"})
NOT_PLACES = frozenset(
    {
        *MONTHS,
        *WEEKDAYS,
        *(rank.lower() + "." for rank in RANK_ABBREVIATIONS),  # "Brig." is no town in Valais
        "god",
        "christmas",
        "easter",
        "ramadan",
        "internet",
        "mr",
        "mrs",
        "ms",
        "dr",
        "president",
        "minister",
        "senator",
        "governor",
        "king",
        "queen",
        "prince",
        "pope",
        "university",
        "north",
        "south",
        "east",
        "west",
        "central",
        "western",
        "eastern",
        "northern",
        "southern",
        "national",
        "hospital",
        "church",
        "police",
        "army",
        "navy",
        "centre",
        "center",
        "federal",
        "union",
        "commonwealth",
        "capital",
        "congress",
    }
)


def acceptable(window: list[Token], gazetteer: Gazetteer, strict: bool) -> tuple[Entry, ...]:
    """The window's candidates when it reads as a place name: when strict, only if an important
    place bears it. When that place bears it only as an alias, the towns whose own name it is
    stay candidates."""
    if not looks_like_name(window) and not country_code(window, gazetteer):
        return ()
    text = span_text(window)
    entries = lookup(gazetteer, text)
    if strict:
        local = named_after_a_town(text, entries)  # "El Tovik" of "El Tovik Fort" is the town's
        weighty = tuple(
            e for e in entries if important(e) and (local or not _foreign_alias(e, text))
        )
        if weighty and all(e.kind == NAME_ALTERNATE for e in weighty):
            return weighty + tuple(e for e in entries if e.kind == 0)
        return weighty
    return entries


def _foreign_alias(entry: Entry, text: str) -> bool:
    """A town's alias that is no part of its name is a foreign spelling ("Durg" for Drug,
    "Médéa" for Media): as a word inside an organisation's name it is the English word."""
    return (
        entry.kind == NAME_ALTERNATE
        and entry.level in LOCAL_UNIT_LEVELS
        and normalize(text) not in normalize(entry.name)
    )


def after_place_cue(token: Token) -> bool:
    """ "in X", "the village of X", "residents of X", "Tom Ferris of X", "an area of X", "X"
    right after a locative preposition."""
    if token.i == 0:
        return False
    previous = token.nbor(-1)
    if previous.lower_ in LOCATIVE_PREPOSITIONS | PLACE_TAKING_VERBS:
        return True
    if previous.lower_ != "of" or token.i < 2:
        return False
    before = token.nbor(-2)
    if before.lower_ in CITY_CUES | ADMIN1_CUES | SIDES | DWELLERS:  # "the village of X"
        return True
    # a person "of X", where they live; not "of Queens Park Rangers", a longer name
    person = before.ent_type_ == "PERSON" or (
        before.text == "," and token.i > 2 and token.nbor(-3).ent_type_ in {"PERSON", "CARDINAL"}
    )
    ends = token.i + 1 == len(token.doc) or not capitalised(token.nbor(1))
    # "a residential area of X", a part of a town; not "the area of Eglinton Avenue", a street
    return (person or before.lower_ == "area") and ends


def strip_article(ent: SpacySpan) -> list[Token]:
    """The name without a leading article or trailing punctuation and possessive."""
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in {"the", "a", "an"} or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in POSSESSIVES | {"'", "’"}):
        tokens = tokens[:-1]
    return tokens


def first_word_of_settlement(name: list[Token], size: int) -> bool:
    """ "the village of Kan Gyi": the settlement word names the whole capitalised name after it,
    so the name's first word alone ("Kan") is not made a place by it."""
    first = name[0]
    return (
        size < len(name)
        and capitalised(name[size])
        and first.i >= 2
        and first.nbor(-1).lower_ == "of"
        and first.nbor(-2).lower_ in CITY_CUES
    )


def looks_like_name(window: list[Token]) -> bool:
    """Starts and ends with a capitalised word, and is not a month, title or direction alone."""
    if not window or not capitalised(window[0]) or not capitalised(window[-1]):
        return False
    if len(window) == 1 and (window[0].lower_ in NOT_PLACES or window[0].is_stop):
        return False
    return not any(t.is_space or t.like_num for t in window)


def country_code(window: list[Token], gazetteer: Gazetteer) -> bool:
    """ "US" is a stop word in lower case; in capitals it is a country's short name ("US Trade
    Department", "US-based")."""
    if len(window) != 1 or not window[0].is_stop or not window[0].text.isupper():
        return False
    return any(e.level in COUNTRY_LEVELS for e in lookup(gazetteer, window[0].text))


def capitalised(token: Token) -> bool:
    """A capitalised word or abbreviation ("Kyiv", "U.S.", "T&T")."""
    text = token.text
    initials = "&" in text and text.replace("&", "").isalpha() and text.isupper()
    return text[:1].isupper() and (token.is_alpha or "." in text or initials)


def span_text(tokens: list[Token]) -> str:
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text  # Doc.text would rebuild the text


def mention_of(tokens: list[Token], entries: tuple[Entry, ...]) -> Mention:
    """The mention of a name; a demonym when every candidate is one ("Russian")."""
    demonym = bool(entries) and all(e.kind == NAME_DEMONYM for e in entries)
    end = token_end(tokens[-1])
    return Mention(tokens[0].idx, end, entries, demonym=demonym, head=tokens[-1].i)


# Unit words that follow a unit's own name: "Nduga regency", "Zvecan municipality".
UNIT_WORDS_AFTER = frozenset({"regency", "district", "county", "municipality", "prefecture"})


def unit_after(doc: Doc, mention: Mention) -> bool:
    """Whether a unit word follows the mention's name ("Nduga regency"), read from its words."""
    return mention.head >= 0 and unit_word_follows(doc[mention.head])


def unit_word_follows(last: Token) -> bool:
    """ "Nduga regency", "the Kiambu county government": a unit word right after the name's last
    word says the name is that unit's, which lies in a region rather than at a town."""
    following = last.i + 1
    return following < len(last.doc) and last.doc[following].text in UNIT_WORDS_AFTER


def _short_form_fits(entry: Entry, text: str) -> bool:
    """A short name means a country by its capitalised alias ("DPRK"), a region or sea by its
    short name ("Gaza", "the Gulf"), a state by its abbreviation ("Va."), or a big town;
    otherwise only a main name or a demonym."""
    if entry.kind in (0, NAME_DEMONYM):
        return True
    if entry.kind != 1:
        return False
    if entry.level in COUNTRY_LEVELS:
        return text.isupper()  # an acronym: "CAR" is a country, "Car" in a title is not
    if entry.level in NAMED_AREA_LEVELS or ("." in text and entry.level == "ADM1"):
        return True
    return entry.level.startswith("PPL") and important(entry)


def _translated_alias(entry: Entry, text: str) -> bool:
    """A town's several-word alias sharing no word with its name is a translation ("White
    House" for Casablanca): in English text it names something else."""
    if entry.kind != 1 or not entry.level.startswith("PPL") or " " not in text.strip():
        return False
    return not set(_loose_words(text)) & set(_loose_words(entry.name))


def _loose_words(name: str) -> list[str]:
    """The words of a name as transliterations meet ("Tal Rifaat" and "Tall Rif'at" share two)."""
    key = normalize(name)
    return (folded(key) or key).split()


def lookup(gazetteer: Gazetteer, text: str, recognising: bool = True) -> tuple[Entry, ...]:
    """Candidates for a surface form; an all-caps short form must be written in capitals.
    While recognising, a translated alias is no evidence of a place."""
    entries = gazetteer.lookup(text) or _final_h_spelling(gazetteer, text)
    if recognising:
        entries = tuple(e for e in entries if not _translated_alias(e, text))
    letters = len(text.replace(".", ""))
    if text.isupper() and letters <= 3:  # "BA" is a degree, not Bath; "LA" is Los Angeles
        return tuple(
            e
            for e in entries
            if e.level in COUNTRY_LEVELS
            or (e.kind == 1 and (not e.level.startswith("PPL") or e.population >= BIG_PLACE))
        )
    if letters <= 4:  # "Act" is not "ACT"; short derived forms ("Free" State) mislead
        return tuple(e for e in entries if _short_form_fits(e, text))
    return entries


def _final_h_spelling(gazetteer: Gazetteer, text: str) -> tuple[Entry, ...]:
    """Arabic names are written with and without a final "h" ("Hodeidah" and "Hodeida",
    "Qalqilya" and "Qalqilyah"); a town the gazetteer lists under the other spelling is the same
    town. Villages are left out: a short name one letter off is too often another word."""
    if len(text) < 6 or " " in text or not text.endswith(("a", "ah")):
        return ()
    other = text[:-1] if text.endswith("ah") else f"{text}h"
    return tuple(
        e for e in gazetteer.lookup(other) if important(e) or e.population >= TRANSLITERATED_TOWN
    )
