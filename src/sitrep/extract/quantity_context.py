"""Stages 3 to 5 of the quantity extractor: unit, hedge, change and measure around a number.

The unit is read after the number (or a currency before it), else the counted noun from the
parse; the hedge and the direction of change from the words before it; the measure from a
casualty word tied to it by the parse, then from the unit's kind.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from sitrep.extract.quantity_captives import captive_complement, released
from sitrep.extract.quantity_fates import casualty_of
from sitrep.extract.quantity_magnitudes import MAGNITUDE, reads_a_magnitude
from sitrep.extract.quantity_number_shapes import plus_after
from sitrep.extract.quantity_phrasal import not_a_change
from sitrep.extract.quantity_quotes import past_closing_mark
from sitrep.extract.quantity_tolls import toll_level
from sitrep.extract.quantity_types import TROOP_NOUNS, Draft, TokenIndex
from sitrep.extract.token_positions import token_end
from sitrep.extract.units import Unit, unit_at
from sitrep.model import Hedge, Quantity

if TYPE_CHECKING:
    from spacy.tokens import Token

HEDGE_PHRASES: dict[str, Hedge] = {
    **dict.fromkeys(
        ["as many as", "as much as", "up to", "no more than", "not more than", "fewer than",
         "less than", "under", "below", "at most", "a maximum of", "maximum of", "just under",
         "sub-", "<", "as high as", "no higher than", "shy of", "just shy of"], "upper_bound"),
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
# The hedge may open a quotation: the army said "more than 70 terrorists were neutralised".
HEDGE_BEFORE = re.compile(rf"(?:^|(?<=[\s(\"“‘']))(?P<hedge>{_HEDGE_ALT})\s*$", re.IGNORECASE)
BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s*$", re.IGNORECASE)
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

DENOMINATORS = frozenset({
    "share", "barrel", "head", "person", "piece", "unit", "gallon", "ounce", "pound", "ton",
    "tonne", "gram", "kilogram", "night", "ticket", "square",
})  # fmt: skip
DENOMINATOR_RE = re.compile(
    r"^\s*(?:per\s+|/\s*|an?\s+)(?P<word>[A-Za-z][A-Za-z-]*)\b(?!\s+(?:earlier|ago|before|later))"
)

CASUALTY_MEASURES = frozenset({"killed", "injured", "missing", "displaced", "detained"})


def read_unit(text: str, tokens: TokenIndex, draft: Draft) -> None:
    """The unit after the number (or after the mark closing a quoted figure: `quantity_quotes`),
    a currency before it, or else the counted noun."""
    quoted_end = draft.end
    resumed = past_closing_mark(text, draft.start, draft.end)
    if resumed is not None:
        draft.end = resumed
    _read_unit_at(text, tokens, draft)
    if resumed is not None:
        draft.end = quoted_end  # 'killed "dozens" of soldiers': the span stays inside the marks


def _read_unit_at(text: str, tokens: TokenIndex, draft: Draft) -> None:
    end = draft.end
    found = unit_at(text, end)
    if found is None and draft.hedge == "vague":
        of = re.match(r"\s+of", text[end:])
        found = unit_at(text, end + of.end()) if of else None
    elif found is None and 0 < draft.first.value < 1:
        of = FRACTION_OF.match(text, end)  # "1/16 of a US pint": a part of one unit
        found = unit_at(text, of.end()) if of else None
    if found is not None and not (draft.first.currency and found[0].kind != "money"):
        draft.unit, end = found
    if draft.first.currency:
        draft.unit = Unit(draft.first.currency, "money")
    if draft.unit is not None:
        draft.end = read_denominator(text, draft, end)
        return
    if draft.first is draft.last and reads_a_magnitude(text, draft.start, end, draft.first.value):
        draft.unit = MAGNITUDE  # "a 6.1 quake": one quake's reading, not six of them
        return
    counted = (
        nationals_counted(tokens, draft)
        or counted_noun(tokens, draft)
        or acronym_unit(tokens, draft)
    )
    if counted is not None:
        draft.counted, draft.head, draft.end = counted
        rate = _per_time(text, draft.end)  # "three thousand tests per day"
        if rate is not None:
            draft.counted, draft.end = f"{draft.counted} per {rate[0]}", rate[1]


FRACTION_OF = re.compile(r"\s+of\s+an?(?:\s+(?:US|U\.S\.|imperial|metric))?(?=\s)", re.IGNORECASE)


# Between an amount and its denominator: the currency's country restated ("$75 U.S. per
# barrel") or a conversion in brackets ("9 billion shekels ($2.4 billion) a year").
RESTATED_CURRENCY = re.compile(r"\s+(?:U\.S\.|US)(?=\s+(?:per|a|an)\s)")
CONVERSION = re.compile(r"\s*\([^()]{1,40}\)")
RATE_KINDS = frozenset({"time", "area", "volume", "mass", "length", "energy", "data", "speed"})


def read_denominator(text: str, draft: Draft, end: int) -> int:
    """ "$58 per barrel", "$3,500 a month": extend the unit with what it is counted per."""
    assert draft.unit is not None
    skip = RESTATED_CURRENCY.match(text, end) if draft.unit.kind == "money" else None
    skip = skip or CONVERSION.match(text, end)
    at = skip.end() if skip else end
    match = DENOMINATOR_RE.match(text[at : at + 30])
    if not match:
        return end
    after_per = at + match.start("word")
    per = match.group().lstrip().startswith(("per", "/"))
    found = unit_at(text, after_per)
    if found is not None and found[0].kind in (RATE_KINDS if per else TIMELIKE_KINDS):
        name, stop = found[0].name, found[1]
    elif match.group("word").lower().rstrip("s") in DENOMINATORS and per:
        name, stop = match.group("word").lower(), at + match.end()
    elif per and match.group("word").islower():
        name, stop = match.group("word"), at + match.end()
    else:
        return end
    draft.unit = Unit(f"{draft.unit.name} per {name}", draft.unit.kind)
    # a conversion in brackets is a quantity of its own: the span stops before it
    return end if skip and skip.re is CONVERSION else stop


TIMELIKE_KINDS = frozenset({"time", "area", "volume", "mass", "length"})


def _per_time(text: str, end: int) -> tuple[str, int] | None:
    """ "per day", "a week" right after a counted noun: the unit of a rate, and where it ends."""
    match = DENOMINATOR_RE.match(text[end : end + 30])
    if not match:
        return None
    found = unit_at(text, end + match.start("word"))
    if found is None or found[0].kind != "time":
        return None
    return found[0].name, found[1]


def acronym_unit(tokens: TokenIndex, draft: Draft) -> tuple[str, int, int] | None:
    """An upper-case acronym standing as the unit: "(0.5 WAR)", "113 GPa" is in units.py."""
    token = tokens.after(draft.end)
    if token is None or token.idx - draft.end != 1 or tokens.text[draft.end] != " ":
        return None
    word = token.text
    if not (word.isalpha() and word.isupper() and 2 <= len(word) <= 6):
        return None
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and (following.is_alpha or following.tag_ == "HYPH"):
        return None  # it names or modifies something after it ("5 NATO members")
    return word, token.i, token_end(token)


NATIONALITY_LABELS = frozenset({"NORP", "GPE"})
MODIFIED_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def nationals_counted(tokens: TokenIndex, draft: Draft) -> tuple[str, int, int] | None:
    """ "two Sri Lankans", "one Nepali": a people's name standing alone counts people of that
    nation, under its whole name; "two Nepali soldiers" counts the soldiers."""
    first = tokens.after(draft.end)
    if first is None or first.ent_type_ not in NATIONALITY_LABELS or first.ent_iob_ != "B":
        return None
    last = first
    while last.i + 1 < len(last.doc) and last.nbor(1).ent_iob_ == "I":
        last = last.nbor(1)
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    run = first.doc[first.i : last.i + 1]
    if any(t.pos_ != "PROPN" for t in run) or (following and following.pos_ in MODIFIED_POS):
        return None
    if following is not None and _joins_adjectives(following):
        return None  # "14 Afghan and Pakistani workers" counts the workers
    return run.text, last.i, token_end(last)


NOT_COUNTED_GAP = frozenset({"last", "next", "this", "that", "per", "each", "a", "an", "the"})
COUNTABLE_GAP = frozenset({"ADJ", "PROPN", "NOUN", "VERB", "PUNCT", "ADV", "NUM"})


def counted_noun(tokens: TokenIndex, draft: Draft) -> tuple[str, int, int] | None:
    """The noun the number counts, skipping adjectives ("5,000 North Korean troops" -> troops)."""
    token = tokens.after(draft.end)
    if token is None or (draft.end < len(tokens.text) and tokens.text[draft.end].isalnum()):
        return None
    if token.lower_ == "of" and (
        draft.hedge == "vague" or draft.first.is_word or _partitive(token)
    ):
        token = _skip_determiner(token)
    compound = _hyphen_compound(draft, token) if token is not None else None
    if compound is not None:
        return compound
    run_start: Token | None = None
    for _ in range(5):
        if token is not None and _joins_adjectives(token):
            token = token.nbor(1)  # "2.1M local and foreign tickets"
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
            if (
                following is None
                or following.pos_ != "NOUN"
                or following.tag_ == "NNP"
                or captive_complement(following)  # "took 230 servicemen prisoner"
            ):
                return _counted(run_start, token, draft.end)
        token = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return None


def _joins_adjectives(token: Token) -> bool:
    """ "and" between two adjectives before the counted noun ("20 civilian and military ...");
    a singular name modifies it the same way: a people's, whichever tag the parser gives it ("12
    Indian and Nepali sailors"), or a maker's ("dozens of Toyota and Honda cars")."""
    doc = token.doc
    if token.pos_ != "CCONJ" or token.i == 0 or token.i + 1 >= len(doc):
        return False
    return _modifier_word(doc[token.i - 1]) and _modifier_word(doc[token.i + 1])


