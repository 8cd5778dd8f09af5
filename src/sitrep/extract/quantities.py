"""Quantities: how many, how much, how far, hedged the way the article hedges them.

Stages, in order, for one document:
1. find numerals in the text (digits, words, scales, a currency before them) and drop those that
   are not amounts: years, dates, clock times, ordinals, ages, names ("Group of Seven", "Big 12");
2. join pairs into ranges ("10-15", "between 3 and 5", "$89 to $93 billion");
3. read the unit after the number, or the counted noun from the parse ("12,000 troops");
4. read the hedge and the direction of change from the words before it;
5. say what it measures: a casualty verb or noun ("killing at least five") wins, then the unit.
Vague amounts ("thousands of troops") and single casualties ("killed a 14-year-old girl") are
found by their own patterns. Patterns work on the text; the parse is only consulted per hit, which
keeps this cheap enough to run on every article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from spacy.strings import hash_string  # type: ignore[attr-defined]

from sitrep.extract.numbers import DIGIT_NUMBER, NUMBER_PATTERN, parse_number
from sitrep.extract.units import SUFFIX_SYMBOLS, Unit, currency_before, unit_at
from sitrep.model import Hedge, Quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.extract.context import DocContext

__all__ = ["extract_quantities", "parse_number"]

# The lookahead on first letters lets the engine skip most positions cheaply.
NUMBER_RE = re.compile(rf"(?=[\d.aotfsenhmbdz])(?<![\w.,:/]){NUMBER_PATTERN}", re.IGNORECASE)
# A digit run glued to a currency code or symbol that ends in a letter ("PS2.7m", "USD10m").
GLUED_RE = re.compile(rf"(?=\d)(?<=[A-Za-z=$]){DIGIT_NUMBER}", re.IGNORECASE)
VAGUE_RE = re.compile(
    r"\b(?:(?P<tens>tens|hundreds)\s+of\s+(?P<big>thousands|millions|billions)"
    r"|(?P<one>dozens|scores|hundreds|thousands|millions|billions))\b(?=\s+of\b|\s+[a-z]+)",
    re.IGNORECASE,
)
VAGUE_LOW = {"dozens": 12.0, "scores": 20.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6,
             "billions": 1e9, "tens": 10.0}  # fmt: skip

HEDGE_PHRASES: dict[str, Hedge] = {
    **dict.fromkeys(
        ["as many as", "as much as", "up to", "no more than", "not more than", "fewer than",
         "less than", "under", "below", "at most", "a maximum of", "maximum of", "just under",
         "sub-", "<", "as high as", "no higher than"], "upper_bound"),
    **dict.fromkeys(
        ["at least", "more than", "over", "above", "in excess of", "upwards of", "well over",
         "a minimum of", "no less than", "no fewer than", "over than", "north of", ">",
         "as few as", "as little as", "as low as", "exceeding", "exceeds", "exceeded"],
        "lower_bound"),
    **dict.fromkeys(
        ["about", "around", "some", "roughly", "approximately", "approx.", "an estimated",
         "estimated", "nearly", "almost", "close to", "circa", "~", "≈", "just about",
         "somewhere between"],
        "approximate"),
}  # fmt: skip
_HEDGE_ALT = "|".join(re.escape(p) for p in sorted(HEDGE_PHRASES, key=len, reverse=True))
HEDGE_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))(?P<hedge>{_HEDGE_ALT})\s*$", re.IGNORECASE)
HEDGE_AFTER = re.compile(r"^\s*(?:or (?P<more>more|higher|greater)|or so|or fewer|or less)\b")

_UP = ("rose|rise|rises|rising|risen|up|increased|increase|increases|increasing|gained|gain|"
       "gains|gaining|climbed|climb|climbs|climbing|jumped|jump|jumps|surged|surge|surges|soared|"
       "grew|grow|grows|growing|added|adds|advanced|advances|rallied|boosted|raised|lifted|"
       "higher by|spiked|swelled|widened")  # fmt: skip
_DOWN = ("fell|fall|falls|falling|fallen|down|dropped|drop|drops|dropping|declined|decline|"
         "declines|declining|decreased|decrease|decreases|lost|lose|loses|losing|slid|slide|"
         "slides|slipped|slumped|plunged|plunge|plummeted|tumbled|sank|shed|sheds|eased|dipped|"
         "cut|cuts|reduced|shrank|contracted|lower by|narrowed")  # fmt: skip
CHANGE_BEFORE = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?:\s+by)?\s*$", re.IGNORECASE)
# "fell from 4.8 to 4.7": a change between two levels, not a range.
CHANGE_FROM = re.compile(rf"\b(?:{_UP}|{_DOWN}|revised|cut|slow|slowed|went)\b[^.;]{{0,25}}\bfrom\s*$",
                         re.IGNORECASE)  # fmt: skip

RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|-to-|to-|through|or)\s*$", re.IGNORECASE)
BETWEEN_JOIN = re.compile(r"^\s*and\s*$", re.IGNORECASE)
BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s*$", re.IGNORECASE)

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
          "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")  # fmt: skip
LONE_SCALE_WORDS = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s*$", re.IGNORECASE)
MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{MONTHS})\b", re.IGNORECASE)
ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
DECADE_AFTER = re.compile(r"^'?s\b")
CLOCK_AFTER = re.compile(r"^(?::\d|\s?(?:am|pm|a\.m\.|p\.m\.|GMT|BST|ET|PT|EST|PST|UTC)\b)")
AGE_AFTER = re.compile(r"^[\s-]*(?:years?|months?|weeks?|days?)[\s-]*old\b", re.IGNORECASE)
AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s*$", re.IGNORECASE)
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
NOT_NAME_WORDS = frozenset(
    [
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "over",
        "only",
        "just",
        "at",
        "up",
        "more",
        "fewer",
        "less",
        "the",
        "a",
        "and",
        "but",
        "with",
        "in",
        "on",
        "by",
        "for",
        "of",
        "to",
        "from",
        "roughly",
        "approximately",
        "estimated",
        "than",
        "under",
        "some",
        "another",
        "all",
        "those",
        "these",
        "its",
        "his",
        "her",
        "their",
        "our",
        "his",
        "its",
        "another",
        "another",
        "nearly",
        "total",
        "after",
        "before",
        "since",
        "while",
        "when",
        "if",
        "as",
        "or",
        "this",
        "that",
    ]
)

CASUALTY_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ["kill", "kills", "killed", "killing", "die", "dies", "died", "dying", "dead", "death", "deaths", "fatalities", "fatality", "murdered", "murder", "massacred", "slain", "slaying", "lives", "toll"], "killed"),
    **dict.fromkeys(
        ["injure", "injures", "injured", "injuring", "injury", "injuries", "wound", "wounds", "wounded", "wounding", "hurt", "hospitalised", "hospitalized"], "injured"),
    **dict.fromkeys(["missing", "unaccounted", "disappeared"], "missing"),
    **dict.fromkeys(
        ["displace", "displaced", "displacing", "flee", "fled", "fleeing", "evacuated", "evacuate", "evacuating", "homeless", "refugees", "uprooted"], "displaced"),
    **dict.fromkeys(
        ["detain", "detains", "detained", "detaining", "arrest", "arrests", "arrested", "arresting", "capture", "captured", "capturing", "jailed", "imprisoned", "abducted", "kidnapped", "kidnapping", "hostage", "hostages", "prisoners", "detainees"], "detained"),
}  # fmt: skip
CASUALTY_HASHES = frozenset(hash_string(word) for word in CASUALTY_WORDS)
TROOP_NOUNS = frozenset(
    [
        "troops",
        "soldiers",
        "servicemen",
        "servicemembers",
        "personnel",
        "fighters",
        "forces",
        "marines",
        "paratroopers",
        "mercenaries",
        "conscripts",
        "reservists",
        "militants",
    ]
)
PERSON_NOUNS = frozenset(
    [
        "man",
        "woman",
        "girl",
        "boy",
        "child",
        "baby",
        "toddler",
        "infant",
        "person",
        "civilian",
        "soldier",
        "officer",
        "policeman",
        "policewoman",
        "journalist",
        "teenager",
        "teen",
        "resident",
        "student",
        "worker",
        "guard",
        "citizen",
        "pedestrian",
        "driver",
        "passenger",
        "fighter",
        "commander",
        "member",
        "doctor",
        "nurse",
        "farmer",
        "photographer",
        "reporter",
        "volunteer",
        "father",
        "mother",
        "son",
        "daughter",
        "brother",
        "sister",
        "pensioner",
        "employee",
        "official",
        "militant",
    ]
)
DENOMINATORS = frozenset(
    [
        "share",
        "barrel",
        "head",
        "person",
        "piece",
        "unit",
        "gallon",
        "ounce",
        "pound",
        "ton",
        "tonne",
        "gram",
        "kilogram",
        "night",
        "ticket",
        "square",
    ]
)
DENOMINATOR_RE = re.compile(
    r"^\s*(?:per\s+|/\s*|an?\s+)(?P<word>[A-Za-z][A-Za-z-]*)\b(?!\s+(?:earlier|ago|before|later))"
)


@dataclass
class Numeral:
    """One number found in the text, before it is read as a quantity."""

    start: int  # where the number's digits or words start
    end: int
    value: float
    base: float  # the value before any scale word, for carrying a scale across a range
    scaled: bool
    currency: str | None = None
    prefix_start: int | None = None  # where a currency symbol before it starts
    sign_up: bool = False
    is_word: bool = False


@dataclass
class Draft:
    """A quantity being assembled: one numeral or a range of two."""

    first: Numeral
    last: Numeral
    start: int
    end: int
    unit: Unit | None = None
    counted: str | None = None
    head: int | None = None  # token index of the counted noun or the number
    hedge: Hedge = "exact"
    vague_low: float | None = None


def extract_quantities(ctx: DocContext) -> list[Quantity]:
    """Every amount in the article outside credits, bylines and boilerplate, in text order."""
    text = ctx.text
    tokens = TokenIndex(ctx.doc)
    fractions = find_fractions(text)
    numerals = [n for n in find_numerals(text, tokens) if not _inside(n, fractions)]
    drafts = [*join_ranges(text, numerals), *find_vague(text, numerals), *fractions]
    built = [(d, build_quantity(text, tokens, d)) for d in drafts]
    found = [q for q in share_units(text, built) if not ctx.is_silent(q.start, q.end)]
    singles = single_casualties(text, tokens)
    found.extend(q for q in singles if not ctx.is_silent(q.start, q.end))
    return drop_overlaps(found)


class TokenIndex:
    """Character offsets to tokens, for consulting the parse at a pattern's hit."""

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import IDX

        self.doc = doc
        self.text = doc.text
        self.starts: list[int] = [int(i) for i in doc.to_array([IDX]).ravel()] if len(doc) else []

    def casualty_verbs(self) -> list[int]:
        """Indexes of tokens that are casualty words, found on the hashed lower-case column."""
        from spacy.attrs import LOWER

        if not len(self.doc):
            return []
        lowers = self.doc.to_array([LOWER]).ravel().tolist()
        return [i for i, word in enumerate(lowers) if word in CASUALTY_HASHES]

    def at(self, char: int) -> Token | None:
        """The token that contains `char`."""
        if not self.starts:
            return None
        i = bisect.bisect_right(self.starts, char) - 1
        return self.doc[max(i, 0)]

    def after(self, char: int) -> Token | None:
        """The first token that starts at or after `char`."""
        i = bisect.bisect_left(self.starts, char)
        return self.doc[i] if i < len(self.doc) else None


