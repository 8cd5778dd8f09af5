"""How sure a reported claim is: a "would" that judges what might come is hedged, a "would" that
reports a "will" that was said is asserted (`sitrep.extract.attribution_certainty`)."""

from __future__ import annotations

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
