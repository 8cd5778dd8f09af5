"""Ships, buses and planes seized or hijacked: a coercive act or an abduction, never ground taken.

"Pirates seized a cargo ship" or "the tanker was seized in the strait" moves no front line, so
`sitrep.extract.event_triggers` must not read it as territory, whatever place names the sentence
holds. A craft taken with the people named aboard it ("hijacked a bus carrying 20 passengers") is
an abduction; one taken alone is PLOVER COERCE (property seized), with type "other". "Hijack"
needs a craft or a named one ("hijacked the Sea Lark"): "hijacked the debate" is no event.
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
        "airliners jet jets train trains"
    )
)
HIJACKING = lex.forms("hijack")
ABOARD = lex.PERSON_OBJECTS | frozenset(
    lex.split_words("tourists pilgrims travellers travelers villagers migrants pupils occupants")
)
SEIZING = lex.forms("seize capture commandeer")
CRAFT_BASES = frozenset({"hijack", "seize", "capture", "commandeer"})
SEIZED_PROPERTY = "COERCE"  # PLOVER's code for property seized by force


def craft_seizure(verb: Token) -> tuple[str, str, str | None] | None:
    """(type, base, ACLED) when the verb takes a craft: abduction with people aboard, else other."""
    low = verb.lower_
    if low not in HIJACKING | SEIZING or not verb.tag_.startswith("VB"):
        return None
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    named = low in HIJACKING and any(t.pos_ == "PROPN" for t in taken)
    if not named and not any(t.lower_ in CRAFT for t in taken):
        return None
    base = "hijack" if low in HIJACKING else _seizing_base(low)
    aboard = any(w.lower_ in ABOARD for t in taken for w in t.subtree)
    return ("abduction" if aboard else "other"), base, None


def seizure_plover(event_type: str, base: str) -> str | None:
    """The PLOVER code a craft seized alone carries (type "other" has none of its own)."""
    return SEIZED_PROPERTY if event_type == "other" and base in CRAFT_BASES else None


def _seizing_base(form: str) -> str:
    return next(base for base in ("seize", "capture", "commandeer") if form in lex.forms(base))
