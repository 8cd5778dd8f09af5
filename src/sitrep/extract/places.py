"""Places: find place names in an article, resolve them against the gazetteer, flag metonyms.

1. Recognition (here): the NER's GPE/LOC/FAC entities; names the small model mislabels
   (PERSON, PRODUCT, ORG) when the gazetteer knows them as an important place; names inside
   organisation names ("Kursk regional administration"); capitalised words the NER missed that
   are important places, follow a place cue ("in", "the village of") or come with their state
   ("Carrollton, Georgia"); small places listed beside a nearby known one ("Tacloban and
   Palo"); an unknown GPE/LOC name after a place cue; demonyms ("Russian troops" -> Russia),
   flagged `demonym=True` because GeoWebNews counts them as toponyms and GeoVirus does not.
   Names are read through `place_names`; datelines ("WANTAGH, N.Y. -"), sites and streets, local
   bodies and currencies ("US dollars") are found by `place_sites`; surnames, first names, languages
   and words of titles are dropped by `place_filters`.
2. Resolution (`place_candidates`, then `place_resolution`): prior from feature type and
   population, cues ("the city of", "province"), comma qualifiers ("Pandi, Bulacan"), then the
   article's other places: its focus country, admin-1 units and nearby towns; one reading per
   name. Unknown names take the known place inside them or the article's locality, with low
   confidence.
3. Metonymy (`metonymy`): a place that says, decides or acts, owns an abstract or agentive
   thing, is blamed or supported, or plays a fixture gets role "actor" and `refers_to`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.extract.metonymy import is_metonymic
from sitrep.extract.place_attack_targets import attack_target, populated
from sitrep.extract.place_bodies import as_acting_bodies
from sitrep.extract.place_camps import names_a_camp
from sitrep.extract.place_candidates import (
    CITY_CUES,
    FEATURE_CUES,
    NAME_DEMONYM,
    PASSAGE_WORDS,
    QUALIFIER_LEVELS,
    Mention,
    important,
    qualifier_bonus,
)
from sitrep.extract.place_counted_units import as_countrys_units
from sitrep.extract.place_dates import place_before_a_month
from sitrep.extract.place_distances import haversine_km
from sitrep.extract.place_districts import named_district
from sitrep.extract.place_facility_names import without_facility_misreadings
from sitrep.extract.place_feature_heads import (
    head_of_unknown_name,
    regions_before_feature,
    water_word_opening_name,
)
from sitrep.extract.place_filters import drop_non_places
from sitrep.extract.place_name_parts import with_name_parts_marked
from sitrep.extract.place_names import (
    MAX_NAME_TOKENS,
    NOT_PLACES,
    POSSESSIVES,
    acceptable,
    after_place_cue,
    capitalised,
    country_code,
    first_word_of_settlement,
    looks_like_name,
    lookup,
    mention_of,
    span_text,
    strip_article,
)
from sitrep.extract.place_office_titles import town_before_title
from sitrep.extract.place_other_names import names_a_known_place_again, with_other_names
from sitrep.extract.place_people_compounds import leads_an_actor_compound
from sitrep.extract.place_repeats import repeated_unknown_names
from sitrep.extract.place_resolution import resolve_mentions
from sitrep.extract.place_sites import (
    SITE_HEADS,
    currency_countries,
    dateline_mentions,
    is_street_name,
    local_body,
    local_seat,
    merge_district,
    named_after,
    names_a_unit,
    route_name,
    site_mentions,
    site_name,
)
from sitrep.extract.place_unit_names import unit_with_its_type_word
from sitrep.extract.place_whole_names import with_tail
from sitrep.model import Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sitrep.extract.context import DocContext
    from sitrep.gazetteer import Entry, Gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
WHOLE_ONLY_LABELS = frozenset({"PERSON", "PRODUCT"})
MISLABELS = frozenset({"ORG", "WORK_OF_ART", "EVENT", "NORP", "LAW"})


def extract_places(
    ctx: DocContext, gazetteer: Gazetteer, include_demonyms: bool = True
) -> list[Place]:
    """Every place mention in the article, resolved, with metonyms marked as actors."""
    mentions = find_mentions(ctx, gazetteer, include_demonyms)
    return as_acting_bodies(ctx, mentions, resolve_mentions(ctx, gazetteer, mentions))


def resolve_spans(
    ctx: DocContext, gazetteer: Gazetteer, spans: Iterable[tuple[int, int]]
) -> list[Place]:
    """Resolve given spans (gold toponyms) as if recognised, to score resolution on its own."""
    mentions = []
    for start, end in spans:
        entries = lookup(gazetteer, ctx.text[start:end], recognising=False)
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        head = span[-1].i if span is not None and len(span) else -1
        inner = named_after(list(span), gazetteer) if span is not None and not entries else ()
        mentions.append(Mention(start, end, entries, head=head, inner=inner))
    return resolve_mentions(ctx, gazetteer, with_name_parts_marked(ctx, gazetteer, mentions))


def find_mentions(
    ctx: DocContext, gazetteer: Gazetteer, include_demonyms: bool = True
) -> list[Mention]:
    """Candidate place names, not overlapping, in text order, outside credits and boilerplate."""
    found: list[Mention] = []
    taken: set[int] = set()
    for mention in dateline_mentions(ctx, gazetteer):
        _keep(found, taken, ctx, mention)
    for mention in _entity_mentions(ctx, gazetteer):
        _keep(found, taken, ctx, mention)
    for mention in _bare_mentions(ctx, gazetteer, taken):
        _keep(found, taken, ctx, mention)
    for mention in _list_mates(ctx, gazetteer, found, taken):
        _keep(found, taken, ctx, mention)
    for mention in list(repeated_unknown_names(ctx, found, taken)):
        _keep(found, taken, ctx, mention)
    found = without_facility_misreadings(ctx.doc, as_countrys_units(ctx.doc, found))
    found = [m for m in found if not leads_an_actor_compound(ctx.text, m)]
    if not include_demonyms:
        found = [m for m in found if not m.demonym]
    found = with_name_parts_marked(ctx, gazetteer, drop_non_places(ctx, gazetteer, found))
    return with_other_names(ctx, merge_district(ctx, sorted(found, key=lambda m: m.start)))


def _keep(found: list[Mention], taken: set[int], ctx: DocContext, mention: Mention) -> None:
    chars = set(range(mention.start, mention.end))
    if chars & taken or ctx.is_silent(mention.start, mention.end):
        return
    found.append(mention)
    taken |= chars


def _entity_mentions(ctx: DocContext, gazetteer: Gazetteer) -> Iterator[Mention]:
    for ent in ctx.doc.ents:
        if ent.label_ not in PLACE_LABELS and (unit := unit_with_its_type_word(ent, gazetteer)):
            yield unit  # "Velnia Governorate", its first word tagged as a person
        elif (
            ent.label_ in PLACE_LABELS
            or _person_named_like_a_place(ent)
            or (ent.label_ in WHOLE_ONLY_LABELS and names_a_known_place_again(ent, gazetteer))
        ):
            yield from _place_entity(ent, gazetteer)
        elif ent.label_ in WHOLE_ONLY_LABELS:
            yield from _whole_entity(ent, gazetteer)
        elif ent.label_ == "MONEY":
            yield from currency_countries(ent, gazetteer)
        elif ent.label_ == "ORG" and route_name(strip_article(ent)):
            yield from site_mentions(strip_article(ent), gazetteer)
        elif ent.label_ == "NORP":
            yield from _nationality_words(ent, gazetteer)
        elif ent.label_ == "DATE":
            yield from place_before_a_month(ent, gazetteer)
        elif ent.label_ in MISLABELS and not is_street_name(ent):
            inside = list(_names_inside(ent, gazetteer, whole_needs_importance=True))
            inside = inside or list(named_district(ent, gazetteer))  # "the district of Bajaur"
            yield from inside
            if not inside and _named_as_town(ent):
                yield mention_of(strip_article(ent), ())  # unknown, placed at the locality


def _nationality_words(ent: SpacySpan, gazetteer: Gazetteer) -> Iterator[Mention]:
    """A short form of a country's name that the tagger reads as a nationality is used as one
    ("Saudi authorities", "Somali refugees"): a demonym, like "Russian". "Central African" before
    "Republic" is the start of the country's own name, and "Korean" before "peninsula" the
    start of the peninsula's, which holds both Koreas."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].text in ("Republic", "peninsula"):
        whole = list(doc[ent.start : ent.end + 1])
        if entries := lookup(gazetteer, span_text(whole)):
            yield mention_of(whole, entries)
            return
    for mention in _names_inside(ent, gazetteer, whole_needs_importance=True):
        yield replace(mention, demonym=True) if _country_short_form(ent, mention) else mention


