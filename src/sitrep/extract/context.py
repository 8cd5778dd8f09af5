"""What every extractor receives: the parsed document, its article and its page furniture.

Credits, bylines and boilerplate never feed an extraction. Captions and "In other news" items do
(they carry real places, dates and events), but a caption's event is a restatement, so extractors
can ask `in_caption` to mark it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.model import Article, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

SILENT_KINDS = frozenset({"credit", "byline", "boilerplate"})


@dataclass(frozen=True)
class DocContext:
    doc: Doc
    article: Article
    furniture: tuple[Span, ...] = field(default=())

    @property
    def text(self) -> str:
        return self.article.text

    def is_silent(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a credit, byline or boilerplate span."""
        return any(
            s.kind in SILENT_KINDS and s.start < end and start < s.end for s in self.furniture
        )

    def in_caption(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside a photo caption."""
        return any(
            s.kind == "caption" and s.start <= start and end <= s.end for s in self.furniture
        )

    def sentences(self) -> list[SpacySpan]:
        """The document's sentences, less those that are credits, bylines or boilerplate."""
        return [s for s in self.doc.sents if not self.is_silent(s.start_char, s.end_char)]


def build_context(nlp: Language, article: Article) -> DocContext:
    """Mark the furniture, tokenize with fixed sentence starts and parse one article.

    The pipeline does the same over batches with `nlp.pipe`; this is for one text (tests, evals).
    """
    from sitrep.clean import find_furniture
    from sitrep.nlp import make_doc

    furniture = tuple(find_furniture(article.text))
    doc = nlp(make_doc(nlp, article.text, furniture))
    return DocContext(doc=doc, article=article, furniture=furniture)
