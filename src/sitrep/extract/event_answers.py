"""Acts told as what another act answers: "the attack was a response to Israeli strikes on
Friday on sites in Natanz, which officials said killed 78 people".

The act answered is an earlier event of its own, with its own side, date, place and toll. The
parser hangs what follows it ("on Friday", "in Natanz", "which ... killed 78") on the answer noun
("response"), but it tells the answered act: that act takes it, and the answering event does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Nouns naming an act as the answer to an earlier one: "a response to", "in retaliation for".
ANSWER_NOUNS = frozenset({"response", "retaliation", "reprisal", "revenge", "reply", "answer"})


def answered(token: Token) -> bool:
    """ "a response to Israeli strikes", "in retaliation for the raid": the act answered."""
    preposition = token.head
    return (
        token.dep_ == "pobj"
        and preposition.lower_ in ("to", "for")
        and preposition.head.lower_ in ANSWER_NOUNS
    )


def answered_extent(token: Token) -> set[int]:
    """The tokens telling an answered act: its own phrase and what the parser hangs on the
    answer noun after it; nothing for a trigger that is not an answered act."""
    if not answered(token):
        return set()
    preposition = token.head
    found = {t.i for t in token.subtree}
    for sibling in preposition.head.rights:
        if sibling.i > preposition.i:
            found |= {t.i for t in sibling.subtree}
    return found


def answered_parts(sent: SpacySpan, triggers: set[int]) -> set[int]:
    """The tokens of the sentence's answered acts that hold none of `triggers`: their date,
    place and toll are not those of the events `triggers` tell."""
    found: set[int] = set()
    for token in sent:
        extent = answered_extent(token)
        if not extent & triggers:
            found |= extent
    return found
