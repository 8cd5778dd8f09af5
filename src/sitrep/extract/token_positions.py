"""The token at a character offset, found by bisection over the document's token starts, the
sentence a token is in, the tokens of a sentence that are among some words, the named entity a
token lies in, and the character bounds of a token or a run of tokens.

Findings (places, times, quantities) carry character offsets, and the event stages ask, for each
event and each finding, which token an offset falls in. `Doc.char_span` or a walk over the
tokens makes that cost grow with the article; a 2,000-sentence article asked it 30 million
times. The starts are computed once per document and kept in `doc.user_data`, and so is the
document's text, which spaCy rebuilds from the tokens on every access.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

from spacy.attrs import IDX, LENGTH, LOWER, SENT_START

if TYPE_CHECKING:
    from spacy.tokens import Token

_KEY = "sitrep.token_bounds"
_SENTENCE_KEY = "sitrep.sentence_starts"
_TEXT_KEY = "sitrep_text"
_LOWER_KEY = "sitrep.token_lowers"


def doc_text(doc: Any) -> str:
    """The document's text, cached: spaCy rebuilds `Doc.text` from the tokens on every access."""
    if _TEXT_KEY not in doc.user_data:
        doc.user_data[_TEXT_KEY] = doc.text
    return str(doc.user_data[_TEXT_KEY])


def token_index_at(doc: Any, char: int) -> int | None:
    """The index of the token whose text holds `char`; None in the spaces between tokens."""
    starts, ends = _token_bounds(doc)
    position = bisect_right(starts, char) - 1
    if position < 0 or char >= ends[position]:
        return None
    return position


def _token_bounds(doc: Any) -> tuple[list[int], list[int]]:
    """Every token's start and end offsets, computed once per document."""
    bounds: tuple[list[int], list[int]] | None = doc.user_data.get(_KEY)
    if bounds is None or len(bounds[0]) != len(doc):
        offsets = doc.to_array([IDX, LENGTH])
        bounds = offsets[:, 0].tolist(), (offsets[:, 0] + offsets[:, 1]).tolist()
        doc.user_data[_KEY] = bounds
    return bounds


def sentence_start(doc: Any, index: int) -> int:
    """The index of the first token of the sentence that holds token `index`. `Token.sent` walks
    the sentence on every call; the starts are computed once per document."""
    starts: list[int] | None = doc.user_data.get(_SENTENCE_KEY)
    if starts is None or len(starts) != len(doc):
        starts = []
        for position, flag in enumerate(doc.to_array([SENT_START]).ravel().tolist()):
            starts.append(position if flag == 1 or not starts else starts[-1])
        doc.user_data[_SENTENCE_KEY] = starts
    return starts[index]


def token_at(doc: Any, char: int) -> Any:
    """The token whose text holds `char`, or None."""
    position = token_index_at(doc, char)
    return None if position is None else doc[position]


def lower_forms(doc: Any) -> list[str]:
    """Every token's lower-case form, cached as plain strings (never Tokens, which would keep the
    document alive): spaCy builds a Token object on each access."""
    lowers: list[str] | None = doc.user_data.get(_LOWER_KEY)
    if lowers is None or len(lowers) != len(doc):
        strings = doc.vocab.strings
        lowers = [strings[key] for key in doc.to_array([LOWER]).ravel().tolist()]
        doc.user_data[_LOWER_KEY] = lowers
    return lowers


def tokens_among(sentence: Any, words: AbstractSet[str]) -> list[Any]:
    """The tokens of the sentence whose lower-case form is one of `words`: the passes that look
    for a handful of cue words need not build a Token for every word of every sentence."""
    doc, start = sentence.doc, sentence.start
    lowers = lower_forms(doc)[start : sentence.end]
    if words.isdisjoint(lowers):
        return []
    return [doc[start + offset] for offset, lower in enumerate(lowers) if lower in words]


def entity_of(token: Any) -> Any:
    """The named entity (`Span`) `token` lies in, or None."""
    if not token.ent_type_:
        return None
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def char_bounds(doc: Any, tokens: set[int]) -> tuple[int, int]:
    """[start, end) of the text the tokens span; empty for no tokens. A cheap first test before
    asking which token an offset falls in."""
    if not tokens:
        return 0, 0
    return doc[min(tokens)].idx, token_end(doc[max(tokens)])


def token_end(token: Token) -> int:
    """The offset just past the token's text: spaCy gives a token's start (`Token.idx`) only."""
    return token.idx + len(token.text)


def run_bounds(tokens: Sequence[Token]) -> tuple[int, int]:
    """[start, end) of the text from the first token of a run to its last; the run is not empty.
    For the lists of tokens the extractors trim: a `Span` has `start_char` and `end_char`."""
    return tokens[0].idx, token_end(tokens[-1])


def line_start(text: str, position: int, reach: int | None = None) -> int:
    """The offset where the line holding `position` starts. With a `reach`, only that many
    characters back are searched and a line that starts farther back gives -1: a caller asking
    whether a short label opens the line need not scan a whole article that has no line breaks."""
    floor = 0 if reach is None else max(0, position - reach - 1)
    newline = text.rfind("\n", floor, position)
    if newline >= 0:
        return newline + 1
    return 0 if floor == 0 else -1