def _country_short_form(ent: SpacySpan, mention: Mention) -> bool:
    whole = mention.start == ent.start_char and mention.end == ent.end_char
    return (
        whole
        and bool(mention.entries)
        and all(e.level.startswith("PCL") and e.name != ent.text for e in mention.entries)
    )


def _person_named_like_a_place(ent: SpacySpan) -> bool:
    """A name tagged as a person or product that ends in a site or unit word ("Randwick
    Racecourse", "Jefferson Parish", "Sokoto State"): no person's name does."""
    return (
        ent.label_ in WHOLE_ONLY_LABELS
        and len(ent) > 1
        and ent[-1].lower_.rstrip(".") in SITE_HEADS | FEATURE_CUES
    )


def _named_as_town(ent: SpacySpan) -> bool:
    """ "the town of Pont-Sondé", tagged as an organisation: the cue says it is a place."""
    doc = ent.doc
    return (
        ent.start >= 2
        and doc[ent.start - 1].lower_ == "of"
        and doc[ent.start - 2].lower_ in CITY_CUES
        and all(capitalised(t) or t.text == "-" for t in strip_article(ent))
    )


def _whole_entity(ent: SpacySpan, gazetteer: Gazetteer) -> Iterator[Mention]:
    """A PERSON or PRODUCT entity that is in fact a known place ("Kyiv" tagged PERSON).

    Words inside a person's name are not searched: "Vladimir Putin" holds no place.
    """
    tokens = strip_article(ent)
    cued = bool(tokens) and _placed_by_context(tokens, gazetteer)
    entries = acceptable(tokens, gazetteer, strict=not cued)
    if not cued and attack_target(tokens):  # "the attack on Kherson", tagged as a person
        entries = populated(acceptable(tokens, gazetteer, strict=False))
        cued = bool(entries)
    if entries and (cued or len(tokens) == 1 or all(e.level != "PPL" for e in entries)):
        yield mention_of(tokens, entries)
    elif town := town_before_title(tokens, gazetteer):  # "Bayford Mayor", tagged as a person
        yield town


def _place_entity(ent: SpacySpan, gazetteer: Gazetteer) -> Iterator[Mention]:
    """A GPE/LOC/FAC entity: the whole name if known, else the known names inside it. A lone
    direction or title is no place even when tagged ("the Centre" for a government)."""
    tokens = with_tail(strip_article(ent), gazetteer)
    if not tokens or (len(tokens) == 1 and tokens[0].lower_ in NOT_PLACES):
        return
    entries = lookup(gazetteer, span_text(tokens))
    if entries:
        yield mention_of(tokens, entries)
        return
    if site_name(tokens):
        yield from site_mentions(tokens, gazetteer)
        return
    inner = list(_names_inside(ent, gazetteer, whole_needs_importance=False))
    if inner:
        yield from inner
    elif ent.label_ != "FAC" and _unknown_place_name(tokens):
        yield mention_of(tokens, ())  # unknown, but read as a place: placed at the locality


def _unknown_place_name(tokens: list[Token]) -> bool:
    """A name the gazetteer lacks reads as a place only after a cue ("in Norvale") or before
    "camp" ("the Abu Karem camp"), and not when written in capitals ("in ZENTRA", "GAINS IN
    STEEL") or owning something ("in Norvatek's new centre"): those are mostly companies,
    people and headline words."""
    last = tokens[-1]
    owner = last.i + 1 < len(last.doc) and last.nbor(1).lower_ in POSSESSIVES
    return (
        looks_like_name(tokens)
        and (after_place_cue(tokens[0]) or names_a_camp(last.doc, last.i + 1))
        and not span_text(tokens).isupper()
        and not owner
    )


