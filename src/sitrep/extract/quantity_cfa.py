"""Which CFA franc a story's "CFA francs" are: West Africa's (XOF) or Central Africa's (XAF).

Two currencies share the name: the West African CFA franc (XOF: Benin, Burkina Faso, Ivory
Coast, Guinea-Bissau, Mali, Niger, Senegal, Togo) and the Central African one (XAF: Cameroon,
the Central African Republic, Chad, the Republic of the Congo, Equatorial Guinea, Gabon). The
units table reads a bare "CFA francs" as XOF; the first of these countries the story names picks
the zone. A story naming none keeps XOF: the West African zone is the larger and the one the
wires report from most.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.model import Quantity

WEST = r"Benin|Burkina\s+Faso|Ivory\s+Coast|C[oô]te\s+d['’]Ivoire|Guinea-Bissau|Mali|Niger|Senegal|Togo"
CENTRAL = (
    r"Cameroon|Central\s+African\s+Republic|Chad|Congo-Brazzaville|Republic\s+of\s+(?:the\s+)?Congo"
    r"|Equatorial\s+Guinea|Gabon"
)
ZONE_COUNTRY = re.compile(rf"\b(?:(?P<west>{WEST})|(?P<central>{CENTRAL}))\b")
# Only a bare "CFA franc" is ambiguous; "Central African CFA francs" already said which.
BARE_CFA = re.compile(r"(?<!African )\b(?:CFA\s+francs?|francs?\s+CFA|FCFA)\b", re.IGNORECASE)


def with_cfa_zone(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities, a bare "CFA francs" made XAF where the story is set in Central Africa."""
    if not any(q.unit == "XOF" for q in quantities):
        return quantities
    first = ZONE_COUNTRY.search(text)
    if first is None or not first.group("central"):
        return quantities
    return [
        replace(q, unit="XAF") if q.unit == "XOF" and BARE_CFA.search(q.text) else q
        for q in quantities
    ]
