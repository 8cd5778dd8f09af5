"""Places: find place names in an article, resolve them against the gazetteer, flag metonyms.

1. Recognition: the NER's GPE/LOC/FAC entities; names the small model mislabels (PERSON,
   PRODUCT, ORG) when the gazetteer knows them as an important place; names inside organisation
   names ("Kursk regional administration"); capitalised words the NER missed that are important
   places or follow a place cue ("in", "the village of"); demonyms ("Russian troops" -> Russia),
   flagged `demonym=True` because GeoWebNews counts them as toponyms and GeoVirus does not.
2. Resolution: each candidate gets a score from its feature type and population, explicit cues
   ("the city of", "province"), containment ("Pandi, Bulacan"), the countries the article names,
   and one reading per name across the article. Close calls between far-apart places are
   flagged `ambiguous` with their candidates.
3. Metonymy: a country or capital that says, decides or acts, owns forces or positions, or is the
   agent of an action ("by Moscow") gets role "actor" and `refers_to` its country.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sitrep.gazetteer.names import normalize
from sitrep.model import Candidate, Place

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sitrep.extract.context import DocContext
    from sitrep.gazetteer import Entry, Gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
WHOLE_ONLY_LABELS = frozenset({"PERSON", "PRODUCT"})
MISLABELS = frozenset({"ORG", "WORK_OF_ART", "EVENT", "NORP", "LAW"})
NAME_DEMONYM = 3
MAX_NAME_TOKENS = 5
IMPORTANT_LEVELS = frozenset({"PCLI", "CONT", "ADM1", "PPLC", "region", "SEA", "OCN", "GULF"})
IMPORTANT_POPULATION = 100_000
ADMIN_LEVELS = frozenset({"ADM1", "ADM2"})
COUNTRY_LEVELS = frozenset({"PCLI"})

CITY_CUES = frozenset(
    {"city", "town", "village", "capital", "port", "settlement", "hamlet", "suburb", "municipality"}
)
ADMIN1_CUES = frozenset(
    {"province", "region", "oblast", "state", "governorate", "krai", "republic", "prefecture"}
)
ADMIN2_CUES = frozenset({"county", "district", "raion", "parish"})
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
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
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
    }
)

# Verbs whose subject, when a country or capital, is its government or forces.
ACTOR_VERBS = frozenset(
    {
        "say",
        "tell",
        "announce",
        "claim",
        "deny",
        "confirm",
        "warn",
        "accuse",
        "demand",
        "urge",
        "call",
        "insist",
        "threaten",
        "vow",
        "pledge",
        "promise",
        "decide",
        "agree",
        "refuse",
        "reject",
        "approve",
        "sign",
        "launch",
        "attack",
        "strike",
        "invade",
        "advance",
        "deploy",
        "send",
        "move",
        "respond",
        "retaliate",
        "condemn",
        "impose",
        "sanction",
        "recognize",
        "recognise",
        "support",
        "back",
        "oppose",
        "seek",
        "want",
        "plan",
        "try",
        "negotiate",
        "ask",
        "order",
        "ban",
        "expel",
        "offer",
        "provide",
        "supply",
        "arm",
        "fund",
        "help",
        "withdraw",
        "retake",
        "capture",
        "seize",
        "shell",
        "bomb",
        "target",
        "fire",
        "block",
        "veto",
        "use",
        "push",
        "step",
        "lose",
        "win",
        "boost",
        "hit",
        "kill",
        "build",
        "continue",
        "begin",
        "blame",
        "argue",
        "suggest",
        "believe",
        "hope",
        "fear",
        "expect",
        "intend",
        "aim",
        "consider",
        "allow",
        "pay",
        "buy",
        "sell",
        "export",
        "import",
        "host",
        "invite",
        "welcome",
        "accept",
        "join",
        "leave",
        "quit",
        "suspend",
        "cut",
        "raise",
        "increase",
        "reduce",
        "shoot",
        "defend",
        "protest",
        "criticize",
        "criticise",
        "denounce",
        "dismiss",
        "vote",
        "elect",
        "appoint",
        "arrest",
        "detain",
        "release",
        "report",
        "issue",
        "lead",
        "fight",
        "make",
        "take",
        "have",
        "set",
        "manage",
        "hold",
        "mount",
        "claw",
        "gain",
        "turn",
        "reach",
    }
)
ACTOR_NOUNS = frozenset(
    {
        "force",
        "forces",
        "troop",
        "troops",
        "army",
        "military",
        "soldier",
        "soldiers",
        "position",
        "positions",
        "government",
        "regime",
        "leadership",
        "leader",
        "use",
        "decision",
        "offensive",
        "counteroffensive",
        "attack",
        "attacks",
        "invasion",
        "war",
        "policy",
        "support",
        "ally",
        "allies",
        "ambassador",
        "envoy",
        "diplomat",
        "diplomats",
        "response",
        "strike",
        "strikes",
        "demand",
        "demands",
        "plan",
        "plans",
        "threat",
        "refusal",
        "assault",
        "campaign",
        "advance",
        "advances",
        "missile",
        "missiles",
        "drone",
        "drones",
        "weapons",
        "aggression",
        "backing",
        "intervention",
        "involvement",
        "claim",
        "claims",
        "stance",
        "sanctions",
        "proposal",
        "request",
        "move",
        "efforts",
        "effort",
        "approach",
        "strategy",
        "bid",
        "failure",
        "retaliation",
        "crackdown",
        "negotiators",
        "delegation",
        "officials",
        "intelligence",
    }
)


@dataclass(frozen=True)
class Mention:
    """A recognised name before resolution; `entries` are its gazetteer candidates."""

    start: int
    end: int
    entries: tuple[Entry, ...]
    demonym: bool = False
    head: int = -1  # token index of the name's last token, for the parse-based rules


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
        entries = _lookup(gazetteer, ctx.text[start:end])
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        head = span[-1].i if span is not None and len(span) else -1
        mentions.append(Mention(start, end, entries, head=head))
    return resolve_mentions(ctx, gazetteer, mentions)


# --- recognition -------------------------------------------------------------------------------


def find_mentions(
    ctx: DocContext, gazetteer: Gazetteer, include_demonyms: bool = True
) -> list[Mention]:
    """Candidate place names, not overlapping, in text order, outside credits and boilerplate."""
    found: list[Mention] = []
    taken: set[int] = set()
    for mention in _entity_mentions(ctx, gazetteer):
        _keep(found, taken, ctx, mention)
    for mention in _bare_mentions(ctx, gazetteer, taken):
        _keep(found, taken, ctx, mention)
    if not include_demonyms:
        found = [m for m in found if not m.demonym]
    return sorted(found, key=lambda m: m.start)


def _keep(found: list[Mention], taken: set[int], ctx: DocContext, mention: Mention) -> None:
    chars = set(range(mention.start, mention.end))
    if chars & taken or ctx.is_silent(mention.start, mention.end):
        return
    found.append(mention)
    taken |= chars


def _entity_mentions(ctx: DocContext, gazetteer: Gazetteer) -> Iterator[Mention]:
    for ent in ctx.doc.ents:
        if ent.label_ in PLACE_LABELS:
            yield from _place_entity(ent, gazetteer)
        elif ent.label_ in WHOLE_ONLY_LABELS:
            yield from _whole_entity(ent, gazetteer)
        elif ent.label_ in MISLABELS:
            yield from _names_inside(ent, gazetteer, whole_needs_importance=ent.label_ != "NORP")


def _whole_entity(ent: SpacySpan, gazetteer: Gazetteer) -> Iterator[Mention]:
    """A PERSON or PRODUCT entity that is in fact a known place ("Kyiv" tagged PERSON).

    Words inside a person's name are not searched: "Vladimir Putin" holds no place.
    """
    tokens = _strip_article(ent)
    cued = bool(tokens) and _after_place_cue(tokens[0])
    entries = _acceptable(tokens, gazetteer, strict=not cued)
    if entries and (cued or len(tokens) == 1 or all(e.level != "PPL" for e in entries)):
        yield _mention(tokens, entries)


def _place_entity(ent: SpacySpan, gazetteer: Gazetteer) -> Iterator[Mention]:
    """A GPE/LOC/FAC entity: the whole name if known, else the known names inside it."""
    tokens = _strip_article(ent)
    if not tokens:
        return
    entries = _lookup(gazetteer, _span_text(tokens))
    if entries:
        yield _mention(tokens, entries)
        return
    inner = list(_names_inside(ent, gazetteer, whole_needs_importance=False))
    if inner:
        yield from inner
    elif ent.label_ != "FAC" and _looks_like_name(tokens):
        yield _mention(tokens, ())


def _names_inside(
    ent: SpacySpan, gazetteer: Gazetteer, whole_needs_importance: bool
) -> Iterator[Mention]:
    """Known place names and demonyms inside an entity, longest first, left to right."""
    tokens = _strip_article(ent)
    i = 0
    while i < len(tokens):
        for size in range(min(MAX_NAME_TOKENS, len(tokens) - i), 0, -1):
            window = tokens[i : i + size]
            strict = (whole_needs_importance or size < len(tokens)) and not _after_place_cue(
                window[0]
            )
            entries = _acceptable(window, gazetteer, strict=strict)
            if entries:
                yield _mention(window, entries)
                i += size
                break
        else:
            i += 1


def _acceptable(window: list[Token], gazetteer: Gazetteer, strict: bool) -> tuple[Entry, ...]:
    """The window's candidates when it reads as a place name (important ones only when strict)."""
    if not _looks_like_name(window):
        return ()
    entries = _lookup(gazetteer, _span_text(window))
    if strict:
        entries = tuple(e for e in entries if _important(e))
    return entries


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
        if not _looks_like_name(window):
            continue
        entries = _lookup(gazetteer, _span_text(window))
        cued = _after_place_cue(window[0])
        if not cued:
            entries = tuple(e for e in entries if _important(e) or e.kind == NAME_DEMONYM)
        if entries and (cued or not _sentence_initial_word(window)):
            return _mention(window, entries)
    return None


