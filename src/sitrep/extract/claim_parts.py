"""The parts of a claim that were said, apart from the reporting clause that interrupts them.

A quote broken by its own reporting clause is one claim ("“We will win,” she said, “and we will
win big.”"; "“A,” the governor said in a post Saturday. “B.”"), and its offsets run over the
clause. The clause is not what was said: a page that highlights the claim, or an export that
quotes it, shows only the parts. A part keeps its quotation marks, as the claim does; the
whitespace and the commas or dashes that join it to the clause belong to the clause.
"""

from __future__ import annotations

import re

from sitrep.extract.quotes import Quote, last_quote_closing_in, quoted_share, quotes_opening_in
from sitrep.model import Cue, Offsets, Source

# Words an unquoted reporting clause may add after its cue before the comma that closes it
# ("said on Monday in a statement,"); more and they are taken for claim.
CLAUSE_WORDS = 6
CLAUSE_CLOSE = re.compile(r"[,;—–]")
# "..., as an adviser pointed out, ...": the clause begins at the "as".
AS_OPENER = re.compile(r"\bas\s+$", re.I)
# "..., said Ana Ruiz, who asked not to be named": the writer's words about the speaker.
RELATIVE_CLAUSE = re.compile(r"[\s,;—–]*\b(?:who|whom|whose|which)\b", re.I)
# What joins a part to the clause that interrupts it (", she said, "; " — officials said — ").
JOINERS = " \t\n,;:—–-()"


def reporting_clause(
    text: str, claim: Offsets, source: Source, cue: Cue | None, quotes: list[Quote]
) -> tuple[int, int] | None:
    """The reporting clause inside the claim: the speaker and the cue, unquoted and with claim
    on both sides. Where they follow a quote's closing mark and another quote opens after them,
    the quote is interrupted and every word up to that opening mark is the writer's ("said Ana
    Ruiz, a nurse who fled on foot. “..."); otherwise the clause runs on over the few words
    that close it ("officials said on Friday, ..."), and the words before the speaker, quoted
    or not, are claim. None when nothing interrupts the claim."""
    marks = (
        [(source.start, source.end)] if source.start is not None and source.end is not None else []
    )
    marks += [(cue.start, cue.end)] if cue else []
    if not marks:
        return None
    inner = (min(m[0] for m in marks), max(m[1] for m in marks))
    if not (claim.start < inner[0] and inner[1] < claim.end):
        return None
    if quoted_share(quotes, *inner, text) != 0:
        return None
    closing = last_quote_closing_in(quotes, claim.start, inner[0])
    opening = quotes_opening_in(quotes, inner[1], claim.end)[:1]
    if closing and opening and not _has_words(text, closing.end, inner[0]):
        return closing.end, opening[0].start
    return _clause_start(text, claim.start, inner[0]), _unquoted_clause_end(
        text, inner[1], claim.end
    )


def _has_words(text: str, start: int, end: int) -> bool:
    return any(c.isalnum() for c in text[start:end])


def _clause_start(text: str, claim_start: int, speaker: int) -> int:
    """ "Hawaii, as an adviser pointed out, rarely ...": the "as" opens the reporting clause."""
    opener = AS_OPENER.search(text, claim_start, speaker)
    return opener.start() if opener else speaker


def _unquoted_clause_end(text: str, start: int, end: int) -> int:
    """Where an unquoted reporting clause stops after its cue: at the comma or dash that closes
    it, past the few words it adds ("officials said on Friday, ..."); at the cue otherwise. A
    relative clause that follows it up to the next comma describes the speaker or comments on
    the claim, in the writer's words (", said Ana Ruiz, who asked not to be named")."""
    closing = CLAUSE_CLOSE.search(text, start, end)
    if closing and len(text[start : closing.start()].split()) <= CLAUSE_WORDS:
        start = closing.start()
    relative = RELATIVE_CLAUSE.match(text, start, end)
    if relative is None:
        return start
    following = CLAUSE_CLOSE.search(text, relative.end(), end)
    return following.start() if following else end


def claim_parts(text: str, claim: Offsets, clause: tuple[int, int] | None) -> tuple[Offsets, ...]:
    """What was said, in order: the claim less its reporting clause (`reporting_clause`), each
    part without the whitespace and joining punctuation at the clause; the claim itself when
    nothing interrupts it. A side with no words left ("“Fine,” she said.") is no part."""
    if clause is None:
        return (claim,)
    before_end = clause[0]
    while before_end > claim.start and text[before_end - 1] in JOINERS:
        before_end -= 1
    after_start = clause[1]
    while after_start < claim.end and text[after_start] in JOINERS:
        after_start += 1
    parts = tuple(
        Offsets(start, end)
        for start, end in ((claim.start, before_end), (after_start, claim.end))
        if _has_words(text, start, end)
    )
    return parts or (claim,)
