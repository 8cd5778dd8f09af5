"""Numbers as news writes them: digits, words, scales and vague amounts, parsed to floats.

`parse_number` is pure and total: any string gives a float or None, never an exception, so the
quantity extractor can call it on whatever its patterns matched. `NUMERAL` is the pattern that
finds such numbers in running text; the two are kept side by side so that what is found can be
parsed.
"""

from __future__ import annotations

import math
import re

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# Abbreviated scales written after digits ("$50bn", "4.3M"). Lower-case "m" and "k" are only a
# scale after a currency ("$5.4m"); after a bare number "37m" is metres, so the caller decides.
SCALE_SUFFIXES = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9,
    "b": 1e9, "B": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "T": 1e12,
}  # fmt: skip
# Plural scale nouns that name a vague amount ("thousands of troops"): the lower end.
VAGUE_WORDS = {
    "dozens": 12.0, "scores": 20.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "trillions": 1e12,
}  # fmt: skip
FRACTION_WORDS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "thirds": 1 / 3, "quarters": 0.25}

_NUMBER_WORD = "|".join(
    sorted([*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS, "dozen"], key=len, reverse=True)
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_SUFFIX = "|".join(sorted(SCALE_SUFFIXES, key=len, reverse=True))

_SMALL_WORD = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS, "dozen"], key=len, reverse=True))


def _and_after(scale: str) -> str:
    """ "and" after `scale` when a smaller group follows: "two thousand and five hundred", not
    "one hundred and two hundred", the two ends of a range. "hundred" counts inside a group,
    which a larger scale may still close ("two hundred and fifty thousand")."""
    size = SCALE_WORDS[scale]
    smaller = [w for w, v in SCALE_WORDS.items() if v < size]
    repeats = [scale] if scale == "hundred" else [w for w, v in SCALE_WORDS.items() if v >= size]
    passing = "|".join([_SMALL_WORD, *smaller, "and"] if smaller else [_SMALL_WORD])
    return rf"(?<={scale})\s+and\s+(?!(?:(?:{passing})[\s-]+)*(?:{'|'.join(repeats)})\b)"


# Words joined by spaces, hyphens or, after a scale, "and" ("two hundred and fifty",
# "twenty-five"); "six and eight" is two numbers, not fourteen.
AND_AFTER_SCALE = "(?:" + "|".join(_and_after(word) for word in SCALE_WORDS) + ")"
WORD_NUMBER = rf"(?:{_NUMBER_WORD})(?:(?:{AND_AFTER_SCALE}|[\s-]+)(?:{_NUMBER_WORD}))*"
# Digits with an optional spelt-out or abbreviated scale ("1.5 million", "50bn", "4 hundred").
DIGIT_NUMBER = (
    rf"(?:{_DIGITS})(?:\s*-?\s*(?:hundred|thousand|million|billion|trillion)\b"
    rf"(?:\s+(?:thousand|million|billion|trillion)\b)?|(?:{_SUFFIX})\b)?"
)
NUMBER_PATTERN = (
    rf"(?:(?:a|an)\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b))?"
    rf"(?:{DIGIT_NUMBER}|\b{WORD_NUMBER}\b)"
)
NUMERAL = re.compile(rf"(?<![\w.,]){NUMBER_PATTERN}", re.IGNORECASE)

_DIGIT_PART = re.compile(rf"^({_DIGITS})\s*-?\s*(.*)$")
_CURRENCY_PREFIX = re.compile(r"^(?:US\s?\$|\$US|[A-Z]{1,3}\$|\$[A-Z]{1,2}|[$£€¥₹]|USD|EUR|GBP)\s*")


def parse_number(text: str) -> float | None:
    """The value of a written number ("12,000", "five", "a dozen", "1.5 million", "$50bn").

    Returns None for anything that is not one number, so callers can feed it raw matches.
    """
    cleaned = _CURRENCY_PREFIX.sub("", text.strip())
    cleaned = cleaned.replace("\u2212", "-").strip()
    sign = 1.0
    if cleaned.startswith(("-", "minus ", "minus-")):
        sign = -1.0
        cleaned = re.sub(r"^(?:-|minus[\s-])\s*", "", cleaned)
    if not cleaned:
        return None
    value = _parse_digits(cleaned)
    if value is None:
        value = parse_word_number(cleaned)
    if value is None or not math.isfinite(value):
        return None
    return sign * value


def _parse_digits(text: str) -> float | None:
    """Digits with commas and an optional scale ("12,000", "1.5 million", "50bn")."""
    match = _DIGIT_PART.match(text)
    if not match:
        return None
    number = float(match.group(1).replace(",", ""))
    scale = _parse_scale(match.group(2).strip())
    return None if scale is None else number * scale


def _parse_scale(text: str) -> float | None:
    """1 for nothing, the product of the scale words, or a suffix's factor; None otherwise."""
    if not text:
        return 1.0
    if text in SCALE_SUFFIXES:
        return SCALE_SUFFIXES[text]
    factor = 1.0
    for word in text.lower().split():
        if word not in SCALE_WORDS:
            return None
        factor *= SCALE_WORDS[word]
    return factor


def parse_word_number(text: str) -> float | None:
    """Spelt-out numbers: "five", "twenty-one", "two hundred and fifty", "a dozen", "a million".

    Standard left-to-right accumulation: small numbers add, "hundred" multiplies the current
    group, larger scales close a group, each smaller than the last (a larger one straight after
    another multiplies it: "a thousand million"); a second "hundred" in one group or a scale no
    smaller than one closed before starts another number, so the whole is None.
    """
    split = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w]
    if any(w == "and" and (i == 0 or split[i - 1] not in SCALE_WORDS) for i, w in enumerate(split)):
        return None  # "six and eight": two numbers
    words = [w for w in split if w != "and"]
    if not words:
        return None
    if words[0] in ("a", "an"):
        words = words[1:] if len(words) > 1 else []
        if not words or words[0] not in ({*SCALE_WORDS, "dozen"}):
            return None
        words = ["one", *words]
    total, group, closed = 0.0, 0.0, math.inf
    for previous, word in zip(["", *words], words, strict=False):
        if word in UNITS_WORDS or word in TENS_WORDS:
            group += UNITS_WORDS.get(word, 0) + TENS_WORDS.get(word, 0)
        elif word == "dozen":
            group = (group or 1) * 12
        elif word == "hundred":
            if group >= 100:
                return None  # "one hundred and two hundred": two numbers
            group = (group or 1) * 100
        elif word in SCALE_WORDS and previous in SCALE_WORDS and SCALE_WORDS[word] > closed:
            total, closed = total * SCALE_WORDS[word], SCALE_WORDS[word]  # "a thousand million"
        elif word in SCALE_WORDS:
            if SCALE_WORDS[word] >= closed:
                return None  # "one thousand and two thousand": two numbers
            total += (group or 1) * SCALE_WORDS[word]
            group, closed = 0.0, SCALE_WORDS[word]
        else:
            return None
    return total + group


def vague_lower_bound(word: str) -> float | None:
    """The least amount a plural scale word can mean ("thousands" -> 1000), or None."""
    return VAGUE_WORDS.get(word.lower())
