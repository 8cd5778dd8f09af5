"""Words that look like a change but are part of another verb: "shot down 94 drones".

"up" and "down" size a change only for a verb of the measured thing moving ("went up 5%",
"came down 300 points"); as the particle of another verb whose object is the count ("rounded up
40 protesters", "took down 12 sites", "gave up 300 yards") they tell what was done to the things
counted. Likewise "lost 12 soldiers" counts the dead, not a fall in a level: "lost" is a change
for an amount of money, a share or ground, not for people or machines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.quantity_types import PERSON_NOUNS, TROOP_NOUNS, Draft, TokenIndex

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose "up"/"down" is the movement of a level: "went up", "ticked down", "ended down".
# The parse carries no lemmas here (the pipeline leaves the lemmatizer out): forms are listed.
MOVING_VERBS = frozenset(
    f"{base}{ending}"
    for base in (
        "move", "edge", "tick", "inch", "creep", "trend", "end", "close", "finish", "open",
        "trade", "head", "drift", "mark", "revise", "step", "ramp", "scale",
    )
    for ending in ("", "s", "d", "ed", "ing", "ped", "ping")
) | {"go", "goes", "went", "gone", "going", "come", "comes", "came", "coming", "is", "are",
     "was", "were", "be", "been", "being"}  # fmt: skip
LOSING = frozenset({"lost", "lose", "loses", "losing"})
# Counted things whose loss is a toll, not a change: people, their units, their machines.
LOST_AS_TOLL = frozenset({
    "people", "men", "women", "children", "lives", "hostages", "civilians", "drones", "tanks",
    "aircraft", "planes", "helicopters", "vehicles", "ships", "vessels", "boats",
})  # fmt: skip


def not_a_change(tokens: TokenIndex, draft: Draft, word_at: int) -> bool:
    """Whether the change word at `word_at` before `draft` belongs to another verb's act."""
    word = tokens.at(word_at)
    if word is None:
        return False
    if word.lower_ in LOSING:
        return _counts_people_or_machines(draft)
    if word.lower_ not in ("up", "down") or word.dep_ != "prt":
        return False
    verb = word.head
    return verb.lower_ not in MOVING_VERBS and _is_object_of(tokens, draft, verb)


def _counts_people_or_machines(draft: Draft) -> bool:
    if draft.unit is not None or not draft.counted:
        return False
    noun = draft.counted.split()[-1].lower()
    return noun in LOST_AS_TOLL or noun in TROOP_NOUNS or noun.removesuffix("s") in PERSON_NOUNS


def _is_object_of(tokens: TokenIndex, draft: Draft, verb: Token) -> bool:
    head = tokens.doc[draft.head] if draft.head is not None else tokens.at(draft.last.start)
    while head is not None and head.dep_ in ("nummod", "quantmod", "compound") and head != verb:
        head = head.head
    return head is not None and head.head == verb and head.dep_ in ("dobj", "obj", "npadvmod")
