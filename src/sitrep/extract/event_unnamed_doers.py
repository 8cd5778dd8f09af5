"""The unnamed armed men who did an act, unless the article may name them elsewhere.

"Gunmen stormed a police post" names its doers by `actor_unnamed` ("Unidentified Armed Group").
But wire copy often tells the attack first and who did it later ("... The Sahel Front claimed
responsibility"), or names the group the gunmen belong to in a heading; `event_coreference`
fills only an empty actor, so where the article names an armed group (one the actor table knows,
a named front or army, an acronym with its fighters: "ISWAP fighters"; not one named only as
denying a role) the men are left unnamed for it. A claim needs no such room: it names the doer
of the one attack it reaches over unnamed men (`event_responsibility`), and an attack it does not
reach keeps its unnamed men ("Gunmen killed five in Mopti. JNIM claimed the killing of a soldier
in Gao"). Pirates, kidnappers and bandits, which the actor table reads by
itself, are asked again here (`unless_named_elsewhere`). "Terrorists" told by a state's body
("the army said") are that state's word for its foe, which may be another state's army, and are
no unnamed group. Only the doers of an act told by a verb, or by "an attack by gunmen", are
named: "ten attackers died in the assault" tells the dead, not who assaulted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actor_unnamed import (
    ENEMY_LABELS,
    UNNAMED_SIDES,
    is_unnamed_side,
    unnamed_side,
)
from sitrep.extract.actors import ACRONYM, is_non_state, names_an_armed_group, normalize_actor
from sitrep.extract.event_lexicon import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NAMES_A_GROUP = "sitrep_names_an_armed_group"  # the article's answer, kept on its Doc
# Members' words after an acronym that make it an armed side's name ("ISWAP fighters").
_MEMBERS = frozenset(
    ["fighters", "rebels", "militants", "insurgents", "militiamen", "gunmen", "guerrillas"]
)
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_DENYING = frozenset(_w("denied denies deny denying rejected rejects disowned"))
_SAYING = frozenset(_w("said says told reported stated announced added claimed according"))
# Who speaks for a state without naming it ("the army said", "the defence ministry said").
_STATE_BODIES = frozenset(
    _w(
        "army military ministry government police troops forces authorities official "
        "officials spokesman spokeswoman spokesperson president minister governor command"
    )
)


def unnamed_doer(token: Token, act: Token) -> str | None:
    """The name of the unnamed armed side `token` (the subject of the verb `act`, or the "by"
    of a noun `act`) stands for, or None."""
    if not (act.tag_.startswith("VB") or token.dep_ in ("prep", "agent")):
        return None
    side = unnamed_side(token)  # first: the article-wide look below costs far more
    if side is None or _may_name_them(token.doc):
        return None
    if any(t.lower_ in ENEMY_LABELS for t in token.subtree) and _said_by_a_state(token):
        return None  # "Terrorists shelled the city, the ministry said": a state's word for its foe
    return side


def _said_by_a_state(token: Token) -> bool:
    """Whether the sentence of `token` is told by a state's body ("the army said", "according
    to the defence ministry") or a country ("Norland said")."""
    return any(_speaks_for_a_state(t) for t in token.sent if t.head.lower_ in _SAYING)


def _speaks_for_a_state(speaker: Token) -> bool:
    if speaker.dep_ == "prep" and speaker.lower_ == "to":  # "according to the army"
        speaker = next((c for c in speaker.children if c.dep_ == "pobj"), speaker)
    elif speaker.dep_ != "nsubj":
        return False
    if speaker.lower_ in _STATE_BODIES:
        return True
    name = normalize_actor(speaker.text if speaker.tag_ == "NNP" else "")
    return name is not None and not is_non_state(name)


def unless_named_elsewhere(name: str | None, token: Token, act: Token) -> str | None:
    """`name` as the actor table read `token` ("Bandits killed ..." -> "Bandits"), asked again
    as unnamed men when it is a bare trade: "The ADF claimed it" names them elsewhere."""
    return unnamed_doer(token, act) if name in UNNAMED_SIDES else name


def _may_name_them(doc: Doc) -> bool:
    """Whether the article names an armed group. A claimant is not asked: the claim names the
    doer of the one attack it reaches (`event_responsibility`), over unnamed men, and the other
    attacks keep theirs."""
    if _NAMES_A_GROUP not in doc.user_data:
        doc.user_data[_NAMES_A_GROUP] = (
            names_an_armed_group(_without_denials(doc))
            or any(
                _names_a_named_group(ent.text) and not _denies(ent.root)
                for ent in doc.ents
                if ent.label_ == "ORG"
            )
            or any(_armed_acronym(token) for token in doc)
        )
    return bool(doc.user_data[_NAMES_A_GROUP])


def _denies(token: Token) -> bool:
    """ "The Sahel Front denied any role": a group named only as denying names no doer."""
    return token.dep_ == "nsubj" and token.head.lower_ in _DENYING


def _without_denials(doc: Doc) -> str:
    """The article's text with the subjects of denials ("X denied any role") blanked."""
    text = doc.text
    for token in doc:
        if _denies(token):
            start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _names_a_named_group(text: str) -> bool:
    """ "the Sahel Liberation Front", not "AFP": an acronym alone may be an agency's."""
    name = normalize_actor(text)
    return name is not None and ACRONYM.fullmatch(name) is None and _names_a_non_state_side(text)


def _names_a_non_state_side(text: str) -> bool:
    """Whether `text` names a non-state side other than unnamed armed men."""
    name = normalize_actor(text)
    return name is not None and is_non_state(name) and not is_unnamed_side(name)


def _armed_acronym(token: Token) -> bool:
    """ "ISWAP fighters", "JNIM said its fighters ...": an acronym naming an armed side, where
    an acronym alone may be a newspaper's or an agency's ("AFP")."""
    if ACRONYM.fullmatch(token.text) is None or token.ent_type_ in _PLACES:
        return False
    if not _names_a_non_state_side(token.text):
        return False
    after = token.doc[token.i + 1 : token.i + 2]
    if after and after[0].lower_ in _MEMBERS:
        return True
    return any(
        t.lower_ in _MEMBERS and any(c.lower_ == "its" for c in t.children) for t in token.sent
    )