def _modifier_word(token: Token) -> bool:
    return token.pos_ == "ADJ" or (token.pos_ == "PROPN" and token.tag_ == "NNP")


def _hyphen_compound(draft: Draft, token: Token) -> tuple[str, int, int] | None:
    """ "six-cylinder engine", "a five-member panel": the number counts the word it is glued to,
    not the noun the compound modifies."""
    if token.tag_ != "HYPH" or token.idx != draft.end or token.i + 1 >= len(token.doc):
        return None
    word = token.nbor(1)
    if word.idx != token.idx + 1 or word.pos_ != "NOUN" or not word.is_lower:
        return None
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    if following is None or following.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None  # "a 30-day" ends the phrase: not a modifier, leave it to the parse
    return word.lower_, word.i, token_end(word)


# Words that open the group a part is taken from: "31 of the drones", "two of its soldiers".
GROUP_DETERMINERS = frozenset({"the", "these", "those", "its", "their", "his", "her"})


def _partitive(of_token: Token) -> bool:
    """ "31 of the drones", "two of its soldiers": a part of a group named right after, not of an
    amount ("31 of the 40 drones" counts drones through the 40)."""
    doc = of_token.doc
    if of_token.i + 2 >= len(doc):
        return False
    owner, noun = doc[of_token.i + 1], doc[of_token.i + 2]
    return owner.lower_ in GROUP_DETERMINERS and noun.tag_ == "NNS"


