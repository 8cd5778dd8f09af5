"""A quote credited after a dash to the name that ends its line ("“We will rebuild.” ― Ana
Ruiz"): pull quotes, epigraphs and reader comments name their speaker that way, with no verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, strip_end
from sitrep.extract.attribution_patterns import OPENING_QUOTES
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.token_positions import doc_text, line_start, token_end

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

CREDIT_DASHES = frozenset({"―", "—", "–"})


def dash_credits(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """ "“We will rebuild.” ― Ana Ruiz": a quote credited, after a dash, to the name that ends
    its line (pull quotes, epigraphs, reader comments). A line that opens with a quote is
    credited whole, though a slip of the quote marks may split it ("“... money.” And that is
    all he has “the root of all evil’.” ― Ana Ruiz")."""
    text = doc_text(sentence.doc)
    found: list[Found] = []
    for dash in (t for t in sentence if _credit_dash(t)):
        at = token_end(dash) - 1  # the tokenizer may glue the dash to the quote: "”―"
        end = strip_end(text, 0, at)
        name = _credited_name(dash)
        if not text.endswith(("”", '"', "''"), 0, end) or not name:
            continue
        quote = quote_at(quotes, end - 1)
        line = line_start(text, end)
        line += len(text[line:end]) - len(text[line:end].lstrip())
        opens_line = text.startswith(tuple(OPENING_QUOTES), line)
        start = line if opens_line or quote is None else quote.start
        cue = (at, at + 1, text[at])
        found.append(Found((start, end), name, cue, "say", cue_token=dash))
    return found


def _credit_dash(token: Token) -> bool:
    return token.text[-1:] in CREDIT_DASHES and token.text[:-1] in {"", "”", '"'}


def _credited_name(dash: Token) -> list[Token]:
    """The capitalised name after a credit dash, when nothing but a line end or another quote
    follows it."""
    name: list[Token] = []
    for token in dash.doc[dash.i + 1 : dash.i + 8]:
        if token.is_space and not name:
            continue
        if token.text[:1].isupper() or (name and token.text in {".", "-"}):
            name.append(token)
            continue
        if token.is_space or token.text in {"“", '"', "''", "("}:
            break
        return []
    return name if any(t.pos_ == "PROPN" for t in name) else []
