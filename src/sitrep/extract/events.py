"""Events in one article: what happened (or is expected), who did it to whom, where, when, with what.

1. Find trigger words in each sentence (`find_triggers`), keeping those whose context fits: a
   deployment needs troops, a "hit" needs a weapon or an armed actor, a statement counts only
   when the sentence has nothing else.
2. Group a sentence's triggers by type: "missile strikes on Dnipro hit ..." is one attack.
3. Fill each event from its clause: actor and target (normalised by `sitrep.extract.actors`),
   place, date, weapons, casualties, quantities, supporting attributions, modality.
4. Merge restatements and photo captions into the event they repeat (`duplicate_of`).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sitrep.extract import event_lexicon as lex
from sitrep.extract.actors import country_name, country_of_word, normalize_actor
from sitrep.model import Attribution, Event, EventPlace, Place, Quantity, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sitrep.extract.context import DocContext

Modality = Literal["happened", "expected", "planned", "denied"]
logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

CLAUSE_BREAKS = frozenset({"ccomp", "parataxis", "csubj"})
GROUP_LINKS = frozenset({"xcomp", "conj", "aux", "auxpass"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
ACTOR_TRIM = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})
MODALS = frozenset({"could", "would", "will", "may", "might", "should", "'ll", "can", "shall"})
EXPECTING = frozenset(
    [
        "expected",
        "expect",
        "expects",
        "anticipated",
        "anticipate",
        "likely",
        "poised",
        "possible",
        "potential",
        "looming",
        "imminent",
        "upcoming",
        "feared",
        "predicted",
        "could",
        "would",
    ]
)
PLANNING = frozenset(
    [
        "plan",
        "plans",
        "planned",
        "planning",
        "intend",
        "intends",
        "intended",
        "agree",
        "agreed",
        "agrees",
        "decide",
        "decided",
        "pledge",
        "pledged",
        "promise",
        "promised",
        "vow",
        "vowed",
        "prepare",
        "prepared",
        "preparing",
        "aim",
        "aimed",
        "threaten",
        "threatened",
        "ready",
    ]
)
ANAPHORIC_PLACES = frozenset({"there", "region", "area", "city", "town", "province", "village"})
VIOLENT_TYPES = frozenset({"attack", "armed_clash", "seize_territory", "retake_territory", "other"})
DISRUPT_VERBS = frozenset(
    [
        "defuse",
        "defused",
        "defusing",
        "intercept",
        "intercepted",
        "intercepting",
        "thwart",
        "thwarted",
        "foil",
        "foiled",
        "seize",
        "seized",
        "seizing",
        "confiscate",
        "confiscated",
        "confiscating",
        "discover",
        "discovered",
        "discovering",
        "find",
        "found",
        "finding",
        "recover",
        "recovered",
        "dismantle",
        "dismantled",
        "shoot",
        "shot",
        "down",
        "downed",
        "neutralise",
        "neutralised",
        "neutralize",
        "neutralized",
    ]
)


@dataclass(frozen=True)
class Trigger:
    """A word that announces an event of `type`, at character offsets [start, end)."""

    type: str
    start: int
    end: int
    text: str
    base: str
    token: int  # index of the token in the Doc
    plover: str | None = None
    acled: str | None = None  # set when the trigger itself decides it ("Disrupted weapons use")


@dataclass
class _Draft:
    event: Event
    caption: bool
    trigger_start: int


def extract_events(
    ctx: DocContext,
    places: Sequence[Place] = (),
    times: Sequence[TimeExpr] = (),
    quantities: Sequence[Quantity] = (),
    attributions: Sequence[Attribution] = (),
) -> list[Event]:
    """The events of one article, restatements and captions pointing at what they repeat."""
    drafts: list[_Draft] = []
    for sent in ctx.sentences():
        triggers = _sentence_triggers(sent)
        for group in _group_by_type(triggers):
            event = _build_event(ctx, sent, group, places, times, quantities, attributions)
            drafts.append(_Draft(event, ctx.in_caption(event.start, event.end), group[0].start))
    return _merge_restatements(drafts)


def find_triggers(ctx: DocContext) -> list[Trigger]:
    """Every trigger kept in the article, one per word (what a trigger F1 is measured on)."""
    return [t for sent in ctx.sentences() for t in _sentence_triggers(sent)]


# --- 1. triggers ------------------------------------------------------------------------------


def _sentence_triggers(sent: SpacySpan) -> list[Trigger]:
    words = {t.text.lower() for t in sent}
    text = sent.text
    found = [t for t in (_trigger_at(token, words, text) for token in sent) if t is not None]
    main = [t for t in found if t.base not in lex.LOW_PRIORITY]
    if main:
        found = main
    if found:
        return found
    statement = _statement_trigger(sent)
    return [statement] if statement else []


def _trigger_at(token: Token, words: set[str], sentence: str) -> Trigger | None:
    low = token.text.lower()
    if token.tag_.startswith("VB"):
        found = _verb_trigger(token, low)
    elif token.tag_.startswith("NN") and token.dep_ != "compound" and low in lex.NOUNS:
        found = (lex.NOUNS[low], low, None)
    else:
        return None
    if found is None:
        return None
    event_type, base, acled = found
    if not _context_fits(token, event_type, base, words, sentence):
        return None
    return Trigger(
        event_type, token.idx, token.idx + len(token.text), token.text, base, token.i, acled=acled
    )


def _verb_trigger(token: Token, low: str) -> tuple[str, str, str | None] | None:
    if low in lex.PHRASAL_BASES:
        base = lex.PHRASAL_BASES[low]
        for child in token.children:
            phrasal = lex.PHRASAL.get((base, child.text.lower()))
            if phrasal:
                return phrasal, f"{base} {child.text.lower()}", None
    if low in DISRUPT_VERBS and (low not in ("shoot", "shot") or _has_child(token, "down")):
        if _objects(token) & lex.WEAPON_OBJECTS:
            return "other", low, "Disrupted weapons use"
    if low not in lex.VERB_INDEX:
        return None
    event_type, base = lex.VERB_INDEX[low]
    return _retype_by_object(token, event_type, base)


def _has_child(token: Token, word: str) -> bool:
    return any(c.text.lower() == word for c in token.children)


def _retype_by_object(
    token: Token, event_type: str, base: str
) -> tuple[str, str, str | None] | None:
    """Seizing weapons is a disrupted weapons use, capturing people an arrest, sending arms aid."""
    objects = _objects(token)
    if event_type in ("seize_territory", "retake_territory"):
        if objects & lex.WEAPON_OBJECTS:
            return "other", base, "Disrupted weapons use"
        if base in ("seize", "capture", "take", "free") and objects & lex.PERSON_OBJECTS:
            return ("arrest", base, None) if base != "free" else None
    if event_type == "deploy" and base == "send" and not objects & lex.MILITARY:
        return ("aid", base, None) if objects & lex.AID_OBJECTS else None
    return event_type, base, None


def _objects(token: Token) -> set[str]:
    """Lower-cased words of the token's objects (active) or of its subject (passive)."""
    deps = {"dobj", "nsubjpass", "attr", "oprd", "dative"}
    words: set[str] = set()
    for child in token.children:
        if child.dep_ in deps or (child.dep_ == "prep" and child.text.lower() in ("of", "over")):
            words |= {t.text.lower() for t in child.subtree}
    if token.dep_ in ("acl", "relcl") and token.head.tag_.startswith("NN"):
        words.add(token.head.text.lower())
    return words