def _skip_determiner(of_token: Token) -> Token | None:
    doc = of_token.doc
    nxt = doc[of_token.i + 1] if of_token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in GROUP_DETERMINERS:
        nxt = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    return nxt


def _counted(first: Token, head: Token, after: int) -> tuple[str, int, int]:
    """The counted noun phrase; a proper noun under its whole name ("Sri Lankans", not
    "Lankans"), from its first word after the number (`after`)."""
    words = [t for t in first.doc[first.i : head.i + 1] if t.pos_ in ("NOUN", "PROPN")]
    if head.pos_ == "NOUN":
        # "co-defendants" stays one word: a word glued to the next keeps no space before it
        name = "".join(
            t.lower_ + ("" if not t.whitespace_ and n.i == t.i + 1 else " ")
            for t, n in itertools.pairwise(words)
        )
        return name + words[-1].lower_, head.i, token_end(head)
    start = head
    while start.i > 0 and start.nbor(-1).pos_ == "PROPN" and start.nbor(-1).idx >= after:
        start = start.nbor(-1)
    return head.doc[start.i : head.i + 1].text, head.i, token_end(head)


def read_hedge(text: str, draft: Draft, tokens: TokenIndex | None = None) -> int:
    """Set the draft's hedge from the words around it; return where the quantity's text starts."""
    before = text[max(0, draft.start - 40) : draft.start]
    after = HEDGE_AFTER.match(text[draft.end : draft.end + 15])
    if draft.hedge == "range":
        between = BETWEEN_BEFORE.search(before)
        return draft.start - len(between.group()) if between else draft.start
    match = HEDGE_BEFORE.search(before)
    if draft.hedge == "exact" and plus_after(text, draft.last):
        draft.hedge = "lower_bound"  # "50-plus civilians", "100+ people"
    if after and draft.hedge == "exact":
        draft.hedge = "lower_bound" if after.group("more") else "approximate"
        if "fewer" in after.group() or "less" in after.group():
            draft.hedge = "upper_bound"
    if not match or draft.hedge == "vague":
        return draft.start
    hedge_at = draft.start - (len(before) - match.start("hedge"))
    if tokens is not None and _spatial_over(tokens, hedge_at):
        return draft.start
    draft.hedge = HEDGE_PHRASES[match.group("hedge").lower()]
    return draft.start - (len(before) - match.start("hedge"))


