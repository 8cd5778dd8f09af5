"""Place names in forms the entity pass alone misreads: named sites (streets, buildings,
grounds) that the gazetteer lacks but GeoWebNews-style annotation counts as toponyms, local
bodies named after their town ("Slidell Police Department"), datelines ("WANTAGH, N.Y. -"),
countries modifying a currency ("US dollars") and "Washington, D.C.". Each form has its own
evidence and its own way of being placed, so they live apart from the general finders.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import COUNTRY_LEVELS, NAME_DEMONYM, Mention, important
from sitrep.extract.place_names import (
    MAX_NAME_TOKENS,
    POSSESSIVES,
    acceptable,
    capitalised,
    country_code,
    looks_like_name,
    lookup,
    mention_of,
    span_text,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sitrep.extract.context import DocContext
    from sitrep.gazetteer import Entry, Gazetteer

# Head words of named sites (streets, buildings, grounds) that GeoWebNews-style annotation counts
# as toponyms; the gazetteer lacks them, so they are placed at the town inside the name or at the
# article's locality. Alone, these words are no place ("Street", "Point" are also tiny towns).
SITE_HEADS = frozenset(
    {
        "street", "st", "avenue", "ave", "road", "rd", "drive", "lane", "boulevard", "highway",
        "square", "bridge", "hospital", "stadium", "arena", "center", "centre", "park", "estate",
        "airport", "church", "cathedral", "mosque", "temple", "prison", "jail", "lagoon", "lake",
        "river", "racecourse", "theatre", "theater", "palace", "castle", "tower", "market",
        "station", "beach", "bay", "island", "islands", "mountains", "mountain", "valley", "canal",
        "plantation", "farm", "farms", "campus", "mall", "hotel", "port", "harbour", "harbor",
        "plaza", "court", "hall", "wing", "point", "college", "library", "zoo", "reservoir",
    }
)  # fmt: skip
NATURAL_HEADS = frozenset(
    {
        "lagoon",
        "lake",
        "river",
        "beach",
        "bay",
        "island",
        "islands",
        "mountains",
        "mountain",
        "valley",
        "point",
        "reservoir",
        "farm",
        "farms",
        "estate",
        "hospital",
        "college",
        "zoo",
    }
)  # fmt: skip  - too often unannotated, or far from the town they share a name with

# Streets and grounds: a name ending in one is a site even when tagged as an organisation
# ("Magazine Street", "Jefferson Avenue" are; "Supreme Court", "Health Information Center" are
# not).
ROUTE_HEADS = frozenset(
    {"street", "st", "avenue", "ave", "road", "rd", "drive", "lane", "boulevard", "highway"}
)
# Points of the compass: inside a longer name they say which part of it is meant.
COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
)

# Streets named in other languages lead with their kind ("Rue Victor Hugo", "Via Roma"); the
# words after it are usually a person's name, never a town to look up.
STREET_PREFIXES = frozenset(
    {
        "rue",
        "avenue",
        "boulevard",
        "bd",
        "place",
        "via",
        "viale",
        "piazza",
        "calle",
        "avenida",
        "plaza",
        "paseo",
        "rua",
        "praça",
        "ulitsa",
        "prospekt",
        "strasse",
        "straße",
        "quai",
        "allee",
    }
)

# Head words of a local body named after its town ("Slidell Police Department", "Allendale
# Woman's Club", "Owensboro Public Schools"): the town leading such a name is a toponym even
# when it is too small to be trusted alone.
LOCAL_BODY_HEADS = frozenset(
    {
        "police", "pd", "department", "council", "club", "schools", "school", "fire", "sheriff",
        "chamber", "library", "hospital", "court", "society", "association", "board", "district",
        "authority", "committee", "commission", "museum", "rotary", "lions", "parish",
        "democrats", "republicans", "commissioners", "executive", "prosecutor", "coroner",
        "clerk",
    }
)  # fmt: skip
# A unit's own word ending its name ("Kerrow County", "Avon Parish", "Tarsa Province").
UNIT_NAME_WORDS = frozenset({"county", "parish", "province"})
LOCAL_SEAT_POPULATION = 5_000
CURRENCY_WORDS = frozenset({"dollar", "dollars", "pound", "pounds"})
DATELINE_ENDS = frozenset({",", "-", "–", "—", "--"})


def is_street_name(ent: SpacySpan) -> bool:
    """A street named in another language ("Rue Victor Hugo"), which holds no town."""
    return len(ent) > 1 and ent[0].lower_ in STREET_PREFIXES


def site_name(tokens: list[Token], heads: frozenset[str] = SITE_HEADS - NATURAL_HEADS) -> bool:
    """A named site: "Royal Street", "Barclays Center", "Alder Hey Children's Hospital"."""
    return (
        len(tokens) >= 2
        and tokens[-1].lower_.rstrip(".") in heads
        and capitalised(tokens[0])
        and capitalised(tokens[-1])
    )


def route_name(tokens: list[Token]) -> bool:
    """A named street or road: "Magazine Street", "Jefferson Avenue"."""
    return site_name(tokens, ROUTE_HEADS)


def site_mentions(tokens: list[Token], gazetteer: Gazetteer) -> Iterator[Mention]:
    """An unknown site, placed at a known town inside its name, else at the article's locality.
    A town owning the site is a place of its own, and where the site lies ("Nairobi's Fifth
    Avenue")."""
    owner = next((i for i, t in enumerate(tokens) if t.lower_ in POSSESSIVES), None)
    owner_entries: tuple[Entry, ...] = ()
    if owner is not None and 0 < owner < len(tokens) - 2:
        owner_entries = acceptable(tokens[:owner], gazetteer, strict=False)
        if owner_entries:
            yield mention_of(tokens[:owner], owner_entries)
        tokens = tokens[owner + 1 :]
    mention = mention_of(tokens, ())
    yield replace(mention, inner=named_after(tokens, gazetteer) or owner_entries)


def named_after(tokens: list[Token], gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """Where a site lies by the known place in its name, unless it is a street: "Jefferson Avenue"
    in Detroit is not in a town called Jefferson."""
    return () if route_name(tokens) else _inner_entries(tokens, gazetteer)


def _inner_entries(tokens: list[Token], gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """The candidates of the longest known place inside an unknown name ("Dubai World Trade
    Centre" -> Dubai), which is where such a building or street most likely lies; of two as
    long, an important one ("Bank of Canada" -> Canada, not a town called Bank; "US Federal
    Reserve" -> the US, not a town called Reserve). Points of the compass inside a name say
    which part of the rest it is ("North West England"), not a place of their own."""
    for size in range(min(MAX_NAME_TOKENS, len(tokens) - 1), 0, -1):
        found = []
        for i in range(len(tokens) - size + 1):
            window = tokens[i : i + size]
            named = looks_like_name(window) or country_code(window, gazetteer)
            if named and not all(t.lower_ in SITE_HEADS | COMPASS_WORDS for t in window):
                entries = lookup(gazetteer, span_text(window))
                if entries:
                    found.append(entries)
        if found:
            return next((f for f in found if any(important(e) for e in f)), found[0])
    return ()


def local_body(rest: list[Token]) -> bool:
    """Words after a name that make it a local body's ("Police Department", "Public Schools")."""
    return bool(rest) and any(t.lower_ in LOCAL_BODY_HEADS for t in rest)


def names_a_unit(window: list[Token]) -> bool:
    """ "Kerrow County": a name that ends in its unit's own word."""
    return len(window) > 1 and window[-1].lower_ in UNIT_NAME_WORDS


def local_seat(entry: Entry) -> bool:
    """A town or county known by its own name, as local bodies are named."""
    return entry.kind == 0 and (
        (entry.level.startswith("PPL") and entry.population >= LOCAL_SEAT_POPULATION)
        or entry.level == "ADM2"
    )


def currency_countries(ent: SpacySpan, gazetteer: Gazetteer) -> Iterator[Mention]:
    """The country modifying a currency ("40 million US dollars", "500 Egyptian pounds"), a
    modifier like "Russian troops"."""
    for token, following in pairwise(ent):
        if following.lower_ in CURRENCY_WORDS and capitalised(token):
            entries = tuple(
                e
                for e in lookup(gazetteer, token.text)
                if e.level in COUNTRY_LEVELS or e.kind == NAME_DEMONYM
            )
            if entries:
                yield mention_of([token], entries)


def dateline_mentions(ctx: DocContext, gazetteer: Gazetteer) -> Iterator[Mention]:
    """A dateline: a line or sentence opening with a place name in capitals and a comma or a
    dash ("WANTAGH, N.Y. -", "MONTPELIER –", "PORT-AU-PRINCE, Oct 5"), which the tagger rarely
    recognises."""
    doc = ctx.doc
    starts = {s.start for s in doc.sents} | {
        t.i + 1 for t in doc if t.is_space and "\n" in t.text and t.i + 1 < len(doc)
    }
    for start in sorted(starts | {0}):
        end = start
        while end < min(start + MAX_NAME_TOKENS, len(doc)) and (
            doc[end].is_upper
            or (doc[end].text == "." and end > start)
            or _joins_capitals(doc, end, start)
        ):
            end += 1
        if end == start or end == len(doc) or not doc[end].text.startswith(tuple(DATELINE_ENDS)):
            continue
        if _clause_after_comma(doc, end):
            continue
        name = list(doc[start:end])
        entries = lookup(gazetteer, span_text(name))
        if entries and span_text(name).isupper():
            yield mention_of(name, entries)


def _clause_after_comma(doc: Doc, comma: int) -> bool:
    """A comma and a word in lower case open a clause about an acronym ("NATO, whose mission
    ..."); a dateline's comma leads to its state, country or date ("KYIV, Ukraine", "Oct 5")."""
    following = comma + 1
    return (
        doc[comma].text == ","
        and following < len(doc)
        and doc[following].is_alpha
        and doc[following].is_lower
    )


def _joins_capitals(doc: Doc, i: int, start: int) -> bool:
    """A hyphen inside a name in capitals ("PORT-AU-PRINCE"), not the dash closing a dateline."""
    return (
        doc[i].text == "-"
        and i > start
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and i + 1 < len(doc)
        and doc[i + 1].is_upper
    )


def merge_district(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """ "Washington, D.C." is one name, as written and as annotated, and the city that lies in
    the district, never the state nor a town of the same name elsewhere."""
    merged: list[Mention] = []
    for mention in mentions:
        if (
            merged
            and ctx.text[mention.start : mention.end] in {"D.C.", "DC"}
            and ctx.text[merged[-1].end : mention.start] == ", "
            and merged[-1].entries
        ):
            districts = {e.id for e in mention.entries}
            inside = tuple(e for e in merged[-1].entries if e.admin1_id in districts)
            towns = inside or tuple(e for e in merged[-1].entries if e.level.startswith("PPL"))
            merged[-1] = replace(merged[-1], end=mention.end, entries=towns or merged[-1].entries)
            continue
        merged.append(mention)
    return merged
