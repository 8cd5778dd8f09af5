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
from sitrep.link.corrections import corrections_in, revised_in_one_breath, revises_a_figure
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
                figure(
                    "b",
                    11000,
                    11,
                    "upper_bound",
                    actor="Redland",
                    place="Marvia Oblast",
                    topic="seize_territory",
                ),
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
        pytest.param(  # two named towns of one province are two fronts, even on one day
            [
                figure("a", 3000, 10, actor="Redland", place="Lisk", topic="deploy"),
                figure("b", 8000, 10, actor="Redland", topic="deploy"),
            ],
            [[("a", 3000)], [("b", 8000)]],
            id="two-towns-of-a-province-apart",
        ),
        pytest.param(  # troops sent and troops withdrawn are not one estimate
            [
                figure("a", 12000, 10, actor="Redland", topic="deploy"),
                figure("b", 2000, 12, actor="Redland", topic="withdraw"),
            ],
            [[("a", 12000)], [("b", 2000)]],
            id="deployed-and-withdrawn-apart",
        ),
        pytest.param(  # troops sent, then attacking: one estimate
            [
                figure("a", 5000, 10, actor="Redland", topic="deploy"),
                figure("b", 7000, 12, actor="Redland", topic="attack"),
            ],
            [[("a", 5000), ("b", 7000)]],
            id="deployed-then-attacking-joins",
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
        *(
            pytest.param(  # a toll told over the whole province is not one town's
                [
                    figure("a", 4, 10, measure="killed", unit="people", topic="attack"),
                    figure(
                        "b",
                        19,
                        10,
                        measure="killed",
                        unit="people",
                        place="Marvia Oblast",
                        sentence=sentence,
                    ),
                ],
                [[("a", 4)], [("b", 19)]],
                id=f"province-wide-toll-apart-{n}",
            )
            for n, sentence in enumerate(
                [
                    "Redland strikes killed 19 people across Marvia Oblast on Monday.",
                    "Shelling killed 19 people throughout the region, officials said.",
                    "In all, 19 people were killed in the region on Monday.",
                ]
            )
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
        "Redland attacked Varno with as many as 4,000 troops, according to Blueland's agency; "
        "the agency later raised its estimate to 9,000."
    )
    said = {"article_id": "a", "sentence": sentence, "as_of": "2025-03-10"}
    (history,) = link.claim_histories(
        [
            figure("a", 4000, 10, "upper_bound", text="4,000", source="agency", sentence=sentence),
            figure("a", 9000, 10, text="9,000", source="agency", sentence=sentence),
        ]
    )
    assert link.contradictions(history) == []
    values = [{**said, "source": v.source, "text": v.text} for v in history.values]
    assert corrections_in(values) == [False, True]


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        ("Officials said 4,000 troops attacked, while the agency counted 9,000.", None),
        (  # the revision is the rival's word for the other side, after its own figure
            "Blueland says 4,000 troops crossed, but Redland says 9,000 and accused Blueland of "
            "lowering the count.",
            ("Blueland", "Redland"),
        ),
        (  # the rival's own earlier revision, not of the first figure
            "Blueland says 4,000 troops crossed; Redland, which cut its estimate last week, "
            "says 9,000.",
            ("Blueland", "Redland"),
        ),
    ],
)
def test_an_unrevised_rival_figure_in_one_sentence_is_still_a_contradiction(
    sentence: str, sources: tuple[str, str | None] | None
) -> None:
    first, second = sources or ("officials", "agency")
    (history,) = link.claim_histories(
        [
            figure("a", 4000, 10, text="4,000", source=first, sentence=sentence),
            figure("a", 9000, 10, text="9,000", source=second, sentence=sentence),
        ]
    )
    assert len(link.contradictions(history)) == 1


@pytest.mark.parametrize(
    ("sentence", "sources", "revised"),
    [
        ("4,000 troops, the army said; it later raised its estimate to 9,000.", (None, None), True),
        ("The army put it at 4,000, then revised its figure up to 9,000.", ("army", "army"), True),
        ("The army revised its count from 4,000 to 9,000.", ("army", "army"), True),
        ("The army revised its count from 4,000 to 9,000.", (None, None), True),
        (  # a revision far from the later figure leads into nothing
            "The army said 4,000 and raised its estimate of the losses, while monitors on the "
            "ground near the border area put the number at 9,000.",
            ("army", None),
            False,
        ),
        (
            "The army said 4,000; the monitors raised their estimate to 9,000.",
            ("army", "monitors"),
            False,
        ),
        (
            "4,000 troops crossed, and 9,000 according to the army, which cut its count.",
            (None, None),
            False,
        ),
    ],
)
def test_a_revision_in_one_breath_leads_into_its_speaker_s_later_figure(
    sentence: str, sources: tuple[str | None, str | None], revised: bool
) -> None:
    earlier, later = (
        {"text": text, "sentence": sentence, "article_id": "a", "source": source}
        for text, source in zip(("4,000", "9,000"), sources, strict=True)
    )
    assert revised_in_one_breath(earlier, later) is revised


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


