"""The arguments of one event, read off its trigger's clause: actor, target, place, date,
modality and a confidence. Actors are normalised by `sitrep.extract.actors`; weapons are
`sitrep.extract.event_weapons`, casualties `sitrep.extract.event_tolls`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract import event_dates as dates
from sitrep.extract import event_lexicon as lex
from sitrep.extract import event_policy as policy
from sitrep.extract import event_sides as sides
from sitrep.extract.actor_commanders import ruler_state
from sitrep.extract.actor_hackers import self_named_group
from sitrep.extract.actor_ties import tells_a_tie, tied_actor
from sitrep.extract.actors import (
    country_name,
    country_of_word,
    fights_from_home,
    is_non_state,
    normalize_actor,
)
from sitrep.extract.datelines import in_dateline, subject_past_dateline
from sitrep.extract.event_aims import doer_phrase, sanctioned_side
from sitrep.extract.event_country_targets import (
    country_is_target,
    home_guard_as_state,
    struck_words,
)
from sitrep.extract.event_holdings import HOLD_BASE, holder_of
from sitrep.extract.event_named_ground import GAIN_TYPES, unlisted_ground_place
from sitrep.extract.event_partners import partner_setting_words
from sitrep.extract.event_perfect_conjuncts import reporter_perfect
from sitrep.extract.event_phrases import side_phrase
from sitrep.extract.event_place_anaphors import ANAPHOR_REACH as ANAPHOR_REACH
from sitrep.extract.event_place_anaphors import (
    REPORTED_LINKS,
    antecedent,
    in_another_act,
    in_dateline_at,
)
from sitrep.extract.event_place_owners import without_owners
from sitrep.extract.event_place_roles import (
    addressed,
    demonym_names_no_place,
    done_for,
    ethnic_people,
    hyphen_modifier,
    nationality_of_a_party,
    near_only,
    points_away,
    scene_rank,
)
from sitrep.extract.event_scenes import elsewhere_for_noun
from sitrep.extract.event_sendings import giving_verbs
from sitrep.extract.event_site_names import names_a_sites_place
from sitrep.extract.event_state_threats import threatening_state
from sitrep.extract.event_subjects import borrows_subject, subject_read_as_object
from sitrep.extract.event_unnamed_doers import unless_named_elsewhere, unnamed_doer
from sitrep.extract.event_victims import HARM_VERBS, headline_passive, victims_side
from sitrep.extract.place_index import places_between
from sitrep.extract.token_positions import char_bounds, token_at, token_end, token_index_at
from sitrep.model import Attribution, EventPlace, Place, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sitrep.extract.context import DocContext
    from sitrep.extract.event_triggers import Trigger

CLAUSE_BREAKS = frozenset({"ccomp", "parataxis", "csubj"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
COMPANION_PREPS = frozenset({"alongside", "with", "between"})  # "fighting between A and B"
ANSWERING_VERBS = frozenset(f for b in ("respond", "retaliate", "react") for f in lex.verb_forms(b))
CLAIMED = frozenset({"claimed"})  # "the attack was claimed by X": X did it
VIOLENT_TYPES = frozenset({"attack", "armed_clash", "seize_territory", "retake_territory", "other"})


def _subject_token(token: Token) -> Token | None:
    current = reporter_perfect(token) or token  # "had said that X used ... and imposed ..."
    while True:
        for child in current.children:
            story = subject_past_dateline(child) if child.dep_ == "nsubj" else None
            if story is not None:
                return story
            if child.dep_ == "nsubj" and not in_dateline(child):
                if child.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                    return current.head
                return child
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                return objs[0] if objs else None
        if current.dep_ in ("acl",) and current.head.tag_.startswith("NN"):
            return None if _done_to_the_noun(current) else current.head  # "workers kidnapped"
        if not borrows_subject(current):
            return subject_read_as_object(current)
        current = current.head


def _done_to_the_noun(participle: Token) -> bool:
    """ "aid workers kidnapped in Mali": the noun was taken, not the taker; "troops sent to the
    front" were moved by their own side, which is the actor."""
    moved = lex.VERB_INDEX.get(participle.lower_, ("", ""))[0] in ("deploy", "withdraw")
    return participle.tag_ == "VBN" and not moved


