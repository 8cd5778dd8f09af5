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
from sitrep.extract import event_policy as policy
from sitrep.extract import event_types as types
from sitrep.extract.actors import spelled_out
from sitrep.extract.datelines import dateline_length
from sitrep.extract.event_arguments import (
    CLAUSE_BREAKS,
    COUNTRY_LEVELS,
    SUBJECTS,
    VIOLENT_TYPES,
    _actor,
    _casualties,
    _confidence,
    _date,
    _inside,
    _modality,
    _phrase,
    _place,
    _speaker_actor,
    _subject_token,
    _target,
    _weapons,
    unnamed_attacker,
)
from sitrep.extract.event_merge import Draft, merge_restatements
from sitrep.extract.event_tolls import TOLL_TYPES, with_following_toll
from sitrep.model import Attribution, Event, Place, Quantity, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sitrep.extract.context import DocContext

Modality = Literal["happened", "expected", "planned", "denied"]
logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

GROUP_LINKS = frozenset({"xcomp", "conj", "aux", "auxpass"})


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


def extract_events(
    ctx: DocContext,
    places: Sequence[Place] = (),
    times: Sequence[TimeExpr] = (),
    quantities: Sequence[Quantity] = (),
    attributions: Sequence[Attribution] = (),
) -> list[Event]:
    """The events of one article, restatements and captions pointing at what they repeat.

    Which mentions count is `sitrep.extract.event_policy`; captions and restatements are linked
    by `sitrep.extract.event_merge`.
    """
    drafts: list[Draft] = []
    previous: list[Draft] = []  # the drafts of the sentence before, for a toll told after them
    for sent in ctx.sentences():
        violent = [d for d in previous if d.event.type in TOLL_TYPES and not d.caption]
        previous = []
        triggers = _sentence_triggers(sent, ledger=True)
        groups = _group_by_type(triggers)
        # a toll anywhere in the sentence belongs to its only violent event; with several, each
        # takes the counts inside its own clause ("struck targets ... and two soldiers were killed")
        shared = sum(g[0].type in VIOLENT_TYPES for g in groups) <= 1
        events = [
            _build_event(ctx, sent, group, places, times, quantities, attributions, shared)
            for group in groups
        ]
        for event, group in zip(_territory_first(events), groups, strict=True):
            if (
                event.modality == "expected"
                and not main_plover(group)
                and not _concrete(sent, event)
            ):
                continue  # a hypothetical with nothing concrete ("Russia could escalate")
            main = min(group, key=lambda t: (_depth(sent.doc[t.token]), t.start))
            event = _side_from_before(event, sent.doc[main.token], violent)
            previous.append(
                Draft(
                    event,
                    ctx.in_caption(event.start, event.end),
                    group[0].start,
                    policy.back_reference(sent.doc[main.token]),
                )
            )
        if (
            len(violent) == 1
            and not any(d.event.type in VIOLENT_TYPES for d in previous)
            and not ctx.in_caption(sent.start_char, sent.end_char)
        ):
            violent[0].event = with_following_toll(violent[0].event, sent, quantities, places)
        drafts.extend(previous)
    return [
        dataclasses.replace(
            e, actor=spelled_out(e.actor, ctx.text), target=spelled_out(e.target, ctx.text)
        )
        for e in merge_restatements(drafts)
    ]


def _side_from_before(event: Event, trigger: Token, before: list[Draft]) -> Event:
    """An attack whose subject names no side ("Helicopters then fired on survivors") continues
    the attack of the sentence before, by the same side."""
    if event.type not in TOLL_TYPES or event.actor is not None or len(before) != 1:
        return event
    if before[0].event.actor is None or not unnamed_attacker(_anchor(trigger)):
        return event
    actor = before[0].event.actor
    target = event.target if event.target != actor else None  # a side does not attack itself
    return dataclasses.replace(event, actor=actor, target=target)


def main_plover(group: list[Trigger]) -> str | None:
    """The PLOVER code a statement-act trigger carries (its own act, not a future event)."""
    return group[0].plover


def _concrete(sent: SpacySpan, event: Event) -> bool:
    """A date or a place, from the other extractors or, without them, from the parser's entities."""
    if event.date or event.place:
        return True
    return any(
        ent.label_ in ("DATE", "TIME", "GPE", "LOC", "FAC")
        and event.start <= ent.start_char < event.end
        for ent in sent.ents
    )


def _territory_first(events: list[Event]) -> list[Event]:
    """A battle told with the ground it won is, for ACLED, that territorial change."""
    gains = [
        e.acled
        for e in events
        if e.type in ("seize_territory", "retake_territory") and e.modality == "happened"
    ]
    if not gains or not gains[0]:
        return events
    return [
        dataclasses.replace(e, acled=gains[0])
        if e.type == "armed_clash" and e.acled == "Armed clash"
        else e
        for e in events
    ]


