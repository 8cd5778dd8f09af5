"""A denial or a confirmation of what the sentence before said: "Witnesses said soldiers fired on
the crowd. The military denied that." The object "that" ("it", "this") stands for the statement
before it, so the claim denied is that statement: the claim the sentence before held, else the
whole sentence. "denied that it had fired", with a clause of its own, is no demonstrative; a
statement that was quoted stays "that", for the words quoted are not the denier's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found
from sitrep.extract.quotes import Quote, quoted_share

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

DEMONSTRATIVES = frozenset({"that", "this", "it"})
# Verb classes whose object is a statement: deny, refute, dispute; confirm, acknowledge, admit.
ANSWERING_CLASSES = frozenset({"deny", "confirm"})
SENTENCE_END = " \t\n.!?"


def point_demonstratives(
    text: str, sentences: Sequence[SpacySpan], found: list[Found], quotes: list[Quote]
) -> None:
    """Give a denied or confirmed "that" the statement of the sentence before as its claim."""
    for item in found:
        if not _answers_demonstratively(text, item) or item.sentence < 1:
            continue
        statement = _statement_in(text, sentences[item.sentence - 1], found)
        if statement is not None and not quoted_share(quotes, *statement, text):
            item.claim = statement


def _answers_demonstratively(text: str, item: Found) -> bool:
    token = item.cue_token
    claim = text[item.claim[0] : item.claim[1]]
    return (
        item.verb_class in ANSWERING_CLASSES
        and token is not None
        and claim.lower() in DEMONSTRATIVES
        and any(c.dep_ == "dobj" and c.lower_ == claim.lower() for c in token.children)
    )


def _statement_in(text: str, sentence: SpacySpan, found: list[Found]) -> tuple[int, int] | None:
    """The last claim reported in the sentence, else the sentence less its final stop."""
    start, end = sentence.start_char, sentence.end_char
    held = [f.claim for f in found if start <= f.claim[0] and f.claim[1] <= end]
    if held:
        return max(held, key=lambda claim: (claim[1], claim[1] - claim[0]))
    while end > start and text[end - 1] in SENTENCE_END:
        end -= 1
    return (start, end) if end > start else None