# --- 1. numerals ------------------------------------------------------------------------------


def find_numerals(text: str, tokens: TokenIndex) -> list[Numeral]:
    """Numbers in the text that are amounts, with any currency written before them."""
    found: list[Numeral] = []
    dropped_ends: set[int] = set()
    for match in sorted(
        [*NUMBER_RE.finditer(text), *GLUED_RE.finditer(text)], key=lambda m: m.start()
    ):
        if found and match.start() < found[-1].end:
            continue
        numeral = read_numeral(text, match)
        if numeral is None or not is_amount(text, tokens, numeral, dropped_ends):
            dropped_ends.add(match.end())
            continue
        found.append(numeral)
    return found


def read_numeral(text: str, match: re.Match[str]) -> Numeral | None:
    """The numeral's value, currency and sign; None when it is glued to a word and not money."""
    start, end, raw = match.start(), match.end(), match.group()
    currency = currency_before(text, start)
    if start > 0 and text[start - 1].isalpha() and currency is None:
        return None
    suffix = re.search(r"[A-Za-z]+$", raw) if raw[:1].isdigit() else None
    # "37m" is metres and "10k" a run: only after a currency do "m" and "k" abbreviate a scale.
    if suffix and suffix.group() in ("m", "k", "b", "t") and currency is None:
        end -= len(suffix.group())
        raw = raw[: -len(suffix.group())]
    value = parse_number(raw)
    if value is None:
        return None
    base = parse_number(re.sub(r"[\s-]*[A-Za-z]+$", "", raw)) if raw[:1].isdigit() else value
    code, prefix_start = currency if currency else (None, None)
    if code and prefix_start is not None and not _plausible_glued_currency(text, prefix_start, raw):
        return None
    if code is None:
        code = _suffix_currency(text, end)
        end += 1 if code else 0
    lead = text[max(0, (prefix_start or start) - 12) : prefix_start or start]
    sign = NEGATIVE_SIGN.search(lead)
    negative = sign is not None and not re.search(r"[\d%]\s*\S*$", lead[: sign.start()])
    if negative and sign is not None:
        prefix_start = (prefix_start or start) - len(sign.group())
    return Numeral(
        start=start, end=end, value=-value if negative else value, base=base or value,
        scaled=(base or value) != value, currency=code, prefix_start=prefix_start,
        sign_up=lead.endswith("+"), is_word=raw[:1].isalpha(),
    )  # fmt: skip


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
    if re.match(r"^[A-Za-z]", after) and unit_at(text, n.end) is None:
        return False  # a code or model name ("5G", "4K", "9AB8")
    if n.is_word and text[n.start : n.end].lower() in LONE_SCALE_WORDS:
        return False  # "a baker's dozen", "several hundred": no number of its own
    if MONTH_BEFORE.search(before) or MONTH_AFTER.match(after) or ADDRESS_AFTER.match(after):
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