def find_triggers(ctx: DocContext) -> list[Trigger]:
    """Every event-denoting trigger in the article, one per word (what a trigger F1 is measured on).

    Words that name an outcome ("killed": a death), an aim ("to target") or the participants
    ("protesters") help to build and type events but do not denote an event of their own (KAIROS
    annotates "killed" as Life.Die), so they are left out here.
    """
    found: list[Trigger] = []
    for sent in ctx.sentences():
        if not any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue  # a heading or list item ("* 2014 Bagram Airfield bombing") names, not reports
        for trigger in _sentence_triggers(sent):
            token = sent.doc[trigger.token]
            if trigger.text.lower() in lex.NON_EVENT_WORDS:
                continue
            if (
                token.tag_ == "VB"
                and any(c.tag_ == "TO" for c in token.children)
                and token.head.text.lower() not in lex.ASPECTUAL
            ):
                continue  # "deployed to repel incursions": an aim, not an event
            if token.tag_.startswith("VB") and token.dep_ == "amod":
                continue  # "the stricken city": a state
            if trigger.base in ("raid", "raids") and policy.police_raid(token):
                continue  # a police raid is a search (Justice), not an attack
            found.append(trigger)
    return found


# --- 1. triggers ------------------------------------------------------------------------------


def _sentence_triggers(sent: SpacySpan, ledger: bool = False) -> list[Trigger]:
    """The sentence's triggers; with `ledger`, only mentions the event policy keeps."""
    words = {t.text.lower() for t in sent}
    text = sent.text
    found = [t for t in (_trigger_at(token, words, text) for token in sent) if t is not None]
    if ledger:
        found = [t for t in found if policy.drop_reason(sent.doc[t.token]) is None]
    main = [t for t in found if t.base not in lex.LOW_PRIORITY]
    if main:
        found = main
    if found:
        return found
    statement = _statement_trigger(sent)
    token = sent.doc[statement.token] if statement else None
    if (
        token is not None
        and ledger
        and (policy.open_question(token) or policy.purpose_clause(token))
    ):
        return []
    return [statement] if statement else []


def _trigger_at(token: Token, words: set[str], sentence: str) -> Trigger | None:
    low = token.text.lower()
    if token.tag_.startswith("VB"):
        found = _verb_trigger(token, low)
    elif token.tag_.startswith("NN") and low in lex.NOUNS and policy.not_modifier(token):
        if low == "march" and (token.text[0].isupper() or token.ent_type_ == "DATE"):
            return None  # the month
        found = (lex.NOUNS[low], low, None)
    else:
        return None
    if found is None:
        return None
    event_type, base, acled = found
    if event_type == "armed_clash" and any(
        c.dep_ == "nsubj" and lex.NOUNS.get(c.text.lower()) == "protest" for c in token.children
    ):
        event_type = "protest"  # "protesters clash with police": a demonstration turned violent
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
    shot_down = low not in ("shoot", "shot") or _has_child(token, "down")
    if low in lex.DISRUPT_VERBS and shot_down and _objects(token) & lex.WEAPON_OBJECTS:
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
        heads = {c.text.lower() for c in token.children if c.dep_ in ("dobj", "nsubjpass")}
        if heads & lex.TERRITORY:
            return event_type, base, None  # "captured two rebel camps": ground, not people
        if base in ("seize", "capture", "take", "free") and heads & lex.PERSON_OBJECTS:
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
    if (
        event_type in ("attack", "armed_clash")
        and base in risky
        and types.DISASTER.search(sentence)
    ):
        return False
    if base in lex.WEAPON_MOVERS:
        aimed = base != "launch" or any(
            c.dep_ == "prep" and c.text.lower() in lex.AIMING_PREPS for c in token.children
        )
        return aimed and bool(_objects(token) & lex.WEAPON_OBJECTS)
    if event_type in ("deploy", "train"):
        return _has_military_theme(token, base)
    if event_type == "seize_territory" and token.tag_ == "VBN" and token.dep_ in ("acl", "amod"):
        return False  # "territory occupied by Ukraine" describes a state, not an event
    if event_type in ("seize_territory", "retake_territory") and base in lex.WEAK_TRIGGERS | {
        "free",
        "recover",
        "seize",
        "seizure",
        "hand over",
    }:
        if base == "hand over":  # suspects are handed over too; ground must be named
            return bool(_objects(token) & lex.TERRITORY)
        return bool(_objects(token) & lex.TERRITORY) or any(
            c.ent_type_ in ("GPE", "LOC", "FAC") for c in _object_tokens(token)
        )
    if event_type == "aid":
        if token.tag_.startswith("NN") and not policy.aid_given(token):
            return False
        return policy.concrete_aid(token, _objects(token), sentence)
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
        return bool(types.HQ.search(token.sent.text))
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
    """A statement act when the sentence has no other event (policy rule 6 in `event_policy`).

    A verb that is itself an act ("warned", "rejected", "agreed", "expelled") wins over a
    reporting verb, wherever it stands ("Yemen has rejected a request, an official said"); a bare
    reporting verb gives a statement only when what it reports is a demand, refusal, threat or
    promise ("said Sudan must return the helicopter": DEMAND).
    """
    acts, reports = [], []
    for token in sent:
        if not token.tag_.startswith("VB") or token.dep_ in ("acl", "amod", "relcl"):
            continue
        entry = lex.STATEMENT_INDEX.get(token.text.lower())
        if entry and entry[1] is not None:
            acts.append((token, entry))
        elif entry or token.text.lower() in lex.REPORTING_VERBS | lex.DECLARING_VERBS:
            reports.append(token)
    if acts:
        token, (event_type, plover, base) = min(acts, key=lambda a: (_depth(a[0]), a[0].i))
        if base == "block" and _objects(token) & lex.ROAD_OBJECTS:
            event_type, plover = "protest", "PROTEST"  # "blocked roads": a demonstration
        promised = policy.clause_act(token)  # "will not accept": a refusal, "would allow": AGREE
        if promised:
            event_type, plover = "statement", promised
        return _statement(token, event_type, base, plover)
    for token in sorted(reports, key=lambda t: (_depth(t), t.i)):
        plover = policy.reported_act(token)
        if plover:
            return _statement(token, "statement", token.text.lower(), plover)
    noun = next(
        (
            t
            for t in sent
            if t.text.lower() in lex.ACT_NOUNS and t.pos_ == "NOUN" and policy.act_noun_used(t)
        ),
        None,
    )
    if noun is not None and any(t.pos_ in ("VERB", "AUX") for t in sent):
        event_type, plover = lex.ACT_NOUNS[noun.text.lower()]
        return _statement(noun, event_type, noun.text.lower(), plover)
    return None


