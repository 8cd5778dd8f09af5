"""A sentence that opens with a quote and closes on its reporting clause: in "“We are getting
special scrutiny,” the candidate told CBS’ Face the Nation on Sunday" or "“Let’s go back six
months,” Sanders said in an interview aired Monday", the quote is what was said, however the
parser hangs the words after the verb (a show's name read as a clause, a participle read as a
complement). The quote must end on a comma, a question or an exclamation, the mark of a
statement handed on to its speaker, and only the source, adverbs and punctuation may stand
between it and the cue. Where a second quote follows the cue ("“A,” he said, “B.”") that is a
quote interrupted by its reporting clause, and the words after the verb keep their part.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import tokens_between
from sitrep.extract.claim_spans import clause_after
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.token_positions import doc_text
from sitrep.quote_marks import CLOSING_QUOTES

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

CLOSING_MARKS = "".join(CLOSING_QUOTES) + " "
HANDING_ON = frozenset({",", "?", "!"})
BETWEEN_POS = frozenset({"ADV", "AUX", "PART"})


def opening_quote(
    token: Token, source: list[Token], sentence: SpacySpan, quotes: list[Quote]
) -> tuple[int, int] | None:
    """The quote that opens the sentence, where the cue and its source close it."""
    first = next((t for t in sentence if not t.is_space), None)
    quote = quote_at(quotes, first.idx) if first is not None else None
    if quote is None or quote.end > token.idx or not _hands_on(doc_text(token.doc), quote):
        return None
    speaker = {t.i for t in source}
    between = [t for t in tokens_between(token.doc, quote.end, token.idx) if t.i not in speaker]
    if not all(t.is_punct or t.is_space or t.pos_ in BETWEEN_POS for t in between):
        return None
    following = clause_after(token)
    if following is not None and quote_at(quotes, following[0]) is not None:
        return None
    return quote.start, quote.end


def _hands_on(text: str, quote: Quote) -> bool:
    inner = text[quote.start : quote.end].rstrip(CLOSING_MARKS)
    return bool(inner) and inner[-1] in HANDING_ON