def _context_fits(token: Token, event_type: str, base: str, words: set[str], sentence: str) -> bool:
    cues = words - {token.text.lower()}
    if base in lex.WEAK_TRIGGERS and not cues & lex.CONFLICT_CUES:
        return False
    risky = lex.WEAK_TRIGGERS | lex.EXPLOSION_WORDS
    if event_type in ("attack", "armed_clash") and base in risky and lex.DISASTER.search(sentence):
        return False
    if token.tag_.startswith("NN") and event_type in ("attack", "armed_clash", "abduction"):
        claim = lex.ATTRIBUTION.search(sentence)
        if claim and token.idx - token.sent.start_char >= claim.start():
            return False
    if event_type in ("deploy", "train"):
        return _has_military_theme(token, base)
    if event_type == "seize_territory" and token.tag_ == "VBN" and token.dep_ in ("acl", "amod"):
        return False  # "territory occupied by Ukraine" describes a state, not an event
    if event_type in ("seize_territory", "retake_territory") and base in lex.WEAK_TRIGGERS | {
        "free",
        "recover",
    }:
        return bool(_objects(token) & lex.TERRITORY) or any(
            c.ent_type_ in ("GPE", "LOC", "FAC") for c in _object_tokens(token)
        )
    if event_type == "aid":
        return bool(_objects(token) & lex.AID_OBJECTS) or "$" in sentence
    if event_type == "agreement" and base == "sign":
        return bool(_objects(token) & lex.AGREEMENT_OBJECTS)
    if event_type == "agreement" and base == "agree":
        return not any(c.dep_ == "xcomp" and _has_trigger_word(c) for c in token.children)
    if event_type == "sanction" and base == "expel":
        return True
    return True