FRACTION_RE = re.compile(
    r"(?=[aotfh\d])\b(?:(?P<num>a|one|two|three|four|five|\d)[\s-](?P<den>half|thirds?|quarters?|fifths?|tenths?)"
    r"|(?P<half>half)"
    r"|(?P<n>one|two|three|four|five|\d{1,2})\s+(?:out\s+of|in)\s+(?P<d>two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|hundred|\d{1,3}))\b(?=\s+(?:of\b|[A-Za-z]))",
    re.IGNORECASE,
)
DENOMINATOR_WORDS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10, "hundred": 100}


def find_fractions(text: str) -> list[Draft]:
    """Parts of a whole: "two-thirds of", "half of which", "one in five Americans"."""
    drafts: list[Draft] = []
    for match in FRACTION_RE.finditer(text):
        value = _fraction_value(match)
        if value is None or not 0 < value < 1:
            continue
        if match.group("half") and not re.match(r"\s+of\b", text[match.end() :]):
            continue
        numeral = Numeral(match.start(), match.end(), value, value, False, is_word=True)
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


def _inside(numeral: Numeral, drafts: list[Draft]) -> bool:
    return any(d.start <= numeral.start and numeral.end <= d.end for d in drafts)


PAREN_GAP = re.compile(r"^\s*\(\s*$")
COPIED_HEDGES = frozenset({"approximate", "upper_bound", "lower_bound"})


