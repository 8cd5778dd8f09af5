"""Ships, buses, planes and war materiel seized or hijacked: coercion or abduction, never ground.

"Pirates seized a cargo ship" or "the tanker was seized in the strait" moves no front line, so
`sitrep.extract.event_triggers` must not read it as territory, whatever place names the sentence
holds. A craft taken with the people named aboard it ("hijacked a bus carrying 20 passengers") is
an abduction; one taken alone is PLOVER COERCE (property seized), with type "other". "Hijack"
needs a craft or a named one ("hijacked the Sea Lark"): "hijacked the debate" is no event.

Materiel seized or captured ("captured three tanks near Ostrovo", "seized two armoured vehicles
and a howitzer") is arms taken out of an enemy's use: ACLED's "Disrupted weapons use" (PLOVER
COERCE), as seized weapons caches are, whatever place is named beside it. Ground or people taken
with it win ("captured the hill and two tanks" is a gain of ground).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

CRAFT = frozenset(
    lex.split_words(
        "ship ships vessel vessels tanker tankers boat boats freighter freighters carrier "
        "carriers trawler trawlers ferry ferries yacht yachts dhow dhows barge barges bus buses "
        "minibus minibuses coach coaches truck trucks lorry lorries plane planes airliner "
        "airliners jet jets train trains vehicle vehicles car cars pickup pickups jeep jeeps"
    )
)
HIJACKING = lex.forms("hijack")
ABOARD = lex.PERSON_OBJECTS | frozenset(
    lex.split_words(
        "tourists pilgrims travellers travelers villagers migrants pupils occupants crews"
    )
)
SEIZING = lex.forms("seize capture commandeer")
CRAFT_BASES = frozenset({"hijack", "seize", "capture", "commandeer"})
SEIZED_PROPERTY = "COERCE"  # PLOVER's code for property seized by force
DISRUPTED = "Disrupted weapons use"  # ACLED's sub-type for arms seized or defused
MATERIEL = frozenset(
    lex.split_words(
        "tank tanks howitzer howitzers launcher launchers artillery materiel apc apcs armour armor"
    )
)
ARMOURED = frozenset(lex.split_words("armoured armored military combat infantry army"))
# Gear that is war materiel only when said to be: a bare vehicle is a craft, bare equipment anything.
QUALIFIED = frozenset(lex.split_words("vehicle vehicles equipment hardware"))
AMOUNTS = frozenset(lex.split_words("amount amounts quantity quantities stocks pieces piece"))


def craft_seizure(verb: Token) -> tuple[str, str, str | None] | None:
    """(type, base, ACLED) when the verb takes a craft (abduction with people aboard, else other)
    or war materiel (other, a disrupted weapons use)."""
    low = verb.lower_
    if low not in HIJACKING | SEIZING or not verb.tag_.startswith("VB"):
        return None
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if low in SEIZING and _materiel(taken):
        return "other", _seizing_base(low), DISRUPTED  # "captured three tanks": arms, no ground
    named = low in HIJACKING and any(t.pos_ == "PROPN" for t in taken)
    if not named and not any(t.lower_ in CRAFT for t in taken):
        return None
    base = "hijack" if low in HIJACKING else _seizing_base(low)
    aboard = any(w.lower_ in ABOARD for t in taken for w in t.subtree)
    return ("abduction" if aboard else "other"), base, None


def _materiel(taken: list[Token]) -> bool:
    """War materiel and nothing else taken: "three tanks", "two armoured vehicles and a
    howitzer", "large amounts of military equipment"; not "the hill and two tanks"."""
    heads = [w for t in taken for w in (t, *t.conjuncts)]
    if any(w.lower_ in lex.TERRITORY | lex.PERSON_OBJECTS for w in heads) or not heads:
        return False
    return all(_arms_word(w) for w in heads)


def _arms_word(word: Token) -> bool:
    if word.lower_ in MATERIEL or word.lower_ in lex.WEAPON_OBJECTS:
        return True
    if word.lower_ in QUALIFIED:  # "armoured vehicles", "military equipment"; not "medical"
        return any(c.lower_ in ARMOURED for c in word.children)
    amounts = [o for p in word.children if p.lower_ == "of" for o in p.children]
    return word.lower_ in AMOUNTS and any(_arms_word(o) for o in amounts)


def seizure_plover(event_type: str, base: str) -> str | None:
    """The PLOVER code a craft seized alone carries (type "other" has none of its own)."""
    return SEIZED_PROPERTY if event_type == "other" and base in CRAFT_BASES else None


def _seizing_base(form: str) -> str:
    return next(base for base in ("seize", "capture", "commandeer") if form in lex.forms(base))
