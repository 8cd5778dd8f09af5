"""One figure followed across the reports of one story: a force's size and the ground it took,
re-estimated report by report, each report wording the subject a little differently (a village
of the province, no side, the country, another event type), read as one history; and the things
a reader keeps apart (two sides' troops, two provinces, troops and the dead) kept apart.

Every story here is invented: the towns of Varno and Lisk in Marvia Oblast and Tarnel in Ostra
Oblast, all in Ostland, and the Redland and Blueland armies.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from sitrep import link
from sitrep.link.claim_places import names_a_speaker, without_source_places
from sitrep.link.corrections import corrections_in, revises_a_figure
from sitrep.model import Article

MARVIA = {"province": "Marvia Oblast", "country": "Ostland"}


def figure(
    article: str, value: float, day: int, hedge: str = "exact", **fields: Any
) -> link.ClaimRecord:
    """A troop estimate from report `article`, as of March `day`, 2025, at Varno unless told."""
    base: dict[str, Any] = {
        "measure": "troops",
        "unit": "troops",
        "actor": None,
        "place": "Varno",
        "topic": None,
        **MARVIA,
    }
    base.update(fields)
    day_of = f"2025-03-{day:02d}"
    return link.ClaimRecord(
        article, 0, value=value, hedge=hedge, as_of=day_of, published=day_of, **base
    )


def subjects(*records: link.ClaimRecord) -> list[list[tuple[str, float | None]]]:
    """The histories as the reports and values each holds, in history order."""
    return [[(v.article_id, v.value) for v in h.values] for h in link.claim_histories(records)]


@pytest.mark.parametrize(
    ("records", "expected"),
    [
        pytest.param(  # a village, the attackers' town, the country, a seizure: one estimate
            [
                figure("a", 6000, 10, "upper_bound", place="Lisk", topic="attack"),
                figure("b", 11000, 11, "upper_bound", actor="Redland", topic="seize_territory"),
                figure("c", 9000, 12, "approximate", actor="Redland", place="Lisk"),
            ],
            [[("a", 6000), ("b", 11000), ("c", 9000)]],
            id="one-estimate-over-three-reports",
        ),
        pytest.param(  # two sides' troops at one town
            [figure("a", 6000, 10, actor="Redland"), figure("b", 4000, 11, actor="Blueland")],
            [[("b", 4000)], [("a", 6000)]],
            id="two-sides-apart",
        ),
        pytest.param(  # a report naming no side could be either side's: it joins neither
            [
                figure("a", 6000, 10, actor="Redland"),
                figure("b", 4000, 11, actor="Blueland"),
                figure("c", 5000, 12),
            ],
            [[("c", 5000)], [("b", 4000)], [("a", 6000)]],
            id="a-sideless-figure-between-two-sides",
        ),
        pytest.param(  # two provinces are two fronts
            [
                figure("a", 6000, 10, actor="Redland"),
                figure("b", 3000, 11, place="Tarnel", province="Ostra Oblast"),
            ],
            [[("a", 6000)], [("b", 3000)]],
            id="two-provinces-apart",
        ),
        pytest.param(  # the troops in the whole country are not those in one of its provinces
            [
                figure("a", 6000, 10, actor="Redland"),
                figure("b", 15000, 11, actor="Redland", place="Ostland", province=None),
            ],
            [[("a", 6000)], [("b", 15000)]],
            id="country-total-apart",
        ),
        pytest.param(  # a month later it is another deployment
            [figure("a", 6000, 1, actor="Redland"), figure("b", 3000, 28, place="Lisk")],
            [[("a", 6000)], [("b", 3000)]],
            id="weeks-apart",
        ),
        pytest.param(  # troops and the dead are different counts
            [
                figure("a", 6000, 10, actor="Redland"),
                figure("b", 30, 11, measure="killed", unit="people"),
            ],
            [[("b", 30)], [("a", 6000)]],
            id="troops-and-dead-apart",
        ),
        pytest.param(  # two towns' tolls are two counts
            [
                figure("a", 12, 10, measure="killed", unit="people", topic="attack"),
                figure("b", 7, 10, measure="killed", unit="people", place="Lisk", topic="attack"),
            ],
            [[("b", 7)], [("a", 12)]],
            id="two-towns-tolls-apart",
        ),
        pytest.param(  # the province's toll is its one struck town's
            [
                figure("a", 12, 10, "lower_bound", measure="killed", unit="people", topic="attack"),
                figure(
                    "b",
                    19,
                    11,
                    "lower_bound",
                    measure="killed",
                    unit="people",
                    place="Marvia Oblast",
                ),
            ],
            [[("a", 12), ("b", 19)]],
            id="province-toll-joins-its-town",
        ),
        pytest.param(  # with two struck towns in it, the province's toll could be either's
            [
                figure("a", 12, 10, measure="killed", unit="people", topic="attack"),
                figure("b", 7, 10, measure="killed", unit="people", place="Lisk", topic="attack"),
                figure("c", 19, 11, measure="killed", unit="people", place="Marvia Oblast"),
            ],
            [[("a", 12)], [("b", 7)], [("c", 19)]],
            id="province-toll-between-two-towns",
        ),
        pytest.param(  # ground taken and ground retaken are not one figure
            [
                figure(
                    "a", 120, 10, measure="area", unit="square kilometre", topic="seize_territory"
                ),
                figure(
                    "b", 40, 11, measure="area", unit="square kilometre", topic="retake_territory"
                ),
            ],
            [[("b", 40)], [("a", 120)]],
            id="seized-and-retaken-apart",
        ),
    ],
)
def test_one_figure_is_one_history_across_reports(
    records: list[link.ClaimRecord], expected: list[list[tuple[str, float]]]
) -> None:
    assert sorted(subjects(*records)) == sorted(expected)


def test_ground_in_square_miles_and_kilometres_meets_in_one_history() -> None:
    """The wire's square kilometres and a paper's square miles, one without the side: one
    history in the first report's unit, the other's value converted."""
    area = {"measure": "area", "topic": "seize_territory"}
    (history,) = link.claim_histories(
        [
            figure("a", 150, 12, "approximate", unit="square kilometre", actor="Redland", **area),
            figure("b", 60, 12, "approximate", measure="area", unit="square mile"),
        ]
    )
    assert history.subject == ("area", "square kilometre", "Redland", "Varno", "seize_territory")
    assert [round(v.value or 0) for v in history.values] == [150, 155]
    assert history.values[1].converted


@pytest.mark.parametrize(
    ("number", "sentence", "revises"),
    [
        ("9,000", "The agency later raised its estimate to 9,000.", True),
        ("400", "The ministry lowered its death toll to 400 on Friday.", True),
        ("5,000", "The army increased the number of troops at the border to 5,000.", False),
        ("30", "Rescuers raised the alarm after 30 people went missing.", False),
    ],
)
def test_a_stated_raise_or_cut_is_a_revision(number: str, sentence: str, revises: bool) -> None:
    assert revises_a_figure(number, sentence) is revises


def test_an_estimate_raised_in_the_same_sentence_is_no_contradiction() -> None:
    """ "As many as 4,000 troops, according to officials; the agency later raised its estimate to
    9,000": the sentence tells one estimate moving on, and the tracker marks the raise."""
    sentence = (
        "Redland attacked Varno with as many as 4,000 troops, according to Blueland officials; "
        "Blueland's agency later raised its estimate to 9,000."
    )
    said = {"article_id": "a", "sentence": sentence, "as_of": "2025-03-10"}
    (history,) = link.claim_histories(
        [
            figure(
                "a", 4000, 10, "upper_bound", text="4,000", source="officials", sentence=sentence
            ),
            figure("a", 9000, 10, text="9,000", source="agency", sentence=sentence),
        ]
    )
    assert link.contradictions(history) == []
    values = [{**said, "source": v.source, "text": v.text} for v in history.values]
    assert corrections_in(values) == [False, True]


