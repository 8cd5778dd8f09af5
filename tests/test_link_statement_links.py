"""Two unsourced statements of one side are one only when they tell the same claim, and a
denial from another report joins no act that names a different thing taken (a station, not an
area). Records and sentences are invented."""

from __future__ import annotations

import pytest

from sitrep import link
from sitrep.link.records import EventPlaceRecord
from sitrep.link.statement_links import same_claim

TOWN = EventPlaceRecord("Quarrend", 49.7, 37.6, "PPL", country="UA", admin1="Kharkiv Oblast")


def statement(article: str, sentence: str, *sources: str) -> link.EventRecord:
    return link.EventRecord(
        article, 0, "statement", actor="Ukraine", date="2025-03-11", sentence=sentence,
        sources=sources, published="2025-03-12",
    )  # fmt: skip


def seizure(article: str, sentence: str, modality: str = "happened") -> link.EventRecord:
    return link.EventRecord(
        article, 0, "seize_territory", target="Ukraine", place=TOWN, date="2025-03-11",
        sentence=sentence, modality=modality, published="2025-03-12",
    )  # fmt: skip


SENT = "The president said on Monday that fresh brigades were being moved to the front."
DENIED = "The government rejected that, saying its soldiers still held the whole district."


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (statement("x", SENT), statement("y", DENIED), False),  # two unsourced claims
        (statement("x", SENT), statement("y", SENT.replace("Monday", "Sunday")), True),
        (statement("x", SENT, "the president"), statement("y", DENIED, "the president"), True),
        (statement("x", SENT, "the president"), statement("y", DENIED), True),  # unchanged
    ],
)
def test_unsourced_statements_join_only_on_the_same_claim(a, b, same):
    assert (link.compatibility(a, b) is not None) is same


AREA = "Enemy troops have seized about 90 square kilometres of territory around Quarrend."
STATION = "Moscow claimed to have captured the town's bus station, which Kyiv denied."


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (seizure("x", AREA), seizure("y", STATION, "denied"), False),  # area vs station
        (seizure("x", STATION.replace("which Kyiv denied", "officials said")),
         seizure("y", STATION, "denied"), True),  # the same station: disputed
        (seizure("x", "Enemy troops have entered Quarrend."), seizure("y", STATION, "denied"),
         True),  # nothing named on one side: unchanged
        (seizure("x", AREA), seizure("y", STATION), True),  # no denial: unchanged
    ],
)  # fmt: skip
def test_a_denial_disputes_only_the_thing_it_names(a, b, same):
    assert (link.compatibility(a, b) is not None) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Chile said it would retaliate against Peru.",
         "Chile said it would not retaliate against Peru.", False),
        ("Envoys said the talks would resume in Lima.",
         "Envoys said the talks would never resume in Lima.", False),
        ("The raid killed civilians in Tacna.", "The raid killed no civilians in Tacna.", False),
        ("Chile said it wouldn't retaliate against Peru.",
         "Chile said it would not retaliate against Peru.", True),  # "n't" is "not"
        ("Chile said it would retaliate against Peru.",
         "Chile said on Monday it would retaliate against Peru.", True),  # must not change
    ],
)  # fmt: skip
def test_a_claim_and_its_negation_are_two_claims(a, b, same):
    assert same_claim(a, b) is same