def _after_place_cue(token: Token) -> bool:
    """ "in X", "the village of X", "X" right after a locative preposition."""
    if token.i == 0:
        return False
    previous = token.nbor(-1)
    if previous.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    return (
        previous.lower_ == "of" and token.i > 1 and token.nbor(-2).lower_ in CITY_CUES | ADMIN1_CUES
    )


def _sentence_initial_word(window: list[Token]) -> bool:
    """A lone sentence-initial word that the tagger does not call a proper noun."""
    return len(window) == 1 and window[0].is_sent_start and window[0].pos_ != "PROPN"


def _strip_article(ent: SpacySpan) -> list[Token]:
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in {"the", "a", "an"} or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in {"'s", "’s", "'", "’"}):
        tokens = tokens[:-1]
    return tokens


def _looks_like_name(window: list[Token]) -> bool:
    """Starts and ends with a capitalised word, and is not a month, title or direction alone."""
    if not window or not _capitalised(window[0]) or not _capitalised(window[-1]):
        return False
    if len(window) == 1 and (window[0].lower_ in NOT_PLACES or window[0].is_stop):
        return False
    return not any(t.is_space or t.like_num for t in window)


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and (token.is_alpha or "." in token.text)


def _span_text(tokens: list[Token]) -> str:
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text  # Doc.text would rebuild the text


