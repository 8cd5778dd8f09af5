"""The clause a reporting verb says when the parser hung it somewhere else.

Two parse shapes leave a cue with no clause of its own though the sentence holds one: a
subordinate reporting clause whose complement the parser took for the main clause ("While he
acknowledged funding was short, ..."; `attribution_swallowed`), and a headline pair whose first
clause the parser hung on the second cue ("Gunmen kill 10, police say; army vows response";
`attribution_semicolons`); a third, a "that" clause read as a relative clause on the medium
("said in a speech that the group would fight on"; `attribution_stranded_that`).
`attribution_verbal` asks this one place, last, for such a clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_semicolons import clause_before_semicolon
from sitrep.extract.attribution_stranded_that import that_clause_read_as_relative
from sitrep.extract.attribution_swallowed import swallowed_complement

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sitrep.extract.quotes import Quote


def misplaced_clause(
    token: Token, sentence: SpacySpan, quotes: list[Quote]
) -> tuple[int, int] | None:
    """The character span the cue `token` reports, found where the parser put it; else None."""
    return (
        swallowed_complement(token)
        or clause_before_semicolon(token, sentence, quotes)
        or that_clause_read_as_relative(token)
    )
