"""Statement verbs whose sense turns on what they are said of.

The lexicon types a statement verb by its word alone (`event_lexicon.STATEMENT_VERBS`), but a
few words change sense with their object or complement:

- "sever" cuts ties ("severed diplomatic relations", a sanction) or a thing ("severing an
  undersea cable", no sanction at all);
- "warn" threatens when it tells the speaker's own act to come ("warned it would strike"), not
  when it foretells a state of things ("warned that starvation was imminent"); a that-clause
  about the speaker's own side ("warned that its troops are ready to strike") still threatens;
- "block", "stop" and "turn back" done to a convoy, aid or trucks are an act of coercion at a
  checkpoint, not a refusal; "stop" is no statement in any other sense. Only the object's head
  and its compounds count ("an aid convoy"), not words further down ("a resolution demanding
  aid" is still refused); goods other than staples only when told as relief on its way
  ("vaccines bound for the camp", not "rice exports" or "drugs worth $2 million"); goods
  told as contraband ("fuel smuggled from Benin", "medicine stolen from a hospital"), or stopped
  by customs or police with no aid named, are seized in a crime, no blockade;
- "release" sets prisoners or hostages free (a concession) but not a gas or a chemical ("the
  cylinders had released a toxic gas"), which concedes nothing; nor does a plight foretold ("warned
  that it would run out of food": `event_plights`) threaten anyone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_inflections import split_words as _w
from sitrep.extract.event_inflections import verb_forms
from sitrep.extract.event_modal_words import MIGHT, WILL
from sitrep.extract.event_plights import foretold_plight
from sitrep.extract.relief_words import RELIEF_GOODS, RELIEF_NAMES, ROAD_CARRIERS, SHIPMENTS

if TYPE_CHECKING:
    from spacy.tokens import Token

TIES = frozenset(_w("ties tie relations relation links contacts contact cooperation dealings"))
# What is stopped at a checkpoint: carriers, loads and relief (`relief_words`), and ambulances.
CONVOYS = ROAD_CARRIERS | SHIPMENTS | RELIEF_NAMES | frozenset(_w("ambulance ambulances caravan"))
# Goods that are relief on their own when stopped: the staples a blockade withholds.
STAPLES = frozenset(_w("supplies food fuel medicine medicines"))
# Words on a stopped good that say it travels as relief: "vaccines bound for the camp".
ON_ITS_WAY = CONVOYS | frozenset(_w("bound destined headed humanitarian relief"))
# Words on stopped goods that tell a crime's loot, not a blockade's relief.
CONTRABAND = frozenset(
    _w("smuggled smuggling contraband stolen illegal illicit counterfeit trafficked looted")
)
# Doers who stop goods to enforce the law, not to besiege: their stops block relief only when aid
# is named ("police stopped an aid convoy").
LAW_ENFORCERS = frozenset(_w("customs police policemen officers officer border"))
AID_NAMED = RELIEF_NAMES | frozenset(_w("humanitarian relief"))
SEVER = frozenset(verb_forms("sever"))
WARN = frozenset(verb_forms("warn"))
RELEASE = frozenset(verb_forms("release"))
# What is released into the air or water, not set free: no prisoner, hostage or funds.
SUBSTANCES = frozenset(
    _w("gas gases chemical chemicals chlorine toxin toxins smoke fumes radiation sewage oil")
)
STOPPING = frozenset(verb_forms("stop") | verb_forms("block") | verb_forms("turn"))
# A modal telling an act to come ("warned that it would strike"), not a duty ("must").
FORETELLING_MODALS = WILL | MIGHT
# The speaker's own side as a that-clause's subject: "it", "we", "its forces", "our troops".
OWN_SIDE = frozenset(_w("it we they its our their"))


def sense_entry(
    verb: Token, entry: tuple[str, str | None, str] | None
) -> tuple[str, str | None, str] | None:
    """The lexicon's `entry` for `verb`, read in the sense its object or complement gives."""
    low = verb.lower_
    if low in SEVER:
        return entry if _objects(verb) & TIES else None  # "severing a cable": no sanction
    if low in STOPPING:
        if (_objects(verb) & CONVOYS or _relief_goods(verb)) and not _interdicted(verb):
            return "other", "COERCE", "block"  # "troops stopped an aid convoy"
        return entry if low not in verb_forms("stop") | verb_forms("turn") else None
    if low in RELEASE and _objects(verb) & SUBSTANCES:
        return None  # "the cylinders released a toxic gas": nothing conceded to anyone
    if low in WARN and entry is not None and _foretells(verb):
        return entry[0], None, entry[2]  # "warned that famine was imminent": no threat
    return entry


def _objects(verb: Token) -> set[str]:
    """The head words of the verb's object, or of its passive subject ("the convoy was blocked"),
    with their compounds ("an aid convoy")."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not heads and verb.lower_ == "blocked":  # a headline's passive read as active
        heads = [c for c in verb.children if c.dep_ == "nsubj"]  # ("Aid convoy blocked at ...")
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN":
        heads.append(verb.head)  # "an aid convoy blocked at the border"
    return {t.lower_ for h in heads for t in (h, *h.children) if t is h or t.dep_ == "compound"}


def _relief_goods(verb: Token) -> bool:
    """The verb's object is relief goods: a staple ("stopped food"), or other goods told as on
    their way as relief ("vaccines bound for the camp"). Goods of trade ("stopped rice exports",
    "stopped drugs worth $2 million") are no convoy."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        h.lower_ in STAPLES
        or (h.lower_ in RELIEF_GOODS and bool({t.lower_ for t in h.subtree} & ON_ITS_WAY))
        for h in heads
    )


def _interdicted(verb: Token) -> bool:
    """Goods stopped in the law's course: told as contraband ("a shipment of fuel smuggled from
    Benin"), or stopped by customs or police when no aid is named ("Police stopped a truck")."""
    loads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    words = {t.lower_ for h in loads for t in h.subtree}
    if words & CONTRABAND:
        return True
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    doer_words = {t.lower_ for d in doers for t in d.subtree}
    return bool(doer_words & LAW_ENFORCERS) and not words & AID_NAMED


def _foretells(verb: Token) -> bool:
    """ "warned that X was imminent": a that-clause with no modal telling an act to come."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in ("dobj", "xcomp") for c in verb.children):
        return False  # "warned them to leave", "warned of retaliation" stay threats
    if any(foretold_plight(clause) for clause in clauses):
        return True  # "warned that it would run out of food": its own plight, no threat
    if any(_own_side(c) for clause in clauses for c in clause.children if c.dep_ == "nsubj"):
        return False  # "warned that its forces are ready to strike"
    return not any(
        c.dep_ == "aux" and c.lower_ in FORETELLING_MODALS
        for clause in clauses
        for c in clause.children
    )


def _own_side(subject: Token) -> bool:
    """ "it", "we", "its forces", "our troops": the speaker's own side."""
    return subject.lower_ in OWN_SIDE or any(
        c.dep_ == "poss" and c.lower_ in OWN_SIDE for c in subject.children
    )
