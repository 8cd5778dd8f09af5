"""Number shapes the general parser (`numbers`) leaves out, read around a numeral it found.

- a fraction of a scale: "half a dozen", "half a million", "a quarter of a million",
  "three-quarters of a billion" are 6, 500,000, 250,000 and 750,000,000, not the dozen, million
  or billion alone;
- a scale written apart from the digits: the Indian "500 crore" (5,000,000,000) and "20 lakh"
  (2,000,000), in which South Asian news writes money and people, and the abbreviations "3 mn
  tonnes", "Rs 50 bn", which `numbers` reads only glued ("3mn");
- a vulgar fraction glued to the digits: "2½ tonnes" is 2.5;
- a plus after the number: "50-plus civilians", "100+ people" (a lower bound, `plus_after`);
- two number words joined by "and" with no scale before it: "between two and three hours" names
  two numbers, not five ("two hundred and fifty" is one);
- a half added by "and": "two and a half hours" is 2.5, "one and a half million" 1,500,000 and
  "a million and a half" 1,500,000 (a half of the scale word it follows), one amount, not a count
  and a separate fraction (`half_joined_before` keeps the fraction finder off its "a half").
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.extract.numbers import parse_number
from sitrep.extract.quantity_types import Numeral
from sitrep.extract.units import lookup_unit

SCALE_ALONE = re.compile(
    r"an?\s+(?:dozen|hundred|thousand|million|billion|trillion)", re.IGNORECASE
)
FRACTION_BEFORE = re.compile(
    r"(?:\b(?P<half>half)|\b(?P<count>a|one|two|three)[\s-]+(?P<part>quarters?|thirds?)\s+of)\s+$",
    re.IGNORECASE,
)
PARTS = {"quarter": 4, "third": 3}
COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
SPACED_SCALE = re.compile(r"[\s-]+(?P<word>(?i:crores?|lakhs?|lacs?)|mn|mln|bn|bln|tn|trn)\b")
SPACED_SCALES = {"crore": 1e7, "lakh": 1e5, "lac": 1e5, "mn": 1e6, "mln": 1e6, "bn": 1e9,
                 "bln": 1e9, "tn": 1e12, "trn": 1e12}  # fmt: skip
PLUS_AFTER = re.compile(r"(?:\+|-plus\b)(?=[\s,.;:)]|$)")
JOINT = re.compile(r"\s+and\s+", re.IGNORECASE)
SCALES_BEFORE_AND = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})
AND_A_HALF = re.compile(
    r"\s+and\s+a\s+half\b(?:\s+(?P<scale>hundred|thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
HALF_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
JOINED_BEFORE_HALF = re.compile(r"(?:\d|\b[A-Za-z]+)\s+and\s+$")
# "a day and a half", "an hour and a half": one unit and a half of it
ONE_UNIT_BEFORE_HALF = re.compile(r"\b(?:a|an)\s+(?P<unit>[a-z]+)\s+and\s+$", re.IGNORECASE)
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}


def unjoined(pattern: re.Pattern[str], text: str, match: re.Match[str]) -> list[re.Match[str]]:
    """`match` (of `pattern`), or the two numbers it joined by "and": "two and three"."""
    raw = match.group()
    joint = JOINT.search(raw)
    if joint is None or not raw[:1].isalpha():
        return [match]
    if raw[: joint.start()].split()[-1].split("-")[-1].lower() in SCALES_BEFORE_AND:
        return [match]
    first = pattern.match(text, match.start(), match.start() + joint.start())
    second = pattern.match(text, match.start() + joint.end(), match.end())
    return [m for m in (first, second) if m is not None]


def with_number_shapes(text: str, numeral: Numeral) -> Numeral:
    """`numeral` read with the fraction, scale, vulgar fraction or plus written around it."""
    numeral = _vulgar_fraction(text, _spaced_scale(text, _fraction_of_scale(text, numeral)))
    numeral = _and_a_half(text, numeral)
    plus = PLUS_AFTER.match(text, numeral.end)
    return replace(numeral, end=plus.end()) if plus else numeral


def plus_after(text: str, numeral: Numeral) -> bool:
    """Whether `numeral` ends in a plus ("50-plus", "100+"): at least that many."""
    return text[numeral.start : numeral.end].endswith(("+", "plus"))


def _fraction_of_scale(text: str, numeral: Numeral) -> Numeral:
    if not SCALE_ALONE.fullmatch(text[numeral.start : numeral.end]):
        return numeral
    found = FRACTION_BEFORE.search(text[max(0, numeral.start - 30) : numeral.start])
    if found is None:
        return numeral
    if found["half"]:
        share = 0.5
    else:
        share = COUNTS[found["count"].lower()] / PARTS[found["part"].lower().rstrip("s")]
    if share >= 1:
        return numeral
    start = numeral.start - (len(found.group()))
    return replace(numeral, start=start, value=numeral.value * share, base=numeral.base * share)


def _spaced_scale(text: str, numeral: Numeral) -> Numeral:
    found = SPACED_SCALE.match(text, numeral.end)
    if found is None or numeral.scaled or numeral.is_word:
        return numeral
    word = found["word"]
    scale = SPACED_SCALES[word if word in SPACED_SCALES else word.lower().rstrip("s")]
    return replace(numeral, end=found.end(), value=numeral.value * scale, scaled=True)


def _vulgar_fraction(text: str, numeral: Numeral) -> Numeral:
    part = VULGAR_FRACTIONS.get(text[numeral.end : numeral.end + 1])
    if part is None or numeral.scaled or numeral.is_word or numeral.value != int(numeral.value):
        return numeral
    value = abs(numeral.value) + part
    value = -value if numeral.value < 0 else value
    return replace(numeral, end=numeral.end + 1, value=value, base=value)


def half_joined_before(text: str, start: int) -> bool:
    """Whether the "a half" at `start` completes a number before it ("two and a half"), or a
    unit named once ("a day and a half later": no separate half of anything)."""
    one = ONE_UNIT_BEFORE_HALF.search(text, max(0, start - 30), start)
    if one is not None and lookup_unit(one["unit"]) is not None:
        return True
    joined = JOINED_BEFORE_HALF.search(text, max(0, start - 30), start)
    if joined is None:
        return False
    word = joined.group().split()[0]
    return word[-1:].isdigit() or parse_number(word) is not None


def _and_a_half(text: str, numeral: Numeral) -> Numeral:
    found = AND_A_HALF.match(text, numeral.end)
    if found is None or text[numeral.start : numeral.end].endswith(("+", "plus")):
        return numeral
    last_word = text[numeral.start : numeral.end].split()[-1].lower()
    if found["scale"]:
        if numeral.scaled or last_word in HALF_SCALES:
            return numeral  # "a million and a half billion" is no amount anyone writes
        base = abs(numeral.value) + 0.5  # "one and a half million": the scale multiplies 1.5
        value = base * HALF_SCALES[found["scale"].lower()]
    else:
        value = abs(numeral.value) + 0.5 * HALF_SCALES.get(last_word, 1.0)
        base = value
    sign = -1 if numeral.value < 0 else 1
    return replace(
        numeral, end=found.end(), value=sign * value, base=sign * base, scaled=base != value
    )