def _statement(token: Token, event_type: str, base: str, plover: str | None) -> Trigger:
    end = token.idx + len(token.text)
    return Trigger(event_type, token.idx, end, token.text, base, token.i, plover)


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
    sentence_toll: bool = True,
) -> Event:
    doc = sent.doc
    main = min(group, key=lambda t: (_depth(doc[t.token]), t.start))
    anchors = [_anchor(doc[t.token]) for t in group]
    filed = sent.start_char + dateline_length(sent.text)  # where a dateline ends, if any
    clause = {i for i in set().union(*(_clause(a) for a in anchors)) if doc[i].idx >= filed}
    clause |= {t.token for t in group}
    verb_group = set().union(*(_verb_group(a) for a in anchors))
    words = [i for i in clause if not doc[i].is_space] or sorted(clause)
    start = min(doc[i].idx for i in words)
    end = max(doc[i].idx + len(doc[i].text) for i in words)
    anchor = _anchor(doc[main.token])
    scope = _scope(anchor)
    actor = _actor(doc[main.token], anchor, places) or _speaker_actor(
        anchor, main.start, attributions
    )
    place = _place(ctx, sent, clause, verb_group, main, places)
    if (place is None or place.level in COUNTRY_LEVELS) and main.type in VIOLENT_TYPES:
        # "A Myanmar junta airstrike killed 40 in Sagaing": a noun event's verb tells where
        host = _place(ctx, sent, _subject_host(doc[main.token]), set(), main, places)
        place = host if host is not None and host.level not in COUNTRY_LEVELS else place
    if place is None and main.type in VIOLENT_TYPES:
        place = _place(ctx, sent, scope, set(), main, places)
    weapons = _weapons(doc, clause) or (_weapons(doc, scope) if main.type in VIOLENT_TYPES else ())
    target = _target(doc, group, anchors, verb_group, actor, place, places)
    subject = _subject_token(anchor)
    acled = main.acled or types.acled_subtype(
        main.type, sent.text, _phrase(subject) if subject is not None else ""
    )
    if acled is None and main.type == "attack":
        acled = "Attack"
    if _only_claimed(doc[main.token]):
        acled = None  # "claimed responsibility for the attack": the claim is the news, not coded
    own = clause | _host_clause(doc[main.token])
    counted = [q for q in quantities if sentence_toll or _inside(doc, q.start, own)]
    killed, killed_hedge, injured, injured_hedge = _casualties(doc, sent, main.type, counted)
    return Event(
        start=start,
        end=end,
        type=main.type,
        acled=acled,
        plover=main.plover or types.plover_type(main.type, weapons, acled),
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


def _subject_host(token: Token) -> set[int]:
    """The clause of the verb a noun event is the subject of ("an airstrike killed ...")."""
    if token.tag_.startswith("NN") and token.dep_ in ("nsubj", "nsubjpass"):
        return _clause(token.head) - {t.i for t in token.subtree}
    return set()


def _host_clause(token: Token) -> set[int]:
    """For a noun event inside a verb's phrase ("two soldiers were killed in fighting"), that
    verb's clause, where the toll is told."""
    if not (token.tag_.startswith("NN") and token.dep_ == "pobj"):
        return set()
    verb = token.head.head
    return _clause(verb) if verb.tag_.startswith("VB") else set()


def _only_claimed(token: Token) -> bool:
    """A violent noun mentioned as what someone claims, denies or is blamed for."""
    if not token.tag_.startswith("NN") or token.text.lower() not in lex.NOUNS:
        return False
    if lex.NOUNS[token.text.lower()] not in ("attack", "armed_clash", "abduction"):
        return False
    claim = types.ATTRIBUTION.search(token.sent.text)
    return claim is not None and token.idx - token.sent.start_char >= claim.start()


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
