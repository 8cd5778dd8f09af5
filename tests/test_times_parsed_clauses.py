"""Readings of hand-built parses, no model: the clause words that tell of a habit, a state set
off by commas that the parser made the main verb, a day that dates an attack."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from sitrep.extract.time_habits import verb_group_words
from sitrep.extract.time_states import lasts_until
from sitrep.extract.time_unplanned import dates_unplanned_event

# Each token: word, head index, dependency, tag, coarse part of speech.
Row = tuple[str, int, str, str, str]


def parsed(rows: list[Row]) -> Doc:
    words, heads, deps, tags, pos = (list(column) for column in zip(*rows, strict=True))
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


SAID_EACH_HIT: list[Row] = [
    ("Medics", 1, "nsubj", "NNS", "NOUN"),
    ("said", 1, "ROOT", "VBD", "VERB"),
    ("each", 3, "det", "DT", "DET"),
    ("patient", 5, "nsubjpass", "NN", "NOUN"),
    ("was", 5, "auxpass", "VBD", "AUX"),
    ("hurt", 1, "ccomp", "VBN", "VERB"),
    ("on", 5, "prep", "IN", "ADP"),
    ("Friday", 6, "pobj", "NNP", "PROPN"),
    (".", 1, "punct", ".", "PUNCT"),
]
WOULD_PATROL: list[Row] = [
    ("Guards", 2, "nsubj", "NNS", "NOUN"),
    ("would", 2, "aux", "MD", "AUX"),
    ("patrol", 2, "ROOT", "VB", "VERB"),
    ("every", 4, "det", "DT", "DET"),
    ("week", 2, "npadvmod", "NN", "NOUN"),
    (".", 2, "punct", ".", "PUNCT"),
]
SAID_WOULD_REVIEW: list[Row] = [
    ("Aides", 1, "nsubj", "NNS", "NOUN"),
    ("said", 1, "ROOT", "VBD", "VERB"),
    ("they", 4, "nsubj", "PRP", "PRON"),
    ("would", 4, "aux", "MD", "AUX"),
    ("review", 1, "ccomp", "VB", "VERB"),
    ("the", 6, "det", "DT", "DET"),
    ("raids", 4, "dobj", "NNS", "NOUN"),
    ("on", 4, "prep", "IN", "ADP"),
    ("Sunday", 9, "compound", "NNP", "PROPN"),
    ("night", 7, "pobj", "NN", "NOUN"),
    (".", 1, "punct", ".", "PUNCT"),
]


@pytest.mark.parametrize(
    ("rows", "verb", "words"),
    [
        # the subject's "each" is not the verb's
        (SAID_EACH_HIT, 5, "was hurt on Friday"),
        # a "would" of habit and an adverbial are
        (WOULD_PATROL, 2, "would patrol every week"),
        # the "would" of reported speech is not
        (SAID_WOULD_REVIEW, 4, "review on Sunday night"),
    ],
)
def test_verb_group_words(rows: list[Row], verb: int, words: str) -> None:
    assert verb_group_words(parsed(rows)[verb]) == words


def _state_rows(middle: list[Row]) -> list[Row]:
    """ "The theatre, closed [middle] until Wednesday, will reopen." with "closed" the root."""
    n = len(middle)
    return [
        ("The", 1, "det", "DT", "DET"),
        ("theatre", 3, "nsubj", "NN", "NOUN"),
        (",", 1, "punct", ",", "PUNCT"),
        ("closed", 3, "ROOT", "VBD", "VERB"),
        *middle,
        ("until", 3, "prep", "IN", "ADP"),
        ("Wednesday", 4 + n, "pobj", "NNP", "PROPN"),
        (",", 3, "punct", ",", "PUNCT"),
        ("will", 8 + n, "aux", "MD", "AUX"),
        ("reopen", 3, "ccomp", "VB", "VERB"),
        (".", 3, "punct", ".", "PUNCT"),
    ]


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        ([], True),  # "The theatre, closed until Wednesday, will reopen."
        # an object makes it a deed: "..., closed the hall until Wednesday, ..."
        ([("the", 5, "det", "DT", "DET"), ("hall", 3, "dobj", "NN", "NOUN")], False),
    ],
)
def test_state_set_off_by_commas(middle: list[Row], expected: bool) -> None:
    assert lasts_until(parsed(_state_rows(middle))[3]) is expected


@pytest.mark.parametrize(
    ("rows", "day", "expected"),
    [
        # "review the raids on Sunday night": the verb holds the day, the raids just before it
        (SAID_WOULD_REVIEW, 9, True),
        # the day hangs on a definite attack: "probe the blast on Monday"
        (
            [
                ("They", 1, "nsubj", "PRP", "PRON"),
                ("probe", 1, "ROOT", "VBP", "VERB"),
                ("the", 3, "det", "DT", "DET"),
                ("blast", 1, "dobj", "NN", "NOUN"),
                ("on", 3, "prep", "IN", "ADP"),
                ("Monday", 4, "pobj", "NNP", "PROPN"),
            ],
            5,
            True,
        ),
        # an indefinite one may be planned: "will launch raids on Monday"
        (
            [
                ("Rebels", 2, "nsubj", "NNS", "NOUN"),
                ("will", 2, "aux", "MD", "AUX"),
                ("launch", 2, "ROOT", "VB", "VERB"),
                ("raids", 2, "dobj", "NNS", "NOUN"),
                ("on", 3, "prep", "IN", "ADP"),
                ("Monday", 4, "pobj", "NNP", "PROPN"),
            ],
            5,
            False,
        ),
    ],
)
def test_dates_unplanned_event(rows: list[Row], day: int, expected: bool) -> None:
    assert dates_unplanned_event(parsed(rows)[day]) is expected