AREA_NOUNS = frozenset(
    {"regions", "provinces", "districts", "areas", "cities", "towns", "villages", "territories"}
)


def _spatial_over(tokens: TokenIndex, char: int) -> bool:
    """ "destroyed 158 drones over 15 regions": "over" heads a phrase of places (where, not how
    many); "investments over 35 GWh" still means more than."""
    token = tokens.at(char)
    return (
        token is not None
        and token.lower_ == "over"
        and token.dep_ == "prep"
        and any(c.dep_ == "pobj" and c.lower_ in AREA_NOUNS for c in token.children)
    )


def read_change(
    text: str, draft: Draft, start: int, tokens: TokenIndex | None = None
) -> Literal["up", "down"] | None:
    """ "up" or "down" when the number is the size of a change ("rose 5%", "fell by 3"); not
    for a particle of another verb ("shot down 94 drones", `quantity_phrasal`)."""
    if draft.first.sign_up or _an_increment(text, draft, start):
        return "up"
    window = max(0, start - 30)
    match = CHANGE_BEFORE.search(text[window:start])
    if not match:
        return None
    if tokens is not None and not_a_change(tokens, draft, window + match.start()):
        return None
    return "up" if match.group("up") else "down"


# "two more bodies", "another 40 people", "12 additional deaths": added to a count told before,
# when the sentence tells the tally they were added to ("the toll rose to 27 after ...").
MORE_AFTER = re.compile(r"\s+(?:more|additional|further)\b(?!\s+than\b)", re.IGNORECASE)
ANOTHER_BEFORE = re.compile(r"\banother\s+$", re.IGNORECASE)
TALLY = re.compile(r"\b(?:toll|total|tally|bringing|brought|raising)\b", re.IGNORECASE)
SENTENCE_EDGE = re.compile(r"[.!?]\s|\n")


def _an_increment(text: str, draft: Draft, start: int) -> bool:
    """Whether the number is what was added to a tally the sentence tells, not a count of its
    own ("Another 12 soldiers were wounded": twelve wounded); a bare "6 more" may be others,
    and a measure ("another 2 gigawatts") is an amount, not an addition to a tally."""
    if draft.unit is not None:
        return False
    more = draft.counted is not None and MORE_AFTER.match(text, draft.last.end) is not None
    if not (more or ANOTHER_BEFORE.search(text[max(0, start - 10) : start])):
        return False
    opening = [m.end() for m in SENTENCE_EDGE.finditer(text, 0, start)]
    closing = SENTENCE_EDGE.search(text, draft.end)
    sentence = text[opening[-1] if opening else 0 : closing.start() if closing else len(text)]
    return TALLY.search(sentence) is not None


# A toll told shortly before, or further back when the figure is what it was put or revised to:
# "revised its death toll from the siege of the town down to 41".
TOLL_BEFORE = re.compile(r"\btoll\b(?:[^.;]{0,25}|[^.;\d]{0,80}\b(?:to|at))\s*$")


# Machines a force destroys ("neutralised" drones): what it kills are people.
MACHINE_NOUNS = frozenset({
    "drones", "missiles", "rockets", "shells", "bombs", "mines", "tanks", "vehicles", "aircraft",
    "planes", "helicopters", "boats", "vessels", "launchers", "munitions", "devices", "uavs",
})  # fmt: skip


def read_measure(text: str, tokens: TokenIndex, draft: Draft) -> str:
    """What the amount counts in event terms: a casualty, troops, area, money or other."""
    casualty = casualty_of(tokens, draft)
    if casualty == "killed" and draft.counted and draft.counted.split()[-1] in MACHINE_NOUNS:
        return "other"  # "neutralised 12 drones": machines destroyed, no one killed
    if casualty:
        return casualty
    if draft.unit is not None and draft.unit.kind in ("area", "money"):
        return draft.unit.kind
    number = tokens.doc[draft.head] if draft.head is not None else tokens.at(draft.last.start)
    level = toll_level(number) if number is not None and draft.unit is None else None
    if level is not None:
        return level  # "the number of dead climbed to 95"
    duration = draft.unit is not None and draft.unit.kind == "time"  # "three days of shelling"
    if not duration and TOLL_BEFORE.search(text[max(0, draft.start - 100) : draft.start]):
        return "killed"  # "put the death toll at 23 soldiers": the dead, not a force
    if number is not None and draft.counted and released(number):
        return "other"  # "freed 60 soldiers": let go, not a force in the field
    if draft.counted and draft.counted.split()[-1] in TROOP_NOUNS:
        return "troops"
    return "other"


