"""A town known by the name said only as another spelling, many times the size of the village
whose main name it is, is the town a story means. Invented towns."""

from __future__ import annotations

import pytest

from sitrep.extract.place_spellings import outsized_spelling, similar_spellings
from sitrep.gazetteer import Entry

VILLAGE = Entry(1, "Dorvaliia", "UA", "West Oblast", 10, "PPL", 49.6, 33.7, 500)
TOWN = Entry(2, "Dorvaliya", "UA", "East Oblast", 20, "PPL", 49.4, 36.8, 26_000, kind=1)


def test_a_much_larger_town_of_another_spelling_is_meant() -> None:
    assert outsized_spelling(TOWN, [VILLAGE], "Dorvaliia")


def test_a_town_only_a_few_times_larger_is_not() -> None:
    village = Entry(1, "Dorvaliia", "UA", "West Oblast", 10, "PPL", 49.6, 33.7, 5_000)
    assert not outsized_spelling(TOWN, [village], "Dorvaliia")


def test_an_alias_that_is_no_spelling_of_the_name_is_not() -> None:
    city = Entry(3, "Harbourton", "US", "Ohio", 30, "PPL", 40.0, -83.0, 120_000, kind=1)
    assert not outsized_spelling(city, [VILLAGE], "Dorvaliia")


@pytest.mark.parametrize(
    ("said", "name", "alike"),
    [
        ("kurivka", "kuryvka", True),
        ("dorvaliia", "dorvaliya", True),
        ("centralia", "fargo", False),
        ("novka", "zavka", False),
    ],
)
def test_similar_spellings(said: str, name: str, alike: bool) -> None:
    assert similar_spellings(said, name) is alike
