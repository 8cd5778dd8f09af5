"""Stages 1 and 2 of the quantity extractor: numerals that are amounts, and ranges of two.

A numeral is dropped when it is a year, a date, a clock time, an ordinal, an age or part of a name
("Group of Seven", "Big 12"); two numerals become one range when a dash, "to" or "between ... and"
joins them and nothing says they are a change between two levels.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.extract.numbers import DIGIT_NUMBER, NUMBER_PATTERN, parse_number
from sitrep.extract.quantity_context import CHANGE_BEFORE, CHANGE_FROM
from sitrep.extract.quantity_number_shapes import unjoined, with_number_shapes
from sitrep.extract.quantity_scale_letters import SCALE_LETTERS, letter_is_scale, money_told_before
from sitrep.extract.quantity_types import Draft, Numeral, TokenIndex
from sitrep.extract.units import SUFFIX_SYMBOLS, currency_before, unit_at

# The lookahead on first letters lets the engine skip most positions cheaply.
NUMBER_RE = re.compile(rf"(?=[\d.aotfsenhmbdz])(?<![\w.,:/]){NUMBER_PATTERN}", re.IGNORECASE)
# A digit run glued to a currency code or symbol that ends in a letter ("PS2.7m", "USD10m").
GLUED_RE = re.compile(rf"(?=\d)(?<=[A-Za-z=$]){DIGIT_NUMBER}", re.IGNORECASE)
RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|-to-|to-|through|or)\s*$", re.IGNORECASE)
BETWEEN_JOIN = re.compile(r"^\s*and\s*$", re.IGNORECASE)

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
          "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")  # fmt: skip
LONE_SCALE_WORDS = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s*$", re.IGNORECASE)
MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{MONTHS})\b", re.IGNORECASE)
# The first day of a span of days in one month: "between 10 and 17 June", "from 3 to 5 May".
# The month is capitalised: "between 10 and 15 may be hurt" is no date.
DAY_SPAN_AFTER = re.compile(
    rf"^(?:st|nd|rd|th)?\s*(?:and|to|until|till|-|–|—)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?:{MONTHS.title()})\b"
)
# The second day of a pair whose month comes first: "on May 6 and [7] near the border", "April
# 27 to [28]."; not a count of what follows ("on Oct. 7 and 8 soldiers died").
DAY_PAIR_BEFORE = re.compile(
    rf"\b(?:{MONTHS.title()})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:and|to|or|through)\s+$"
)
SECOND_DAY_ENDS = re.compile(
    r"^(?:\s*(?:[,.;:)]|$)|\s+(?:in|at|on|near|around|across|along|outside|inside|from|when|"
    r"after|before|during|amid|as|while|but|respectively)\b)"
)
ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
DECADE_AFTER = re.compile(r"^'?s\b")
# "a.m." ends in a full stop, after which no word boundary follows: it needs no "\b"
CLOCK_AFTER = re.compile(r"^(?::\d|\s?(?:[ap]\.m\.|(?:am|pm|GMT|BST|ET|PT|EST|PST|UTC)\b))")
AGE_AFTER = re.compile(r"^[\s-]*(?:years?|months?|weeks?|days?)[\s-]*old\b", re.IGNORECASE)
AGE_BEFORE = re.compile(r"\b(?:aged?|ages)(?:\s+of)?\s*$", re.IGNORECASE)
# A number that labels rather than counts: "category 4 hurricane", "Article 5", "stage 3".
LABEL_BEFORE = re.compile(
    r"\b(?:category|grade|tier|phase|stage|level|type|chapter|article|section|page|episode|"
    r"season|route|platform|channel)\s$",
    re.IGNORECASE,
)
# The number of a point in a numbered list, at the start of its line: "2. Two soldiers were ...".
LIST_MARKER_AFTER = re.compile(r"^[.)]\s")
# A name and its age set off by commas: "Maddon, 66, has ...".
APPOSITIVE_AGE = re.compile(r"[A-Z][a-z]+,\s*$")
DURATION_MODIFIER = re.compile(r"^-(?:year|month|week|day|hour|minute)(?!s)\b", re.IGNORECASE)
ADDRESS_AFTER = re.compile(
    r"^(?:-\d+)?\s+(?:[A-Z0-9][\w.]*\s+){0,3}(?:Road|Rd|Street|St|Avenue|Ave|Way|Lane|Boulevard|Blvd|Drive|"
    r"Place|Court|ZIP)\b"
)
NAME_CHARS_BEFORE = re.compile(r"(?:[A-Za-z]-|#|No\.\s?)$")
SIGN_WORD_BEFORE = re.compile(r"\b(?:minus|sub)-$", re.IGNORECASE)
CAPITALISED_WORD_BEFORE = re.compile(r"(?:^|[\s(])(?P<word>[A-Z][\w&]*|[a-z]+[A-Z]\w*)\s$")
NOT_NAME_WORDS = frozenset({
    "about", "around", "some", "nearly", "almost", "over", "only", "just", "at", "up", "more",
    "fewer", "less", "the", "a", "and", "but", "with", "in", "on", "by", "for", "of", "to",
    "from", "roughly", "approximately", "estimated", "than", "under", "another", "all", "those",
    "these", "its", "his", "her", "their", "our", "total", "after", "before", "since", "while",
    "when", "if", "as", "or", "this", "that",
})  # fmt: skip


# A run of twelve or more digits with no separators names something (a tweet, a phone, an
# account); written amounts that large carry commas or a scale word.
IDENTIFIER = re.compile(r"\d{12,}")


def find_numerals(text: str, tokens: TokenIndex) -> list[Numeral]:
    """Numbers in the text that are amounts, with any currency written before them."""
    found: list[Numeral] = []
    dropped_ends: set[int] = set()
    words = (m for whole in NUMBER_RE.finditer(text) for m in unjoined(NUMBER_RE, text, whole))
    for match in sorted([*words, *GLUED_RE.finditer(text)], key=lambda m: m.start()):
        if found and match.start() < found[-1].end:
            continue
        numeral = read_numeral(text, match)
        numeral = numeral and with_number_shapes(text, numeral)
        if numeral is None or not is_amount(text, tokens, numeral, dropped_ends):
            dropped_ends.add(match.end())
            continue
        found.append(numeral)
    return found


def read_numeral(text: str, match: re.Match[str]) -> Numeral | None:
    """The numeral's value, currency and sign; None when it is glued to a word and not money."""
    start, end, raw = match.start(), match.end(), match.group()
    currency = currency_before(text, start)
    minus_after_symbol = False
    if currency is None and start > 1 and text[start - 1] in "-\u2212":
        currency = currency_before(text, start - 1)  # "$-50.8bn"
        minus_after_symbol = currency is not None
    if start > 0 and text[start - 1].isalpha() and currency is None:
        return None
    if IDENTIFIER.fullmatch(raw):
        return None  # a post or order number ("status/783499116076687360"), not an amount
    suffix = re.search(r"[A-Za-z]+$", raw) if raw[:1].isdigit() else None
    told = None
    # "37m" is metres and "10k" a run: "m" and "k" abbreviate a scale only after a currency,
    # before a currency word or a counted population, or after money told in millions.
    if suffix and suffix.group() in ("m", "k", "b", "t") and currency is None:
        letter = suffix.group() in SCALE_LETTERS
        scale = letter and letter_is_scale(text, end)
        if letter and not scale:
            told = money_told_before(text, start, end)
        if not (scale or told):
            end -= len(suffix.group())
            raw = raw[: -len(suffix.group())]
    value = parse_number(raw)
    if value is None:
        return None
    base = parse_number(re.sub(r"[\s-]*[A-Za-z]+$", "", raw)) if raw[:1].isdigit() else None
    base = base if base is not None else _word_base(raw, value)
    code, prefix_start = currency if currency else (told, None)
    if code and prefix_start is not None and not _plausible_glued_currency(text, prefix_start, raw):
        return None
    if code is None:
        code = _suffix_currency(text, end)
        end += 1 if code else 0
    lead = text[max(0, (prefix_start or start) - 12) : prefix_start or start]
    sign = NEGATIVE_SIGN.search(lead)
    negative = sign is not None and not re.search(r"[\d%]\s*\S*$", lead[: sign.start()])
    if minus_after_symbol:
        negative, sign = True, None
    if negative and sign is not None:
        prefix_start = (prefix_start or start) - len(sign.group())
    return Numeral(
        start=start, end=end, value=-value if negative else value, base=base or value,
        scaled=(base or value) != value, currency=code, prefix_start=prefix_start,
        sign_up=lead.endswith("+"), is_word=raw[:1].isalpha(),
    )  # fmt: skip


