"""Acts told as the condition that ends another: "will keep fighting until they withdraw".

An "until" clause in the present tense names what has not happened yet ("until the troops
withdraw"), so it is no act, nor is one a reported "would" puts in the past ("said the strikes
would continue until the army ended its offensive"); one in the past tells what did happen
("held the town until the army retook it in May") and is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_modal_words import WILL

if TYPE_CHECKING:
    from spacy.tokens import Token

UNTIL = frozenset({"until", "till", "til"})
PRESENT = frozenset({"VBP", "VBZ", "VB"})


def awaited_condition(token: Token) -> bool:
    """The act lies in a present-tense "until" clause ("until they withdraw from the region")."""
    verb = token
    while verb.tag_ not in PRESENT | {"VBD", "VBN"} and verb.head.i != verb.i:
        verb = verb.head  # a noun trigger: the verb it hangs on ("until the withdrawal ends")
    marked = any(c.dep_ == "mark" and c.lower_ in UNTIL for c in verb.children)
    return marked and (verb.tag_ in PRESENT or _foreseen(verb.head))


def _foreseen(verb: Token) -> bool:
    """ "would continue until Israel ended": reported speech puts the condition in the past."""
    return any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children)