PAREN_GAP = re.compile(r"^\s*\(\s*$")
COPIED_HEDGES = frozenset({"approximate", "upper_bound", "lower_bound"})


def with_hedge(quantity: Quantity, hedge: Hedge) -> Quantity:
    """The same single-valued quantity under another hedge, its bounds filled to match."""
    value = quantity.value
    low = value if hedge == "lower_bound" else None
    high = value if hedge == "upper_bound" else None
    return replace(quantity, hedge=hedge, low=low, high=high)


LINK_GAP = re.compile(r"^\s*(?:to|-|–|of the|of)\s*$")
PART_GAP = re.compile(r"^\s*of(?: the)?\s*$")  # "280 million of the 1.5 billion shekels"
# A suspended hyphen: "four-, five- and six-cylinder engines".
SUSPENDED_GAP = re.compile(r"^-(?:,\s*|\s+(?:and|or|to)\s+|,\s*(?:and|or)\s+)$")


def share_units(text: str, built: list[tuple[Draft, Quantity | None]]) -> list[Quantity]:
    """Give a bare number the unit of its neighbour: "from 208 pounds to 193", "280 million of
    the 1.5 billion shekels", "from $75 per barrel to $45.88", "four-, five- and six-cylinder";
    not across a change ("rose 6% to 4.20")."""
    pairs = sorted([(d, q) for d, q in built if q is not None], key=lambda p: p[1].start)
    out = [q for _, q in pairs]
    for i in range(len(pairs) - 2, -1, -1):  # right to left, so a unit travels down a list
        gap = text[out[i].end : out[i + 1].start]
        if out[i].unit is None and SUSPENDED_GAP.match(gap) and out[i + 1].unit is not None:
            out[i] = replace(out[i], unit=out[i + 1].unit, measure=out[i + 1].measure)
    for i in range(len(pairs) - 1):
        (d1, q1), (d2, q2) = pairs[i], pairs[i + 1]
        gap = text[q1.end : q2.start]
        if PAREN_GAP.match(gap) and q2.hedge == "exact" and q1.hedge in COPIED_HEDGES:
            out[i + 1] = with_hedge(out[i + 1], q1.hedge)  # "more than 7.5m crowns ($1.1m)"
        if not LINK_GAP.match(gap) or ((q1.change or q2.change) and not PART_GAP.match(gap)):
            continue
        if q1.unit is None and d2.unit is not None:
            out[i] = replace(out[i], unit=q2.unit, measure=q2.measure)
        elif q2.unit is None and d1.unit is not None:
            out[i + 1] = replace(out[i + 1], unit=q1.unit, measure=q1.measure)
        elif q1.unit and q2.unit and q1.unit.startswith(f"{q2.unit} per "):
            out[i + 1] = replace(out[i + 1], unit=q1.unit)  # "$75 per barrel to $45.88"
    return out


REPORTING_VERBS = frozenset({
    "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "note", "noted",
    "claim", "claimed", "state", "stated", "confirm", "confirmed", "warn", "warned", "explain",
    "explained", "write", "wrote", "insist", "insisted", "argue", "argued", "suggest",
    "suggested", "acknowledge", "acknowledged", "estimate", "estimated", "predict", "predicted",
    "describe", "described", "believe", "believes", "believed", "expect", "expects", "expected",
    "think", "thinks", "thought", "report", "reported", "reckon", "reckoned",
})  # fmt: skip


def is_indefinite_source(text: str, tokens: TokenIndex, draft: Draft, measure: str) -> bool:
    """ "One senior Ukrainian official told The Times ...": "one" is the indefinite article of an
    unnamed source, as "an official" would be, not a claim that one official exists. A count of
    one stays a quantity where it is what the sentence reports ("one soldier was killed", "one
    of the largest", "only one official attended").
    """
    if draft.head is None or draft.hedge != "exact" or measure in CASUALTY_MEASURES:
        return False
    if text[draft.first.start : draft.first.end].lower() != "one" or draft.first is not draft.last:
        return False
    head = tokens.doc[draft.head]
    if head.tag_ not in ("NN", "NNP"):
        return False
    verb = head.head
    if head.dep_ == "nsubj" and verb.lower_ in REPORTING_VERBS:
        return True
    doc = tokens.doc
    return head.dep_ == "pobj" and verb.lower_ == "to" and doc[verb.i - 1].lower_ == "according"