def _mention(tokens: list[Token], entries: tuple[Entry, ...]) -> Mention:
    demonym = bool(entries) and all(e.kind == NAME_DEMONYM for e in entries)
    end = tokens[-1].idx + len(tokens[-1].text)
    return Mention(tokens[0].idx, end, entries, demonym=demonym, head=tokens[-1].i)


def _lookup(gazetteer: Gazetteer, text: str) -> tuple[Entry, ...]:
    """Candidates for a surface form; an all-caps short form must be written in capitals."""
    entries = gazetteer.lookup(text)
    letters = len(text.replace(".", ""))
    if text.isupper() and letters <= 3:
        return tuple(e for e in entries if e.level in COUNTRY_LEVELS or e.kind == 1)
    if letters <= 4:  # "Act" is not "ACT"; short derived forms ("Free" State) mislead
        return tuple(
            e
            for e in entries
            if e.kind in (0, NAME_DEMONYM)
            or (e.kind == 1 and e.level.startswith("PPL") and _important(e))
        )
    return entries


def _important(entry: Entry) -> bool:
    return entry.level in IMPORTANT_LEVELS or entry.population >= IMPORTANT_POPULATION


# --- resolution --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Choice:
    entry: Entry
    score: float


def resolve_mentions(ctx: DocContext, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Place]:
    """Resolve every mention: one reading per name, then the metonymy check."""
    context = _ArticleContext.of(mentions)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[normalize(ctx.text[mention.start : mention.end])].append(mention)
    readings = {key: _rank(ctx, group, context) for key, group in groups.items()}
    places = []
    for mention in mentions:
        ranked = readings[normalize(ctx.text[mention.start : mention.end])]
        places.append(_place(ctx, gazetteer, mention, ranked))
    return places