def with_hedge(quantity: Quantity, hedge: Hedge) -> Quantity:
    """The same single-valued quantity under another hedge, its bounds filled to match."""
    value = quantity.value
    low = value if hedge == "lower_bound" else None
    high = value if hedge == "upper_bound" else None
    return replace(quantity, hedge=hedge, low=low, high=high)


LINK_GAP = re.compile(r"^\s*(?:to|-|–|of the|of)\s*$")


def share_units(text: str, built: list[tuple[Draft, Quantity | None]]) -> list[Quantity]:
    """Give a bare number the unit of its neighbour: "from 208 pounds to 193", "280 million of
    the 1.5 billion shekels"; not across a change ("rose 8% to 3.65")."""
    pairs = sorted([(d, q) for d, q in built if q is not None], key=lambda p: p[1].start)
    out = [q for _, q in pairs]
    for i in range(len(pairs) - 1):
        (d1, q1), (d2, q2) = pairs[i], pairs[i + 1]
        gap = text[q1.end : q2.start]
        if PAREN_GAP.match(gap) and q2.hedge == "exact" and q1.hedge in COPIED_HEDGES:
            out[i + 1] = with_hedge(out[i + 1], q1.hedge)  # "more than 7.5m crowns ($1.1m)"
        if q1.change or q2.change or not LINK_GAP.match(gap):
            continue
        if q1.unit is None and d2.unit is not None:
            out[i] = replace(out[i], unit=q2.unit, measure=q2.measure)
        elif q2.unit is None and d1.unit is not None:
            out[i + 1] = replace(out[i + 1], unit=q1.unit, measure=q1.measure)
    return out


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


