"""When a bare "5m" or "300k" is millions or thousands, not metres or a run.

A lower-case "m" or "k" glued to digits is a scale for certain only after a currency sign
("$5m"); after a bare number it is usually metres ("a 5m wall", "ran 100m"). It is a scale too
when a currency word follows ("5m pounds", "a 3m-dollar deal"), when a spaced unit of weight or
volume follows ("5m pounds of flour", "2m litres of milk": nobody writes a length before a
weight), when a counted population follows
("5m people", "2m displaced residents"), and when the bare number is the direct partner of money
just told in millions ("from $3m to 5m", "$20m last year and a further 12m this year"): then it
is that money. Anything more between them makes it a measure: "a $20m seawall that rises 5m",
"the $3m project will lay 300m of pipe and 150m of cable" and "$5m, and the river rose more
than 4m" all stay metres.
"""

from __future__ import annotations

import re

from sitrep.extract.units import unit_at

SCALE_LETTERS = frozenset({"m", "k"})
# Kinds of unit whose spaced name after "5m" makes the letter a scale ("5m pounds of rice").
COUNTED_UNIT_KINDS = frozenset({"mass", "volume"})
# Plural nouns that are counted in millions, never measured in metres.
COUNTED_AFTER = re.compile(
    r"[\s-]+(?:(?:more|extra|additional|other|[a-z]+ed|[A-Z][a-z]+)\s+){0,2}"
    r"(?:people|persons|residents|refugees|migrants|civilians|children|adults|women|men|voters|"
    r"users|customers|subscribers|viewers|visitors|tourists|passengers|households|homes|jobs|"
    r"workers|employees|members|followers|doses|vaccinations|votes|signatures|barrels|tonnes|"
    r"tons|shares|copies|cases|deaths|infections|patients|pupils|students|inhabitants|citizens|"
    r"farmers|homeless|displaced|Syrians|Afghans|Ukrainians|Venezuelans|Rohingya)\b"
)
# Money already told in millions or thousands earlier in the sentence: "$20m", "€3.5 million",
# "40 million dollars".
MONEY_SCALED = re.compile(
    r"(?:(?:[$€£¥₹]|\b(?:US\$|USD|EUR|GBP))\s?\d[\d.,]*\s?(?:m|mn|bn|k|million|billion)\b"
    r"|\d[\d.,]*\s?(?:m|mn|bn|million|billion)\s+(?:dollars|euros|pounds|rupees|yen|yuan)\b)"
)
# What may follow a bare money figure: the end of the clause or a word that is no noun of size.
STANDS_ALONE_AFTER = re.compile(
    r"(?:\s*(?:[,;:.)!?]|$)|\s+(?:this|last|next|in|on|a|an|per|each|from|to|and|or|for|by|"
    r"at|the|was|were|is|are|had|has|more|less|over|during|since|after|before|while|than)\b)"
)
# What may stand between money just told and its partner: a time it belongs to, then a joining
# word ("$20m last year and by a further 12m", "from $3m to 5m", "between $2m and 4m").
PARTNER_GAP = re.compile(
    r"\s*(?:(?:this|last|next)\s+(?:year|month|week|quarter)|in\s+\d{4})?\s*"
    r"(?:and|or|to|versus|vs\.?)\s+(?:by\s+)?"
    r"(?:(?:a|an|the|about|around|some|nearly|almost|roughly|just|only|over|under|more\s+than|"
    r"less\s+than|up\s+to|at\s+least|further|another|additional|extra)\s+)*",
    re.IGNORECASE,
)
# A word that says "more of the same" may stand a short phrase further off, within the clause:
# "$20m on roads and a further 12m on schools".
MORE_OF_IT_GAP = re.compile(
    r"[^,;\d]{0,40}?\b(?:and|or)\s+(?:by\s+)?(?:(?:a|an)\s+)?(?:further|another|additional|extra)\s+",
    re.IGNORECASE,
)
CURRENCY_CODE = re.compile(r"[$€£¥₹]|US\$|USD|EUR|GBP|dollars|euros|pounds|rupees|yen|yuan")
CODES = {"$": "USD", "US$": "USD", "USD": "USD", "dollars": "USD", "€": "EUR", "EUR": "EUR",
         "euros": "EUR", "£": "GBP", "GBP": "GBP", "pounds": "GBP", "¥": "JPY", "yen": "JPY",
         "₹": "INR", "rupees": "INR", "yuan": "CNY"}  # fmt: skip


def letter_is_scale(text: str, letter_end: int) -> bool:
    """True when the "m" or "k" that ends at `letter_end` abbreviates million or thousand because
    a currency word or a counted population follows it."""
    found = unit_at(text, letter_end)
    if found is not None and found[0].kind == "money":
        return True
    if (
        found is not None
        and found[0].kind in COUNTED_UNIT_KINDS
        and text[letter_end : letter_end + 1] == " "
    ):
        return True
    return bool(COUNTED_AFTER.match(text, letter_end))


def money_told_before(text: str, number_start: int, letter_end: int) -> str | None:
    """The currency of money told in millions just before, when the bare number after it is that
    money's direct partner and stands alone ("a further 12m this year"); None otherwise."""
    if not STANDS_ALONE_AFTER.match(text, letter_end):
        return None
    sentence = re.split(r"[.!?]\s|\n", text[max(0, number_start - 200) : number_start])[-1]
    told = list(MONEY_SCALED.finditer(sentence))
    gap_start = told[-1].end() if told else 0
    if not told or not any(g.fullmatch(sentence, gap_start) for g in (PARTNER_GAP, MORE_OF_IT_GAP)):
        return None  # "a $20m seawall that rises 5m": a height, not more money
    symbol = CURRENCY_CODE.search(told[-1].group())
    return CODES.get(symbol.group()) if symbol else None
