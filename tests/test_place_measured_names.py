"""A name the gazetteer lacks is placed at the article's locality, unless the text gives its
distance from another place ("near Tovarno, about 300 km north of the capital"): then it lies
that far away and stays unpinned. A short distance keeps the pin."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.place_measured_names import far_from_where_measured
from sitrep.extract.places import extract_places

PUBLISHED = dt.date(2025, 3, 14)
DATELINE = "LUSAKA, March 14 (Reuters) - "


@pytest.mark.parametrize(
    ("after", "far"),
    [
        (", about 300 km north of the capital", True),
        (", some 200 miles southeast of Lusaka", True),
        (" (120 kilometres west of the city)", True),
        (", 1,200 km from the coast", True),
        (", about 5 km from the city", False),
        (", 20 miles east of the capital", False),
        (" on Wednesday", False),
        (", a town of 300 people", False),
        (", about 300 km (186 miles) north of the capital", True),
        (", a town 300 km north of the capital", False),  # a description: the pin stays
    ],
)  # fmt: skip
def test_a_distance_right_after_the_name(after, far):
    assert far_from_where_measured("near Tovarno" + after, len("near Tovarno")) is far


# The story names the dateline's country, so the dateline town is its locality
# (`place_resolution._story_counts`).
@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "pinned"),
    [
        ("Floods in Zambia swept through villages near Tovarno, about 300 km north of the capital.", False),
        ("Floods in Zambia swept through villages near Tovarno, some 250 kilometres west of Lusaka.", False),
        ("Floods in Zambia swept through villages near Tovarno on Wednesday.", True),
        ("Floods in Zambia swept through villages near Tovarno, about 6 km from the city.", True),
    ],
)  # fmt: skip
def test_an_unknown_name_far_from_the_locality_is_not_pinned_there(
    make_context, gazetteer, sentence, pinned
):
    text = DATELINE + sentence
    places = extract_places(make_context(text, published=PUBLISHED), gazetteer)
    tovarno = next(p for p in places if p.text == "Tovarno")
    assert (tovarno.lat is not None) is pinned
