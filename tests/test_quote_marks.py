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