def find_vague(text: str, numerals: list[Numeral]) -> list[Draft]:
    """Plural scale words: "thousands of troops", "tens of millions of dollars"."""
    drafts: list[Draft] = []
    for match in VAGUE_RE.finditer(text):
        if any(n.start < match.end() and match.start() < n.end for n in numerals):
            continue
        if re.search(
            r"(?:\d|\b(?:few|several|many))\s*$", text[max(0, match.start() - 10) : match.start()]
        ):
            continue
        low = _vague_low(match)
        numeral = Numeral(match.start(), match.end(), low, low, False, is_word=True)
        draft = Draft(numeral, numeral, match.start(), match.end(), hedge="vague", vague_low=low)
        drafts.append(draft)
    return drafts


def _vague_low(match: re.Match[str]) -> float:
    if match.group("tens"):
        return VAGUE_LOW[match.group("tens").lower()] * VAGUE_LOW[match.group("big").lower()]
    return VAGUE_LOW[match.group("one").lower()]


# --- 3-5. unit, hedge, change, measure --------------------------------------------------------


def build_quantity(text: str, tokens: TokenIndex, draft: Draft) -> Quantity | None:
    """Read the unit, hedge, change and measure around a draft and make the Quantity."""
    read_unit(text, tokens, draft)
    hedge_start = read_hedge(text, draft)
    change = read_change(text, draft, hedge_start)
    unit_name = draft.unit.name if draft.unit else draft.counted
    measure = read_measure(text, tokens, draft)
    if measure in CASUALTY_MEASURES and unit_name is None:
        unit_name = "people"
    value, low, high = quantity_values(draft)
    start = hedge_start
    return Quantity(
        start=start, end=draft.end, text=text[start : draft.end], value=value, low=low,
        high=high, unit=unit_name, measure=measure, hedge=draft.hedge, change=change,
    )  # fmt: skip


CASUALTY_MEASURES = frozenset({"killed", "injured", "missing", "displaced", "detained"})