def _actor(trigger: Token, anchor: Token, places: Sequence[Place]) -> str | None:
    subject = _subject_token(anchor)
    if trigger.tag_.startswith("NN") and anchor.i == trigger.i:
        left = [t for t in trigger.subtree if t.i < trigger.i and not names_a_sites_place(t)]
        by = [c for c in trigger.children if c.dep_ == "prep" and c.text.lower() == "by"]
        candidates = [" ".join(t.text for t in left)] + [side_phrase(b) for b in by]
        for text in candidates:
            name = normalize_actor(text) if text else None
            if name:
                return name
        if by:
            return unnamed_doer(by[0], trigger)  # "an attack by armed men": told, unnamed
        if trigger.dep_ in ("dobj", "pobj", "nsubj"):
            doer = trigger.dep_ == "dobj" and not sides.judges_the_act(trigger.head)
            subject = _subject_token(trigger.head) if doer else None
        if trigger.dep_ == "nsubjpass" and trigger.head.lower_ in CLAIMED:
            subject = _subject_token(trigger.head)  # "the kidnapping was claimed by the group"
        if trigger.dep_ == "pobj" and (
            trigger.head.lower_ in ("in", "of")
            or (trigger.head.lower_ == "with" and trigger.head.head.lower_ in ANSWERING_VERBS)
        ):  # "killed 124 villagers in an attack", "$5 million in aid", "responded with strikes"
            holder = trigger.head.head
            verb = holder.head if holder.dep_ in ("dobj", "nsubjpass") else holder
            subject = _subject_token(verb) if verb.tag_.startswith("VB") else None
            if headline_passive(verb):
                subject = None  # "Dozens of soldiers killed in ambush": the dead, not the side
    if subject is None and anchor.tag_.startswith("VB"):
        themes = [c for c in anchor.children if c.dep_ in ("nsubjpass", "dobj")]
        forces = themes and {t.text.lower() for t in themes[0].subtree} & lex.MILITARY
        if forces and anchor.lower_ not in HARM_VERBS:  # "peacekeepers were killed": victims
            subject = themes[0]
    if subject is None or subject.tag_ in ("PRP", "PRP$"):
        return threatening_state(anchor, subject)  # "Norland would ban exports, he warned"
    own = _own_doer(subject) if subject.i != anchor.i and _violent_act_word(subject) else None
    if own is not None:  # "RSF shelling of a camp in Sudan's city killed 14": the shelling's
        return own
    subject = sides.launcher(subject) or subject
    if told := self_named_group(subject):
        return told  # "a group calling itself the Dawn Front"
    if tells_a_tie(subject):
        return tied_actor(subject, anchor)  # "Russia-linked hackers", "gunmen tied to the RSF"
    named = unless_named_elsewhere(normalize_actor(doer_phrase(subject)), subject, anchor)
    if named is not None and is_non_state(named):  # "Yemen's Houthi militants": the group
        return ruler_state(named, anchor.doc.text, normalize_actor)  # not a ruler's forces
    named = _metonym(subject, places) or named or unnamed_doer(subject, anchor)
    return named or threatening_state(anchor, subject)


def _own_doer(act: Token) -> str | None:
    """The side an act's own words name as its doer: before it ("Pakistani shelling") or as the
    subject the parser gave it ("RSF/nsubj shelling/VBG")."""
    before = " ".join(t.text for t in act.subtree if t.i < act.i)
    subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
    named = normalize_actor(before) if before else None
    return named or (normalize_actor(doer_phrase(subject)) if subject is not None else None)


def _violent_act_word(word: Token) -> bool:
    """A noun or gerund naming a violent act ("shelling", "the strike")."""
    kind = lex.NOUNS.get(word.lower_) if word.tag_.startswith("NN") else None
    if word.tag_ == "VBG":
        kind = lex.VERB_INDEX.get(word.lower_, (None, ""))[0]
    return kind in VIOLENT_TYPES


SELF_REFERENCES = frozenset({"it", "they", "we", "its", "their", "our"})
BODY_SOURCES = frozenset({"government", "organization", "anonymous_official"})