@dataclass(frozen=True)
class _ArticleContext:
    """What the article's other names say: the countries and admin-1 units it mentions."""

    countries: frozenset[str]
    admin1_ids: frozenset[int]

    @classmethod
    def of(cls, mentions: list[Mention]) -> _ArticleContext:
        countries: set[str] = set()
        admin1: set[int] = set()
        for mention in mentions:
            named = {e.country for e in mention.entries}
            if len(named) == 1 and None not in named:
                countries |= named  # "Russia", "Russian", "the Russian Far East": one country
            for entry in mention.entries:
                if entry.level == "ADM1" and entry.kind == 0:
                    admin1.add(entry.id)
        return cls(frozenset(countries), frozenset(admin1))


def _rank(ctx: DocContext, group: list[Mention], context: _ArticleContext) -> list[_Choice]:
    """The group's candidates, best first, scored on prior, cues and article context."""
    entries = {e.id: e for m in group for e in m.entries}.values()
    cues = _cues(ctx, group)
    choices = [
        _Choice(e, _prior(e) + _cue_bonus(e, cues) + _context_bonus(e, context)) for e in entries
    ]
    return sorted(choices, key=lambda c: -c.score)


def _prior(entry: Entry) -> float:
    """How likely a bare mention of this name means this place, before context."""
    level_prior = {
        "PCLI": 4.0,
        "CONT": 3.5,
        "region": 6.0,
        "SEA": 6.0,
        "OCN": 6.0,
        "GULF": 5.0,
        "PPLC": 2.0,
        "ADM1": 1.0,
        "PPL": 0.5,
        "ADM2": -0.5,
    }.get(entry.level, 0.0)
    population = math.log10(entry.population + 1) / 2
    if entry.level in ADMIN_LEVELS:
        population -= 0.8  # a unit's population sums its towns; do not let it beat its capital
    kind_penalty = {0: 0.0, 1: -2.0, 2: -0.6, 3: 0.0}.get(entry.kind, 0.0)
    return level_prior + population + kind_penalty


FEATURE_CUES = CITY_CUES | ADMIN1_CUES | ADMIN2_CUES


def _cues(ctx: DocContext, group: list[Mention]) -> set[str]:
    """Feature-type words that name the type of any of the mentions.

    "the city of X", "X province", "X, the western Russian province", "X is a town".
    """
    cues: set[str] = set()
    doc = ctx.doc
    for mention in group:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
        after = [t.lower_ for t in doc[span.end : span.end + 6]]
        if len(before) == 2 and before[1] == "of" and before[0] in FEATURE_CUES:
            cues.add(before[0])
        if after[:1] and after[0] in FEATURE_CUES:
            cues.add(after[0])
        if after[:2] in (
            [",", "the"],
            [",", "a"],
            ["is", "a"],
            ["is", "the"],
            ["was", "a"],
            ["was", "the"],
        ):
            cues |= {w for w in after[2:] if w in FEATURE_CUES}
    return cues


def _cue_bonus(entry: Entry, cues: set[str]) -> float:
    if not cues:
        return 0.0
    if cues & CITY_CUES:
        return 3.0 if entry.level.startswith("PPL") else -2.0
    if cues & ADMIN1_CUES:
        return 3.0 if entry.level == "ADM1" else (1.0 if entry.level == "ADM2" else -2.0)
    return 3.0 if entry.level == "ADM2" else -1.0


