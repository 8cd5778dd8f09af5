"""Each country's capital in the gazetteer: the town named as its capital, found though the
country table spells it without accents or by another name, and the seat of government where
news means that town by "the capital"."""

from __future__ import annotations

import pytest

from sitrep.gazetteer.capitals import capital_town_ids


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
        # a capital however small (its rank among namesakes is the resolver's concern), and
        # never a namesake in another country
        ("Velmora", [_town(1, "Velmora", 9_000)], {1}),
        ("Velmora", [_town(1, "Velmora", 0)], {1}),
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
        # capitals of fewer than 50,000 people
        ("GM", "Banjul"),
        ("MT", "Valletta"),
        ("LI", "Vaduz"),
        ("SC", "Victoria"),
        ("TV", "Funafuti"),
    ],
)
def test_a_countrys_capital_is_the_city_news_calls_it(gazetteer, country, capital):
    city = gazetteer.capital(country)
    assert city is not None and city.name == capital


def test_a_small_capital_ranks_as_a_town_among_its_namesakes():
    """Victoria of the Seychelles does not outrank Victoria of British Columbia by its rank as a
    capital; a capital of some size keeps its head start."""
    from sitrep.extract.place_candidates import important, prior
    from sitrep.gazetteer import Entry

    def town(level: str, population: int) -> Entry:
        return Entry(1, "Velmora", "VL", None, None, level, 0.0, 0.0, population)

    assert prior(town("PPLC", 20_000)) == prior(town("PPL", 20_000))
    assert prior(town("PPLC", 20_000)) < prior(town("PPL", 280_000))
    assert not important(town("PPLC", 20_000))
    assert prior(town("PPLC", 900_000)) > prior(town("PPL", 900_000))
    assert important(town("PPLC", 90_000))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "name", "country"),
    [
        ("Talks opened in the Maltese capital on Monday.", "capital", "Valletta", "MT"),
        ("Protesters marched through the Gambia's capital on Friday.", "capital", "Banjul", "GM"),
        ("Officials in Banjul said the vote went well.", "Banjul", "Banjul", "GM"),
        # a small capital's namesake many times its size stays the reading of the bare name
        (
            "Police in Hamilton, a city west of Toronto, closed a road.",
            "Hamilton",
            "Hamilton",
            "CA",
        ),
        # ... also with no neighbour to help: a capital of 1,000 people is no "big city" that
        # beats its country's same-named region (Hamilton, Bermuda)
        ("A fire broke out in Hamilton on Sunday.", "Hamilton", "Hamilton", "CA"),
    ],
)
def test_small_capitals_are_found_as_capitals(text, word, name, country):
    import sitrep

    found = sitrep.extract(text).to_json()["places"]
    place = next(p for p in found if p["start"] == text.index(word))
    assert (place["name"], place["country"]) == (name, country)