def _object_tokens(token: Token) -> Iterable[Token]:
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            yield from child.subtree


def _has_trigger_word(token: Token) -> bool:
    low = token.text.lower()
    return low in lex.VERB_INDEX or low in lex.PHRASAL_BASES


def _has_military_theme(token: Token, base: str) -> bool:
    """Deployments and training need troops (or a base being set up) around the trigger."""
    if base == "set up" or base == "establish":
        return bool(lex.HQ.search(token.sent.text))
    related = [token]
    related += [c for c in token.children if c.dep_ in SUBJECTS | {"dobj", "agent", "poss", "nmod"}]
    if token.dep_ in ("acl", "relcl", "amod") or (
        token.dep_ in SUBJECTS | {"dobj"} and token.tag_.startswith("NN")
    ):
        related.append(token.head)
    head = token
    while head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        head = head.head
        related += [c for c in head.children if c.dep_ in SUBJECTS]
    words = {t.text.lower() for r in related for t in (r.subtree if r.i != token.i else [r])}
    words |= {c.text.lower() for c in token.children}
    return bool(words & lex.MILITARY)


def _statement_trigger(sent: SpacySpan) -> Trigger | None:
    for token in sorted(sent, key=lambda t: (t.dep_ != "ROOT", t.i)):
        entry = lex.STATEMENT_INDEX.get(token.text.lower())
        if entry and token.tag_.startswith("VB") and token.dep_ not in ("acl", "amod", "relcl"):
            event_type, plover, base = entry
            return Trigger(
                event_type,
                token.idx,
                token.idx + len(token.text),
                token.text,
                base,
                token.i,
                plover,
            )
    return None


def _group_by_type(triggers: list[Trigger]) -> list[list[Trigger]]:
    groups: dict[str, list[Trigger]] = {}
    for trigger in triggers:
        groups.setdefault(trigger.type, []).append(trigger)
    return sorted(groups.values(), key=lambda g: g[0].start)


# --- 2-3. one event from its triggers -----------------------------------------------------------


def _build_event(
    ctx: DocContext,
    sent: SpacySpan,
    group: list[Trigger],
    places: Sequence[Place],
    times: Sequence[TimeExpr],
    quantities: Sequence[Quantity],
    attributions: Sequence[Attribution],
) -> Event:
    doc = sent.doc
    main = min(group, key=lambda t: (_depth(doc[t.token]), t.start))
    anchors = [_anchor(doc[t.token]) for t in group]
    clause = set().union(*(_clause(a) for a in anchors)) | {t.token for t in group}
    verb_group = set().union(*(_verb_group(a) for a in anchors))
    start = min(doc[i].idx for i in clause)
    end = max(doc[i].idx + len(doc[i].text) for i in clause)
    anchor = _anchor(doc[main.token])
    scope = _scope(anchor)
    actor = _actor(doc[main.token], anchor, places)
    place = _place(ctx, sent, clause, verb_group, main, places)
    if place is None and main.type in VIOLENT_TYPES:
        place = _place(ctx, sent, scope, set(), main, places)
    weapons = _weapons(doc, clause) or (_weapons(doc, scope) if main.type in VIOLENT_TYPES else ())
    target = _target(doc, group, anchors, verb_group, actor, place, places)
    subject = _subject_token(anchor)
    acled = main.acled or lex.acled_subtype(
        main.type, sent.text, _phrase(subject) if subject is not None else ""
    )
    if acled is None and main.type == "attack":
        acled = "Attack"
    killed, killed_hedge, injured, injured_hedge = _casualties(doc, sent, main.type, quantities)
    return Event(
        start=start,
        end=end,
        type=main.type,
        acled=acled,
        plover=main.plover or lex.plover_type(main.type, weapons, acled),
        actor=actor,
        target=target,
        place=place,
        date=_date(doc, clause, verb_group, main, times),
        weapon=weapons,
        killed=killed,
        injured=injured,
        quantities=tuple(i for i, q in enumerate(quantities) if _inside(doc, q.start, clause)),
        attributions=tuple(
            i for i, a in enumerate(attributions) if a.claim.start <= main.start < a.claim.end
        ),
        confidence=_confidence(main, actor, place),
        modality=_modality(doc, main, attributions),
        trigger=main.text,
        killed_hedge=killed_hedge,
        injured_hedge=injured_hedge,
    )


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def _scope(token: Token) -> set[int]:
    """The whole clause the trigger belongs to, up to (and including) an embedded report."""
    while token.dep_ not in CLAUSE_BREAKS and token.head.i != token.i:
        if token.head.text.lower() in lex.REPORTING_VERBS:
            break
        token = token.head
    return {t.i for t in token.subtree}


