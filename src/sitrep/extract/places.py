"""Places: find place names in an article, resolve them against the gazetteer, flag metonyms.

1. Recognition (here): datelines ("WANTAGH, N.Y. -"); the NER's GPE/LOC/FAC entities and
   streets it tags as organisations; names the small model mislabels (PERSON, PRODUCT, ORG) when
   the gazetteer knows them as an important place; names inside organisation names ("Kursk
   regional administration") and currencies ("US dollars"); capitalised words the NER missed
   that are important places, follow a place cue ("in", "the village of") or come with their
   state ("Carrollton, Georgia"); an unknown GPE/LOC name after a place cue; demonyms
   ("Russian troops" -> Russia), flagged `demonym=True` because GeoWebNews counts them as
   toponyms and GeoVirus does not. Surnames, first names of a full name, languages and words of
   titles are dropped.
2. Resolution (`place_resolution`): prior from feature type and population, cues ("the city
   of", "province"), comma qualifiers ("Pandi, Bulacan"), then the article's other places: its
   focus country, admin-1 units and nearby towns; one reading per name. Unknown names take the
   known place inside them or the article's locality, with low confidence.
3. Metonymy (`metonymy`): a place that says, decides or acts, owns an abstract or agentive
   thing, is blamed or supported, or plays a fixture gets role "actor" and `refers_to`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from sitrep.extract.metonymy import is_metonymic
from sitrep.extract.place_resolution import (
    ADMIN1_CUES,
    CITY_CUES,
    COUNTRY_LEVELS,
    FEATURE_CUES,
    QUALIFIER_LEVELS,
    Mention,
    haversine_km,
    important,
    qualifier_bonus,
    resolve_mentions,
)
from sitrep.extract.time_calendar import MONTHS, WEEKDAYS
from sitrep.gazetteer.names import normalize
from sitrep.model import Place

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sitrep.extract.context import DocContext
    from sitrep.gazetteer import Entry, Gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
WHOLE_ONLY_LABELS = frozenset({"PERSON", "PRODUCT"})
MISLABELS = frozenset({"ORG", "WORK_OF_ART", "EVENT", "NORP", "LAW"})
NAME_ALTERNATE, NAME_DEMONYM = 1, 3
LOCAL_UNIT_LEVELS = frozenset({"PPL", "ADM2"})
MAX_NAME_TOKENS = 5
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
NOT_PLACES = frozenset(
    {
        *MONTHS,
        *WEEKDAYS,
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


def extract_places(
    ctx: DocContext, gazetteer: Gazetteer, include_demonyms: bool = True
) -> list[Place]:
    """Every place mention in the article, resolved, with metonyms marked as actors."""
    mentions = find_mentions(ctx, gazetteer, include_demonyms)
    return resolve_mentions(ctx, gazetteer, mentions)


def resolve_spans(
    ctx: DocContext, gazetteer: Gazetteer, spans: Iterable[tuple[int, int]]
) -> list[Place]:
    """Resolve given spans (gold toponyms) as if recognised, to score resolution on its own."""
    mentions = []
    for start, end in spans:
        entries = _lookup(gazetteer, ctx.text[start:end], recognising=False)
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        head = span[-1].i if span is not None and len(span) else -1
        inner = _named_after(list(span), gazetteer) if span is not None and not entries else ()
        mentions.append(Mention(start, end, entries, head=head, inner=inner))
    return resolve_mentions(ctx, gazetteer, mentions)


def _inner_entries(tokens: list[Token], gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """The candidates of the longest known place inside an unknown name ("Dubai World Trade
    Centre" -> Dubai), which is where such a building or street most likely lies; of two as
    long, an important one ("Bank of Canada" -> Canada, not a town called Bank)."""
    for size in range(min(MAX_NAME_TOKENS, len(tokens) - 1), 0, -1):
        found = []
        for i in range(len(tokens) - size + 1):
            window = tokens[i : i + size]
            if _looks_like_name(window) and not all(t.lower_ in SITE_HEADS for t in window):
                entries = _lookup(gazetteer, _span_text(window))
                if entries:
                    found.append(entries)
        if found:
            return next((f for f in found if any(important(e) for e in f)), found[0])
    return ()


# --- recognition -------------------------------------------------------------------------------


def find_mentions(
    ctx: DocContext, gazetteer: Gazetteer, include_demonyms: bool = True
) -> list[Mention]:
    """Candidate place names, not overlapping, in text order, outside credits and boilerplate."""
    found: list[Mention] = []
    taken: set[int] = set()
    for mention in _dateline_mentions(ctx, gazetteer):
        _keep(found, taken, ctx, mention)
    for mention in _entity_mentions(ctx, gazetteer):
        _keep(found, taken, ctx, mention)
    for mention in _bare_mentions(ctx, gazetteer, taken):
        _keep(found, taken, ctx, mention)
    found = [m for m in found if not (m.demonym and _language_name(ctx, m))]
    if not include_demonyms:
        found = [m for m in found if not m.demonym]
    people = _person_words(ctx)
    found = [m for m in found if not _person_name(ctx, m, people)]
    common = {t.text for t in ctx.doc if t.is_alpha and t.text.islower()}
    found = [m for m in found if not _common_word(ctx, m, common)]
    found = [m for m in found if not _first_of_a_name(ctx, m, gazetteer)]
    return _merge_district(ctx, sorted(found, key=lambda m: m.start))


NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})


def _language_name(ctx: DocContext, mention: Mention) -> bool:
    """A nationality word standing alone as a singular noun names a language ("translated into
    Japanese", "learning Italian"), not a place; "the Irish" and "a German" are people, and
    "Russian troops" a modifier."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].text.endswith("s"):
        return False
    word = span[0]
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    if following is not None and following.is_alpha and not following.is_stop:
        return False  # a modifier the parser took for a noun ("in Hungarian prisons")
    role = word
    while role.dep_ == "conj" and role.head is not role:
        role = role.head
    determined = any(c.dep_ == "det" for t in {word, role} for c in t.children)
    return role.dep_ in NOUN_ROLES and not determined


PERSON_TITLES = frozenset(
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "cllr", "sen.", "rep.", "gov.",
        "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "uncle",
        "aunt", "coach", "judge", "officer", "detective", "sgt.", "lt.", "capt.", "col.", "gen.",
        "councillor", "councilman", "councilwoman", "professor", "prof.", "st.", "saint",
    }
)  # fmt: skip
PERSON_PROOF_LEVELS = frozenset({"PCLI", "CONT", "region", "SEA", "OCN", "GULF"})


def _person_words(ctx: DocContext) -> set[str]:
    """Surnames of the article's full person names ("Dewly Nelson" -> nelson)."""
    words: set[str] = set()
    for ent in ctx.doc.ents:
        if (
            ent.label_ == "PERSON"
            and len(ent) > 1
            and _capitalised(ent[-1])
            and ent[0].lower_ not in SITE_HEADS | CITY_CUES
        ):
            words.add(ent[-1].lower_)
    return words


def _person_name(ctx: DocContext, mention: Mention, people: set[str]) -> bool:
    """A one-word name that the article uses for a person: part of a full name given elsewhere,
    or right after a title ("Cllr Morris", "brother Tyler")."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or mention.demonym:
        return False
    if any(e.level in PERSON_PROOF_LEVELS for e in mention.entries):
        return False
    token = span[0]
    previous = token.nbor(-1).lower_ if token.i > 0 else ""
    if previous in PERSON_TITLES:
        return True
    if token.lower_ in people and not _firmly_placed(token):
        return True
    if token.ent_type_ in {"GPE", "LOC"} or _after_place_cue(token):
        return False
    # tagged PERSON and known only by a minor place's name or another place's alias ("Levi"),
    # a tiny unit's among them ("Paul", a county of Cape Verde)
    return token.ent_type_ == "PERSON" and not any(
        e.kind == 0 and (e.level == "ADM2" or (important(e) and not _tiny_unit(e)))
        for e in mention.entries
    )


def _tiny_unit(entry: Entry) -> bool:
    return entry.level == "ADM1" and entry.population < LOCAL_SEAT_POPULATION


# Prepositions that take a person as often as a place ("according to Preston", "a letter from Ito")
PERSON_PREPOSITIONS = frozenset({"to", "from"})


def _firmly_placed(token: Token) -> bool:
    """A word the article also uses as a surname is still a place after a locative cue that
    rarely takes a person ("in Preston", not "according to Preston" or "in Preston's name"), or
    with a comma qualifier ("Salem, Oregon")."""
    doc = token.doc
    following = doc[token.i + 1 : token.i + 3]
    if following[:1].text in {"'s", "’s"}:
        return False
    if len(following) == 2 and following[0].text == "," and following[1].ent_type_ == "GPE":
        return True
    return _after_place_cue(token) and token.nbor(-1).lower_ not in PERSON_PREPOSITIONS


def _common_word(ctx: DocContext, mention: Mention, common: set[str]) -> bool:
    """A one-word name that the article also writes in lower case is a common word there
    ("Luck", "Tank", "Media"), unless the tagger or a cue makes it a place."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or mention.demonym:
        return False
    token = span[0]
    if token.ent_type_ in {"GPE", "LOC"}:
        return False
    if token.lower_ not in common and not (
        _inside_title(token)
        and not any(important(e) and (e.kind == 0 or token.text.isupper()) for e in mention.entries)
    ):
        return False
    if any(e.level in PERSON_PROOF_LEVELS for e in mention.entries):
        return False
    return not _after_place_cue(token)


def _first_of_a_name(ctx: DocContext, mention: Mention, gazetteer: Gazetteer) -> bool:
    """A minor town's name right before another capitalised word that is no place begins a
    person's or a company's name ("Hilliard Vantor", "Wantagh Dayle"), unless the words after
    it name a local body or a site ("Wantagh Municipal District", "Ilford Women's Club")."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or mention.demonym or not mention.entries:
        return False
    if any(important(e) for e in mention.entries) or span.end >= len(ctx.doc):
        return False
    following = ctx.doc[span.end]
    if not (following.is_alpha and following.is_title) or _lookup(gazetteer, following.text):
        return False
    run = [following]
    for token in ctx.doc[span.end + 1 : span.end + 4]:
        if not (_capitalised(token) or token.lower_ in POSSESSIVES):
            break
        run.append(token)
    return not any(t.lower_ in SITE_HEADS | LOCAL_BODY_HEADS | FEATURE_CUES for t in run)


def _inside_title(token: Token) -> bool:
    """A word well inside a run of capitalised words ("British Touring Car Championship", "All
    The Luck") belongs to a title or a company name, not a place of its own."""
    if token.i < 2:
        return False
    previous = token.nbor(-1)
    return (
        previous.is_alpha
        and previous.text[:1].isupper()
        and not previous.is_sent_start
        and previous.ent_type_ not in {"GPE", "LOC"}
    )


BIG_PLACE = 1_000_000


def _merge_district(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """ "Washington, D.C." is one name, as written and as annotated, and a city, never the
    state of the same name."""
    merged: list[Mention] = []
    for mention in mentions:
        if (
            merged
            and ctx.text[mention.start : mention.end] in {"D.C.", "DC"}
            and ctx.text[merged[-1].end : mention.start] == ", "
            and merged[-1].entries
        ):
            towns = tuple(e for e in merged[-1].entries if e.level.startswith("PPL"))
            merged[-1] = replace(merged[-1], end=mention.end, entries=towns or merged[-1].entries)
            continue
        merged.append(mention)
    return merged


def _keep(found: list[Mention], taken: set[int], ctx: DocContext, mention: Mention) -> None:
    chars = set(range(mention.start, mention.end))
    if chars & taken or ctx.is_silent(mention.start, mention.end):
        return
    found.append(mention)
    taken |= chars


CURRENCY_WORDS = frozenset({"dollar", "dollars", "pound", "pounds"})


def _currency_countries(ent: SpacySpan, gazetteer: Gazetteer) -> Iterator[Mention]:
    """The country modifying a currency ("40 million US dollars", "500 Egyptian pounds"), a
    modifier like "Russian troops"."""
    for token, following in pairwise(ent):
        if following.lower_ in CURRENCY_WORDS and _capitalised(token):
            entries = tuple(
                e
                for e in _lookup(gazetteer, token.text)
                if e.level in COUNTRY_LEVELS or e.kind == NAME_DEMONYM
            )
            if entries:
                yield _mention([token], entries)


DATELINE_ENDS = frozenset({",", "-", "–", "—", "--"})


def _dateline_mentions(ctx: DocContext, gazetteer: Gazetteer) -> Iterator[Mention]:
    """A dateline: a line or sentence opening with a place name in capitals and a comma or a
    dash ("WANTAGH, N.Y. -", "MONTPELIER –"), which the tagger rarely recognises."""
    doc = ctx.doc
    starts = {s.start for s in doc.sents} | {
        t.i + 1 for t in doc if t.is_space and "\n" in t.text and t.i + 1 < len(doc)
    }
    for start in sorted(starts | {0}):
        end = start
        while end < min(start + MAX_NAME_TOKENS, len(doc)) and (
            doc[end].is_upper or (doc[end].text == "." and end > start)
        ):
            end += 1
        if end == start or end == len(doc) or not doc[end].text.startswith(tuple(DATELINE_ENDS)):
            continue
        name = list(doc[start:end])
        entries = _lookup(gazetteer, _span_text(name))
        if entries and _span_text(name).isupper():
            yield _mention(name, entries)


def _entity_mentions(ctx: DocContext, gazetteer: Gazetteer) -> Iterator[Mention]:
    for ent in ctx.doc.ents:
        if ent.label_ in PLACE_LABELS or _person_named_like_a_place(ent):
            yield from _place_entity(ent, gazetteer)
        elif ent.label_ in WHOLE_ONLY_LABELS:
            yield from _whole_entity(ent, gazetteer)
        elif ent.label_ == "MONEY":
            yield from _currency_countries(ent, gazetteer)
        elif ent.label_ == "ORG" and _site_name(_strip_article(ent), ROUTE_HEADS):
            yield from _site_mentions(_strip_article(ent), gazetteer)
        elif ent.label_ in MISLABELS and not _is_street_name(ent):
            yield from _names_inside(ent, gazetteer, whole_needs_importance=True)


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


def _is_street_name(ent: SpacySpan) -> bool:
    return len(ent) > 1 and ent[0].lower_ in STREET_PREFIXES


def _person_named_like_a_place(ent: SpacySpan) -> bool:
    """A name tagged as a person or product that ends in a site or unit word ("Randwick
    Racecourse", "Jefferson Parish", "Sokoto State"): no person's name does."""
    return (
        ent.label_ in WHOLE_ONLY_LABELS
        and len(ent) > 1
        and ent[-1].lower_.rstrip(".") in SITE_HEADS | FEATURE_CUES
    )


def _whole_entity(ent: SpacySpan, gazetteer: Gazetteer) -> Iterator[Mention]:
    """A PERSON or PRODUCT entity that is in fact a known place ("Kyiv" tagged PERSON).

    Words inside a person's name are not searched: "Vladimir Putin" holds no place.
    """
    tokens = _strip_article(ent)
    cued = bool(tokens) and _placed_by_context(tokens, gazetteer)
    entries = _acceptable(tokens, gazetteer, strict=not cued)
    if entries and (cued or len(tokens) == 1 or all(e.level != "PPL" for e in entries)):
        yield _mention(tokens, entries)


def _place_entity(ent: SpacySpan, gazetteer: Gazetteer) -> Iterator[Mention]:
    """A GPE/LOC/FAC entity: the whole name if known, else the known names inside it. A lone
    direction or title is no place even when tagged ("the Centre" for a government)."""
    tokens = _strip_article(ent)
    if not tokens or (len(tokens) == 1 and tokens[0].lower_ in NOT_PLACES):
        return
    entries = _lookup(gazetteer, _span_text(tokens))
    if entries:
        yield _mention(tokens, entries)
        return
    if _site_name(tokens):
        yield from _site_mentions(tokens, gazetteer)
        return
    inner = list(_names_inside(ent, gazetteer, whole_needs_importance=False))
    if inner:
        yield from inner
    elif ent.label_ != "FAC" and _unknown_place_name(tokens):
        yield _mention(tokens, ())  # unknown, but read as a place: placed at the locality


def _unknown_place_name(tokens: list[Token]) -> bool:
    """A name the gazetteer lacks reads as a place only after a cue ("in Norvale"), and not when
    written in capitals ("in ZENTRA", "GAINS IN STEEL") or owning something ("in Norvatek's new
    centre"): those are mostly companies, people and headline words."""
    last = tokens[-1]
    owner = last.i + 1 < len(last.doc) and last.nbor(1).lower_ in POSSESSIVES
    return (
        _looks_like_name(tokens)
        and _after_place_cue(tokens[0])
        and not _span_text(tokens).isupper()
        and not owner
    )


def _site_name(tokens: list[Token], heads: frozenset[str] = SITE_HEADS - NATURAL_HEADS) -> bool:
    """A named site: "Royal Street", "Barclays Center", "Alder Hey Children's Hospital"."""
    return (
        len(tokens) >= 2
        and tokens[-1].lower_.rstrip(".") in heads
        and _capitalised(tokens[0])
        and _capitalised(tokens[-1])
    )


def _site_mentions(tokens: list[Token], gazetteer: Gazetteer) -> Iterator[Mention]:
    """An unknown site, placed at a known town inside its name, else at the article's locality.
    A town owning the site is a place of its own, and where the site lies ("Nairobi's Fifth
    Avenue")."""
    owner = next((i for i, t in enumerate(tokens) if t.lower_ in POSSESSIVES), None)
    owner_entries: tuple[Entry, ...] = ()
    if owner is not None and 0 < owner < len(tokens) - 2:
        owner_entries = _acceptable(tokens[:owner], gazetteer, strict=False)
        if owner_entries:
            yield _mention(tokens[:owner], owner_entries)
        tokens = tokens[owner + 1 :]
    mention = _mention(tokens, ())
    yield replace(mention, inner=_named_after(tokens, gazetteer) or owner_entries)


def _named_after(tokens: list[Token], gazetteer: Gazetteer) -> tuple[Entry, ...]:
    """Where a site lies by the known place in its name, unless it is a street: "Jefferson Avenue"
    in Detroit is not in a town called Jefferson."""
    return () if _site_name(tokens, ROUTE_HEADS) else _inner_entries(tokens, gazetteer)


def _names_inside(
    ent: SpacySpan, gazetteer: Gazetteer, whole_needs_importance: bool
) -> Iterator[Mention]:
    """Known place names and demonyms inside an entity, longest first, left to right."""
    tokens = _strip_article(ent)
    i = 0
    while i < len(tokens):
        for size in range(min(MAX_NAME_TOKENS, len(tokens) - i), 0, -1):
            window = tokens[i : i + size]
            strict = (whole_needs_importance or size < len(tokens)) and not _placed_by_context(
                window, gazetteer
            )
            entries = _acceptable(window, gazetteer, strict=strict)
            if not entries and strict and i == 0 and _local_body(tokens[size:]):
                entries = tuple(
                    e for e in _acceptable(window, gazetteer, strict=False) if _local_seat(e)
                )
            if entries:
                yield _mention(window, entries)
                i += size
                break
        else:
            i += 1


# Head words of a local body named after its town ("Slidell Police Department", "Allendale
# Woman's Club", "Owensboro Public Schools"): the town leading such a name is a toponym even
# when it is too small to be trusted alone.
LOCAL_BODY_HEADS = frozenset(
    {
        "police", "pd", "department", "council", "club", "schools", "school", "fire", "sheriff",
        "chamber", "library", "hospital", "court", "society", "association", "board", "district",
        "authority", "committee", "commission", "museum", "rotary", "lions", "parish",
    }
)  # fmt: skip


LOCAL_SEAT_POPULATION = 5_000


def _local_body(rest: list[Token]) -> bool:
    return bool(rest) and any(t.lower_ in LOCAL_BODY_HEADS for t in rest)


def _local_seat(entry: Entry) -> bool:
    """A town or county known by its own name, as local bodies are named."""
    return entry.kind == 0 and (
        (entry.level.startswith("PPL") and entry.population >= LOCAL_SEAT_POPULATION)
        or entry.level == "ADM2"
    )


def _acceptable(window: list[Token], gazetteer: Gazetteer, strict: bool) -> tuple[Entry, ...]:
    """The window's candidates when it reads as a place name: when strict, only if an important
    place bears it. When that place bears it only as an alias, the towns whose own name it is
    stay candidates."""
    if not _looks_like_name(window) and not _country_code(window, gazetteer):
        return ()
    text = _span_text(window)
    entries = _lookup(gazetteer, text)
    if strict:
        weighty = tuple(e for e in entries if important(e) and not _foreign_alias(e, text))
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


def _bare_mentions(ctx: DocContext, gazetteer: Gazetteer, taken: set[int]) -> Iterator[Mention]:
    """Capitalised names outside any entity: important places, or any place after a cue."""
    doc = ctx.doc
    i = 0
    while i < len(doc):
        if doc[i].idx in taken or doc[i].ent_type_ or not _capitalised(doc[i]):
            i += 1
            continue
        mention = _longest_bare_match(doc, i, gazetteer)
        if mention is None:
            i += 1
            continue
        yield mention
        i = mention.head + 1


def _longest_bare_match(doc, i: int, gazetteer: Gazetteer) -> Mention | None:
    for size in range(MAX_NAME_TOKENS, 0, -1):
        window = list(doc[i : i + size])
        if len(window) < size or any(t.ent_type_ for t in window):
            continue
        if not _looks_like_name(window) and not _country_code(window, gazetteer):
            continue
        entries = _lookup(gazetteer, _span_text(window))
        cued = _placed_by_context(window, gazetteer)
        if not cued:
            entries = tuple(e for e in entries if important(e) or e.kind == NAME_DEMONYM)
        # a nationality is capitalised anywhere: at the start of a sentence it is still one
        nationality = bool(entries) and all(e.kind == NAME_DEMONYM for e in entries)
        if entries and (cued or nationality or not _sentence_initial_word(window)):
            return _mention(window, entries)
    return None


def _placed_by_context(window: list[Token], gazetteer: Gazetteer) -> bool:
    """A name its context makes a place, however small: a cue before it or a qualifier after."""
    return _after_place_cue(window[0]) or _qualified(window, gazetteer)


def _qualified(window: list[Token], gazetteer: Gazetteer) -> bool:
    """ "Carrollton, Georgia": a name followed by the county, state or country where a place of
    that name lies."""
    doc = window[0].doc
    comma = window[-1].i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    for size in range(3, 0, -1):
        qualifier = list(doc[comma + 1 : comma + 1 + size])
        if len(qualifier) < size or not _looks_like_name(qualifier):
            continue
        larger = tuple(
            e for e in _lookup(gazetteer, _span_text(qualifier)) if e.level in QUALIFIER_LEVELS
        )
        if larger:
            return any(
                qualifier_bonus(e, larger) > 0 for e in _lookup(gazetteer, _span_text(window))
            )
    return False


def _after_place_cue(token: Token) -> bool:
    """ "in X", "the village of X", "Tom Ferris of X", "X" right after a locative preposition."""
    if token.i == 0:
        return False
    previous = token.nbor(-1)
    if previous.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    if previous.lower_ != "of" or token.i < 2:
        return False
    before = token.nbor(-2)
    if before.lower_ in CITY_CUES | ADMIN1_CUES:  # "the village of X"
        return True
    # a person "of X", where they live; not "of Queens Park Rangers", a longer name
    person = before.ent_type_ == "PERSON" or (
        before.text == "," and token.i > 2 and token.nbor(-3).ent_type_ in {"PERSON", "CARDINAL"}
    )
    ends = token.i + 1 == len(token.doc) or not _capitalised(token.nbor(1))
    return person and ends


def _sentence_initial_word(window: list[Token]) -> bool:
    """A lone sentence-initial word that the tagger does not call a proper noun."""
    return len(window) == 1 and bool(window[0].is_sent_start) and window[0].pos_ != "PROPN"


POSSESSIVES = frozenset({"'s", "’s"})


def _strip_article(ent: SpacySpan) -> list[Token]:
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in {"the", "a", "an"} or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in POSSESSIVES | {"'", "’"}):
        tokens = tokens[:-1]
    return tokens


def _looks_like_name(window: list[Token]) -> bool:
    """Starts and ends with a capitalised word, and is not a month, title or direction alone."""
    if not window or not _capitalised(window[0]) or not _capitalised(window[-1]):
        return False
    if len(window) == 1 and (window[0].lower_ in NOT_PLACES or window[0].is_stop):
        return False
    return not any(t.is_space or t.like_num for t in window)


def _country_code(window: list[Token], gazetteer: Gazetteer) -> bool:
    """ "US" is a stop word in lower case; in capitals it is a country's short name ("US Trade
    Department", "US-based")."""
    if len(window) != 1 or not window[0].is_stop or not window[0].text.isupper():
        return False
    return any(e.level in COUNTRY_LEVELS for e in _lookup(gazetteer, window[0].text))


def _capitalised(token: Token) -> bool:
    """A capitalised word or abbreviation ("Kyiv", "U.S.", "T&T")."""
    text = token.text
    initials = "&" in text and text.replace("&", "").isalpha() and text.isupper()
    return text[:1].isupper() and (token.is_alpha or "." in text or initials)


def _span_text(tokens: list[Token]) -> str:
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text  # Doc.text would rebuild the text


def _mention(tokens: list[Token], entries: tuple[Entry, ...]) -> Mention:
    demonym = bool(entries) and all(e.kind == NAME_DEMONYM for e in entries)
    end = tokens[-1].idx + len(tokens[-1].text)
    return Mention(tokens[0].idx, end, entries, demonym=demonym, head=tokens[-1].i)


NAMED_AREA_LEVELS = frozenset({"region", "SEA", "OCN", "GULF"})


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
    return not set(normalize(text).split()) & set(normalize(entry.name).split())


def _lookup(gazetteer: Gazetteer, text: str, recognising: bool = True) -> tuple[Entry, ...]:
    """Candidates for a surface form; an all-caps short form must be written in capitals.
    While recognising, a translated alias is no evidence of a place."""
    entries = gazetteer.lookup(text)
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


__all__ = ["extract_places", "find_mentions", "haversine_km", "is_metonymic", "resolve_spans"]
