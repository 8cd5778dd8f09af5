"""Diplomatic ties cut: envoys recalled or withdrawn, embassies closed, relations severed.

PLOVER codes every reduction of normal relations SANCTION (CAMEO's "reduce relations": "break
diplomatic relations", "expel or withdraw diplomats"), so "Valdor withdrew its ambassador from
Marrowby" is no troop retreat, "closed its embassy in Kessa" no coercion of anyone, and "cut
diplomatic ties with Marrowby" a sanction even though no sanction word is used.

Only a state's own ties count: its own envoy ("its ambassador"; "pulled the diplomat from his
car" is a rescue or an attack, "pulled its diplomats out for their safety" an evacuation, no
event (`envoy_evacuated`), and "withdrew its troops and its ambassador" stays a withdrawal), a
state or its government cutting relations ("the firm cut ties with the supplier" is business
unless the ties are diplomatic), and a post closed by its state, not one shut after an attack on
it ("the embassy was closed after protesters stormed it", "the rebels closed the embassy").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_lexicon import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Token

ENVOYS = frozenset(_w("ambassador ambassadors envoy envoys diplomat diplomats"))
# Presences whose recall is pressure too (CAMEO "withdraw observers"), not staff or aid workers.
RECALLED = ENVOYS | frozenset(_w("inspectors observers monitors mission missions"))
POSTS = frozenset(_w("embassy embassies consulate consulates legation legations"))
TIES = frozenset(_w("ties relations"))
# Verb base -> what it must act on to cut ties ("cut ties", "closed its embassy").
CUTTING = {
    **dict.fromkeys(_w("cut break sever suspend downgrade freeze end"), TIES),
    **dict.fromkeys(_w("close shut"), POSTS),
    **dict.fromkeys(_w("withdraw pull recall"), RECALLED),
}
IRREGULAR = {"broke": "break", "broken": "break", "froze": "freeze", "frozen": "freeze"}
CUTTING_FORMS = {form: base for base in CUTTING for form in lex.verb_forms(base)} | IRREGULAR
STATE_NOUNS = frozenset(_w("government ministry regime administration cabinet kingdom republic"))
OWNING = frozenset(_w("its their our"))
# Why envoys are pulled out or a post shut that is no pressure on anyone.
PERILS = frozenset(
    _w(
        "safety security danger fighting shelling violence unrest clashes attack attacks war "
        "threat threats evacuation"
    )
)
# What ties a peril to the act: "for their safety", "amid fighting", "as shelling spread"; never
# "in protest at the war" or, for an envoy, "after the attack" (a recall in protest).
PERIL_LINKS = frozenset(_w("for amid amidst because due given as since while"))
AFTER = frozenset(_w("after following"))
STAFF = frozenset(_w("staff personnel employees workers"))
DIPLOMATIC = frozenset(_w("diplomatic consular"))
MISSIONS = frozenset(_w("mission missions"))
# Verbs that take people out of a place; "evacuate" always for their sake.
EVACUATING = {
    **{form: base for base in _w("withdraw pull recall") for form in lex.verb_forms(base)},
    **{form: "evacuate" for form in lex.verb_forms("evacuate")},
}


def ties_cut(verb: Token) -> bool:
    """ "severed diplomatic ties", "broke off relations", "closed its embassy", "withdrew its
    ambassador": a state's verb acting on its ties, its diplomatic post or its envoys."""
    base = CUTTING_FORMS.get(verb.lower_)
    if base is None or not verb.tag_.startswith("VB"):
        return False
    roles: tuple[str, ...] = ("dobj", "nsubjpass")
    if CUTTING[base] is POSTS and not any(c.dep_ in roles for c in verb.children):
        roles = ("nsubj",)  # "its embassy will close on Monday"
    objects = [t for c in verb.children if c.dep_ in roles for t in (c, *c.conjuncts)]
    cut = [o for o in objects if o.lower_ in CUTTING[base]]
    if not cut:
        return False
    if CUTTING[base] is TIES:
        return _state_subject(verb) or any(_diplomatic(o) for o in cut)
    if CUTTING[base] is POSTS:
        owned = all(_owned(o, verb, states=True) for o in cut)
        if _for_peril(verb, PERIL_LINKS | AFTER) or _post_attacked(verb):
            return False  # "closed after the shelling", "was closed after protesters stormed it"
        return owned or (roles != ("nsubj",) and _state_subject(verb))
    if len(cut) < len(objects) or _for_peril(verb, PERIL_LINKS):
        return False  # "withdrew its troops and its ambassador", "for their safety"
    pulled_out = any(c.lower_ in ("out", "back") for c in verb.children)
    if base == "pull" and not pulled_out and not all(_owned(o, verb, mine=True) for o in cut):
        return False  # "pulled the diplomat from the rubble"; "pulled its envoy from Kessa" stays
    return base == "recall" or all(_owned(o, verb) for o in cut)


