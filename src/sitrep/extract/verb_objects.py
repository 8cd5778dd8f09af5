"""The words a verb acts on, shared by the trigger rules and the statement rules.

Both `sitrep.extract.event_triggers` (is "fought" a fight or "fought the fire"?) and
`sitrep.extract.event_statements` (does "suspended" suspend anyone?) type a verb by what it is done
to; one definition keeps the two readings of the same verb in step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})


def object_words(token: Token, keep: Callable[[Token], bool] | None = None) -> set[str]:
    """Lower-cased words of the token's objects (active) or of its subject (passive); only those
    `keep` accepts when given (a reader that must not see a word in one use of it: "cable" in "a
    cable car")."""
    words: set[str] = set()
    for child in token.children:
        if child.dep_ in OBJECT_DEPS or (
            child.dep_ == "prep" and child.text.lower() in ("of", "over")
        ):
            words |= {t.text.lower() for t in child.subtree if keep is None or keep(t)}
    if token.dep_ in ("acl", "relcl") and token.head.tag_.startswith("NN"):
        words.add(token.head.text.lower())
    return words
