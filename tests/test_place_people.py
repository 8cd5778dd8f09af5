"""People's names that a place shares: the article's usage, not the gazetteer, decides."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.place_person_uses import only_far_aliases
from sitrep.extract.places import extract_places
from sitrep.gazetteer import Entry

PUBLISHED = dt.date(2025, 3, 14)


def _places(make_context, gazetteer, text):
    return extract_places(make_context(text, published=PUBLISHED), gazetteer)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a pronoun after the name in the attack's slot, with no other noun between
        ("The raid on Hassan angered his neighbours.", "Hassan"),
        ("The attack on Farah was condemned by her husband.", "Farah"),
        # an honorific before the name elsewhere in the article, before or after the slot
        ("The attack on Hassan was condemned. Mr. Hassan ran a bakery near the port.", "Hassan"),
        ("Mrs. Farah ran a bakery. The attack on Farah was condemned by neighbours.", "Farah"),
        # a person's appositive after the name
        ("The attack on Kim, a journalist, was condemned by the union.", "Kim"),
        # ... even when the tagger calls the name a place
        ("The attack on Lenox, a local reporter, drew condemnation.", "Lenox"),
        # a given name that only a far city bears, as an old name
        ("Farmers near Rashid said the harvest failed, officials in Tripoli said.", "Rashid"),
        ("Rockets hit Rashid overnight, officials in Tripoli said.", "Rashid"),  # untagged
        ("Farmers near Rashid said the harvest failed.", "Rashid"),
    ],
)
def test_a_persons_name_is_no_place(make_context, gazetteer, text, word):
    start = text.index(word)
    assert all(p.start != start for p in _places(make_context, gazetteer, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # the place struck, whatever the tagger says; the pronoun is the governor's
        ("The attack on Zaporizhzhia was condemned by the governor in his address.", "Zaporizhzhia", "UA"),
        # an honorific's person is named by the last word of the name, not a state they share
        ("Shelling hit Sabah overnight, Dr. Sabah Hakimi said.", "Sabah", "MY"),
        # a pronoun after the town that owns no kin is the speaker's
        ("The assault on Kherson, he said, was repelled.", "Kherson", "UA"),
        ("The attack on Bakhmut was his worst defeat, the general said.", "Bakhmut", "UA"),
        ("The attack on Kramatorsk shocked him.", "Kramatorsk", "UA"),
        ("Israeli airstrikes on Rafah killed 12 people.", "Rafah", "PS"),
        # an old name of a city in the country the article names
        ("Farmers near Rashid said the harvest failed, officials in Alexandria said.", "Rashid", "EG"),
        # a spelling of the city's own name, and an English alias the tagger calls a place
        ("The attack on Kiev was condemned across Europe.", "Kiev", "UA"),
        ("Protests spread from Bombay to Delhi.", "Bombay", "IN"),
        # a town listed beside a town the tagger knows, tagged as a person
        ("Unions rallied in Aarhus and Silkeborg on Monday.", "Silkeborg", "DK"),
    ],
)  # fmt: skip
def test_a_place_in_a_persons_slot_stays_a_place(make_context, gazetteer, text, word, country):
    start = text.index(word)
    place = next(p for p in _places(make_context, gazetteer, text) if p.start == start)
    assert place.country == country


def _alias(name: str, country: str, kind: int = 1) -> Entry:
    return Entry(1, name, country, None, None, "PPL", 0.0, 0.0, 200_000, kind=kind)


@pytest.mark.parametrize(
    ("text", "readings", "named", "far"),
    [
        ("Nadir", (_alias("Velgrad", "RS"),), {}, True),
        ("Nadir", (_alias("Velgrad", "RS"),), {"RS": {"Nadir"}}, True),  # only itself there
        ("Nadir", (_alias("Velgrad", "RS"),), {"RS": {"Nis"}}, False),  # the country is named
        ("Nadir", (_alias("Velgrad", "RS"), _alias("Nadir", "TR", kind=0)), {}, False),
        ("Velgard", (_alias("Velgrad", "RS"),), {}, False),  # a spelling of the name
        ("Velgrad", (_alias("Velgrad Oblast", "RS"),), {}, False),  # its name inside
        ("Nadir", (), {}, False),
    ],
)
def test_only_far_aliases(text, readings, named, far):
    assert only_far_aliases(text, readings, named) is far