def _names_inside(
    ent: SpacySpan, gazetteer: Gazetteer, whole_needs_importance: bool
) -> Iterator[Mention]:
    """Known place names and demonyms inside an entity, longest first, left to right."""
    tokens = strip_article(ent)
    unknown_word = -1  # the last capitalised word that starts no known name
    i = 0
    while i < len(tokens):
        for size in range(min(MAX_NAME_TOKENS, len(tokens) - i), 0, -1):
            window = tokens[i : i + size]
            if not whole_needs_importance and head_of_unknown_name(tokens, i, size, unknown_word):
                continue
            if water_word_opening_name(tokens, i, size):
                continue
            cued = _placed_by_context(window, gazetteer) and not (
                i == 0 and first_word_of_settlement(tokens, size)
            )
            strict = (whole_needs_importance or size < len(tokens)) and not cued
            entries = acceptable(window, gazetteer, strict=strict)
            entries = regions_before_feature(tokens, i, size, entries)
            body = strict and i == 0 and _before_local_body(window, tokens[size:])
            if body and (not entries or names_a_unit(window)):  # "the Kerrow County Board"
                seats = acceptable(window, gazetteer, strict=False)  # every county of the name
                entries += tuple(e for e in seats if local_seat(e) and e not in entries)
            if entries:
                yield mention_of(window, entries)
                i += size
                break
        else:
            if capitalised(tokens[i]):
                unknown_word = i
            i += 1


def _bare_mentions(ctx: DocContext, gazetteer: Gazetteer, taken: set[int]) -> Iterator[Mention]:
    """Capitalised names outside any entity: important places, or any place after a cue."""
    doc = ctx.doc
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.idx in taken or token.ent_type_ or not capitalised(token):
            i += 1
            continue
        mention = _longest_bare_match(doc, i, gazetteer)
        if mention is None:
            i += 1
            continue
        yield mention
        i = mention.head + 1


def _longest_bare_match(doc: Doc, i: int, gazetteer: Gazetteer) -> Mention | None:
    longest = list(doc[i : i + MAX_NAME_TOKENS])
    for size in range(MAX_NAME_TOKENS, 0, -1):
        window = longest[:size]
        if len(window) < size or any(t.ent_type_ for t in window):
            continue
        if not looks_like_name(window) and not country_code(window, gazetteer):
            continue
        entries = lookup(gazetteer, span_text(window))
        cued = _placed_by_context(window, gazetteer)
        if not cued and attack_target(window):  # "Kharkiv was hit", "a drone hit Tokmak"
            entries, cued = populated(entries), True
        if not cued:
            kept = tuple(e for e in entries if important(e) or e.kind == NAME_DEMONYM)
            body = _before_local_body(window, [])  # "the Kerrow County Coroner"
            entries = kept + tuple(e for e in entries if body and local_seat(e) and e not in kept)
        # a nationality is capitalised anywhere: at the start of a sentence it is still one
        nationality = bool(entries) and all(e.kind == NAME_DEMONYM for e in entries)
        if entries and (cued or nationality or not _sentence_initial_word(window)):
            return mention_of(window, entries)
    return None


def _before_local_body(window: list[Token], rest: list[Token]) -> bool:
    """The words after a name in its entity make it a local body's ("Kerrow Police Department");
    so does the word after a county's name outside it ("Kerrow County" + "Coroner")."""
    end = window[-1].i + 1
    after = list(window[-1].doc[end : end + 1]) if names_a_unit(window) else []
    return local_body(rest) or local_body(after)


def _placed_by_context(window: list[Token], gazetteer: Gazetteer) -> bool:
    """A name its context makes a place, however small: a cue before it, a qualifier or a unit
    word after the whole name ("the Lakki Marwat district", in lower case, so no "Penn State";
    not "Occidental" of "Kasai Occidental province"), or a passage named after where it lies
    ("the Lachin checkpoint", "the Rafah crossing"), or a camp named after its town ("the
    Nuseirat refugee camp")."""
    doc, first, after = window[0].doc, window[0].i, window[-1].i + 1
    whole = first == 0 or not capitalised(doc[first - 1])
    unit_after = whole and after < len(doc) and doc[after].text in FEATURE_CUES | PASSAGE_WORDS
    camp = whole and names_a_camp(doc, after, person=window[-1].ent_type_ == "PERSON")
    return after_place_cue(window[0]) or unit_after or camp or _qualified(window, gazetteer)


