"""A cue takes no claim across a semicolon outside quotes: "Floods hit Dhaka, officials say;
Bangladesh says it needs help" holds two reports, but the parser hangs the second on the first
verb, which then reports it. That cue reports its own side instead, and the other side is
attributed on its own. A claim that merely runs on past a semicolon is left whole. When the
parser hangs the first clause on the far cue and makes the near "say" a parataxis with no clause
("Gunmen kill 9, police say; army vows revenge"), that clause is the near cue's
(`clause_before_semicolon`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, trim
from sitrep.extract.attribution_headline_clauses import is_headline_clause
from sitrep.extract.claim_spans import subtree_span
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.token_positions import doc_text, token_end

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Dependents of a cue that hold what it reports.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})


def within_semicolons(item: Found | None, sentence: SpacySpan, quotes: list[Quote]) -> Found | None:
    """A verb's report with its claim on the cue's side of any semicolon, or None."""
    if item is None or item.cue_token is None:
        return item
    claim = _claim_beside(item.cue_token, item.claim, sentence, quotes)
    if claim is None:
        return None
    item.claim = claim
    return item


def _claim_beside(
    cue: Token, claim: tuple[int, int], sentence: SpacySpan, quotes: list[Quote]
) -> tuple[int, int] | None:
    """`claim`, unless a semicolon stands between it and the cue; then the cue's own clause on
    its side, or nothing. A claim that runs on past a semicolon is one statement in news ("said
    the vote was close; the count went on")."""
    first, last = min(claim[1], cue.idx), max(claim[0], token_end(cue))
    if ";" not in doc_text(cue.doc)[first:last]:
        return claim
    low, high = _side_of(cue, sentence, quotes)
    if low <= first and last <= high:
        return claim  # the semicolons between are quoted
    for child in cue.children:
        if child.dep_ in CLAUSE_DEPS and low <= child.idx < high:
            start, end = subtree_span(child)
            return _clipped(cue, sentence, max(start, low), min(end, high))
    return None


def _side_of(cue: Token, sentence: SpacySpan, quotes: list[Quote]) -> tuple[int, int]:
    """The character bounds of the cue's part of the sentence, between unquoted semicolons."""
    low, high = sentence.start_char, sentence.end_char
    for token in sentence:
        if token.text != ";" or quote_at(quotes, token.idx) is not None:
            continue
        if token.i < cue.i:
            low = token_end(token)
        else:
            high = min(high, token.idx)
    return low, high


def _clipped(cue: Token, sentence: SpacySpan, start: int, end: int) -> tuple[int, int] | None:
    """The tokens of [start, end) less the punctuation at both ends; none that hold the cue."""
    tokens = trim([t for t in sentence if start <= t.idx and token_end(t) <= end])
    if not tokens or tokens[0].i <= cue.i <= tokens[-1].i:
        return None
    return tokens[0].idx, token_end(tokens[-1])


def clause_before_semicolon(
    token: Token, sentence: SpacySpan, quotes: list[Quote]
) -> tuple[int, int] | None:
    """ "Storms hit Lima, officials say; Peru says it needs aid": the parser hangs the first
    clause on the second "says" and makes "say" a parataxis with no clause of its own (or of the
    first clause: "Kyiv downs 40 drones, air force says; Moscow says ..."). The clause on the
    cue's side of the semicolon, clipped off the other cue, is the one "say" reports; None for
    any other cue (to be tried last for a claim in `attribution_verbal.verbal`)."""
    if token.dep_ != "parataxis":
        return None
    low, high = _side_of(token, sentence, quotes)
    end = min(high, token.left_edge.idx)
    head = token.head
    if head.idx >= high:
        clauses = [c for c in head.children if c.dep_ in CLAUSE_DEPS and low <= c.idx < end]
    elif head.dep_ in CLAUSE_DEPS and head.pos_ in {"VERB", "AUX"} and head.head.idx >= high:
        clauses = [head]  # the clause the cue hangs on belongs to the cue across the semicolon
    else:
        return None
    if not clauses:
        return _headline_before(token, sentence, low, end)
    start, stop = subtree_span(clauses[0])
    return _clipped(token, sentence, max(start, low), min(stop, end))


def _headline_before(
    token: Token, sentence: SpacySpan, low: int, end: int
) -> tuple[int, int] | None:
    """ "Storms lash Lima, officials say; ...": a headline clause whose verb the tagger read as
    a noun hangs on no verb at all (`attribution_headline_clauses`)."""
    words = trim([t for t in sentence if low <= t.idx and token_end(t) <= end])
    if not is_headline_clause(words):
        return None
    return _clipped(token, sentence, words[0].idx, token_end(words[-1]))
