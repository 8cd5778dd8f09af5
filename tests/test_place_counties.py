"""Counties named with their unit's word ("Kerrow County"): the one of the state the article names.

The state is named outright when it is a name's best reading, or the only American reading of a
name that also names places abroad ("Georgia", "Florida") unless the article reads that name as
a place abroad (Georgia the country, with Batumi); a city named in passing puts its own
state in the article, but neither that state nor the city's closeness outweighs a state named.
"""

from __future__ import annotations

import pytest

from sitrep.extract.places import extract_places

pytestmark = pytest.mark.model


def _county(make_context, gazetteer, text):
    found = extract_places(make_context(text), gazetteer)
    return next(p for p in found if p.text.endswith("County"))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a city named in passing: its state and its closeness do not outweigh the state named
        (
            "Storms battered Oregon, and a clinic in Houston handled the samples. The "
            "Washington County Sheriff said 12 people were detained.",
            "Oregon",
        ),
        # states with namesakes abroad are named too
        (
            "Heavy snow fell across Florida. The Lake County Sheriff said schools were closed.",
            "Florida",
        ),
        ("Tornadoes struck Georgia on Sunday. The Clay County Coroner said three died.", "Georgia"),
        # an office word outside the tagger's entity ("Clerk" tagged alone, or in none)
        ("Snow hit Kentucky. The Warren County Clerk said ballots were late.", "Kentucky"),
        (
            "Floods hit Tennessee. The Greene County Coroner said two bodies were found.",
            "Tennessee",
        ),
        ("Storms hit Missouri. The Franklin County Clerk said polls stayed open.", "Missouri"),
        ("Hail damaged crops in Indiana. The Fayette County Coroner said one man died.", "Indiana"),
    ],
)
def test_a_county_lies_in_the_state_named_outright(make_context, gazetteer, text, state):
    county = _county(make_context, gazetteer, text)
    assert (county.level, county.country, county.admin1) == ("ADM2", "US", state)


def test_two_states_named_leave_their_county_open(make_context, gazetteer):
    """Both named: neither state's county is sure, and the larger one leads."""
    text = "Floods hit Arkansas and Oregon. The Washington County Sheriff said 30 were rescued."
    county = _county(make_context, gazetteer, text)
    assert (county.admin1, county.ambiguous) == ("Oregon", True)


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's prime minister flew to Batumi on Friday. The Clay County Sheriff said 4 were held.",
        "Russian tanks rolled into Georgia in 2008. Separately, the Washington County Clerk resigned.",
        "Mudslides cut roads across Georgia, the country's interior ministry in Kutaisi said. Clay "
        "County was also hit.",
    ],
)
def test_a_country_named_like_a_state_names_no_state(make_context, gazetteer, text):
    """Georgia read as the country does not put its namesake state's county first."""
    found = extract_places(make_context(text), gazetteer)
    georgia = next(p for p in found if p.text == "Georgia")
    county = _county(make_context, gazetteer, text)
    assert (georgia.level, georgia.country) == ("PCLI", "GE")
    assert (county.admin1 != "Georgia", county.ambiguous) == (True, True)