SCALE_WORD_AT_END = re.compile(
    r"[\s-]+(?:hundred|thousand|million|billion|trillion)$", re.IGNORECASE
)


def _word_base(raw: str, value: float) -> float:
    """The count before a spelt-out scale ("two million" -> 2), so that a range's first end
    borrows the scale ("between one and two million"); the value itself where there is no scale,
    or where the count holds one of its own ("two hundred thousand")."""
    scale = SCALE_WORD_AT_END.search(raw)
    if scale is None or raw[:1].isdigit():
        return value
    count = raw[: scale.start()]
    if re.search(r"hundred|thousand|million|billion", count, re.IGNORECASE):
        return value
    number = parse_number(count)
    return number if number else value


NEGATIVE_SIGN = re.compile(r"(?:(?:^|(?<=[\s(=:]))-|\u2212|\bminus[\s-]?)$", re.IGNORECASE)


def _plausible_glued_currency(text: str, prefix_start: int, raw: str) -> bool:
    """ "PS" and "Y=" stand for lost £ and ¥ only before a real amount ("PS2.7m", not "PS4")."""
    prefix = text[prefix_start : prefix_start + 2]
    if prefix not in ("PS", "Y=", "RM"):
        return True
    return bool(re.search(r"[.,]|[A-Za-z]$|\d{3}", raw))


