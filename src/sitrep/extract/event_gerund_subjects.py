"""A sentence-opening gerund the parser reads as an adverbial clause is the verb's subject.

"Shelling of a camp in the city of El Fasher killed 14 people": the small model often parses
"Shelling" as an `advcl` of "killed", which then has no subject; read so, the shelling would be
a backdrop to someone else's killing and lose its toll. A gerund that opens the sentence, has no
subject or marker of its own ("as", "after") and precedes a verb with no subject is that verb's
subject: the act that did the harm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def gerund_read_as_clause(token: Token) -> bool:
    """The gerund opens its sentence as a misparsed subject of the verb it hangs on."""
    verb = token.head
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.i == token.sent.start
        and verb.i > token.i
        and not any(c.dep_ in SUBJECT_DEPS | {"mark"} for c in token.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )
