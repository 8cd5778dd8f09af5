"""Sentence starts respect paragraphs, captions, bullets and quote marks."""

from __future__ import annotations

import pytest
import spacy

from sitrep.clean import find_furniture
from sitrep.nlp import make_doc


def sentences(nlp, text: str) -> list[str]:
    doc = nlp(make_doc(nlp, text, find_furniture(text)))
    return [s.text.strip() for s in doc.sents if s.text.strip()]


@pytest.mark.model
def test_a_paragraph_without_a_final_period_is_not_merged(nlp) -> None:
    text = "The Journal reported\n\nDespite restrictions, Ukraine struck depots."
    assert sentences(nlp, text) == [
        "The Journal reported",
        "Despite restrictions, Ukraine struck depots.",
    ]


@pytest.mark.model
def test_a_caption_is_cut_from_its_credit(nlp) -> None:
    text = "Troops arrived in the province this week. KCNA VIA KNS/AFP via Getty Images\n\nVideo posted online shows troops."
    assert sentences(nlp, text) == [
        "Troops arrived in the province this week.",
        "KCNA VIA KNS/AFP via Getty Images",
        "Video posted online shows troops.",
    ]


@pytest.mark.model
def test_bullets_start_their_item(nlp) -> None:
    text = "In other news:\n\n  • A drone struck a building.\n  • Missiles hit the city of Dnipro, killing five."
    got = sentences(nlp, text)
    assert got[-2:] == [
        "• A drone struck a building.",
        "• Missiles hit the city of Dnipro, killing five.",
    ]


@pytest.mark.model
def test_ordinary_sentences_still_split_and_abbreviations_do_not(nlp) -> None:
    text = "Mr. Smith met U.S. officials on Monday. They agreed. “We will help,” he said."
    assert sentences(nlp, text) == [
        "Mr. Smith met U.S. officials on Monday.",
        "They agreed.",
        "“We will help,” he said.",
    ]


@pytest.mark.model
def test_a_post_on_x_ends_its_sentence_and_an_initial_does_not(nlp) -> None:
    text = "He wrote on X. The ministry confirmed the exchange. Malcolm X. Jones said so."
    assert sentences(nlp, text) == [
        "He wrote on X.",
        "The ministry confirmed the exchange.",
        "Malcolm X. Jones said so.",
    ]


@pytest.mark.model
def test_hyphenated_words_are_not_split(nlp) -> None:
    text = (
        "It killed a 14-year-old girl and hit long-range targets with domestically-produced drones."
    )
    assert len(sentences(nlp, text)) == 1


@pytest.mark.model
def test_a_straight_quote_opening_a_sentence_stays_with_its_words(nlp) -> None:
    text = '"We left at dawn," said Ana Ruiz, a nurse. "The road was closed." "Nobody came."'
    assert sentences(nlp, text) == [
        '"We left at dawn," said Ana Ruiz, a nurse.',
        '"The road was closed."',
        '"Nobody came."',
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Ryan said,“Look, we won.”", ["Ryan", "said", ",", "“", "Look"]),
        ("He said:“We won.”", ["He", "said", ":", "“", "We"]),
        ("Tom,‘hi’ there", ["Tom", ",", "‘", "hi", "’"]),
        # numbers, abbreviations and hyphens keep their marks
        ("the U.S.-led coalition sent 3,000 troops", ["the", "U.S.-led", "coalition", "sent"]),
    ],
)
def test_a_quote_glued_to_the_punctuation_before_it_is_split_off(nlp, text, tokens) -> None:
    """'said,“Look' as one token leaves the quote without its reporting verb."""
    assert [t.text for t in nlp.tokenizer(text)][: len(tokens)] == tokens


@pytest.mark.model
@pytest.mark.parametrize("rank", ["Brig.", "Lt.", "Col.", "Capt.", "Sgt."])
def test_an_abbreviated_rank_keeps_its_stop_and_its_sentence(nlp, rank) -> None:
    """Split off, the stop of "Brig." ended the sentence, and the speaker was "Brig"."""
    doc = make_doc(nlp, f"The tanks moved slowly, said {rank} Gen. Ana Ruiz.")
    assert rank in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


@pytest.mark.model
def test_an_abbreviated_rank_is_no_place() -> None:
    """ "Brig." is a general's rank here, not the town in Switzerland."""
    import sitrep

    extraction = sitrep.extract(
        "Brig. Gen. Ana Ruiz said the base was hit.", published="2024-09-01"
    )
    assert not [p for p in extraction.places if p.text.startswith("Brig")]


WIRE_QUOTES = [
    (
        "``We hold the bridge,'' the captain said. ''Nobody crossed,'' she added.",
        ["``We hold the bridge,'' the captain said.", "''Nobody crossed,'' she added."],
    ),
    (
        "Engineers said the dam would hold.'' The valley was evacuated anyway.",
        ["Engineers said the dam would hold.''", "The valley was evacuated anyway."],
    ),
    (
        "He called the vote ``a sham.'' Observers in Tarvik disagreed.",
        ["He called the vote ``a sham.''", "Observers in Tarvik disagreed."],
    ),
    (
        "``Is the road open?'' asked a driver. ``Not yet.'' ``When?''",
        ["``Is the road open?'' asked a driver.", "``Not yet.''", "``When?''"],
    ),
    # tokenized archives set every mark apart: two apostrophes then close the quote
    (
        "the ferry sailed at noon . '' The port stayed shut .",
        ["the ferry sailed at noon . ''", "The port stayed shut ."],
    ),
    # a reporting verb after the quote keeps it in its sentence
    (
        "``Halt!'' shouted the guard. ''No!'' he said.",
        ["``Halt!'' shouted the guard.", "''No!'' he said."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_QUOTES)
def test_wire_quote_marks_end_and_open_sentences(text, expected) -> None:
    """``...'' and ''...'' as wire services type them: a sentence ending .'' ran into the next."""
    doc = make_doc(spacy.blank("en"), text)
    assert [s.text.strip() for s in doc.sents] == expected


@pytest.mark.model
def test_the_parser_keeps_the_wire_quote_boundaries(nlp) -> None:
    text, expected = WIRE_QUOTES[0]
    assert sentences(nlp, text) == expected
