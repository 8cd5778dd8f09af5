"""Quantities that no plain numeral spells out: fractions, vague amounts, single casualties.

"two-thirds of", "one in five Americans", "thousands of troops", "killed a 14-year-old girl".
Each has its own pattern over the text; the parse is consulted only for casualty verbs.
"""

from __future__ import annotations

import math
import re

from sitrep.extract.numbers import SCALE_WORDS, VAGUE_WORDS, parse_number
from sitrep.extract.quantity_number_shapes import half_joined_before
from sitrep.extract.quantity_types import (
    CASUALTY_WORDS,
    PERSON_NOUNS,
    Draft,
    Numeral,
    TokenIndex,
)
from sitrep.extract.token_positions import token_end
from sitrep.model import Quantity

# A chain of scales multiplies: "several hundred thousand" is at least 200,000.
_SCALE = "|".join(["dozen", *SCALE_WORDS])
_LARGER_SCALE = rf"\s+(?:{'|'.join(w for w, v in SCALE_WORDS.items() if v > 100)})\b"
VAGUE_RE = re.compile(
    r"\b(?:(?P<tens>tens|hundreds)\s+of\s+(?P<big>thousands|millions|billions)"
    rf"|(?P<some>several|a\s+few|many)\s+(?P<scale>(?:{_SCALE})(?:{_LARGER_SCALE})*s?)(?!{_LARGER_SCALE})"
    r"|(?P<one>dozens|scores|hundreds|thousands|millions|billions))\b(?=\s+of\b|\s+[a-z]+|[\"”’']\s+of\b)",
    re.IGNORECASE,
)
VAGUE_LOW = {**VAGUE_WORDS, "tens": 10.0}
# "several hundred", "a few thousand", "many dozens": at least two of the scale, and as vague as
# "hundreds"; the scale word alone is no number ("several hundred" is not 100).
SOME_SCALES = 2.0

FRACTION_RE = re.compile(
    r"(?=[aotfh\d])\b(?:(?P<num>a|one|two|three|four|five|\d)[\s-](?P<den>half|thirds?|quarters?|fifths?|tenths?)"
    r"|(?P<half>half)"
    r"|(?P<n>one|two|three|four|five|\d{1,2})\s+(?:out\s+of|in)\s+(?P<d>two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|hundred|\d{1,3}))\b(?=\s+(?:of\b|[A-Za-z]))",
    re.IGNORECASE,
)
# "1/16 of a US pint": digits over digits, only as a part of something, never a date ("9/11").
SLASH_FRACTION_RE = re.compile(
    r"(?<![\w/⁄.,])(?P<top>\d{1,2})\s?[/⁄]\s?(?P<bottom>\d{1,4})(?![\w/⁄.,])"
    r"(?=\s+of\s+(?:a|an|the|all|their|its)\b)",
    re.IGNORECASE,
)
DENOMINATOR_WORDS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10, "hundred": 100}
ORDINAL_DENOMINATORS = frozenset({"third", "fifth", "tenth"})


def find_fractions(text: str) -> list[Draft]:
    """Parts of a whole: "two-thirds of", "half of which", "one in five Americans", "1/16 of a"."""
    drafts: list[Draft] = []
    for match in FRACTION_RE.finditer(text):
        value = _fraction_value(match)
        if value is None or not 0 < value < 1:
            continue
        if match.group("den") and half_joined_before(text, match.start()):
            continue  # "two and a half hours": the half belongs to the number before it
        part_of = re.match(r"\s+of\b", text[match.end() :]) is not None
        if match.group("half") and not part_of:
            continue
        if not part_of and (match.group("den") or "").lower() in ORDINAL_DENOMINATORS:
            continue  # "for a third night", "a fifth term": an ordinal, not a fraction
        numeral = Numeral(match.start(), match.end(), value, value, False, is_word=True)
        drafts.append(Draft(numeral, numeral, match.start(), match.end()))
    for match in SLASH_FRACTION_RE.finditer(text) if "/" in text or "⁄" in text else ():
        top, bottom = int(match.group("top")), int(match.group("bottom"))
        if not 0 < top < bottom:
            continue
        numeral = Numeral(match.start(), match.end(), top / bottom, top / bottom, False)
        drafts.append(Draft(numeral, numeral, match.start(), match.end()))
    return drafts


def _fraction_value(match: re.Match[str]) -> float | None:
    if match.group("half"):
        return 0.5
    top = match.group("num") or match.group("n")
    bottom = match.group("den") or match.group("d")
    numerator = 1.0 if top.lower() == "a" else parse_number(top)
    word = bottom.lower().rstrip("s")
    denominator = DENOMINATOR_WORDS.get(word) or parse_number(bottom)
    if not numerator or not denominator:
        return None
    return numerator / denominator


def inside_any(numeral: Numeral, drafts: list[Draft]) -> bool:
    return any(d.start <= numeral.start and numeral.end <= d.end for d in drafts)


def find_vague(text: str, numerals: list[Numeral]) -> list[Draft]:
    """Plural scale words: "thousands of troops", "tens of millions of dollars", and a scale a
    vague word counts: "several hundred people", "a few thousand troops"."""
    drafts: list[Draft] = []
    for match in VAGUE_RE.finditer(text):
        if any(_overlaps_past(n, match) for n in numerals):
            continue  # the words belong to a number that runs on past them
        if re.search(
            r"(?:\d|\b(?:few|several|many))\s*$", text[max(0, match.start() - 10) : match.start()]
        ):
            continue
        low = _vague_low(match)
        numeral = Numeral(match.start(), match.end(), low, low, False, is_word=True)
        draft = Draft(numeral, numeral, match.start(), match.end(), hedge="vague", vague_low=low)
        drafts.append(draft)
    return drafts


def _overlaps_past(numeral: Numeral, match: re.Match[str]) -> bool:
    """Whether `numeral` shares text with `match` and runs out of it; one inside it ("hundred
    thousand" in "several hundred thousand people") gives way to the vague amount, the longer
    find."""
    inside = match.start() <= numeral.start and numeral.end <= match.end()
    return numeral.start < match.end() and match.start() < numeral.end and not inside


def _vague_low(match: re.Match[str]) -> float:
    if match.group("some"):
        scales = match.group("scale").lower().split()
        return SOME_SCALES * math.prod(VAGUE_LOW[s.rstrip("s") + "s"] for s in scales)
    if match.group("tens"):
        return VAGUE_LOW[match.group("tens").lower()] * VAGUE_LOW[match.group("big").lower()]
    return VAGUE_LOW[match.group("one").lower()]


def single_casualties(text: str, tokens: TokenIndex) -> list[Quantity]:
    """ "killed a 14-year-old girl", "wounding another officer": a count of one that no numeral
    spells out."""
    found: list[Quantity] = []
    doc = tokens.doc
    for i in tokens.casualty_verbs():
        token = doc[i]
        measure = CASUALTY_WORDS[token.lower_]
        if token.pos_ not in ("VERB", "AUX"):
            continue
        for child in token.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.lower_ in PERSON_NOUNS:
                det = next((c for c in child.children if c.dep_ == "det"), None)
                if det is not None and det.lower_ in ("a", "an", "another"):
                    end = token_end(child)
                    found.append(Quantity(det.idx, end, text[det.idx : end], 1.0,
                                          unit=child.lower_, measure=measure))  # fmt: skip
    return found