def _anchor(token: Token) -> Token:
    """The verb a noun trigger hangs on when that verb only carries it ("conduct strikes")."""
    if (
        token.tag_.startswith("NN")
        and token.dep_ in ("dobj", "nsubjpass")
        and token.head.text.lower() in lex.LIGHT_VERBS
    ):
        return token.head
    return token


def _clause(token: Token) -> set[int]:
    """Token indices of the trigger's clause, without embedded reports or coordinated clauses."""
    keep = {token.i}
    for child in token.children:
        if child.dep_ in CLAUSE_BREAKS or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
            continue
        keep |= {t.i for t in child.subtree}
    return keep


def _verb_group(token: Token) -> set[int]:
    """The trigger and the verbs it is chained to ("managed to claw back", "set ... and managed")."""
    group = {token.i}
    current = token
    while current.dep_ in GROUP_LINKS and current.head.i != current.i:
        current = current.head
        group.add(current.i)
    return group


def _subject_token(token: Token) -> Token | None:
    current = token
    while True:
        for child in current.children:
            if child.dep_ == "nsubj":
                if child.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                    return current.head
                return child
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                return objs[0] if objs else None
        if current.dep_ in ("acl",) and current.head.tag_.startswith("NN"):
            return current.head
        if current.dep_ not in ("xcomp", "conj", "advcl", "pcomp") or current.head.i == current.i:
            return None
        current = current.head


def _phrase(token: Token) -> str:
    """The words of a noun phrase, without its relative clauses and appositions."""
    skip: set[int] = set()
    for child in token.children:
        if child.dep_ in ACTOR_TRIM:
            skip |= {t.i for t in child.subtree}
    return "".join(t.whitespace_ if t.i in skip else t.text_with_ws for t in token.subtree).strip()


def _actor(trigger: Token, anchor: Token, places: Sequence[Place]) -> str | None:
    subject = _subject_token(anchor)
    if trigger.tag_.startswith("NN") and anchor.i == trigger.i:
        left = [t for t in trigger.subtree if t.i < trigger.i]
        by = [c for c in trigger.children if c.dep_ == "prep" and c.text.lower() == "by"]
        candidates = [" ".join(t.text for t in left)] + [_phrase(b) for b in by]
        for text in candidates:
            name = normalize_actor(text) if text else None
            if name:
                return name
        if trigger.dep_ in ("dobj", "pobj", "nsubj"):
            subject = _subject_token(trigger.head) if trigger.dep_ == "dobj" else None
    if subject is None and anchor.tag_.startswith("VB"):
        themes = [c for c in anchor.children if c.dep_ in ("nsubjpass", "dobj")]
        if themes and {t.text.lower() for t in themes[0].subtree} & lex.MILITARY:
            subject = themes[0]
    if subject is None or subject.tag_ in ("PRP", "PRP$"):
        return None
    metonym = _metonym(subject, places)
    return metonym or normalize_actor(_phrase(subject))


def _metonym(token: Token, places: Sequence[Place]) -> str | None:
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    for place in places:
        if place.role == "actor" and place.refers_to and start <= place.start < end:
            return normalize_actor(place.refers_to) or place.refers_to
    return None


TARGET_PREPS = {
    "attack": ("on", "against", "at", "into", "in"),
    "armed_clash": ("with", "against"),
    "seize_territory": ("from",),
    "retake_territory": ("from",),
    "train": ("alongside", "with"),
    "aid": ("to", "for"),
    "sanction": ("on", "against"),
    "arrest": (),
    "abduction": (),
}


