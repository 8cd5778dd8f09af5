"""Readings reviewers found wrong in invented reports: a body named by its own proper name
keeps it, and "the group" stands for the group named last (`source_coreference`); a figure
compared before a reporter is no part of its source (`attribution_patterns`); a claim that
contrasts with the sentence before or brings in a new subject does not take that sentence in
(`claim_openings`); a publication notice and a case referred to a body say nothing
(`attribution_nonclaims`); an attack people died in is no attack in words (`cue_armed`); a
day is no antecedent of a stance (`attribution_relative_stances`); a verdict in a contact
relative keeps its "as" phrase (`attribution_relative_verdicts`); the one who cites is the
reporter set off before the participle, and an outlet citing a body's statement relays that
body (`attribution_citing`); a firm's trade word makes no person (`sources`)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2025, 3, 14)


def _found(make_context, text: str):
    from sitrep.extract.attribution import extract_attributions

    return extract_attributions(make_context(text, PUBLISHED))


def _claims(make_context, text: str) -> list[tuple[str, str, str]]:
    return [
        (a.source.text, a.cue.text if a.cue else "", text[a.claim.start : a.claim.end])
        for a in _found(make_context, text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross said the trucks reached the town on Monday.\n\n"
        "The Arab League called for an inquiry into the bombing.",
        "The Red Cross said the trucks reached the town. The African Union said the inquiry"
        " must be independent.",
    ],
)
def test_a_body_with_a_proper_name_of_its_own_keeps_it(make_context, text):
    """ "The Arab League" is no "league" standing for the Red Cross named before it."""
    names = [a.source.name for a in _found(make_context, text)]
    assert names[0] == "The Red Cross" and names[-1] != "The Red Cross"


def test_the_group_stands_for_the_group_named_after_an_earlier_one(make_context):
    """ "according to a volunteer group ... The LRA did not respond ... The group denied": the
    group is the one named just before, not the earlier source that was also a group."""
    text = (
        "Shelling killed nine people, according to a volunteer group and medics. The LRA did"
        " not respond to a request for comment. The group has denied shelling homes."
    )
    assert [a.source.name for a in _found(make_context, text)][-1] == "LRA"


def test_a_figure_compared_before_a_reporter_is_no_part_of_its_source(make_context):
    text = (
        "Arrivals rose to about 70,000, up from an earlier count of 30,000, the border office said."
    )
    assert [a.source.text for a in _found(make_context, text)] == ["the border office"]


def test_a_figure_compared_after_a_claim_is_no_relay(make_context):
    text = (
        "The agency said on Monday that an estimated 6,000 households, or about 30,000 people,"
        " had fled the valley, up from 2,000 families reported a day earlier."
    )
    found = _found(make_context, text)
    assert [(a.source.text, [v.text for v in a.via]) for a in found] == [("The agency", [])]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The inquiry did not name who fired; its mandate does not allow it. But only the"
            " navy has patrol boats on the lake, a European diplomat told Reuters.",
            "But only the navy has patrol boats on the lake",
        ),
        (
            "Thefts of cattle have risen in the district this year. Raiders took 300 cows from"
            " a farm in May, according to local officials.",
            "Raiders took 300 cows from a farm in May",
        ),
        (
            "The valley has been cut off since June. More than 80,000 people lived there"
            " before the floods, according to U.N. figures.",
            "More than 80,000 people lived there before the floods",
        ),
    ],
)
def test_a_claim_that_starts_a_story_of_its_own_takes_no_sentence_before(make_context, text, claim):
    assert [c for _, _, c in _claims(make_context, text)] == [claim]


def test_a_claim_about_what_came_before_still_takes_it_in(make_context):
    """The widening itself stays: a sentence before a claim that takes it up is the source's."""
    text = "The convoy was stopped at the bridge. It turned back after an hour, police said."
    assert [c for _, _, c in _claims(make_context, text)] == [
        "The convoy was stopped at the bridge. It turned back after an hour"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "This report was first published by Coast Herald and is republished here with permission.",
        "The story was originally published by the Lake Times.",
        "The watchdog will meet next month. It could refer the case to the U.N. Security Council.",
    ],
)
def test_notices_and_referrals_say_nothing(make_context, text):
    assert _claims(make_context, text) == []