def _state_subject(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        s.ent_type_ in ("GPE", "NORP", "ORG")
        or (s.pos_ == "PROPN" and s.ent_type_ != "PERSON")
        or s.lower_ in STATE_NOUNS
        or ((s.tag_ in ("NNP", "NNPS") or s.ent_type_) and _with_state(verb))
        for s in subjects
    )


def _with_state(verb: Token) -> bool:
    """ "Norland cut off relations with Valdor": the other side a place or a proper name (the
    parser may make a person of an unknown state)."""
    ties = [c for c in verb.children if c.dep_ == "dobj"]
    preps = [
        p for w in (verb, *ties) for p in w.children if p.dep_ == "prep" and p.lower_ == "with"
    ]
    return any(
        o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "NORP") or o.tag_ in ("NNP", "NNPS"))
        for p in preps
        for o in p.children
    )


def _diplomatic(ties: Token) -> bool:
    return any(c.lower_ in ("diplomatic", "bilateral") for c in ties.children)


def _owned(word: Token, verb: Token, states: bool = False, mine: bool = False) -> bool:
    """ "its ambassador", "Norland's envoy" when Norland acts; with `states`, any state's post
    ("Norland's embassy was closed"); with `mine`, only "its"/"their"/"our"."""
    subjects = {c.lower_ for c in verb.children if c.dep_ == "nsubj"}
    return any(
        c.dep_ == "poss"
        and (
            c.lower_ in OWNING
            or (not mine and c.lower_ in subjects)
            or (states and c.ent_type_ in ("GPE", "NORP"))
        )
        for c in word.children
    )


def _for_peril(verb: Token, links: frozenset[str]) -> bool:
    """ "pulled its diplomats out for their safety", "amid fighting", "as shelling spread" (on
    the verb or on what it moves: "withdrew its envoy for his safety"); not "in protest at the
    war" (a protest is pressure whatever it protests)."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    phrases = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in links]
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    phrases += [c for c in clauses if any(m.lower_ in links for m in c.children)]
    words = [[t.lower_ for t in p.subtree] for p in phrases]
    return any("protest" not in w and PERILS.intersection(w) for w in words)


def _post_attacked(verb: Token) -> bool:
    """ "was closed after protesters stormed it": a clause whose verb acts on the post itself."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    return any(
        t.dep_ == "dobj" and (t.lower_ in ("it", "them") or t.lower_ in POSTS)
        for c in clauses
        for t in c.subtree
    )


def diplomatic_entry(verb: Token) -> tuple[str, str | None, str] | None:
    """The statement entry of a verb that cuts ties (a sanction), or None."""
    return ("sanction", "SANCTION", CUTTING_FORMS[verb.lower_]) if ties_cut(verb) else None


def envoy_evacuated(verb: Token) -> bool:
    """ "withdrew its ambassador for his safety", "pulled its diplomats out amid the fighting",
    "evacuated its embassy staff": envoys taken out of danger, a rescue like "civilians were
    evacuated" (no event), neither ties cut (SANCTION) nor forces pulled back (RETREAT)."""
    base = EVACUATING.get(verb.lower_)
    if base is None or not verb.tag_.startswith("VB"):
        return False
    moved = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in (c, *c.conjuncts)]
    if not moved or not all(_diplomatic_people(o) for o in moved):
        return False  # "withdrew its troops and its envoy for their safety": forces moved too
    return base == "evacuate" or _for_peril(verb, PERIL_LINKS)


def _diplomatic_people(word: Token) -> bool:
    """Envoys, monitors, a post, or the post's staff ("embassy staff", "diplomatic personnel");
    not a mission, which may be a peacekeeping force."""
    if word.lower_ in (RECALLED - MISSIONS) | POSTS:
        return True
    kinds = {c.lower_ for c in word.children if c.dep_ in ("compound", "amod")}
    return word.lower_ in STAFF and bool(kinds & (POSTS | DIPLOMATIC))


def envoy_recalled(verb: Token) -> bool:
    """ "withdrew its ambassador", "pulled out its diplomats": a sanction, not a retreat."""
    return CUTTING_FORMS.get(verb.lower_) in ("withdraw", "pull") and ties_cut(verb)
