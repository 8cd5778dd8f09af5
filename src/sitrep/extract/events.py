"""Events in one article: what happened (or is expected), who did it to whom, where, when, with what.

1. Find trigger words in each sentence (`sitrep.extract.event_triggers`), keeping those whose
   context fits: a deployment needs troops, a "hit" needs a weapon or an armed actor, a
   statement counts only when the sentence has nothing else.
2. Group a sentence's triggers by type: "missile strikes on Dnipro hit ..." is one attack.
3. Fill each event from its clause: actor and target (normalised by `sitrep.extract.actors`),
   place, date, weapons, casualties, quantities, supporting attributions, modality.
4. Merge restatements and photo captions into the event they repeat (`duplicate_of`).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract import event_policy as policy
from sitrep.extract import event_types as types
from sitrep.extract.datelines import dateline_length
from sitrep.extract.event_acronyms import spelled_out
from sitrep.extract.event_announcements import announced_act, news_without_scene
from sitrep.extract.event_answers import answered_extent, answered_parts
from sitrep.extract.event_arguments import (
    ANAPHOR_REACH,
    COUNTRY_LEVELS,
    VIOLENT_TYPES,
    _actor,
    _confidence,
    _date,
    _inside,
    _place,
    _speaker_actor,
    _subject_token,
    _target,
)
from sitrep.extract.event_blame import behind_side, blame_verb, blamed_side, outside, side_name
from sitrep.extract.event_campaigns import retag_campaign_nouns
from sitrep.extract.event_captors import captive_sides
from sitrep.extract.event_clauses import (
    light_verb_anchor,
    trigger_clause,
    trigger_scope,
    verb_chain,
    without_other_clauses,
)
from sitrep.extract.event_coreference import unnamed_attacker, with_named_group
from sitrep.extract.event_cyber import is_cyber
from sitrep.extract.event_dates import by_sentence
from sitrep.extract.event_denied_accusations import with_denied_accusations
from sitrep.extract.event_ground import driven_out_by_rebels, foreign_owner
from sitrep.extract.event_groups import depth, group_by_type
from sitrep.extract.event_habits import told_as_series
from sitrep.extract.event_headline_tolls import in_headline
from sitrep.extract.event_holdings import HOLD_BASE
from sitrep.extract.event_home_forces import home_country, with_home_forces
from sitrep.extract.event_host_clauses import backdrop_to_killing, host_clause, subject_host
from sitrep.extract.event_launchers import same_country, with_launching_side
from sitrep.extract.event_merge import Draft, act_kinds, merge_restatements, places_named
from sitrep.extract.event_modality import event_modality
from sitrep.extract.event_named_later import with_groups_named_later
from sitrep.extract.event_objects import object_nouns, pointed_objects
from sitrep.extract.event_offshore import at_sea
from sitrep.extract.event_phrases import side_phrase
from sitrep.extract.event_place_roles import (
    location_tokens,
    qualifies_a_named_place,
    source_nationality,
    without_reference_points,
)
from sitrep.extract.event_referents import has_own_day, named_scene, retold_blast, sentence_nouns
from sitrep.extract.event_responsibility import with_claimed_responsibility
from sitrep.extract.event_schedules import dated_ahead
from sitrep.extract.event_sentence_quantities import Numbered, quantities_by_sentence
from sitrep.extract.event_sequences import one_attack_in_sequence
from sitrep.extract.event_sides import losing_side, other_side
from sitrep.extract.event_speakers import speaker_side
from sitrep.extract.event_toll_nouns import toll_naming_act
from sitrep.extract.event_toll_parts import with_part_tolls_linked
from sitrep.extract.event_toll_rises import risen_toll
from sitrep.extract.event_toll_rivals import with_rival_tolls
from sitrep.extract.event_toll_sharing import own_clause_tolls
from sitrep.extract.event_toll_sources import vouching_attributions
from sitrep.extract.event_tolls import (
    TOLL_TYPES,
    casualties,
    names_the_act_again,
    own_toll_first,
    running_total,
    toll_counts,
    with_following_toll,
)
from sitrep.extract.event_triggers import Trigger, place_seizures, sentence_triggers
from sitrep.extract.event_unused_arms import blanked, unused_arms
from sitrep.extract.event_verb_tags import retag_verbs_read_as_nouns
from sitrep.extract.event_weapons import weapons_in
from sitrep.extract.token_positions import char_bounds, token_end
from sitrep.model import Attribution, Event, Place, Quantity, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sitrep.extract.context import DocContext

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())


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
    places = tuple(places)  # a tuple, so the document's place index is built once (`place_index`)
    retag_campaign_nouns(ctx.doc)  # "Norland's counteroffensive/JJ began": a noun, for every rule
    retag_verbs_read_as_nouns(ctx.doc)  # "the offensive retook/NN the town": a verb
    drafts: list[Draft] = []
    previous: list[Draft] = []  # the drafts of the sentence before, for a toll told after them
    place_tokens = location_tokens(ctx.doc, places)
    home = home_country(places)
    times_in = by_sentence(times)
    quantities_in = quantities_by_sentence(quantities)
    one_back: list[Draft] = []  # a sentence telling no event ("The mayor spoke.") is skipped
    for sent in ctx.sentences():
        own = [d for d in previous if d.event.type in TOLL_TYPES and not d.caption]
        violent = own if previous else [d for d in one_back if names_the_act_again(sent)]
        one_back = own
        told_before = {d.event.type for d in previous if not d.caption}
        previous = []
        triggers = sentence_triggers(sent, ledger=True)
        seized = place_seizures(sent, place_tokens, triggers)
        if seized:
            triggers = [t for t in triggers if t.type != "statement"] + seized
        groups = group_by_type(triggers, ctx.doc)
        # a toll is the lone violent event's; several keep to their clauses (`event_toll_sharing`)
        shared = sum(g[0].type in VIOLENT_TYPES for g in groups) <= 1
        events = [
            _build_event(
                ctx, sent, g, places, times_in(sent), quantities_in(sent), attributions, shared, a
            )
            for g, a in zip(groups, own_clause_tolls(groups), strict=True)
        ]
        for event, group in zip(_territory_first(events), groups, strict=True):
            if (
                event.modality == "expected"
                and not main_plover(group)
                and not any(news_without_scene(sent.doc[t.token]) for t in group)
                and not _concrete(sent, event)
            ):
                continue  # a hypothetical with nothing concrete ("Russia could escalate")
            main = min(group, key=lambda t: (depth(sent.doc[t.token]), t.start))
            head = sent.doc[main.token]
            carried = _side_from_before(event, head, violent)
            # "Two bombs struck a factory": the attack just told, in detail, not a second one
            continued = carried.actor != event.actor and not (event.place or event.date)
            event = carried
            earlier = [d.event for d in drafts + previous]
            event = with_named_group(event, light_verb_anchor(head), earlier, ctx.text)
            event = with_launching_side(event, light_verb_anchor(head), earlier)
            event = with_home_forces(event, head, light_verb_anchor(head), home)
            previous.append(
                Draft(
                    event,
                    ctx.in_caption(event.start, event.end),
                    group[0].start,
                    policy.back_reference(head)
                    or continued
                    or (
                        (event.type in told_before or _bare(event))
                        and any(policy.definite_mention(sent.doc[t.token]) for t in group)
                    ),
                    policy.strikes_back_at_the_attackers(head),
                    told_as_series([sent.doc[t.token] for t in group], head, bool(event.date)),
                    act_kinds(_act_words(group, head)),
                    object_nouns(head),
                    pointed_objects(head),
                    places_named(event, places),
                    in_headline(head),
                    retold_blast(head),
                    has_own_day(times_in(sent)),
                    named_scene(head),
                    sentence_nouns(head),
                )
            )
        if (
            len(violent) == 1
            and not violent[0].response  # the wounded are the attack's, not its answer's
            and not any(d.event.type in VIOLENT_TYPES for d in previous)
            and not ctx.in_caption(sent.start_char, sent.end_char)
        ):
            violent[0].event = with_following_toll(
                violent[0].event, sent, quantities_in(sent), places, times_in(sent), attributions
            )
        drafts.extend(previous)
    merged = merge_restatements(drafts, ctx.doc)  # two sides' acts told in turn stay two
    merged = one_attack_in_sequence(merged, ctx.doc)  # "... then stormed"
    merged = with_claimed_responsibility(merged, ctx.doc)
    merged = with_denied_accusations(merged, ctx.doc)  # "X denied the accusations"
    named = with_groups_named_later([_named_sides(e, ctx.text) for e in merged], ctx.doc)
    named = with_part_tolls_linked(
        named, ctx.doc
    )  # "two of ours and one of theirs" after "three killed"
    return with_rival_tolls(
        named, ctx.doc, quantities, attributions, times
    )  # "a charity said 23 died"


def _act_words(group: list[Trigger], main: Token) -> list[str]:
    """The bases of the acts an event's words name, its subject's too ("the strikes hit ...")
    and the act a toll is told in ("were killed in the strike")."""
    nouns = [_subject_token(light_verb_anchor(main))]
    nouns += [o for p in main.children if p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    named = [lex.VERB_INDEX.get(n.lower_) for n in nouns if n is not None]
    return [t.base for t in group] + [entry[1] for entry in named if entry]


def _bare(event: Event) -> bool:
    """ "Analysts said the attack was likely to push the region closer to war": an event told
    with no side, place, date or toll of its own, which "the attack" points back with."""
    return not (event.actor or event.target or event.place or event.date or event.killed)


def _named_sides(event: Event, text: str) -> Event:
    """Acronyms spelled out from the article; a side never its own target."""
    actor, target = spelled_out(event.actor, text), spelled_out(event.target, text)
    return dataclasses.replace(event, actor=actor, target=target if target != actor else None)


def _side_from_before(event: Event, trigger: Token, before: list[Draft]) -> Event:
    """An attack whose subject names no side ("Helicopters then fired on survivors") continues
    the attack of the sentence before, by the same side."""
    if event.type not in TOLL_TYPES or event.actor is not None or len(before) != 1:
        return event
    side = before[0].event.actor
    if side is None or not unnamed_attacker(light_verb_anchor(trigger), side):
        return event
    if not same_country(event, before[0].event):
        return event  # "a drone hit Kharkiv" after "Ukrainian drones hit a refinery in Russia"
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


# --- 2-3. one event from its triggers -----------------------------------------------------------


def _build_event(
    ctx: DocContext,
    sent: SpacySpan,
    group: list[Trigger],
    places: Sequence[Place],
    times: Sequence[TimeExpr],
    quantities: Numbered,
    attributions: Sequence[Attribution],
    sentence_toll: bool = True,
    own_clause_toll: bool = False,
) -> Event:
    doc = sent.doc
    main = min(group, key=lambda t: (depth(doc[t.token]), t.start))
    anchors = [light_verb_anchor(doc[t.token]) for t in group]
    filed = sent.start_char + dateline_length(sent.text)  # where a dateline ends, if any
    clause = {i for i in set().union(*(trigger_clause(a) for a in anchors)) if doc[i].idx >= filed}
    clause |= {t.token for t in group}
    clause |= set().union(*(answered_extent(doc[t.token]) for t in group))
    verb_group = set().union(*(verb_chain(a) for a in anchors))
    words = [i for i in clause if not doc[i].is_space] or sorted(clause)
    start = min(doc[i].idx for i in words)
    end = max(token_end(doc[i]) for i in words)
    anchor = light_verb_anchor(doc[main.token])
    scope = {i for i in trigger_scope(anchor) if doc[i].idx >= filed}  # the dateline is no scene
    actor = _actor(doc[main.token], anchor, places) or _speaker_actor(
        anchor, main.start, attributions
    )
    if main.type == "statement":  # "The toll could rise, he warned": the speaker's side
        actor = speaker_side(main.start, attributions) or actor
    blaming = blame_verb(doc[main.token])
    if blaming is not None:
        blamed = blamed_side(doc[main.token], blaming)
    else:
        blamed = behind_side(doc[main.token])
    if blaming is not None or blamed is not None:
        actor = side_name(blamed, places)  # "blamed the attack on X": X acted, not the speaker
    # a clause dating the news against another event ("two weeks after gunmen killed 26 men in
    # Pahalgam") tells that event's toll and place, not this one's
    elsewhere = policy.time_anchor_clauses(sent, {t.token for t in group}) | answered_parts(
        sent, {t.token for t in group}
    )
    near = [  # where the event can be: its sentence, or a place "the town" points back to
        p for p in places if sent.start_char - ANAPHOR_REACH < p.start < sent.end_char
    ]
    local = [
        p
        for p in outside(blamed, near)
        if not _inside(doc, p.start, elsewhere) and not _not_where(doc, p)
    ]
    local = without_reference_points(ctx.text, local, filed, sent.end_char)
    local = at_sea(ctx.text, local, places)
    place = _place(ctx, sent, clause, verb_group, main, local)
    if (place is None or place.level in COUNTRY_LEVELS) and main.type in VIOLENT_TYPES:
        # "A Myanmar junta airstrike killed 40 in Sagaing": a noun event's verb tells where
        host = _place(ctx, sent, subject_host(doc[main.token]), set(), main, local)
        place = host if host is not None and host.level not in COUNTRY_LEVELS else place
    if place is None and main.type in VIOLENT_TYPES:
        place = _place(ctx, sent, without_other_clauses(doc, scope, main.token), set(), main, local)
    holder = actor if main.base == HOLD_BASE else None
    if holder is not None:  # "its forces held the town": the town's owner did not retake it
        actor = foreign_owner(holder, place)
    owner = foreign_owner(actor, place) if main.type == "retake_territory" else None
    if owner is not None or driven_out_by_rebels(doc[main.token], main.base, actor):
        # "Russia liberated two villages in Donetsk", "rebels drove the army out of the town"
        main = dataclasses.replace(main, type="seize_territory")
    # arms only carried or struck at are no means of the act (`event_unused_arms`): its weapons,
    # ACLED sub-type and PLOVER type all leave them out
    unused = unused_arms(doc, sent.start_char, sent.end_char, doc[main.token])
    weapons = weapons_in(doc, clause, unused) or (
        weapons_in(doc, without_other_clauses(doc, scope, main.token), unused)
        if main.type in VIOLENT_TYPES
        else ()
    )
    target = _target(doc, group, anchors, verb_group, actor, place, places, weapons) or owner
    target = target or holder
    if main.base == HOLD_BASE and actor is None:
        actor = foreign_owner(target, place)  # "the town remains under Russian control"
    actor, target = captive_sides(doc[main.token], main.type, actor, target, attributions)
    loser = losing_side(doc[main.token])
    if loser is not None:  # "Russia has lost 1,850 soldiers killed": Russia was hit
        actor, target = None, side_name(loser, places)
    subject = _subject_token(anchor)
    if target is None and main.type == "armed_clash":
        target = other_side(subject, actor)
    told = (sent.start_char, sent.end_char) if sentence_toll else (start, end)  # one act: its own
    acled = main.acled or types.acled_subtype(
        main.type, blanked(doc, *told, unused), side_phrase(subject) if subject is not None else ""
    )
    if acled is None and main.type == "attack":
        acled = "Attack"
    if main.type == "attack" and is_cyber(doc[main.token]):
        acled = None  # hacking is no physical violence: outside ACLED
    if _only_claimed(doc[main.token]):
        acled = None  # "claimed responsibility for the attack": the claim is the news, not coded
    own = clause | host_clause(doc[main.token])
    modality = event_modality(doc, main, attributions)
    # a denied act's toll is one its own clause tells: "the dam burst, killing 12, and the army
    # denied shelling it" counts the burst's dead, not the shelling's
    sentence_toll = sentence_toll and not (
        own_clause_toll or backdrop_to_killing(doc[main.token]) or modality == "denied"
    )
    counted = [  # only the sentence's own numbers can be its toll (`casualties`)
        q
        for _, q in quantities
        if (
            (sentence_toll or _inside(doc, q.start, own))
            and not _inside(doc, q.start, elsewhere)
            and (_inside(doc, q.start, own) or not running_total(doc, q, doc[main.token]))
        )
        or toll_naming_act(doc, q, doc[main.token])  # "killed in the shelling rose to 23"
    ]
    counted = own_toll_first(doc, counted, main.token)
    killed, killed_hedge, injured, injured_hedge = casualties(doc, sent, main.type, counted)
    risen = [q for q in toll_counts(sent, main.type, counted).values() if risen_toll(doc, q)]
    low, high = char_bounds(doc, clause)
    date = _date(doc, clause, verb_group, main, times) or _stamped(sent, filed, times)
    if modality == "happened" and dated_ahead(date, ctx.article.published, doc[main.token]):
        modality = "expected"  # "the convoy leaves on Monday", filed the Friday before
    return Event(
        start=start,
        end=end,
        type=main.type,
        acled=acled,
        plover=announced_act(doc[main.token])
        or main.plover
        or types.plover_type(main.type, weapons, acled),
        actor=actor,
        target=target,
        place=place,
        date=date,
        weapon=weapons,
        killed=killed,
        injured=injured,
        quantities=tuple(  # "killing 9, and the toll rose to 15": the risen figure too
            i
            for i, q in quantities
            if (low <= q.start < high and _inside(doc, q.start, clause)) or q in risen
        ),
        attributions=vouching_attributions(attributions, main, sent, counted),
        confidence=_confidence(main, actor, place),
        modality=modality,
        trigger=main.text,
        killed_hedge=killed_hedge,
        injured_hedge=injured_hedge,
    )


def _stamped(sent: SpacySpan, filed: int, times: Sequence[TimeExpr]) -> str | None:
    """The time stamp a live blog's item opens with ("12:25 GMT —"): when nothing in the item
    dates its news, the time it was filed does."""
    return next(
        (
            t.value
            for t in times
            if sent.start_char <= t.start and t.end <= filed and t.text[:1].isdigit()
        ),
        None,
    )


def _not_where(doc: Doc, place: Place) -> bool:
    """A place that cannot be where the event happened: a region that only says where the named
    city lies ("the Darfur city of El Fasher") or the nationality of a source ("U.S. officials")."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    return qualifies_a_named_place(span.root) or source_nationality(span.root)


def _only_claimed(token: Token) -> bool:
    """A violent noun mentioned as what someone claims, denies or is blamed for."""
    if not token.tag_.startswith("NN") or token.text.lower() not in lex.NOUNS:
        return False
    if lex.NOUNS[token.text.lower()] not in ("attack", "armed_clash", "abduction"):
        return False
    claim = types.ATTRIBUTION.search(token.sent.text)
    return claim is not None and token.idx - token.sent.start_char >= claim.start()
