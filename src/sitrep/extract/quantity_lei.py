"""Whose "lei" a story's are: Romania's (RON) or Moldova's (MDL), or nobody's.

Both countries call their currency the leu (plural lei). The units table reads a bare "lei" as
RON, the larger economy; a story that names Moldova (or its capital) before Romania is set
there, and its lei are MDL. "Romanian lei" and "Moldovan lei" already said which.

A bare "lei" is also the Hawaiian garland ("handed out 200 lei to tourists"): it is money only
in a story that names one of the two countries, or with a word of money next to it ("paid 200
lei", "3 million lei", "a salary of 2,000 lei"); else it is a count of lei.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.model import Quantity

COUNTRY = re.compile(
    r"\b(?:(?P<moldova>Moldov\w*|Chi[sș]in[aă]u|Transnistri\w*|Tiraspol|B[aă]l[tț]i)"
    r"|(?P<romania>Romania\w*|Bucharest|Cluj\w*|Timi[sș]oara|Ia[sș]i|Constan[tț]a|Bra[sș]ov))\b"
)
BARE_LEI = re.compile(r"(?<!Romanian )\b(?:lei|leu)\b", re.IGNORECASE)
# Words that make a figure money: what is paid, owed, earned or priced.
MONEY_CUE = re.compile(
    r"\b(?:pa(?:y|ys|id|ying)|costs?|costing|fined?|fines|worth|millions?|billions?|salar(?:y|ies)"
    r"|prices?|priced|wages?|earn(?:s|ed|ing)?|fees?|bribes?|budget|spen[dt]|spending|owed?"
    r"|bonus(?:es)?|pensions?|grants?|loans?|tax(?:es)?|bail|compensation)\b",
    re.IGNORECASE,
)
CUE_REACH = 50


def with_lei_country(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities, a bare "lei" made MDL where the story is set in Moldova, and a count of
    garlands where neither the story nor the words around it speak of money."""
    if not any(q.unit == "RON" for q in quantities):
        return quantities
    first = COUNTRY.search(text)
    moldovan = first is not None and bool(first.group("moldova"))
    out: list[Quantity] = []
    for quantity in quantities:
        if quantity.unit != "RON" or not BARE_LEI.search(quantity.text):
            out.append(quantity)
        elif first is None and not _near_money(text, quantity):
            out.append(replace(quantity, unit=_noun(quantity), measure="other"))
        else:
            out.append(replace(quantity, unit="MDL") if moldovan else quantity)
    return out


def _near_money(text: str, quantity: Quantity) -> bool:
    """Whether a word of money stands in the figure or within its clause's reach."""
    window = text[max(0, quantity.start - CUE_REACH) : quantity.end + CUE_REACH]
    return MONEY_CUE.search(window) is not None


def _noun(quantity: Quantity) -> str:
    """The noun the figure counts, as written ("lei", "leu")."""
    found = BARE_LEI.search(quantity.text)
    return found.group(0).lower() if found else "lei"