def _speaker_actor(
    anchor: Token, trigger_start: int, attributions: Sequence[Attribution]
) -> str | None:
    """ "The Israeli military said it had struck ...", "Hamas said its fighters ambushed ...": a
    body that reports its own act names itself by a pronoun; the actor is the claim's source.
    A noun act's subject is its verb's ("said it would extend a loan")."""
    subject = _subject_token(anchor)
    if subject is None and anchor.tag_.startswith("NN") and anchor.dep_ == "dobj":
        subject = _subject_token(anchor.head)
    if subject is None:
        return None
    pronouns = (
        [subject] if subject.tag_ == "PRP" else [c for c in subject.children if c.dep_ == "poss"]
    )
    if not any(p.lower_ in SELF_REFERENCES for p in pronouns):
        return None
    for attribution in attributions:
        source = attribution.source
        if (
            attribution.claim.start <= trigger_start < attribution.claim.end
            and source.kind in BODY_SOURCES
        ):
            return normalize_actor(source.name or source.text)
    return None


def _metonym(token: Token, places: Sequence[Place], event_type: str = "") -> str | None:
    """The side a phrase names through a place: a capital for its state, or the country of the
    towns an object names ("drones hit Odesa and Kharkiv": Ukraine), unless they were retaken."""
    start, end = token.left_edge.idx, token_end(token.right_edge)
    struck = token.dep_ == "dobj" and event_type != "retake_territory"
    backers = [c for c in token.children if c.dep_ == "acl" and c.lower_ in sides.BACKING_VERBS]
    if backers:  # "militias backed by Iran": the backer is no side of what the militias did
        end = min(end, backers[0].left_edge.idx)
    for place in places_between(token.doc, places, start, end):
        if place.role == "actor" and place.refers_to:
            return normalize_actor(place.refers_to) or place.refers_to
        if struck and place.role == "location" and place.start == token.idx:
            return country_name(place.country)
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
    weapons: Sequence[str],
) -> str | None:
    event_type = group[0].type
    if event_type not in TARGET_PREPS:
        return None
    preps = TARGET_PREPS[event_type]
    tokens = [doc[t.token] for t in group] + anchors  # type: ignore[index]
    holder = holder_of(tokens[0]) if group[0].base == HOLD_BASE else None
    if holder is not None:  # "remains under the control of Russian troops": they lost nothing
        return sides.side_named_by(holder)
    if event_type == "aid":
        tokens += giving_verbs(tokens)
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
                name = _metonym(phrase, places, event_type) or sides.side_named_by(phrase)
                name = name or sanctioned_side(phrase, event_type)
                if name and name != actor and not fights_from_home(actor, name):
                    return home_guard_as_state(name, country_name(place.country) if place else None)
    victims = next((side for t in tokens if (side := victims_side(t))), None)
    if victims is not None and victims != actor:
        return victims  # "a blast that wounded five Thai soldiers"
    if (
        event_type in ("attack", "seize_territory")
        and place
        and place.country
        and not sides.aimed_at_armed_group(tokens)
        and (event_type != "attack" or country_is_target(actor, weapons, struck_words(tokens)))
    ):
        name = country_name(place.country)
        if name and name != actor and not sides.home_of_the_actor(anchors, name, actor):
            return name
    if event_type in ("attack", "seize_territory", "retake_territory"):
        other = _other_actor(doc, verb_group, tokens, actor, places)
        if event_type == "attack" and place and other == country_name(place.country):
            # "Al-Shabaab fighters attacked a town in southern Somalia": named as the land
            return other if country_is_target(actor, weapons, struck_words(tokens)) else None
        return other
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
            if child.dep_ in SUBJECTS | CLAUSE_BREAKS | {"conj", "advcl"} or near_only(child):
                continue
            for word in child.subtree:
                if word.i in seen:
                    continue
                seen.add(word.i)
                if done_for(word) or hyphen_modifier(word) or ethnic_people(word):
                    continue  # "in support of the Palestinian people", "a Liberian-flagged ship"
                if word.dep_ == "poss" and normalize_actor(side_phrase(word.head)) == actor:
                    continue  # "Yemen's Houthi rebels": the actor's home, not its target
                name = _metonym(word, places) if word.dep_ == "poss" else None
                name = name or (country_of_word(word.text) if word.text[:1].isupper() else None)
                if name and name != actor and not fights_from_home(actor, name):
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
    for scope in (clause, partner_setting_words(doc, verb_group)):
        inside = [
            p
            for p in places
            if p.role == "location"
            and _inside(doc, p.start, scope)
            and not _participant_place(doc, p.start, trigger)
            and not (p.demonym and demonym_names_no_place(doc, p.start))
            and not elsewhere_for_noun(doc, p.start, trigger.token)  # type: ignore[arg-type]
            and not in_another_act(doc, p.start, trigger)  # type: ignore[arg-type]
        ]
        if inside := without_owners(inside, ctx.text):
            return _event_place(min(inside, key=lambda p: scene_rank(p, trigger.start, inside)))
    scope = clause | _group_children(doc, verb_group)
    if earlier := antecedent(ctx, sent, clause, scope, trigger, places):
        return _event_place(earlier)
    if trigger.type in GAIN_TYPES and (ground := unlisted_ground_place(doc[trigger.token])):
        return ground  # "M23 rebels captured Kamanyola": a town the gazetteer lacks
    return _sentence_place(doc, sent, trigger, places)