@pytest.mark.parametrize(
    ("source", "level", "kept"),
    [
        ("Vesnian officials", None, False),  # a people's name: who speaks
        ("Ostland officials", "PCLI", False),  # a country: who speaks
        ("the mayor of Lisk", "PPLA", True),  # a town: where the count is
        ("The Marvia regional governor", "ADM1", True),  # a province: where the count is
    ],
)
def test_a_country_in_a_source_s_name_is_not_where_a_count_is(
    source: str, level: str | None, kept: bool
) -> None:
    text = f"{source} said 9,000 troops were near Varno."
    name = next(w for w in source.split() if w[0].isupper() and w != "The")
    start = text.index(name)
    payload = {
        "text": text,
        "places": [
            {"start": start, "end": start + len(name), "text": name, "name": name, "level": level},
            {"start": text.index("Varno"), "end": text.index("Varno") + 5, "name": "Varno"},
        ],
        "attributions": [
            {"source": {"start": 0, "end": len(source)}, "claim": {"start": 0, "end": len(text)}}
        ],
    }
    names = [p["name"] for p in without_source_places(payload)["places"]]
    assert names == ([name, "Varno"] if kept else ["Varno"])


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


@pytest.mark.parametrize(
    ("number", "sentence", "corrects"),
    [
        ("12", "The regional council on Friday revised the toll to 12 from 19.", True),
        ("12", "The council revised its count of the dead to 12, down from 19.", True),
        ("19", "The council revised its count of the dead to 12, down from 19.", False),
        ("12", "The council said 12 people died, up from 19 a week ago.", False),
    ],
)
def test_a_figure_revised_from_one_it_names_is_a_correction(
    number: str, sentence: str, corrects: bool
) -> None:
    """ "Revised the toll to 12 from 19" corrects 19 by its own account, even when the history
    holds no earlier figure from the same source (19 came through another outlet)."""
    values = [{"article_id": "b", "text": number, "sentence": sentence, "outlet": "Quay Post"}]
    assert corrections_in(values) == [corrects]


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        pytest.param(  # another outlet's figure, revised by name in a later report
            figure("a", 19, 10, text="19", sentence="Officials in Varno said 19 soldiers died."),
            figure(
                "b",
                12,
                12,
                text="12",
                sentence="The ministry on Friday revised the toll to 12 from 19 soldiers.",
            ),
            id="revised-from-a-figure-it-names",
        ),
        pytest.param(  # a figure told as one the count has left behind
            figure(
                "b",
                8,
                11,
                text="8",
                source="Earlier counts by medics",
                sentence="Earlier counts by medics had put the toll at 8.",
            ),
            figure("a", 19, 10, text="19", sentence="Officials in Varno said 19 soldiers died."),
            id="an-earlier-count",
        ),
    ],
)
def test_a_figure_revised_or_left_behind_is_no_contradiction(
    earlier: link.ClaimRecord, later: link.ClaimRecord
) -> None:
    """ "Revised the toll to 12 from 19" against another report's 19, and "Earlier counts had put
    the toll at 8" against a later 19, tell a count moving on: nobody disagrees."""
    (history,) = link.claim_histories([earlier, later])
    assert link.contradictions(history) == []
    rival = figure("c", 4, 11, text="4", sentence="A spokesman for the rebels said only 4 died.")
    (history,) = link.claim_histories([earlier, later, rival])
    assert link.contradictions(history)  # a rival's figure still is one


def test_a_toll_of_a_sunday_attack_takes_the_place_of_the_weekends_attack_not_a_planned_one() -> (
    None
):
    """A report leads with "last weekend's shelling of Varno", later counts the dead of "the
    attack on Sunday" (no place of its own) and ends on a planned offensive near Lisk: the
    toll's place is Varno, for the weekend holds that Sunday, and a plan is no lead for a toll
    of what happened."""
    from sitrep.link.leads import lead_event

    varno = {"name": "Varno", "country": "MV"}
    events = [
        {"type": "attack", "date": "2026-W10-WE", "place": varno, "modality": "happened"},
        {"type": "attack", "date": "2026-03-08", "place": None, "modality": "happened"},
        {"type": "attack", "date": None, "place": {"name": "Lisk"}, "modality": "planned"},
    ]
    payload = {"events": events, "places": []}
    assert lead_event(payload, events[1], (0, 10)) is events[0]
    assert lead_event(payload, {**events[1], "date": "2026-03-02"}, (0, 10)) is None
