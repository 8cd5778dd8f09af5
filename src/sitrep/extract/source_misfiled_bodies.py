"""Bodies whose head noun files them under the wrong kind. "Network" names a broadcaster ("a TV
network", "the Al Jazeera network") but also a rights group ("the Ostrovan Network for Human
Rights", "the Human Rights Network"), an organization; "authority" names officials ("the
authorities said") but a named one is a state body ("the Ports Authority"), a government; a
court is a state's organ (its government), an international one an organization; and a wing
or an arm speaks for what it belongs to ("the army's media wing" for the army, the government;
"the group's armed wing" for the group).

Kept apart from `sources` (full) and settled before its outlet and official nouns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.model import SourceKind

# Words that make a network a broadcaster whatever else it is called.
BROADCAST_WORDS = frozenset(
    {"tv", "television", "news", "cable", "radio", "broadcast", "broadcasting", "media"}
)
# Causes a network of people stands for: "Human Rights Network", "Network for Peace".
CAUSE_WORDS = frozenset({"rights", "human", "advocacy", "solidarity", "peace", "aid", "justice"})
COURT_NOUNS = frozenset({"court", "courts", "tribunal"})
# Courts above states: "the International Criminal Court", "the European Court of ...".
BEYOND_STATES = frozenset({"international", "european", "african", "inter-american", "un"})
BRANCH_NOUNS = frozenset({"wing", "arm"})


def misfiled_body_kind(
    tokens: Sequence[Token], head: Token, owner_kind: Callable[[list[Token]], SourceKind]
) -> SourceKind | None:
    """The kind of a rights network, a named authority, a court or a body's wing; None for any
    other source. `owner_kind` classifies the owner of a wing."""
    words = {t.lower_ for t in tokens}
    lower = head.lower_
    if lower == "network" and not words & BROADCAST_WORDS and _for_a_cause(head, words):
        return "organization"
    if lower == "authority" and head.tag_ == "NNP" and _named(head):
        return "government"
    if lower in COURT_NOUNS:
        return "organization" if words & BEYOND_STATES else "government"
    if lower in BRANCH_NOUNS:
        owners = [c for c in head.children if c.dep_ == "poss"]
        if owners:
            kind = owner_kind(list(owners[0].subtree))
            return "government" if kind == "government" else "organization"
    return None


def _for_a_cause(head: Token, words: set[str]) -> bool:
    """ "Network for Human Rights", "Human Rights Network", "Network of Rights Defenders"."""
    return bool(words & CAUSE_WORDS) or any(
        c.dep_ == "prep" and c.lower_ == "for" for c in head.children
    )


def _named(head: Token) -> bool:
    """A capitalised word before it ("the Communications Authority", "the Palestinian
    Authority")."""
    return any(c.dep_ in {"compound", "amod"} and c.text[:1].isupper() for c in head.lefts)