def _suffix_currency(text: str, end: int) -> str | None:
    """A currency symbol glued after the digits ("1,200€")."""
    return SUFFIX_SYMBOLS.get(text[end : end + 1]) if end < len(text) else None


def is_amount(text: str, tokens: TokenIndex, n: Numeral, dropped_ends: set[int]) -> bool:
    """False for numbers that are dates, times, ordinals, ages, names or codes."""
    before = text[max(0, n.start - 40) : n.prefix_start or n.start]
    after = text[n.end : n.end + 40]
    if ORDINAL_AFTER.match(after) or CLOCK_AFTER.match(after) or DECADE_AFTER.match(after):
        return False
    if re.search(r"\d[:/⁄]$", before) or re.match(r"^[/⁄]\d", after) or re.match(r"^\.\d", after):
        return False
    if before.endswith("-") and (n.start - 1) in dropped_ends:
        return False  # the second half of a season or code ("2018-19", "F-35")
    if AGE_AFTER.match(after) or AGE_BEFORE.search(before) or DURATION_MODIFIER.match(after):
        return False
    if n.currency:
        return True
    if (
        LIST_MARKER_AFTER.match(after)
        and not text[text.rfind("\n", 0, n.start) + 1 : n.start].strip()
    ):
        return False
    if re.match(r"^[A-Za-z]", after) and unit_at(text, n.end) is None:
        return False  # a code or model name ("5G", "4K", "9AB8")
    if n.is_word and text[n.start : n.end].lower() in LONE_SCALE_WORDS:
        return False  # "a baker's dozen", "several hundred": no number of its own
    if LABEL_BEFORE.search(before) and unit_at(text, n.end) is None:
        return False
    if MONTH_BEFORE.search(before) or MONTH_AFTER.match(after) or ADDRESS_AFTER.match(after):
        return False
    if DAY_SPAN_AFTER.match(after) and not n.is_word and n.value <= 31:
        return False
    if DAY_PAIR_BEFORE.search(before) and SECOND_DAY_ENDS.match(after) and n.value <= 31:
        return False
    if _is_year(text, tokens, n) or _is_name(text, tokens, n, before):
        return False
    if APPOSITIVE_AGE.search(before) and after.startswith(",") and 0 < n.value < 120:
        return False
    return not (n.is_word and _is_pronoun_one(text, tokens, n))


def _is_year(text: str, tokens: TokenIndex, n: Numeral) -> bool:
    """A bare four-digit number between 1000 and 2100 that counts nothing ("in 2019")."""
    raw = text[n.start : n.end]
    if not re.fullmatch(r"\d{4}", raw) or not 1000 <= n.value <= 2200:
        return False
    if unit_at(text, n.end) is not None:
        return False
    following = tokens.after(n.end)
    return following is None or following.tag_ != "NNS"


def _is_name(text: str, tokens: TokenIndex, n: Numeral, before: str) -> bool:
    """Numbers that are part of a name: "Group of Seven", "Big 12", "TA-35", "iPhone 11"."""
    raw = text[n.start : n.end]
    if NAME_CHARS_BEFORE.search(before) and not SIGN_WORD_BEFORE.search(before):
        return True
    if n.is_word and raw[:1].isupper() and not _starts_sentence(before):
        return True
    word = CAPITALISED_WORD_BEFORE.search(before)
    if not word or n.is_word or unit_at(text, n.end) is not None:
        return False
    name = word.group("word")
    if name.lower() in NOT_NAME_WORDS or name.lower() in WEEKDAYS:
        return False
    token = tokens.at(n.start - 2)
    return token is not None and (token.pos_ in ("PROPN", "NOUN", "X") or not token.is_sent_start)


