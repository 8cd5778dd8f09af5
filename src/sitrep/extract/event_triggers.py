"""Trigger words: which words in a sentence announce an event, and of what type.

A trigger counts only when its context fits: a deployment needs troops, a "hit" needs a weapon
or an armed actor, a launch a weapon aimed at something, an aid noun aid that is given; a
statement counts only when the sentence has no other event (`sitrep.extract.event_statements`).
The event policy (`sitrep.extract.event_policy`) then drops mentions that are no news (negated,
averted, background, time anchors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract import event_policy as policy
from sitrep.extract import event_types as types
from sitrep.extract.actors import is_non_state, normalize_actor
from sitrep.extract.event_aid_arrivals import ARRIVED, aid_arrival
from sitrep.extract.event_ailments import caused_by_ailment, caused_by_nature
from sitrep.extract.event_blame import blame_verb, mutual_accusation
from sitrep.extract.event_campaigns import campaign_named, no_campaign_fought
from sitrep.extract.event_craft_seizures import DISRUPTED, craft_seizure, seizure_plover
from sitrep.extract.event_crowd_clashes import VIOLENT_CROWD, crowd_clash
from sitrep.extract.event_diplomacy import envoy_evacuated, envoy_recalled
from sitrep.extract.event_explosions import unexplained_blast
from sitrep.extract.event_ground import (
    CONTROL_PHRASALS,
    GROUND_PHRASALS,
    cleared_of_armed_men,
    controls_ground,
    expelled_from_ground,
    names_ground,
)
from sitrep.extract.event_holdings import ground_held
from sitrep.extract.event_killings import describes_the_killers, killing_of_its_own
from sitrep.extract.event_legislation import law_rammed_through
from sitrep.extract.event_named_ground import campaign_took_ground, unlisted_ground
from sitrep.extract.event_one_sided_harm import harm_noun_fits, one_sided_harm
from sitrep.extract.event_people_seized import people_seized
from sitrep.extract.event_prison_riots import prison_riot
from sitrep.extract.event_sabotage import SABOTAGE_NOUNS, sabotage_trigger
from sitrep.extract.event_sendings import sent_for
from sitrep.extract.event_state_strikes import state_struck_site
from sitrep.extract.event_statements import statement_act
from sitrep.extract.event_trigger_checks import (
    aid_noun,
    aimed,
    armed_attack,
    ended,
    has_military_theme,
    has_trigger_word,
    names_object,
    object_tokens,
    standing_sanctions,
)
from sitrep.extract.event_truce_breaches import truce_breach
from sitrep.extract.event_ultimatums import ultimatum
from sitrep.extract.event_unexplained_deaths import unexplained_killing
from sitrep.extract.event_unrealised import told_beside
from sitrep.extract.token_positions import token_end
from sitrep.extract.verb_objects import object_words

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sitrep.extract.context import DocContext


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
        for trigger in sentence_triggers(sent):
            token = sent.doc[trigger.token]
            if trigger.text.lower() in lex.NON_EVENT_WORDS:
                continue
            if _aim(token) or (_warded_off(token) and _aim(token.head)):
                continue  # "deployed to repel incursions": an aim, not an event
            if token.tag_.startswith("VB") and token.dep_ == "amod":
                continue  # "the stricken city": a state
            found.append(trigger)
    return found


def _warded_off(token: Token) -> bool:
    """ "to repel incursions", "to deter attacks": acts an aim would ward off (not "to launch
    attacks", "to carry out the attacks", where the aim is the act)."""
    return token.dep_ == "dobj" and token.head.lower_ in WARDING


def _aim(token: Token) -> bool:
    """An infinitive telling what an act is for ("to repel"), not "began to explode"."""
    return (
        token.tag_ == "VB"
        and any(c.tag_ == "TO" for c in token.children)
        and token.head.text.lower() not in lex.ASPECTUAL
    )


WARDING = frozenset(lex.split_words("repel repulse deter counter thwart foil prevent fend resist"))


def sentence_triggers(sent: SpacySpan, ledger: bool = False) -> list[Trigger]:
    """The sentence's triggers; with `ledger`, only mentions the event policy keeps."""
    words = {t.text.lower() for t in sent}
    text = sent.text
    found = [t for t in (_trigger_at(token, words, text) for token in sent) if t is not None]
    found = [t for t in found if not mutual_accusation(sent.doc[t.token])]
    if ledger:
        found = [t for t in found if policy.drop_reason(sent.doc[t.token]) is None]
        killings = {t.token for t in found if t.base in lex.LOW_PRIORITY}
        found = [t for t in found if not describes_the_killers(sent.doc[t.token], killings)]
    main = [  # a killing a side is accused of, or done in a clause of its own, is news of its own
        t
        for t in found
        if t.base not in lex.LOW_PRIORITY
        or blame_verb(sent.doc[t.token]) is not None
        or killing_of_its_own(
            sent.doc[t.token], [sent.doc[o.token] for o in found if o.base not in lex.LOW_PRIORITY]
        )
    ]
    # weapons seized cause no deaths: "killed 43 soldiers and seized two vehicles" is an attack
    if main and any(t.acled != DISRUPTED and t.plover is None for t in main):
        found = main
    if found:
        return found + _demand_beside(sent, found)
    statement = _statement_trigger(sent)
    token = sent.doc[statement.token] if statement else None
    if ledger and (token is None or policy.open_question(token) or policy.purpose_clause(token)):
        threat = ultimatum(sent)  # "will boycott the talks unless the president resigns"
        return [_statement(threat[0], "statement", threat[0].lower_, threat[1])] if threat else []
    return [statement] if statement else []


# Weapons fired from afar, which no industrial accident involves (unlike "mine" or "tank").
STANDOFF_WEAPONS = frozenset(
    word
    for word, kind in lex.WEAPONS.items()
    if kind in ("drone", "missile", "rocket", "artillery", "mortar")
) | {"bomb", "bombs"}  # "two bombs struck an industrial facility"; stored explosives do blow up
ABANDONED_CRAFT = frozenset(
    {"ship", "vessel", "boat", "tanker", "freighter", "carrier", "aircraft", "plane"}
)
LAW_ENFORCEMENT = frozenset({"police", "policemen", "gendarmes", "officers", "agents"})
CLEARING = lex.forms("clear")  # "cleared the troops from the town": like "expelled", ground won


def place_seizures(sent: SpacySpan, place_tokens: set[int], found: list[Trigger]) -> list[Trigger]:
    """Seizures of a place the place extractor knows but the tagger missed ("The rebels captured
    Goma", with Goma tagged a person; "Goma, which the rebels captured"); `found` holds the
    sentence's other triggers, which keep their own words."""
    taken = {t.token for t in found}
    armed_words = bool({t.lower_ for t in sent} & (lex.CONFLICT_CUES - LAW_ENFORCEMENT))
    extra = []
    for token in sent:
        if token.i in taken or not token.tag_.startswith("VB") or token.dep_ == "amod":
            continue
        typed = verb_trigger(token, token.lower_) if token.lower_ in lex.VERB_INDEX else None
        if typed is None or typed[0] not in ("seize_territory", "retake_territory"):
            continue
        if not (armed_words or _armed_group_subject(token)):
            continue  # "Police captured Smith": an arrest, whatever the gazetteer makes of Smith
        objects = list(object_tokens(token))
        if token.dep_ == "relcl":
            objects.append(token.head)  # "Goma, which the rebels captured"
        if any(o.i in place_tokens for o in objects) and policy.drop_reason(token) is None:
            end = token_end(token)
            extra.append(Trigger(typed[0], token.idx, end, token.text, typed[1], token.i))
    return extra


def _armed_group_subject(verb: Token) -> bool:
    """ "The M23 captured Goma": a subject naming an armed group is conflict enough."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "captured Goma ... and seized Bukavu": the first verb's subject
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    names = [normalize_actor(" ".join(t.text for t in s.subtree)) for s in subjects]
    return any(name is not None and is_non_state(name) for name in names)


def _trigger_at(token: Token, words: set[str], sentence: str) -> Trigger | None:
    low = token.text.lower()
    if token.tag_ == "VBN" and token.dep_ == "amod":
        return None  # "the besieged town", "the occupied territories": a state, not an event
    if low == "siege" and token.head.lower_ == "of" and token.head.head.lower_ == "state":
        return None  # "a state of siege": a legal regime
    if token.tag_.startswith("VB"):
        found = verb_trigger(token, low)
    elif (
        (token.tag_.startswith("NN") or campaign_named(token, low))
        and low in lex.NOUNS
        and policy.not_modifier(token)
    ):
        if low == "march" and (token.text[0].isupper() or token.ent_type_ == "DATE"):
            return None  # the month
        noun = (lex.NOUNS[low], low, None)
        found = sabotage_trigger(token) if low in SABOTAGE_NOUNS else noun  # "sabotage of a cable"
    else:
        return None
    if found is None:
        return None
    event_type, base, acled = found
    protesters = any(
        c.dep_ == "nsubj" and lex.NOUNS.get(c.text.lower()) == "protest" for c in token.children
    )
    if event_type in ("armed_clash", "seize_territory") and protesters:
        event_type = "protest"  # "protesters clashed with police", "occupied the library"
    if event_type == "armed_clash" and crowd_clash(token, words):
        event_type, acled = "protest", VIOLENT_CROWD  # "police and protesters clashed"
    if event_type == "protest" and prison_riot(token, words):
        event_type = "armed_clash"  # inmates' gangs fighting one another make no demand
    if base in ("strike", "strikes") and policy.labour_strike(token):
        return Trigger("protest", token.idx, token_end(token), token.text, base, token.i)
    if base in ("attack", "attacks") and policy.not_violence(token):
        return None  # "a heart attack", "a shark attack"
    if base in lex.CAMPAIGN_NOUNS and no_campaign_fought(token):
        return None  # "a charm offensive", "a diplomatic offensive"
    if token.tag_.startswith("VB") and caused_by_ailment(token):
        return None  # "a heart attack killed him"
    if event_type == "attack" and caused_by_nature(token):
        return None  # "killed by lightning", "a lightning strike"
    if (
        event_type == "attack"
        and base in lex.EXPLOSION_WORDS
        and policy.figurative_explosion(token)
    ):
        return None  # "tensions exploded into open fighting"
    if base in ("raid", "raids") and policy.police_raid(token):
        return None  # a police raid is a search (Justice), not an attack
    if not (state_struck_site(token) or _context_fits(token, event_type, base, words, sentence)):
        return None
    plover = seizure_plover(event_type, base)  # "seized a tanker": property taken, COERCE
    end = token_end(token)
    return Trigger(event_type, token.idx, end, token.text, base, token.i, plover, acled)


def verb_trigger(token: Token, low: str) -> tuple[str, str, str | None] | None:
    """(type, base, ACLED sub-type) of the event a verb tells, or None for no event."""
    if envoy_recalled(token):  # "withdrew its ambassador": ties cut, no troops moved
        return "sanction", "recall", None
    if envoy_evacuated(token):  # "for his safety": a rescue, neither ties cut nor troops moved
        return None
    if low in lex.PHRASAL_BASES:
        base = lex.PHRASAL_BASES[low]
        for child in token.children:
            phrasal = lex.PHRASAL.get((base, child.text.lower()))
            if phrasal:
                return phrasal, f"{base} {child.text.lower()}", None
    shot_down = low not in ("shoot", "shot") or _has_child(token, "down")
    if low in lex.DISRUPT_VERBS and shot_down and _shared_objects(token) & lex.WEAPON_OBJECTS:
        return "other", low, DISRUPTED
    craft = craft_seizure(token)  # "seized a tanker", "hijacked a bus": no ground taken
    if craft is not None:
        return craft
    harmed = one_sided_harm(token)  # "beat protesters", "used live ammunition against them"
    if harmed is not None:
        return harmed
    sabotage = sabotage_trigger(token)  # "severed an undersea cable"
    if sabotage is not None:
        return sabotage
    arrival = aid_arrival(token)  # "a convoy carrying flour reached the town"
    if arrival is not None:
        return arrival
    breach = truce_breach(token)  # "violated the truce 40 times"
    if breach is not None:
        return breach
    held = ground_held(token)  # "the town remains under the control of its troops": denied
    if held is not None:
        return held
    if low in CLEARING and (expelled_from_ground(token) or cleared_of_armed_men(token)):
        return "retake_territory", "clear", None  # "cleared Russian troops from the districts"
    if low not in lex.VERB_INDEX:
        return None
    event_type, base = lex.VERB_INDEX[low]
    return _retype_by_object(token, event_type, base)


def _has_child(token: Token, word: str) -> bool:
    return any(c.text.lower() == word for c in token.children)


def _retype_by_object(
    token: Token, event_type: str, base: str
) -> tuple[str, str, str | None] | None:
    """Seized weapons are a disrupted weapons use, captured people an arrest, sent arms aid."""
    objects = object_words(token)
    if event_type in ("seize_territory", "retake_territory"):
        if objects & lex.WEAPON_OBJECTS:
            return "other", base, DISRUPTED
        nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if {c.text.lower() for c in nouns} & lex.TERRITORY:
            return event_type, base, None  # "captured two rebel camps": ground, not people
        taken = (
            people_seized(token, nouns) if base in ("seize", "capture", "take", "free") else None
        )
        if taken is not None:  # "taking 250 hostages", "seized a Spanish tourist"
            return (taken, base, None) if base != "free" else ("other", "release", None)
    if base == "explode" and unexplained_blast(token):
        return "other", base, None  # "a fuel depot exploded": no attacker, no weapon named
    if base == "expel" and expelled_from_ground(token):
        return "retake_territory", base, None
    if event_type == "deploy" and base == "send":
        return sent_for(token, objects)
    return event_type, base, None


def _shared_objects(token: Token) -> set[str]:
    """The verb's objects, or those of the verb joined to it when it has none of its own: "shot
    down or jammed 87 of the drones" downed the drones too."""
    own = object_words(token)
    if own:
        return own
    joined = [c for c in token.children if c.dep_ == "conj" and c.tag_.startswith("VB")]
    return set().union(*(object_words(c) for c in joined))


# A shootout of a game or a race: a penalty kick, a match, a vote; not a gunfight.
_SPORT_OR_POLITICS = re.compile(
    r"\b(?:penalt(?:y|ies)|goal\w*|draws?|match(?:es)?|cup|final|league|tournament|semi-?final|"
    r"quarter-?final|(?:won|win|wins|lost|lose|loses) (?:the |a |an )?(?:\w+ )?shootouts?|"
    r"race|elections?|electoral|polls?|primar(?:y|ies)|front-?runners?|candidates?|debates?)\b",
    re.I,
)


def _context_fits(token: Token, event_type: str, base: str, words: set[str], sentence: str) -> bool:
    cues = words - {token.text.lower()}
    if (
        base in lex.WEAK_TRIGGERS
        and not cues & lex.CONFLICT_CUES
        and blame_verb(token) is None
        and not unexplained_killing(token)  # "six people were killed in Dorna, officials said"
        and not campaign_took_ground(token)  # "A Russian assault captured Avdiivka"
        and unlisted_ground(token) is None  # "The M23 captured Kamanyola"
    ):
        return event_type == "protest" and bool(cues & lex.PROTEST_CUES)  # "marched to demand"
    if event_type == "sanction" and standing_sanctions(token):
        return False  # "carries crude despite sanctions": sanctions in force, no new act
    if base in lex.TARGETED_VERBS and token.tag_.startswith("VB") and not armed_attack(token, cues):
        return False
    if base in ("shootout", "shootouts") and _SPORT_OR_POLITICS.search(sentence):
        return False  # "won the penalty shootout", "a shootout between the two front-runners"
    if base == "fight" and object_words(token) & lex.FOUGHT_ILLS:
        return False  # "fighting inflation", "fought the fire"
    if law_rammed_through(token):
        return False  # "rammed the bill through parliament"
    if token.tag_.startswith("NN") and not harm_noun_fits(token):
        return False  # "the execution of the plan"
    if base == "evacuate" and object_words(token) & lex.EVACUEES:
        return False  # "civilians were evacuated": a rescue, not a withdrawal
    if base == "abandon" and object_words(token) & ABANDONED_CRAFT:
        return False  # "the crew abandoned the vessel": a rescue at sea, not a retreat
    if event_type == "agreement" and ended(token):
        return False  # "the ceasefire collapsed"
    risky = lex.WEAK_TRIGGERS | lex.EXPLOSION_WORDS
    if (
        event_type in ("attack", "armed_clash")
        and base in risky
        and types.DISASTER.search(sentence)
        and not cues & STANDOFF_WEAPONS  # "missiles struck a power plant" is no accident
    ):
        return False
    if base in lex.WEAPON_MOVERS:
        launched_at = base != "launch" or aimed(token)
        return launched_at and bool(object_words(token) & lex.WEAPON_OBJECTS)
    if event_type in ("deploy", "train"):
        return has_military_theme(token, base)
    if event_type == "seize_territory" and token.tag_ == "VBN" and token.dep_ in ("acl", "amod"):
        return False  # "territory occupied by Ukraine" describes a state, not an event
    if base in GROUND_PHRASALS:  # "drove tourists out of the hotels" gains no ground
        return names_ground(token) and bool(cues & lex.CONFLICT_CUES)
    if base in CONTROL_PHRASALS:  # "restored control of traffic" gains no ground
        return controls_ground(token)
    if event_type in ("seize_territory", "retake_territory") and base in lex.WEAK_TRIGGERS | {
        "free",
        "recover",
        "seize",
        "seizure",
        "hand over",
    }:
        if base == "hand over":  # suspects are handed over too; ground must be named
            return bool(object_words(token) & lex.TERRITORY)
        return (
            bool(object_words(token) & lex.TERRITORY)
            or any(
                c.ent_type_ in ("GPE", "LOC", "FAC") and names_object(c)
                for c in object_tokens(token)
            )
            or campaign_took_ground(token)  # "A Russian assault captured Avdiivka"
            or unlisted_ground(token) is not None  # "M23 rebels captured Kamanyola"
        )
    if event_type == "aid":
        if base == ARRIVED:
            return True  # `aid_arrival` has found the relief it carries
        if token.tag_.startswith("NN") and not policy.aid_given(aid_noun(token)):
            return False
        if not policy.funding_as_aid(token):
            return False  # "12 million euros in funding for road repairs": a budget's
        return policy.concrete_aid(token, object_words(token), sentence)
    if event_type == "agreement" and base == "sign":
        return bool(object_words(token) & lex.AGREEMENT_OBJECTS)
    if event_type == "agreement" and base == "agree":
        return not any(c.dep_ == "xcomp" and has_trigger_word(c) for c in token.children)
    if event_type == "sanction" and base == "expel":
        return True
    return True


def _demand_beside(sent: SpacySpan, acts: list[Trigger]) -> list[Trigger]:
    """The refusal or demand whose every act is a deed it points back to ("demanded an inquiry
    into the shelling"): the demand is news beside the shelling, not a mere frame for it."""
    statement = _statement_trigger(sent)
    if statement is None:
        return []
    verb = sent.doc[statement.token]
    return [statement] if all(told_beside(sent.doc[a.token], verb) for a in acts) else []


def _statement_trigger(sent: SpacySpan) -> Trigger | None:
    act = statement_act(sent)
    return _statement(act.token, act.type, act.base, act.plover) if act else None


def _statement(token: Token, event_type: str, base: str, plover: str | None) -> Trigger:
    end = token_end(token)
    return Trigger(event_type, token.idx, end, token.text, base, token.i, plover)
