"""A question put by nobody named is no claim: in "Asked about the ceasefire, the minister said
talks would resume" the minister answers; the question is not the minister's, and only an
asker named in a "by" phrase may be given it (`attribution_reduced_passives.asked_unnamed`)."""

from __future__ import annotations

import pytest

from test_attribution_reporter_tails import claim_triples


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "answer", "source"),
    [
        (
            "Asked about the ceasefire, the minister said talks would resume.",
            "talks would resume",
            "the minister",
        ),
        (
            "When asked whether troops would withdraw, the general said no decision had been made.",
            "no decision had been made",
            "the general",
        ),
        (
            "“Talks will resume,” the minister said when asked about the ceasefire.",
            "“Talks will resume,”",
            "the minister",
        ),
        (
            "Asked to describe the damage, the governor said it was severe.",
            "it was severe",
            "the governor",
        ),
    ],
)
def test_the_answer_is_the_only_claim(make_context, text, answer, source):
    assert claim_triples(make_context, text) == [
        (answer, source, "said"),
    ]


@pytest.mark.model
def test_an_asker_named_by_an_agent_keeps_the_question(make_context):
    text = "Asked by reporters about the ceasefire, the minister said talks would resume."
    triples = claim_triples(make_context, text)
    assert ("the ceasefire", "reporters", "Asked") in triples
    assert ("talks would resume", "the minister", "said") in triples
