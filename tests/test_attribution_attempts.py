"""Claims framed by an attempt, by a bare "those", and "that" clauses owned by a later reporter."""

from __future__ import annotations

import pytest

from sitrep.extract.attribution import extract_attributions


def _found(make_context, text: str) -> list[tuple[str, str, str | None]]:
    """(source, claim, cue) of each attribution of `text`."""
    return [
        (a.source.text, text[a.claim.start : a.claim.end], a.cue.text if a.cue else None)
        for a in extract_attributions(make_context(text))
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister tried to calm the crowd by saying, “The danger has passed.”",
            ("The minister", "“The danger has passed.”", "saying"),
        ),
        (
            "The envoy sought to reassure allies by insisting that the deal was firm.",
            ("The envoy", "that the deal was firm", "insisting"),
        ),
    ],
)
def test_an_attempt_passes_its_subject_to_the_statement_it_makes(make_context, text, expected):
    assert expected in _found(make_context, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Those who oppose the plan say the new tax has hurt small firms.",
        "But those who back the plan say the new tax has hurt small firms.",
    ],
)
def test_a_bare_those_keeps_the_relative_clause_that_makes_it_a_speaker(make_context, text):
    sources = [source for source, claim, _ in _found(make_context, text) if "tax" in claim]
    assert len(sources) == 1 and sources[0].lower().startswith("those who")


@pytest.mark.model
@pytest.mark.parametrize("asking", ["asked", "was trying to ask"])
def test_a_that_clause_of_a_later_reporter_is_not_the_question(make_context, asking):
    text = (
        f"The reporter {asking} a question about taxes when the mayor shot back that she had"
        " not been called on."
    )
    claims = {
        (source, cue) for source, claim, cue in _found(make_context, text) if "called" in claim
    }
    assert claims == {("the mayor", "shot")}