def _target(
    doc: object,
    group: list[Trigger],
    anchors: list[Token],
    verb_group: set[int],
    actor: str | None,
    place: EventPlace | None,
    places: Sequence[Place],
) -> str | None:
    event_type = group[0].type
    if event_type not in TARGET_PREPS:
        return None
    preps = TARGET_PREPS[event_type]
    tokens = [doc[t.token] for t in group] + anchors  # type: ignore[index]
    for token in tokens:
        for child in token.children:
            phrase = None
            if (
                (child.dep_ in ("dobj", "dative") and event_type not in ("train",))
                or (child.dep_ == "nsubjpass" and event_type in ("attack", "arrest", "abduction"))
                or (child.dep_ == "prep" and child.text.lower() in preps)
            ):
                phrase = child
            if phrase is not None:
                name = _metonym(phrase, places) or normalize_actor(
                    " ".join(t.text for t in phrase.subtree)
                )
                if name and name != actor:
                    return name
    if event_type in ("attack", "seize_territory") and place and place.country:
        name = country_name(place.country)
        if name and name != actor:
            return name
    if event_type in ("attack", "seize_territory", "retake_territory"):
        return _other_actor(doc, verb_group, tokens, actor, places)
    return None


def _other_actor(
    doc: object,
    verb_group: set[int],
    tokens: list[Token],
    actor: str | None,
    places: Sequence[Place],
) -> str | None:
    """A country named in the event's clauses that is not the actor ("on Kyiv's positions")."""
    seen: set[int] = set()
    for i in sorted(verb_group) + [t.i for t in tokens]:
        verb = doc[i]  # type: ignore[index]
        for child in verb.children:
            if child.dep_ in SUBJECTS | CLAUSE_BREAKS | {"conj", "advcl"}:
                continue
            for word in child.subtree:
                if word.i in seen:
                    continue
                seen.add(word.i)
                name = _metonym(word, places) if word.dep_ == "poss" else None
                name = name or (country_of_word(word.text) if word.text[:1].isupper() else None)
                if name and name != actor:
                    return name
    return None


def _place(
    ctx: DocContext,
    sent: SpacySpan,
    clause: set[int],
    verb_group: set[int],
    trigger: Trigger,
    places: Sequence[Place],
) -> EventPlace | None:
    doc = sent.doc
    inside = [p for p in places if p.role == "location" and _inside(doc, p.start, clause)]
    if inside:
        best = min(inside, key=lambda p: (p.start < trigger.start, abs(p.start - trigger.start)))
        return _event_place(best)
    words = {doc[i].text.lower() for i in clause | _group_children(doc, verb_group)}
    if words & ANAPHORIC_PLACES:
        earlier = [
            p
            for p in places
            if p.role == "location"
            and p.end <= sent.start_char
            and p.level not in ("PCLI", "PCL")
            and sent.start_char - p.start < 1500
            and not ctx.in_caption(p.start, p.end)
        ]
        if earlier:
            return _event_place(earlier[-1])
    return None


def _group_children(doc: object, verb_group: set[int]) -> set[int]:
    found: set[int] = set()
    for i in verb_group:
        for child in doc[i].children:  # type: ignore[index]
            if child.dep_ in ("advmod", "npadvmod", "prep"):
                found |= {t.i for t in child.subtree}
    return found


def _event_place(place: Place) -> EventPlace:
    return EventPlace(
        name=place.name or place.text,
        lat=place.lat,
        lon=place.lon,
        level=place.level,
        country=place.country,
        admin1=place.admin1,
        gazetteer_id=place.gazetteer_id,
    )


def _inside(doc: object, char: int, tokens: set[int]) -> bool:
    span = doc.char_span(char, char + 1, alignment_mode="expand")  # type: ignore[attr-defined]
    return span is not None and len(span) > 0 and span[0].i in tokens


def _date(
    doc: object, clause: set[int], verb_group: set[int], trigger: Trigger, times: Sequence[TimeExpr]
) -> str | None:
    usable = [
        t for t in times if t.value and t.kind in ("date", "time") and not t.value.endswith("_REF")
    ]
    for scope in (clause, _group_children(doc, verb_group) - clause):
        inside = [t for t in usable if _inside(doc, t.start, scope)]
        if inside:
            return min(inside, key=lambda t: abs(t.start - trigger.start)).value
    return None


