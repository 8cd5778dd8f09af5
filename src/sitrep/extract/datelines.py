"""Datelines: "KYIV, Ukraine —", "PORT SUDAN, Sudan (AP) —", "KINSHASA, Feb 18 (Reuters) -" at the
head of a story, the time stamps of a live blog's items ("09:12 GMT —", "Feb 9, 21:40 GMT —") and
a wire's slug for a story sent again ("UPDATE 1 -", "REFILE-").

A dateline says where the report was filed, not who acted. The parser, though, often makes it the
subject of the first verb ("KYIV ... — Russian forces launched": KYIV nsubj of "launched"), so
metonymy would read the capital as its government and events would take it for the actor. Places
and events ask `in_dateline` to keep the dateline a plain location.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.dateline_credits import credits_an_outlet

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
# A place in capitals (or two: "ISLAMABAD/NEW DELHI") and an optional ", Region".
FILED_PLACE = r"[A-Z][A-Z.'’/-]+(?: [A-Z][A-Z.'’/-]+)*(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)?"
# The filing date as wires write it: "Feb 18", "March 12, 2025", "12 March 2025".
FILED_ON = rf"(?:{MONTH} \d{{1,2}}(?:,? \d{{4}})?|\d{{1,2}} {MONTH}(?:,? \d{{4}})?)"
# The outlet credited after the place or date: "(Reuters)", "(AP)", "(Harbour Wire)"; what the
# parenthesis holds is a credit only when `credits_an_outlet` says so ("(Updated)" is not).
CREDIT = r"\([\w.'’& ]+\)"
CREDIT_PATTERN = re.compile(CREDIT)
FILED_FROM = rf"{FILED_PLACE}(?:, {FILED_ON})?(?: {CREDIT})?"
# The place (and region) that stands before a date opening one of the first lines ("KYIV, "
# before "Sept 1, 2024 (Reuters) -"): what the times read the filing date after.
DATELINE_PLACE = re.compile(rf"(?:^|\n){FILED_PLACE}, $")
# The time stamp that opens each item of a live blog ("09:12 GMT", "10.30am", "Updated 10:30
# GMT", "Feb 9, 21:40 GMT", "9 Feb 2025 21.40 GMT", "21:40 GMT Sunday"), which says when the item
# was filed.
STAMP = (
    r"(?:(?:Updated|UPDATED|Update|UPDATE)(?: at)?:? )?"
    rf"(?:{WEEKDAY},? )?"
    rf"(?:{MONTH} \d{{1,2}},? (?:\d{{4}},? )?|\d{{1,2}} {MONTH},? (?:\d{{4}},? )?)?"
    r"\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?"
    rf"(?:,? {WEEKDAY})?"
)
DASH = r" ?(?:—|–|--| -) ?"
# A wire's slug for a story sent again ("UPDATE 1 -", "UPDATE 2-", "REFILE-", "CORRECTED-"): it
# tells the desk which version this is, and is no part of the first sentence's claim.
WIRE_SLUG = r"(?:(?:UPDATE|WRAPUP) \d+|REFILE|CORRECTED|RPT) ?(?:—|–|--|-) ?"
DATELINE = re.compile(
    rf"(?:{WIRE_SLUG})+(?:(?:{FILED_FROM}|{STAMP}){DASH})?|(?:{FILED_FROM}|{STAMP}){DASH}"
)


DATELINES_KEY = "sitrep_datelines"


def dateline_length(text: str) -> int:
    """How many characters of `text` (a sentence or line) a leading dateline takes, or 0."""
    match = DATELINE.match(text)
    return match.end() if match else 0


# How far into an article its dateline may stand: after a headline and a standfirst, at most.
DATELINE_REACH_LINES = 4


def dateline_credit(text: str) -> str | None:
    """The outlet a dateline credits ("AP" in "TAWILA, Sudan (AP) -"), when one of the article's
    first lines opens with a dateline that credits one: the wire that filed the report."""
    lines = [line.strip() for line in text.lstrip().split("\n") if line.strip()]
    for line in lines[:DATELINE_REACH_LINES]:
        found = DATELINE.match(line)
        credit = _outlet_credit(line, 0, found.end()) if found else None
        if credit:
            return credit.group().strip("() ")
    return None


def _outlet_credit(text: str, start: int, end: int) -> re.Match[str] | None:
    """The parenthesis between `start` and `end` when it credits an outlet."""
    credit = CREDIT_PATTERN.search(text, start, end)
    return credit if credit and credits_an_outlet(credit.group().strip("() ")) else None


def in_dateline(token: Token) -> bool:
    """The token belongs to a dateline opening its sentence."""
    return any(start <= token.idx < end for start, end in _dateline_spans(token.doc))


def _dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the document's datelines, found once per document: events and places
    ask about thousands of tokens, and walking to each token's sentence cost more than the rest."""
    from sitrep.extract.token_positions import doc_text  # spaCy: not for readers of plain text

    if DATELINES_KEY not in doc.user_data:
        text = doc_text(doc)  # sliced: `Span.text` rebuilds each sentence from its tokens
        doc.user_data[DATELINES_KEY] = [
            (sent.start_char, sent.start_char + length)
            for sent in doc.sents
            if (length := dateline_length(text[sent.start_char : sent.end_char]))
        ]
    spans: list[tuple[int, int]] = doc.user_data[DATELINES_KEY]
    return spans


def in_dateline_credit(token: Token) -> bool:
    """The token lies in the outlet credit of a dateline ("(Harbour Wire)" in "TALLINN, May 2
    (Harbour Wire) -"): the outlet's name, never a place the story is about."""
    from sitrep.extract.token_positions import doc_text

    text = doc_text(token.doc)
    for start, end in _dateline_spans(token.doc):
        credit = _outlet_credit(text, start, end)
        if credit and credit.start() <= token.idx < credit.end():
            return True
    return False


def subject_past_dateline(token: Token) -> Token | None:
    """The story's subject, which the parser may hang on the dateline it takes for the subject
    ("MOSCOW, Sept 1 (Reuters) - Ukraine launched": Ukraine in apposition to MOSCOW)."""
    if not in_dateline(token):
        return None
    return next((c for c in token.children if c.dep_ == "appos" and not in_dateline(c)), None)
