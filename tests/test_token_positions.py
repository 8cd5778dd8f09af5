"""The character bounds of a token and of a run of tokens, which findings record as offsets."""

from __future__ import annotations

import spacy

from sitrep.extract.attribution_common import cue_from
from sitrep.extract.token_positions import char_bounds, line_start, run_bounds, token_end


def _doc(text: str):
    return spacy.blank("en")(text)


def test_a_token_ends_where_its_text_ends_not_at_the_space_after_it():
    doc = _doc("Rescuers  reached the village.")
    assert [token_end(t) for t in doc] == [t.idx + len(t.text) for t in doc]
    assert doc.text[doc[0].idx : token_end(doc[0])] == "Rescuers"
    assert token_end(doc[-1]) == len(doc.text)


def test_a_run_spans_from_its_first_token_to_the_end_of_its_last():
    doc = _doc("Officials said the bridge, which was shelled, had fallen.")
    run = [doc[2], doc[3], doc[9]]  # a trimmed run may skip words: its bounds still cover them
    start, end = run_bounds(run)
    assert doc.text[start:end] == "the bridge, which was shelled, had"
    assert run_bounds(list(doc[2:4])) == (doc[2:4].start_char, doc[2:4].end_char)


def test_a_one_token_run_is_that_token():
    doc = _doc("Ceasefire holds.")
    assert run_bounds([doc[0]]) == (0, len("Ceasefire"))


def test_char_bounds_agree_with_run_bounds_and_are_empty_for_no_tokens():
    doc = _doc("Two aid trucks crossed at dawn.")
    assert char_bounds(doc, {3, 1, 2}) == run_bounds([doc[1], doc[2], doc[3]])
    assert char_bounds(doc, set()) == (0, 0)


def test_a_cue_records_its_word_start_end_and_text():
    doc = _doc("The minister denied it.")
    assert cue_from(doc[2]) == (13, 19, "denied")


def test_a_line_starts_after_the_last_line_break_before_the_position():
    text = "Q: Is it safe?\nA: It is."
    assert line_start(text, text.index("It is")) == text.index("A:")
    assert line_start(text, text.index("safe")) == 0


def test_a_line_start_beyond_the_reach_is_not_looked_for():
    text = "x" * 100 + "\nAnalysis: the talks"
    assert line_start(text, text.index("the talks"), 40) == text.index("Analysis")
    assert line_start("y" * 100, 90, 40) == -1
    assert line_start("short line", 5, 40) == 0


def test_a_line_starting_exactly_the_reach_back_is_found():
    text = "x" * 10 + "\n" + "y" * 40
    assert line_start(text, 51, 40) == 11
    assert line_start(text, 52, 40) == -1