def _starts_sentence(before: str) -> bool:
    """Also after a dash: a dateline or a live blog's time stamp opens the story there
    ("KYIV (AP) — Two people were killed", "NIAMEY (AFP) - Eleven soldiers", "07:15 GMT —"),
    and after the number of a point in a list ("2) Two soldiers were wounded")."""
    if re.search(r"(?:\s-\s|\s?[–—]\s?|(?:^|\n)[ \t]*\d+[.)]\s+)$", before):
        return True
    stripped = before.rstrip(" \t\"'“‘(•*-–—")
    return not stripped or stripped[-1] in ".!?:\n•"


def _is_pronoun_one(text: str, tokens: TokenIndex, n: Numeral) -> bool:
    """ "one" that stands for a thing already named ("no one", "the same one"), not a count."""
    if text[n.start : n.end].lower() != "one":
        return False
    if re.match(r"^\s+(?:of|out of|in)\b", text[n.end : n.end + 10]):
        return False
    token = tokens.at(n.start)
    return token is None or token.dep_ != "nummod"


# --- 2. ranges --------------------------------------------------------------------------------


def join_ranges(text: str, numerals: list[Numeral]) -> list[Draft]:
    """Drafts for single numbers and for pairs joined as ranges ("10-15", "between 3 and 5")."""
    drafts: list[Draft] = []
    i = 0
    while i < len(numerals):
        first = numerals[i]
        second = numerals[i + 1] if i + 1 < len(numerals) else None
        if second is not None and is_score(text, first, second):
            i += 2  # "tied the game at 2-2": a score, not an amount
            continue
        if second is not None and is_range(text, first, second):
            drafts.append(range_draft(first, second))
            i += 2
            continue
        drafts.append(Draft(first, first, first.prefix_start or first.start, first.end))
        i += 1
    return drafts


def is_score(text: str, first: Numeral, second: Numeral) -> bool:
    """Two small whole numbers joined by a bare hyphen, the first not smaller ("2-0", "89-89")."""
    if first.currency or text[first.end : second.start] != "-" or first.value < second.value:
        return False
    numbers = text[first.start : second.end]
    return bool(re.fullmatch(r"\d{1,3}-\d{1,3}", numbers)) and unit_at(text, second.end) is None


def is_range(text: str, first: Numeral, second: Numeral) -> bool:
    """True when two numbers are the ends of one range, not two amounts."""
    gap_start = first.end
    first_unit = unit_at(text, first.end)
    if first_unit is not None:
        gap_start = first_unit[1]
    gap = text[gap_start : second.prefix_start or second.start]
    before = text[
        max(0, (first.prefix_start or first.start) - 40) : first.prefix_start or first.start
    ]
    if BETWEEN_JOIN.match(gap):
        return bool(re.search(r"\bbetween\s*$", before, re.IGNORECASE))
    if not RANGE_JOIN.match(gap) or (
        before.rstrip().endswith("from") and CHANGE_FROM.search(before)
    ):
        return False
    if CHANGE_BEFORE.search(before) and (first.currency or first_unit is not None):
        return False  # "increased by $43.6 billion to $419.2 billion": a change, then a level
    if gap.strip() in ("-", "–") and first.value >= second.value and not first.currency:
        return False  # a score ("2-0"), not a range
    if gap.strip() == "or" and (first.currency or first_unit is not None):
        return False
    if first.currency and second.currency and first.currency != second.currency:
        return False
    second_unit = unit_at(text, second.end)
    return first_unit is None or (second_unit is not None and second_unit[0] == first_unit[0])


def range_draft(first: Numeral, second: Numeral) -> Draft:
    """A range, carrying a scale back to the first end ("$89 to $93 billion", "1 to 2 thousand")."""
    if second.scaled and not first.scaled and first.base <= second.base:
        factor = second.value / second.base if second.base else 1.0
        first = replace(first, value=first.value * factor, scaled=True)
    if first.currency is None and second.currency:
        first = replace(first, currency=second.currency)
    draft = Draft(first, second, first.prefix_start or first.start, second.end)
    draft.hedge = "range"
    return draft
