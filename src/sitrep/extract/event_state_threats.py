"""A state's threat told by its unnamed official: the state is the side that threatens.

"Norland would ban grain exports if prices kept rising, the minister warned": the warning names
no side through its speaker ("the minister", "he"), but the threatened act is the state's own,
told with a modal ("would", "will"), so the state is who threatens. A speaker who names a side
keeps it ("the Ruritanian minister warned"); a speaker who is no official ("analysts warned that
Norland would strike") speaks for no state, and a non-state doer ("the kidnappers would kill")
is read by `actor_unnamed` in its own clause.

Only a warning or a threat ("warned", "threatened", "vowed") whose clause tells an act the state
does ("ban", "strike", "retaliate") reads so: "Iran would face consequences" and "the United
States would pay a price" tell what the state would suffer at the speaker's hands, and "the
official said Japan will send aid" tells a plan, no threat. A pronoun speaker ("he warned") is
kept: it is as unnamed as "the minister", and the threat verb, the modal and the state's own act
are what carry the reading, as they do for any unnamed official.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import is_non_state, normalize_actor
from sitrep.extract.event_aims import doer_phrase
from sitrep.extract.event_lexicon import split_words as _w
from sitrep.extract.event_lexicon import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

# Speakers who speak for a state without naming it.
_OFFICIALS = frozenset(
    _w(
        "minister ministry government spokesman spokeswoman spokesperson official officials "
        "president premier chancellor cabinet he she"
    )
)
_THREAT_MODALS = frozenset(_w("would will 'll 'd"))
_THREATENING = frozenset(verb_forms("warn") | verb_forms("threaten") | verb_forms("vow"))
# Acts a state threatens to do itself (after "would"/"will", so in their base form).
_OWN_ACTS = frozenset(
    _w(
        "ban halt stop suspend cut close shut block attack strike hit retaliate respond impose "
        "raise seize expel sever withdraw invade bomb target sanction freeze restrict destroy "
        "shoot fire take act punish boycott embargo blockade annex occupy nationalise nationalize"
    )
)


def threatening_state(verb: Token, speaker: Token | None) -> str | None:
    """The state whose own act, with a modal, `speaker` reports in a clause under `verb`
    ("Norland would ban exports, the minister warned" -> Norland), or None."""
    if speaker is None or speaker.lower_ not in _OFFICIALS or verb.lower_ not in _THREATENING:
        return None
    for clause in verb.children:
        modal = any(c.dep_ == "aux" and c.lower_ in _THREAT_MODALS for c in clause.children)
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if clause.dep_ != "ccomp" or clause.lower_ not in _OWN_ACTS or not modal:
            continue
        if doer is None or doer.tag_ == "PRP":
            continue
        name = normalize_actor(doer_phrase(doer))
        if name is not None and not is_non_state(name):
            return name
    return None
