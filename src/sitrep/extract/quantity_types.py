"""The pieces the quantity extractor passes between its stages, and the word lists they share.

`Numeral` is one number found in the text, `Draft` a quantity being assembled around one numeral
or a range of two, `TokenIndex` maps character offsets to the parse so that a pattern's hit can
consult it cheaply.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.strings import hash_string  # type: ignore[attr-defined]

from sitrep.extract.token_positions import doc_text
from sitrep.extract.units import Unit
from sitrep.model import Hedge

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CASUALTY_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ["kill", "kills", "killed", "killing", "die", "dies", "died", "dying", "dead", "death", "deaths", "fatalities", "fatality", "murdered", "murder", "massacred", "slain", "slaying", "neutralise", "neutralize", "neutralises", "neutralizes", "neutralising", "neutralizing", "neutralised", "neutralized", "lives", "toll", "bodies", "corpses", "executed", "beheaded", "lynched"], "killed"),
    **dict.fromkeys(
        ["injure", "injures", "injured", "injuring", "injury", "injuries", "wound", "wounds", "wounded", "wounding", "hurt", "hospitalised", "hospitalized"], "injured"),
    **dict.fromkeys(["missing", "unaccounted", "disappeared"], "missing"),
    **dict.fromkeys(
        ["displace", "displaced", "displacing", "flee", "fled", "fleeing", "evacuated", "evacuate", "evacuating", "homeless", "refugees", "uprooted"], "displaced"),
    **dict.fromkeys(
        ["detain", "detains", "detained", "detaining", "arrest", "arrests", "arrested", "arresting", "capture", "captured", "capturing", "jailed", "imprisoned", "abducted", "abduct", "abducting", "abduction", "kidnapped", "kidnap", "kidnapping", "hostage", "hostages", "prisoners", "detainees"], "detained"),
}  # fmt: skip
CASUALTY_HASHES = frozenset(hash_string(word) for word in CASUALTY_WORDS)
TROOP_NOUNS = frozenset({
    "troops", "soldiers", "servicemen", "servicemembers", "personnel", "fighters", "forces",
    "marines", "paratroopers", "mercenaries", "conscripts", "reservists", "militants",
})  # fmt: skip
PERSON_NOUNS = frozenset({
    "man", "woman", "girl", "boy", "child", "baby", "toddler", "infant", "person", "civilian",
    "soldier", "officer", "policeman", "policewoman", "journalist", "teenager", "teen",
    "resident", "student", "worker", "guard", "citizen", "pedestrian", "driver", "passenger",
    "fighter", "commander", "member", "doctor", "nurse", "farmer", "photographer", "reporter",
    "volunteer", "father", "mother", "son", "daughter", "brother", "sister", "pensioner",
    "employee", "official", "militant", "sergeant", "peacekeeper", "inmate", "prisoner",
    "villager", "protester", "gunman", "attacker", "bystander", "shopkeeper", "trader",
})  # fmt: skip


@dataclass
class Numeral:
    """One number found in the text, before it is read as a quantity."""

    start: int  # where the number's digits or words start
    end: int
    value: float
    base: float  # the value before any scale word, for carrying a scale across a range
    scaled: bool
    currency: str | None = None
    prefix_start: int | None = None  # where a currency symbol before it starts
    sign_up: bool = False
    is_word: bool = False


@dataclass
class Draft:
    """A quantity being assembled: one numeral or a range of two."""

    first: Numeral
    last: Numeral
    start: int
    end: int
    unit: Unit | None = None
    counted: str | None = None
    head: int | None = None  # token index of the counted noun or the number
    hedge: Hedge = "exact"
    vague_low: float | None = None


class TokenIndex:
    """Character offsets to tokens, for consulting the parse at a pattern's hit."""

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import IDX

        self.doc = doc
        self.text = doc_text(doc)
        self.starts: list[int] = [int(i) for i in doc.to_array([IDX]).ravel()] if len(doc) else []

    def casualty_verbs(self) -> list[int]:
        """Indexes of tokens that are casualty words, found on the hashed lower-case column."""
        from spacy.attrs import LOWER

        if not len(self.doc):
            return []
        lowers = self.doc.to_array([LOWER]).ravel().tolist()
        return [i for i, word in enumerate(lowers) if word in CASUALTY_HASHES]

    def at(self, char: int) -> Token | None:
        """The token that contains `char`."""
        if not self.starts:
            return None
        i = bisect.bisect_right(self.starts, char) - 1
        return self.doc[max(i, 0)]

    def after(self, char: int) -> Token | None:
        """The first token that starts at or after `char`."""
        i = bisect.bisect_left(self.starts, char)
        return self.doc[i] if i < len(self.doc) else None