def read_unit(text: str, tokens: TokenIndex, draft: Draft) -> None:
    """The unit after the number, a currency before it, or else the counted noun."""
    end = draft.end
    found = unit_at(text, end)
    if found is None and draft.hedge == "vague":
        of = re.match(r"\s+of", text[end:])
        found = unit_at(text, end + of.end()) if of else None
    if found is not None and not (draft.first.currency and found[0].kind != "money"):
        draft.unit, end = found
    if draft.first.currency:
        draft.unit = Unit(draft.first.currency, "money")
    if draft.unit is not None:
        draft.end = read_denominator(text, draft, end)
        return
    counted = counted_noun(tokens, draft)
    if counted is not None:
        draft.counted, draft.head, draft.end = counted


def read_denominator(text: str, draft: Draft, end: int) -> int:
    """ "$58 per barrel", "$3,500 a month": extend the unit with what it is counted per."""
    assert draft.unit is not None
    match = DENOMINATOR_RE.match(text[end : end + 30])
    if not match:
        return end
    after_per = end + match.start("word")
    found = unit_at(text, after_per)
    if found is not None and found[0].kind in ("time", "area", "volume", "mass", "length"):
        name, stop = found[0].name, found[1]
    elif match.group("word").lower().rstrip("s") in DENOMINATORS and "a" not in match.group()[:3]:
        name, stop = match.group("word").lower(), end + match.end()
    elif match.group().lstrip().startswith(("per", "/")) and match.group("word").islower():
        name, stop = match.group("word"), end + match.end()
    else:
        return end
    draft.unit = Unit(f"{draft.unit.name} per {name}", draft.unit.kind)
    return stop


NOT_COUNTED_GAP = frozenset({"last", "next", "this", "that", "per", "each", "a", "an", "the"})
COUNTABLE_GAP = frozenset({"ADJ", "PROPN", "NOUN", "VERB", "PUNCT", "ADV", "NUM"})


def counted_noun(tokens: TokenIndex, draft: Draft) -> tuple[str, int, int] | None:
    """The noun the number counts, skipping adjectives ("5,000 North Korean troops" -> troops)."""
    token = tokens.after(draft.end)
    if token is None or (draft.end < len(tokens.text) and tokens.text[draft.end].isalnum()):
        return None
    if token.lower_ == "of" and (draft.hedge == "vague" or draft.first.is_word):
        token = _skip_determiner(token)
    run_start: Token | None = None
    for _ in range(5):
        if token is None or token.is_sent_start or token.pos_ not in COUNTABLE_GAP:
            return None
        if token.lower_ in NOT_COUNTED_GAP:
            return None
        if token.pos_ in ("PUNCT",) and token.tag_ != "HYPH":
            return None
        if token.pos_ == "VERB" and token.tag_ not in ("VBN", "VBG"):
            return None
        if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.tag_ == "NNPS"):
            run_start = run_start or token
            following = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if following is None or following.pos_ != "NOUN" or following.tag_ == "NNP":
                return _counted(run_start, token)
        token = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return None


def _skip_determiner(of_token: Token) -> Token | None:
    doc = of_token.doc
    nxt = doc[of_token.i + 1] if of_token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ("the", "these", "those", "its", "their", "his", "her"):
        nxt = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    return nxt


def _counted(first: Token, head: Token) -> tuple[str, int, int]:
    words = [t.lower_ for t in first.doc[first.i : head.i + 1] if t.pos_ in ("NOUN", "PROPN")]
    name = " ".join(words) if head.pos_ == "NOUN" else head.text
    return name, head.i, head.idx + len(head.text)


