"""Names in the slot of an attack: "the attack on X", "airstrikes on X", "shelling hit X", "X was
hit". War reports name the struck town there, and the small model often tags it as a person or
leaves it untagged ("Kharkiv was hit" opens the sentence as a common noun), so the slot stands
as a place cue; a name read only through it must still be a populated place in the gazetteer.
People are attacked too ("the attack on Carson, a local reporter"): a name with a title or a
person's appositive is no place, and the reading must be a town of some size under its own name,
not a hamlet or a town that bears the name only as an alias (an old name of a city). Even a name
tagged as a place is a person's when a person's noun stands in apposition ("the attack on Lenox,
a local reporter"): the tagger knows the town, not the story.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import ADMIN1_CUES, ADMIN2_CUES, CITY_CUES, important
from sitrep.extract.source_lexicon import PERSON_TITLES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.gazetteer import Entry

# Nouns whose "on X" / "at X" is the place struck.
ATTACK_NOUNS = frozenset({
    "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air-strike",
    "air-strikes", "raid", "raids", "bombing", "bombings", "bombardment", "bombardments",
    "shelling", "assault", "assaults", "offensive", "barrage", "barrages",
})  # fmt: skip
ATTACK_PREPOSITIONS = frozenset({"on", "at", "against"})
# Verbs whose object (or passive subject) is the place struck.
STRIKING_VERBS = frozenset({
    "hit", "hits", "hitting", "struck", "strike", "strikes", "striking", "shelled", "shells",
    "bombed", "bombs", "pounded", "pounding", "bombarded", "targeted", "targets", "targeting",
})  # fmt: skip
TARGET_DEPS = frozenset({"dobj", "nsubjpass"})
# A sentence that tells of an armed strike names one of these.
WEAPON_WORDS = ATTACK_NOUNS | frozenset({
    "missile", "missiles", "rocket", "rockets", "drone", "drones", "shell", "shells", "bomb",
    "bombs", "artillery", "mortar", "mortars", "warplanes", "jets", "forces", "troops",
})  # fmt: skip


def attack_target(window: list[Token]) -> bool:
    """Whether the name in `window` is what an attack struck, by its words or its parse."""
    if not window:
        return False
    first, head = window[0], _name_head(window)
    following = head.doc[window[-1].i + 1 : window[-1].i + 2]
    if following and following[0].lower_ in ("'s", "’s", "'", "’"):
        return False  # "the raid on Smith's home": the owner of what was struck
    if _titled_or_described_as_a_person(window, head):
        return False  # "the attack on Carson, a reporter", "targeted President Carson"
    return _in_the_slot(first, head)


def person_struck(window: list[Token]) -> bool:
    """ "the attack on Lenox, a local reporter": a name in the slot that an appositive person's
    noun describes, whatever the tagger calls it."""
    head = _name_head(window)
    return _in_the_slot(window[0], head) and _described_as(window, PERSON_NOUNS)


def _in_the_slot(first: Token, head: Token) -> bool:
    verb = head.head
    return _after_attack_noun(first) or (
        head.dep_ in TARGET_DEPS
        and verb.pos_ == "VERB"
        and verb.lower_ in STRIKING_VERBS
        and any(t.lower_ in WEAPON_WORDS for t in verb.sent)  # not "the car hit Jones"
    )


# A town read through the slot alone has at least this many people, unless it is important: the
# hamlets that share a leader's name ("the attack on Omar") are not what war reports strike.
STRUCK_TOWN_POPULATION = 20_000
# Appositive nouns that describe a place, not a person ("Kherson, a port city").
PLACE_APPOSITIVES = CITY_CUES | ADMIN1_CUES | ADMIN2_CUES | frozenset({"stronghold", "hub", "area"})
# Appositive nouns that say the bearer is a person, firmly enough to overrule a place's tag.
PERSON_NOUNS = frozenset({
    "reporter", "journalist", "correspondent", "photographer", "blogger", "activist", "critic",
    "teacher", "student", "doctor", "nurse", "lawyer", "farmer", "driver", "businessman",
    "businesswoman", "politician", "lawmaker", "candidate", "official", "officer", "soldier",
    "commander", "leader", "priest", "imam", "pastor", "man", "woman", "boy", "girl", "resident",
    "worker", "worshipper", "mother", "father", "son", "daughter",
})  # fmt: skip
TITLES = PERSON_TITLES | frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sheikh"})


def populated(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """The readings that are towns of some size under their own name (or important places): a
    name read through the slot alone must be one."""
    return tuple(
        e
        for e in entries
        if e.population > 0
        and (important(e) or (e.kind == 0 and e.population >= STRUCK_TOWN_POPULATION))
    )


def _titled_or_described_as_a_person(window: list[Token], head: Token) -> bool:
    """ "President Omar", "Mr Carson", "Omar, the group's commander", "Carson, a reporter"."""
    doc = head.doc
    before = doc[window[0].i - 1] if window[0].i > 0 else None
    if before is not None and before.lower_ in TITLES:
        return True
    return _described_as(window, None)


def _described_as(window: list[Token], nouns: frozenset[str] | None) -> bool:
    """An appositive after the name ("X, a local reporter") whose last noun names what the
    bearer is: one of `nouns`, or (None) any noun but a place's."""
    doc = window[0].doc
    after = doc[window[-1].i + 1 : window[-1].i + 8]
    if len(after) < 3 or after[0].text != "," or after[1].lower_ not in ("a", "an", "the"):
        return False
    for token in after[2:]:
        if token.is_punct:
            break
        if token.pos_ == "NOUN" and token.lower_ not in PLACE_APPOSITIVES:
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if nxt is None or nxt.pos_ != "NOUN":
                return nouns is None or token.lower_ in nouns
    return False


def _after_attack_noun(first: Token) -> bool:
    """ "the attack on X", "Israeli airstrikes on X" (an article may stand between)."""
    i = first.i - 1
    if i >= 0 and first.doc[i].lower_ == "the":
        i -= 1
    return (
        i >= 1
        and first.doc[i].lower_ in ATTACK_PREPOSITIONS
        and first.doc[i - 1].lower_ in ATTACK_NOUNS
    )


def _name_head(window: list[Token]) -> Token:
    """The word of the name the parse hangs the rest on ("Younis" of "Khan Younis")."""
    inside = {t.i for t in window}
    return next((t for t in window if t.head.i not in inside or t.head == t), window[-1])