def _weapons(doc: object, clause: set[int]) -> tuple[str, ...]:
    found: list[str] = []
    for i in sorted(clause):
        token = doc[i]  # type: ignore[index]
        weapon = lex.WEAPONS.get(token.text.lower())
        if weapon is None or weapon in found:
            continue
        if (
            token.dep_ == "compound"
            and token.head.text.lower() not in lex.NOUNS
            and token.head.text.lower() not in lex.WEAPONS
        ):
            continue
        found.append(weapon)
    return tuple(found)


def _casualties(
    doc: object, sent: SpacySpan, event_type: str, quantities: Sequence[Quantity]
) -> tuple[float | None, str | None, float | None, str | None]:
    if event_type not in VIOLENT_TYPES | {"protest", "abduction"}:
        return None, None, None, None
    killed = injured = None
    killed_hedge = injured_hedge = None
    for q in quantities:
        if not (sent.start_char <= q.start < sent.end_char):
            continue
        value = q.value if q.value is not None else (q.low if q.low is not None else q.high)
        measure = q.measure or q.unit
        if measure == "killed" and killed is None:
            killed, killed_hedge = value, q.hedge
        elif measure == "injured" and injured is None:
            injured, injured_hedge = value, q.hedge
    return killed, killed_hedge, injured, injured_hedge


def _modality(doc: object, trigger: Trigger, attributions: Sequence[Attribution]) -> Modality:
    token = doc[trigger.token]  # type: ignore[index]
    if any(
        a.certainty == "denied" and a.claim.start <= trigger.start < a.claim.end
        for a in attributions
    ):
        return "denied"
    chain = [token]
    current = token
    while (
        current.dep_ in ("xcomp", "conj", "pcomp", "dobj", "pobj", "prep")
        or (current.dep_ == "advcl" and current.tag_ == "VB")
    ) and current.head.i != current.i:
        current = current.head
        chain.append(current)
    for link in chain:
        children = [c.text.lower() for c in link.children]
        if any(c.dep_ == "neg" for c in link.children):
            return "denied"
        if link.i != token.i and link.text.lower() in PLANNING:
            return "planned"
        if link.i != token.i and link.text.lower() in EXPECTING:
            return "expected"
        if MODALS & set(children) and any(c.dep_ == "aux" for c in link.children):
            return "expected"
        if token.tag_.startswith("NN") and link.i == token.i and EXPECTING & set(children):
            return "expected"
    return "happened"


def _confidence(trigger: Trigger, actor: str | None, place: EventPlace | None) -> float:
    score = 0.5 if trigger.type in ("statement", "other") else 0.6
    return round(score + 0.15 * (actor is not None) + 0.15 * (place is not None), 2)


# --- 4. restatements and captions -------------------------------------------------------------


def _merge_restatements(drafts: list[_Draft]) -> list[Event]:
    events: list[Event] = []
    for draft in drafts:
        event = draft.event
        original = _repeated(events, event, draft.caption)
        if original is None:
            if draft.caption:
                continue  # a caption never adds an event of its own
            events.append(event)
            continue
        events[original] = _fill_from(events[original], event, draft.caption)
        events.append(dataclasses.replace(event, duplicate_of=original))
    return events


def _repeated(events: list[Event], event: Event, caption: bool) -> int | None:
    if event.type in ("statement", "other"):
        return None
    for i, earlier in enumerate(events):
        if earlier.duplicate_of is not None or earlier.type != event.type:
            continue
        same_place = _same(_place_name(earlier), _place_name(event))
        same_actor = _same(earlier.actor, event.actor)
        if same_place is False or same_actor is False:
            continue
        if caption and (same_place or same_actor):
            return i
        if earlier.modality != event.modality or _same(earlier.date, event.date) is False:
            continue
        if same_place and (same_actor or same_actor is None):
            return i
    return None


def _same(a: str | None, b: str | None) -> bool | None:
    """True or False when both are known, None when either is missing."""
    if a is None or b is None:
        return None
    return a == b


def _place_name(event: Event) -> str | None:
    return event.place.name if event.place else None


def _fill_from(original: Event, repeat: Event, caption: bool) -> Event:
    """Give the first report what its restatement adds (a date, a place); captions add nothing."""
    if caption:
        return original
    return dataclasses.replace(
        original,
        date=original.date or repeat.date,
        place=original.place or repeat.place,
        actor=original.actor or repeat.actor,
        quantities=original.quantities or repeat.quantities,
    )