def _context_bonus(entry: Entry, context: _ArticleContext) -> float:
    bonus = 0.0
    if entry.level not in COUNTRY_LEVELS and entry.country in context.countries:
        bonus += 1.5
    if entry.level != "ADM1" and entry.admin1_id in context.admin1_ids:
        bonus += 2.0
    return bonus


def _place(ctx: DocContext, gazetteer: Gazetteer, mention: Mention, ranked: list[_Choice]) -> Place:
    text = ctx.text[mention.start : mention.end]
    if not ranked:
        return Place(
            mention.start,
            mention.end,
            text,
            unresolved_reason="not in the gazetteer",
            demonym=mention.demonym,
        )
    best = ranked[0]
    ambiguous = _ambiguous(ranked)
    place = Place(
        start=mention.start,
        end=mention.end,
        text=text,
        name=best.entry.name,
        country=best.entry.country,
        admin1=best.entry.admin1,
        level=best.entry.level,
        lat=best.entry.lat,
        lon=best.entry.lon,
        gazetteer_id=best.entry.gazetteer_id,
        confidence=_confidence(ranked),
        ambiguous=ambiguous,
        demonym=mention.demonym,
        candidates=tuple(_candidate(c.entry) for c in ranked[:5]) if ambiguous else (),
    )
    return _with_role(ctx, gazetteer, mention, place, best.entry)


def _ambiguous(ranked: list[_Choice]) -> bool:
    """Two readings nearly as likely and far apart: say so rather than guess silently."""
    if len(ranked) < 2 or ranked[0].score - ranked[1].score > 0.5:
        return False
    return _distance_km(ranked[0].entry, ranked[1].entry) > 161


def _confidence(ranked: list[_Choice]) -> float:
    if len(ranked) == 1:
        return 0.9
    margin = ranked[0].score - ranked[1].score
    return round(0.5 + 0.45 * (1 - math.exp(-margin)), 2)


def _candidate(entry: Entry) -> Candidate:
    return Candidate(
        entry.name,
        entry.country,
        entry.admin1,
        entry.level,
        entry.lat,
        entry.lon,
        entry.gazetteer_id,
    )


def _distance_km(a: Entry, b: Entry) -> float:
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return 0.0
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


# --- metonymy ----------------------------------------------------------------------------------


def _with_role(
    ctx: DocContext, gazetteer: Gazetteer, mention: Mention, place: Place, entry: Entry
) -> Place:
    """Mark a country or capital that stands for its government or forces."""
    if (
        mention.demonym
        or entry.level not in {"PCLI", "PPLC"}
        or mention.head < 0
        or not entry.country
    ):
        return place
    if not is_metonymic(ctx.doc[mention.head]):
        return place
    country = entry if entry.level == "PCLI" else gazetteer.country(entry.country)
    return replace(place, role="actor", refers_to=country.name if country else entry.name)


def is_metonymic(token: Token) -> bool:
    """Subject of an acting verb, possessor of forces or positions, or agent of an action."""
    head = token.head
    if token.dep_ == "nsubj":
        return head.pos_ in {"VERB", "AUX"} and bool(_base_forms(head.lower_) & ACTOR_VERBS)
    if token.dep_ == "poss":
        return bool(_base_forms(head.lower_) & ACTOR_NOUNS)
    if token.dep_ == "pobj" and head.lower_ == "by":
        return head.dep_ == "agent" or head.head.pos_ == "NOUN"
    return False


def _base_forms(word: str) -> set[str]:
    """Possible base forms of an inflected word (the pipeline runs without a lemmatizer)."""
    forms = {word}
    for suffix, replacement in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.add(word[: -len(suffix)] + replacement)
    irregular = {
        "said": "say",
        "told": "tell",
        "sent": "send",
        "struck": "strike",
        "won": "win",
        "lost": "lose",
        "sought": "seek",
        "made": "make",
        "took": "take",
        "began": "begin",
        "shot": "shoot",
        "cut": "cut",
        "hit": "hit",
        "led": "lead",
        "fought": "fight",
        "bought": "buy",
        "sold": "sell",
        "paid": "pay",
        "left": "leave",
        "built": "build",
    }
    if word in irregular:
        forms.add(irregular[word])
    return forms
