"""Each country's capital in the gazetteer: the town named as its capital, found though the
country table spells it without accents or by another name, and the seat of government where
news means that town by "the capital"."""

from __future__ import annotations

import pytest

from sitrep.gazetteer import ensure_gazetteer
from sitrep.gazetteer.capitals import capital_town_ids
from sitrep.settings import Settings


@pytest.fixture(scope="session")
def gazetteer():
    return ensure_gazetteer(Settings.from_env())


def _town(geonameid: int, name: str, population: int, *other: str, country: str = "VL") -> dict:
    return {
        "geonameid": geonameid,
        "name": name,
        "countrycode": country,
        "population": population,
        "alternatenames": list(other),
    }


@pytest.mark.parametrize(
    ("capital", "towns", "ids"),
    [
        ("Velmora", [_town(1, "Velmora", 90_000)], {1}),
        # accents, spaces and hyphens do not tell names apart
        ("Sao Velmora", [_town(1, "São Velmóra", 90_000)], {1}),
        ("Ulaan-Vel", [_town(1, "Ulaan Vel", 90_000)], {1}),
        # a newer name the town lists among its other names
        ("Nur-Velmora", [_town(1, "Astvel", 900_000, "Nur-Velmora")], {1}),
        # the town's own name before a larger town's other name, the largest of namesakes
        ("Velmora", [_town(1, "Velmora", 90_000), _town(2, "Grosstadt", 800_000, "Velmora")], {1}),
        ("Velmora", [_town(1, "Velmora", 90_000), _town(2, "Velmora", 70_000)], {1}),
        # a capital too small to outrank its namesakes elsewhere, or in another country
        ("Velmora", [_town(1, "Velmora", 9_000)], set()),
        ("Velmora", [_town(1, "Velmora", 90_000, country="ZZ")], set()),
    ],
)  # fmt: skip
def test_the_capital_is_the_town_of_that_name(capital, towns, ids):
    countries = [{"iso": "VL", "capital": capital}]
    assert capital_town_ids(countries, {t["geonameid"]: t for t in towns}.values()) == ids


@pytest.mark.parametrize(
    ("country", "capital"),
    [
        # where the government sits, which news calls the capital
        ("BO", "La Paz"),
        ("BJ", "Cotonou"),
        ("CI", "Abidjan"),
        # the constitutional capital, where news names it so
        ("NL", "Amsterdam"),
        ("MY", "Kuala Lumpur"),
        ("LK", "Colombo"),
        ("TZ", "Dodoma"),
        ("SZ", "Mbabane"),
        # spelt with accents, or by another name, in the town table
        ("BR", "Brasília"),
        ("CO", "Bogotá"),
        ("CM", "Yaoundé"),
        ("KZ", "Astana"),
    ],
)
def test_a_countrys_capital_is_the_city_news_calls_it(gazetteer, country, capital):
    city = gazetteer.capital(country)
    assert city is not None and city.name == capital
