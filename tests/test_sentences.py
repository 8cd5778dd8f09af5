"""The evidence sentence around a finding: a closing quote mark ends a sentence only when the
quoted text ended one. Invented sentences."""

from __future__ import annotations

import pytest

from sitrep.sentences import sentence_around


def around(text: str, word: str) -> str:
    start = text.index(word)
    return sentence_around(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a quoted word or phrase inside the sentence, then a name
        (
            'The governor said troops had "fully liberated" Harlow after a long assault.',
            "assault",
        ),
        ("The governor said troops had “fully liberated” Harlow after a long assault.", "assault"),
        ("Officials called the raid ‘a provocation’ Monday and vowed to respond.", "respond"),
        # a quoted clause ending in a comma, then the speaker's name
        ('"We will hold the bridge," Colonel Marsh told reporters on Tuesday.', "Tuesday"),
        ("“We will hold the bridge,” Colonel Marsh told reporters on Tuesday.", "Tuesday"),
        # a nested quote that does not end the sentence
        ("He said: \"They called it 'a rout' Sunday and left.\" Nothing followed.", "left"),
    ],
)
def test_a_quote_inside_a_sentence_does_not_end_it(text: str, word: str) -> None:
    expected = text.split(" Nothing followed.")[0]
    assert around(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "sentence"),
    [
        # a quoted full sentence, then a new one
        (
            'The mayor said: "The bridge is gone." Engineers arrived the next day.',
            "Engineers",
            "Engineers arrived the next day.",
        ),
        (
            "The mayor said: “The bridge is gone.” Engineers arrived the next day.",
            "bridge",
            "The mayor said: “The bridge is gone.”",
        ),
        (
            "‘Is anyone left?’ the medic asked. ‘Nobody.’ Rescuers turned back.",
            "Rescuers",
            "Rescuers turned back.",
        ),
        # nested quotes closing together after the full stop
        (
            "He said: “They called it ‘a rout.’” Then the line broke.",
            "Then",
            "Then the line broke.",
        ),
        (
            "He said: \"They called it 'a rout.'\" Then the line broke.",
            "rout",
            "He said: \"They called it 'a rout.'\"",
        ),
        # the full stop outside the quote, as British papers write it
        (
            'The ministry called it "a success". Critics disagreed.',
            "Critics",
            "Critics disagreed.",
        ),
    ],
)
def test_a_quote_closing_a_sentence_ends_it(text: str, word: str, sentence: str) -> None:
    assert around(text, word) == sentence