def read_hedge(text: str, draft: Draft) -> int:
    """Set the draft's hedge from the words around it; return where the quantity's text starts."""
    before = text[max(0, draft.start - 40) : draft.start]
    after = HEDGE_AFTER.match(text[draft.end : draft.end + 15])
    if draft.hedge == "range":
        between = BETWEEN_BEFORE.search(before)
        return draft.start - len(between.group()) if between else draft.start
    match = HEDGE_BEFORE.search(before)
    if after and draft.hedge == "exact":
        draft.hedge = "lower_bound" if after.group("more") else "approximate"
        if "fewer" in after.group() or "less" in after.group():
            draft.hedge = "upper_bound"
    if not match or draft.hedge == "vague":
        return draft.start
    draft.hedge = HEDGE_PHRASES[match.group("hedge").lower()]
    return draft.start - (len(before) - match.start("hedge"))


def read_change(text: str, draft: Draft, start: int) -> Literal["up", "down"] | None:
    """ "up" or "down" when the number is the size of a change ("rose 5%", "fell by 3")."""
    if draft.first.sign_up:
        return "up"
    before = text[max(0, start - 30) : start]
    match = CHANGE_BEFORE.search(before)
    if not match:
        return None
    return "up" if match.group("up") else "down"


def read_measure(text: str, tokens: TokenIndex, draft: Draft) -> str:
    """What the amount counts in event terms: a casualty, troops, area, money or other."""
    casualty = casualty_of(tokens, draft)
    if casualty:
        return casualty
    if draft.counted and draft.counted.split()[-1] in TROOP_NOUNS:
        return "troops"
    if draft.unit is not None and draft.unit.kind in ("area", "money"):
        return draft.unit.kind
    if re.search(
        r"\b(?:death toll|toll)\b[^.;]{0,25}$", text[max(0, draft.start - 40) : draft.start]
    ):
        return "killed"
    return "other"


def casualty_of(tokens: TokenIndex, draft: Draft) -> str | None:
    """The casualty a count is tied to by the parse: its verb, predicate or modifier."""
    if draft.unit is not None:
        return None
    token = tokens.doc[draft.head] if draft.head is not None else tokens.at(draft.last.start)
    if token is None:
        return None
    if draft.counted and draft.counted.split()[-1] in CASUALTY_WORDS:
        return CASUALTY_WORDS[draft.counted.split()[-1]]
    for word in _casualty_neighbours(token):
        if word.lower_ in CASUALTY_WORDS:
            return CASUALTY_WORDS[word.lower_]
    return None


def _casualty_neighbours(token: Token) -> list[Token]:
    """Words that can say what happened to a counted group: its governing verb or predicate."""
    neighbours = [c for c in token.children if c.dep_ in ("acl", "amod", "relcl", "advcl")]
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass", "nsubj", "conj", "appos", "attr", "pobj", "npadvmod"):
        neighbours.append(head)
        neighbours.extend(c for c in head.children if c.dep_ in ("acomp", "attr", "oprd", "advmod"))
    if token.dep_ == "pobj" and head.head is not None:
        neighbours.append(head.head)
    return neighbours


def single_casualties(text: str, tokens: TokenIndex) -> list[Quantity]:
    """ "killed a 14-year-old girl": a count of one that no numeral spells out."""
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
                if det is not None and det.lower_ in ("a", "an"):
                    text_ = text[det.idx : child.idx + len(child.text)]
                    found.append(Quantity(det.idx, child.idx + len(child.text), text_, 1.0,
                                          unit=child.lower_, measure=measure))  # fmt: skip
    return found


def quantity_values(draft: Draft) -> tuple[float | None, float | None, float | None]:
    """(value, low, high) as SCHEMA.md fills them for each hedge."""
    first, last = draft.first.value, draft.last.value
    if draft.hedge == "range":
        return None, first, last
    if draft.hedge == "vague":
        return None, draft.vague_low, None
    if draft.hedge == "upper_bound":
        return first, None, first
    if draft.hedge == "lower_bound":
        return first, first, None
    return first, None, None


def drop_overlaps(quantities: list[Quantity]) -> list[Quantity]:
    """Text order; where two overlap, the longer one stays."""
    ordered = sorted(quantities, key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[Quantity] = []
    for quantity in ordered:
        if kept and quantity.start < kept[-1].end:
            continue
        kept.append(quantity)
    return kept