def test_an_unrevised_rival_figure_in_one_sentence_is_still_a_contradiction() -> None:
    sentence = "Officials said 4,000 troops attacked, while the agency counted 9,000."
    (history,) = link.claim_histories(
        [
            figure("a", 4000, 10, text="4,000", source="officials", sentence=sentence),
            figure("a", 9000, 10, text="9,000", source="agency", sentence=sentence),
        ]
    )
    assert len(link.contradictions(history)) == 1


@pytest.mark.parametrize(
    ("text", "word", "speaks"),
    [
        ("6,000 troops, according to Blueland officials", "Blueland", True),
        ("the 9,000 cited by Redland intelligence", "Redland", True),
        ("6,000 Redland troops crossed", "Redland", False),
    ],
)
def test_a_people_named_as_the_source_is_not_whose_the_troops_are(
    text: str, word: str, speaks: bool
) -> None:
    assert names_a_speaker(text, text.index(word)) is speaks


def test_a_place_in_a_source_s_name_is_not_where_a_count_is() -> None:
    text = "Vesnian officials said 9,000 troops were near Varno."
    payload = {
        "text": text,
        "places": [
            {"start": 0, "end": 7, "text": "Vesnian", "name": "Vesnia"},
            {"start": text.index("Varno"), "end": text.index("Varno") + 5, "name": "Varno"},
        ],
        "attributions": [{"source": {"start": 0, "end": 16}, "claim": {"start": 22, "end": 50}}],
    }
    assert [p["name"] for p in without_source_places(payload)["places"]] == ["Varno"]