def _qualified(window: list[Token], gazetteer: Gazetteer) -> bool:
    """ "Carrollton, Georgia": a name followed by the county, state or country where a place of
    that name lies."""
    doc = window[0].doc
    comma = window[-1].i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    for size in range(3, 0, -1):
        qualifier = list(doc[comma + 1 : comma + 1 + size])
        if len(qualifier) < size or not looks_like_name(qualifier):
            continue
        larger = tuple(
            e for e in lookup(gazetteer, span_text(qualifier)) if e.level in QUALIFIER_LEVELS
        )
        if larger:
            return any(qualifier_bonus(e, larger) > 0 for e in lookup(gazetteer, span_text(window)))
    return False


LIST_LINKS = frozenset({",", "and", "or"})
LOCAL_NAME_LEVELS = frozenset({"PPL", "PPLC", "ADM1", "ADM2"})
LIST_REACH_KM = 400.0


def _list_mates(
    ctx: DocContext, gazetteer: Gazetteer, found: list[Mention], taken: set[int]
) -> list[Mention]:
    """Small places listed beside a nearby known town ("Tacloban and Palo", "in Canberra,
    Parkes and Forbes"): a list of places names places, whatever the tagger made of the small
    ones. Each new name can carry the list further."""
    added: list[Mention] = []
    claimed = set(taken)
    queue = [m for m in found if m.entries and not m.demonym]
    while queue:
        mention = queue.pop()
        for window in _listed_beside(ctx.doc, mention):
            if any(t.idx in claimed for t in window) or not _conjoined(window[-1], mention):
                continue
            entries = tuple(
                e for e in lookup(gazetteer, span_text(window)) if e.kind != NAME_DEMONYM
            )
            if _near_each_other(mention.entries, entries):
                mate = mention_of(window, entries)
                added.append(mate)
                claimed |= set(range(mate.start, mate.end))
                queue.append(mate)
    return added


def _conjoined(word: Token, mention: Mention) -> bool:
    """The parser reads the two names as conjuncts (or as a town and its county), not as a
    clause break ("in Texas, Philmont said")."""
    other = word.doc[mention.head]
    return (
        word.head == other
        or other.head == word
        or (word.head == other.head and "conj" in (word.dep_, other.dep_))
    )


def _near_each_other(listed: Iterable[Entry], candidates: Iterable[Entry]) -> bool:
    """Some reading of the new name lies within a region's reach of a reading of the listed
    place: a list of places is a list of neighbours."""
    listed_points = _local_points(listed)
    return any(
        haversine_km(*a, *b) <= LIST_REACH_KM
        for a in listed_points
        for b in _local_points(candidates)
    )


def _local_points(entries: Iterable[Entry]) -> list[tuple[float, float]]:
    return [
        (e.lat, e.lon)
        for e in entries
        if e.level in LOCAL_NAME_LEVELS and e.lat is not None and e.lon is not None
    ]


def _listed_beside(doc: Doc, mention: Mention) -> Iterator[list[Token]]:
    """The one- or two-word capitalised names joined to the mention by a comma, "and", "or" or
    ", and", after and before it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return
    after = _link_width(doc, span.end, 1)
    before = _link_width(doc, span.start - 1, -1)
    for size in (2, 1):
        if after and looks_like_name(
            window := list(doc[span.end + after : span.end + after + size])
        ):
            yield window
            break
    for size in (2, 1):
        end = span.start - before
        if before and looks_like_name(window := list(doc[max(end - size, 0) : end])):
            yield window
            break


def _link_width(doc: Doc, i: int, step: int) -> int:
    """How many list links (at most two: ", and") run from token i in the direction of step."""
    width = 0
    while (
        width < 2
        and 0 <= i + width * step < len(doc)
        and doc[i + width * step].lower_ in LIST_LINKS
    ):
        width += 1
    return width


def _sentence_initial_word(window: list[Token]) -> bool:
    """A lone sentence-initial word that the tagger does not call a proper noun."""
    return len(window) == 1 and bool(window[0].is_sent_start) and window[0].pos_ != "PROPN"


__all__ = ["extract_places", "find_mentions", "haversine_km", "is_metonymic", "resolve_spans"]