def _sentence_place(
    doc: object, sent: SpacySpan, trigger: Trigger, places: Sequence[Place]
) -> EventPlace | None:
    """For a nominal event ("a Friday blast", "the bombing"), the sentence's one town or region.

    A noun has no clause of its own to carry a place, but "Police in Lyon searched for the man
    behind a Friday blast" places the blast. Only when the sentence names exactly one place below
    country level, and it names no participant and is not where the story was filed.
    """
    if doc[trigger.token].pos_ not in ("NOUN", "PROPN"):  # type: ignore[index]
        return None
    local = [
        p
        for p in places
        if p.role == "location"
        and sent.start_char <= p.start < sent.end_char
        and p.level not in COUNTRY_LEVELS
        and p.lat is not None
        and not _participant_place(doc, p.start, trigger)
    ]
    if len({p.name for p in local}) != 1 or elsewhere_for_noun(doc, local[0].start, trigger.token):  # type: ignore[arg-type]
        return None
    if in_dateline_at(doc, local[0].start):  # type: ignore[arg-type]
        return None
    return _event_place(local[0])


COUNTRY_LEVELS = frozenset({"PCLI", "PCL", "PCLD", "PCLF", "PCLS", "PCLIX", "CONT"})


def _participant_place(doc: object, char: int, trigger: Trigger) -> bool:
    """A place naming a participant ("alongside Russian soldiers", "aid to X", "Korean troops"),
    or one the event points away from ("fled towards X", "fired from X"), or a party addressed."""
    token = token_at(doc, char)
    preps = COMPANION_PREPS | (
        {"to"} if trigger.type in ("aid", "agreement", "sanction") else set()
    )
    if token is not None and (hyphen_modifier(token) or addressed(token)):
        return True  # "a Liberian-flagged ship", "called on Yerevan to refrain"
    steps = 0
    if token is not None and token.i != trigger.token and nationality_of_a_party(token):
        return True  # a demonym on a participant ("North Korean", "Indian and Pakistani troops")
    while token is not None and token.i != trigger.token and token.head.i != token.i and steps < 8:
        if token.dep_ == "prep" and (token.lower_ in preps or points_away(token, trigger.token)):
            return True
        token, steps = token.head, steps + 1
    return False


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
        near=place.near,
    )


def _inside(doc: object, char: int, tokens: set[int]) -> bool:
    return token_index_at(doc, char) in tokens


def _date(
    doc: object, clause: set[int], verb_group: set[int], trigger: Trigger, times: Sequence[TimeExpr]
) -> str | None:
    token = doc[trigger.token]  # type: ignore[index]
    verb_group = verb_group | dates.host_verbs(token)
    clause = clause | policy.day_of_when_clause(token)
    shared = dates.shared_day_words(token)
    partners = partner_setting_words(doc, verb_group) - clause  # type: ignore[arg-type]
    if any(_inside(doc, t.start, clause) for t in dates.unresolved_times(times)):
        return None  # "retaken in September that year", no year known: not another clause's day
    for usable in (dates.usable_times(token, times), dates.subject_clause_days(token, times)):
        for scope in (clause, _group_children(doc, verb_group) - clause, partners, shared - clause):
            low, high = char_bounds(doc, scope)
            inside = [
                t
                for t in usable
                if low <= t.start < high
                and _inside(doc, t.start, scope)
                and not in_another_act(doc, t.start, trigger, REPORTED_LINKS)  # type: ignore[arg-type]
            ]
            if inside:
                nearest = min(inside, key=lambda t: abs(t.start - trigger.start))
                return nearest.anchored or nearest.value
    return None


def _confidence(trigger: Trigger, actor: str | None, place: EventPlace | None) -> float:
    score = 0.5 if trigger.type in ("statement", "other") else 0.6
    return round(score + 0.15 * (actor is not None) + 0.15 * (place is not None), 2)
