"""How sure a reported claim is: a "would" that judges what might come is hedged, a "would" that
reports a "will" that was said is asserted (`sitrep.extract.attribution_certainty`)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def _certainty(make_context, text: str) -> str:
    from sitrep.extract.attribution import extract_attributions

    (found,) = extract_attributions(make_context(text))
    return found.certainty


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("The ministry said the strike would be a violation of the truce.", "hedged"),
        ("Analysts said a pullout would be a major setback for the army.", "hedged"),
        ("He said the vote on Friday would be the final step in the process.", "asserted"),
        ("He said the vote on Friday would be the first victory for the party.", "asserted"),
    ],
)
def test_would_be_a_judging_noun_hedges_but_the_named_one_does_not(make_context, text, certainty):
    assert _certainty(make_context, text) == certainty


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        # an answer not given leaves the claim open
        ("The navy did not confirm the report.", "hedged"),
        ("The navy did not deny the report.", "hedged"),
        ("The navy declined to confirm the sinking.", "hedged"),
        ("The leaflet did not mention the curfew.", "hedged"),
        # a refusal that is no answer, and a plain confirmation, stay asserted
        ("The union refused to end the strike.", "asserted"),
        ("The navy confirmed the report.", "asserted"),
        # rejecting a plan denies nothing; rejecting what was said denies it
        ("The assembly rejected the budget.", "asserted"),
        ("The navy rejected the report that it shelled the harbour.", "denied"),
        ("The mayor rejected suggestions that he would resign.", "denied"),
        ("The navy denied that its ships had entered the strait.", "denied"),
        # a negation or "neither" reaches a verb joined by "or"/"nor": still no answer
        ("The navy did not confirm or deny the report.", "hedged"),
        ("The navy would neither confirm nor deny the report.", "hedged"),
        ("The ministry neither confirmed nor denied that troops had crossed the river.", "hedged"),
        # said things rejected, in either spelling and any plural, are denied
        ("The ministry rejected the criticism.", "denied"),
        ("The ministry rejected the rumours.", "denied"),
        ("The ministry rejected the speculation.", "denied"),
        ("The ministry rejected the characterisation.", "denied"),
        ("The ministry rejected the stories.", "denied"),
        ("The ministry rejected the theories.", "denied"),
        # a Greek plural is looked up by its singular, which its lemma misses
        ("The agency rejected the analyses as biased.", "denied"),
        ("The agency rejected the hypotheses of the inquiry.", "denied"),
        ("The agency rejected the crises as invented.", "asserted"),
        # not saying is no denial; only a denying verb denies
        ("The general did not say the brigade would pull back.", "hedged"),
        ("The general never said the brigade would pull back.", "hedged"),
        ("The general did not acknowledge that the brigade had pulled back.", "hedged"),
        ("The general denied that the brigade would pull back.", "denied"),
    ],
)
def test_answers_not_given_are_open_and_rejected_plans_are_not_denied(
    make_context, text, certainty
):
    assert _certainty(make_context, text) == certainty


@pytest.mark.parametrize(
    "text",
    [
        "The general did not say whether the brigade would pull back.",
        "The general would not say if the brigade would pull back.",
    ],
)
def test_a_question_left_unanswered_is_no_claim(make_context, text):
    """Not saying whether something is so asserts nothing, neither way."""
    from sitrep.extract.attribution import extract_attributions

    assert extract_attributions(make_context(text, dt.date(2025, 3, 14))) == []