# Three invented wire reports of one offensive, each filed from elsewhere and crediting another
# source; read by the real pipeline, the troop estimate is one history of three values.
STORY = [
    (
        "KHARKIV, March 10 (Wire) - Russian forces attacked the town of Kupiansk on Sunday with "
        "as many as 6,000 troops, according to Ukrainian officials.",
        10,
    ),
    (
        "Ukraine's intelligence agency said on Tuesday that up to 11,000 Russian troops were "
        "fighting around Kupiansk.",
        11,
    ),
    (
        "WASHINGTON, March 12 (Wire) - U.S. officials said they believed about 9,000 Russian "
        "troops were fighting near Kupiansk.",
        12,
    ),
]


@pytest.mark.model
def test_a_troop_estimate_reported_from_three_capitals_is_one_history() -> None:
    try:
        from sitrep.pipeline import extract_article, load_resources

        resources = load_resources()
    except (ImportError, OSError, NotImplementedError) as error:
        pytest.skip(f"the pipeline cannot load ({error.__class__.__name__}: {error})")
    from sitrep.store.ledger import build_ledger

    payloads = [
        (
            f"r{day}",
            extract_article(
                Article(f"r{day}", text, published=dt.date(2025, 3, day)), resources
            ).to_json(),
        )
        for text, day in STORY
    ]
    troops = [h for h in build_ledger(payloads).histories if h.subject[0] == "troops"]
    assert [[v.value or v.high for v in h.values] for h in troops] == [[6000, 11000, 9000]]
    assert troops[0].subject[2] == "Russia"


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("WASHINGTON, March 12 (Wire) - ", "Moldova"),  # filed from another capital
        ("", "Moldova"),
    ],
)
def test_a_dateline_city_is_not_the_country_a_count_is_in(opening: str, place: str) -> None:
    """A count whose sentence names no place lies in the country the report is about, not in
    the one its dateline says it was filed from (nor in the country of "U.S. officials")."""
    text = f"{opening}About 900 troops arrived, U.S. officials said.\n\nShelling hit Varno."
    places = [("WASHINGTON", "US"), ("U.S.", "US"), ("Varno", "MD")]
    payload = {
        "article": {"id": "w", "published": "2025-03-12"},
        "text": text,
        "places": [
            {
                "start": text.index(name),
                "end": text.index(name) + len(name),
                "name": name,
                "text": name,
                "country": code,
                "role": "location",
            }
            for name, code in places
            if name in text
        ],
        "quantities": [
            {
                "start": text.index("900"),
                "end": text.index("900") + 10,
                "text": "900 troops",
                "value": 900,
                "unit": "troops",
                "measure": "troops",
            }
        ],
        "attributions": [
            {
                "source": {"start": text.index("U.S."), "end": text.index("U.S.") + 14},
                "claim": {"start": text.index("About"), "end": text.index(", U.S.")},
            }
        ],
    }
    (claim,) = link.records_from_payload(payload)[1]
    assert claim.place == place
