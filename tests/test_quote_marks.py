"""The quote finder reads the wire's backtick quotes (``...'') beside its other marks."""

from __future__ import annotations

import pytest

from sitrep.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "``We stay,'' the colonel said. ``No retreat.''",
            ["``We stay,''", "``No retreat.''"],
        ),
        # two apostrophes before a comma close the backtick quote; they open none
        ("He called it ``a stunt'', and walked out.", ["``a stunt''"]),
        # a quote over paragraphs reopens each with backticks
        (
            "``The wells are dry.\n\n``We walk ten miles,'' she said.",
            ["``The wells are dry.\n\n``We walk ten miles,''"],
        ),
        ("``Open it,'' he said, and “now,” she added.", ["``Open it,''", "“now,”"]),
    ],
)
def test_backticks_open_a_quote_that_two_apostrophes_close(text, quoted):
    assert [text[q.start : q.end] for q in find_quotes(text)] == quoted


def test_attribution_reads_the_marks_the_quote_finder_reads():
    """One vocabulary: the wire's backticks open a quote for the attribution stages too."""
    from sitrep.extract.attribution_common import CLOSING_QUOTES
    from sitrep.extract.attribution_patterns import OPENING_QUOTES
    from sitrep.quote_marks import CLOSING_TOKENS, OPENING_TOKENS

    assert {"``", "`", "''", "“", '"'} <= OPENING_QUOTES
    assert {"''", "”", '"', "’"} <= CLOSING_QUOTES
    assert OPENING_QUOTES - {"``"} <= OPENING_TOKENS
    assert CLOSING_QUOTES <= CLOSING_TOKENS


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a quote opened after ", said," is what is said, not a clause the reporter closes
        (
            "Meanwhile, Ana Ruiz, a farmer from the valley, said, ``We will plant again next"
            " spring.''",
            "``We will plant again next spring.''",
        ),
        # a quote going on after its reporting clause is one statement, as with curly marks
        (
            "Paolo Brandt, the port's director, told reporters the cranes were idle. ``We have no"
            " fuel,'' he said. ``The ships wait offshore.''",
            "``We have no fuel,'' he said. ``The ships wait offshore.''",
        ),
    ],
)
def test_backtick_quotes_are_claims_as_curly_ones_are(make_context, text, claim):
    from sitrep.extract.attribution import extract_attributions

    found = [a for a in extract_attributions(make_context(text)) if a.cue and a.cue.text == "said"]
    assert [text[a.claim.start : a.claim.end] for a in found] == [claim]
