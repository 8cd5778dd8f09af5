"""A quote an outlet relays goes on in its speaker's voice: after "“...,” the commander said,
according to the Ledger." the next quote is the commander's, still heard through the Ledger,
not the Ledger's own (`attribution_relayed_quotes`)."""

from __future__ import annotations

import pytest

from sitrep.extract.attribution import extract_attributions


def _voices(make_context, text: str) -> list[tuple[list[str], str, list[str]]]:
    """(quoted parts, source, via) of each attribution of `text`."""
    return [
        (
            [text[p.start : p.end] for p in a.parts] or [text[a.claim.start : a.claim.end]],
            a.source.text,
            [v.text for v in a.via],
        )
        for a in extract_attributions(make_context(text))
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "via"),
    [
        (
            "“We will not give up the ridge,” the commander said, according to the Valley "
            "Ledger. “Our lines hold.”",
            "the Valley Ledger",
        ),
        (
            "“We will not give up the ridge,” the commander said, the Valley Ledger reported. "
            "“Our lines hold.”",
            "the Valley Ledger",
        ),
    ],
)
def test_the_quote_after_a_relayed_one_is_the_speakers(make_context, text, via):
    voices = _voices(make_context, text)
    assert (
        ["“We will not give up the ridge,”", "“Our lines hold.”"],
        "the commander",
        [via],
    ) in voices
    assert all(source != via for _, source, _ in voices)


@pytest.mark.model
def test_a_paraphrase_relayed_hands_its_quote_on_with_the_outlet(make_context):
    text = (
        "The commander said the ridge would be held, according to the Valley Ledger. "
        "“Our lines hold.”"
    )
    assert (["“Our lines hold.”"], "The commander", ["the Valley Ledger"]) in _voices(
        make_context, text
    )


@pytest.mark.model
def test_a_reporter_of_its_own_still_goes_on_speaking(make_context):
    """Not a relayed quote: "She added that ..." reports inside her own claim, and she goes on."""
    text = "The mayor added that the bank wants a new deal. “We are not done.”"
    assert (["“We are not done.”"], "The mayor", []) in _voices(make_context, text)
