"""A quote its reporting clause interrupts within one sentence ("“We will win,” she said, “and
we will win big.”"): one claim over both parts. The parser hands the reporting verb only one
part as its complement, so without this the other half of what was said is lost; across
sentences the same quote is joined by `attribution_scope.join_continuations`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.quotes import quotes_opening_in
from sitrep.extract.token_positions import doc_text
from sitrep.quote_marks import CLOSING_QUOTES

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sitrep.extract.attribution_common import Found
    from sitrep.extract.quotes import Quote

CLOSING_MARKS = "".join(CLOSING_QUOTES)


def across_reporting_clause(
    item: Found, sentence: SpacySpan, quotes: list[Quote], found: list[Found]
) -> tuple[int, int]:
    """Both parts of a quote that opens the sentence, breaks off at a comma for the item's own
    reporting clause and goes on after a comma; the claim as it is where the clause says more
    than who spoke ("“...,” the mayor sang before asking them, “...”") or another attribution
    holds either part ("“...,” he said, adding, “...”")."""
    parts = quotes_opening_in(quotes, sentence.start_char, sentence.end_char)[:2]
    if len(parts) < 2 or item.cue_token is None or not item.source:
        return item.claim
    first, second = parts
    text = doc_text(sentence.doc)
    if (
        item.claim not in {(first.start, first.end), (second.start, second.end)}
        or text[sentence.start_char : first.start].strip()
        or not _breaks_at_comma(text, first)
        or not text[first.end : second.start].rstrip().endswith(",")
        or not _only_reporting(item, item.cue_token, sentence, (first.end, second.start))
        or any(
            other is not item and other.claim[0] < second.end and first.start < other.claim[1]
            for other in found
        )
    ):
        return item.claim
    return (first.start, second.end)


def _breaks_at_comma(text: str, part: Quote) -> bool:
    """ "“We will win,” she said": the first part stops at a comma, inside or after its mark."""
    quoted = text[part.start : part.end].rstrip().rstrip(CLOSING_MARKS)
    return quoted.endswith(",") or text[part.end : part.end + 1] == ","


def _only_reporting(item: Found, cue: Token, sentence: SpacySpan, gap: tuple[int, int]) -> bool:
    """Between the parts stand the speaker and the cue with its own words ("he said of the
    campaign", "will say"), and no other verb."""
    start, end = gap
    between = [t for t in sentence if start <= t.idx < end]
    return (
        start <= cue.idx < end
        and all(start <= t.idx < end for t in item.source)
        and not any(
            t.pos_ in {"VERB", "AUX"} and t.i != cue.i and t.head.i != cue.i for t in between
        )
    )
