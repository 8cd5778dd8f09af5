"""Whether a word comes right after a reporting verb, where only a time phrase may stand
between them: "called on Tuesday for Smith to resign" opens its claim at "for" as surely as
"called for Smith to resign" does. Kept apart from `claim_spans`, which reads the claims."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

TIME_ENTITIES = frozenset({"DATE", "TIME"})


def right_after(verb: Token, word: Token) -> bool:
    """`word` follows `verb` with nothing between them but dates, times or a preposition
    that names only a time and hangs on the verb ("on Monday", "at noon")."""
    between = verb.doc[verb.i + 1 : word.i]
    return word.i > verb.i and all(_tells_when(verb, t) for t in between)


def _tells_when(verb: Token, token: Token) -> bool:
    if token.ent_type_ in TIME_ENTITIES:
        return True
    return token.dep_ == "prep" and token.head.i == verb.i and _only_times(token)


def _only_times(prep: Token) -> bool:
    rest = [t for t in prep.subtree if t.i != prep.i]
    return bool(rest) and all(t.ent_type_ in TIME_ENTITIES for t in rest)
