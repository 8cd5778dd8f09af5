"""Named bodies whose kind the word lists alone misjudge, judged the way the event code judges
them. An armed group named as armies are ("the paramilitary Rapid Support Forces", "Kataib
Hezbollah") is no state's army: `actors.is_non_state` is the event side's judgement, used here
so that a source and an event actor agree. A network of members ("the Valdor Nurses Network",
"the Network for Rights in Tamar") is an organisation, not a broadcaster.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import is_armed_group, is_non_state
from sitrep.extract.source_lexicon import NEWS_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Names ending so are a state's own guard ("the National Guard", "the Republican Guard"), which
# `is_non_state` counts among armed groups by the shape of the name.
STATE_GUARDS = frozenset({"guard", "guards"})
# Members a network may be named for: "Doctors Network", "the Nurses Network".
MEMBER_ENDINGS = ("ors", "ers", "ists", "ians", "nurses", "medics", "women", "men")
# Causes a network of members serves: "a rights network", "the Aid Network".
CAUSE_WORDS = frozenset(
    {"rights", "aid", "relief", "health", "monitoring", "support", "advocacy", "solidarity"}
    | {"protection", "activist", "activists", "volunteer", "volunteers", "humanitarian"}
)


def names_non_state_group(owner: str | None) -> bool:
    """Whether a normalised actor name is an armed group outside any state."""
    if owner is None:
        return False
    if is_armed_group(owner):
        return True
    return is_non_state(owner) and owner.split()[-1].lower() not in STATE_GUARDS


def broadcasts(head: Token) -> bool:
    """Whether a media noun names a broadcaster: not a network named for its members or its
    cause ("Doctors Network", "a rights network", "the Network for Justice")."""
    if head.lower_ not in {"network", "networks"}:
        return True
    named = [t.text for t in head.subtree if t.i <= head.i]
    return not names_no_outlet(named) and not any(c.lower_ == "for" for c in head.rights)


def names_no_outlet(words: list[str]) -> bool:
    """A name ending in a media word that is no outlet: an agency that is no news agency ("the
    U.N. migration agency"), a network of members or for a cause ("Valdor Nurses Network")."""
    lowered = [w.lower() for w in words]
    if not lowered or NEWS_WORDS & set(lowered):
        return False
    if lowered[-1] == "agency":
        return True
    before = lowered[-2] if len(lowered) > 1 and lowered[-1] in {"network", "networks"} else ""
    return before in CAUSE_WORDS or before.endswith(MEMBER_ENDINGS) or "for" in lowered
