"""A state's threat told by its unnamed official: the state is the side that threatens.

"Norland would ban grain exports if prices kept rising, the minister warned": the warning names
no side through its speaker ("the minister", "he"), but the threatened act is the state's own,
told with a modal ("would", "will"), so the state is who threatens. A speaker who names a side
keeps it ("the Ruritanian minister warned"); a speaker who is no official ("analysts warned that
Norland would strike") speaks for no state, and a non-state doer ("the kidnappers would kill")
is read by `actor_unnamed` in its own clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import is_non_state, normalize_actor
from sitrep.extract.event_aims import doer_phrase
from sitrep.extract.event_lexicon import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Token

# Speakers who speak for a state without naming it.
_OFFICIALS = frozenset(
    _w(
        "minister ministry government spokesman spokeswoman spokesperson official officials "
        "president premier chancellor cabinet he she"
    )
)
_THREAT_MODALS = frozenset(_w("would will 'll 'd could might"))


def threatening_state(verb: Token, speaker: Token | None) -> str | None:
    """The state whose own act, with a modal, `speaker` reports in a clause under `verb`
    ("Norland would ban exports, the minister warned" -> Norland), or None."""
    if speaker is None or speaker.lower_ not in _OFFICIALS:
        return None
    for clause in verb.children:
        modal = any(c.dep_ == "aux" and c.lower_ in _THREAT_MODALS for c in clause.children)
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if clause.dep_ != "ccomp" or not modal or doer is None or doer.tag_ == "PRP":
            continue
        name = normalize_actor(doer_phrase(doer))
        if name is not None and not is_non_state(name):
            return name
    return None