def test_a_case_referred_to_in_words_is_still_a_claim(make_context):
    text = "The mayor referred to the raid as a massacre."
    assert [s for s, _, _ in _claims(make_context, text)] == ["The mayor"]


def test_an_attack_people_died_in_is_no_attack_in_words(make_context):
    text = (
        "The ministry said 12 people were killed and 40 wounded in the attack on Friday,"
        " which it blamed on the rebels."
    )
    assert _claims(make_context, text) == [
        ("The ministry", "said", "12 people were killed and 40 wounded in the attack on Friday"),
        ("it", "blamed", "the attack on Friday, which"),
    ]


def test_a_verdict_in_a_relative_clause_without_a_relative_word_keeps_its_as_phrase(
    make_context,
):
    text = 'The blockade followed a raid on a port last month, a step Ankara denounced as "theft."'
    assert [c for _, _, c in _claims(make_context, text)] == ['a step Ankara denounced as "theft."']


def test_the_one_who_cites_is_the_reporter_before_the_participle(make_context):
    text = (
        "Medics at a clinic in the town treated about 40 people, the report said, citing"
        " interviews with witnesses and nurses."
    )
    assert [s for s, _, _ in _claims(make_context, text)] == ["the report", "the report"]


def test_an_outlet_citing_a_bodys_statement_relays_that_body(make_context):
    text = (
        "The state broadcaster NTV, citing a statement from the coast guard, said the ferry"
        " had been stopped near the port."
    )
    found = _found(make_context, text)
    assert [(a.source.text, [v.kind for v in a.via]) for a in found] == [
        ("the coast guard", ["media"])
    ]


def test_a_firm_named_with_its_trade_word_is_no_person(make_context):
    text = "The vessel turned back, according to Athens-based Poseidon Maritime, which owns it."
    assert [a.source.kind for a in _found(make_context, text)] == ["organization"]


def test_initials_in_an_earlier_claim_do_not_take_the_group(make_context):
    """ "Amnesty said ... fire from LRA positions. The group said ...": the initials modify a
    noun of Amnesty's claim, so the group is still Amnesty."""
    text = (
        "Amnesty International said satellite images showed fire from LRA positions near the"
        " camp. The group said it had counted 20 deaths."
    )
    assert [a.source.name for a in _found(make_context, text)][-1] == "Amnesty International"


@pytest.mark.parametrize("outlet", ["Al Arabiya", "Anadolu", "Sky News"])
def test_a_known_outlet_citing_a_speaker_relays_it(make_context, outlet):
    text = f"{outlet}, citing two officials, said the talks had stalled."
    found = _found(make_context, text)
    assert [(a.source.text, [(v.text, v.kind) for v in a.via]) for a in found] == [
        ("two officials", [(outlet, "media")])
    ]


@pytest.mark.parametrize("medium", ["a speech", "a recording"])
def test_a_that_clause_read_as_a_relative_on_the_medium_is_the_claim(make_context, medium):
    """ "said in a speech that the group would fight on": the parser makes "that" the object of
    the final "on", in a relative clause on "speech"."""
    text = f"The commander said in {medium} that the brigade would fight on."
    assert _claims(make_context, text) == [
        ("The commander", "said", "that the brigade would fight on")
    ]


def test_a_true_relative_clause_on_the_medium_is_no_claim(make_context):
    text = "The commander said in a speech that he gave on Monday the brigade would fight on."
    assert [c for _, _, c in _claims(make_context, text)] != ["that he gave on Monday"]
