"""A speaker's name broken at an Arabic particle stays whole: "Liwa al-Fajr said" gives the
group, not "Fajr" (`attribution_whole_names`). All names here are invented."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from sitrep.extract.attribution_whole_names import whole_name
from test_attribution_reporter_tails import claim_triples

VOCAB = English().vocab  # a bare Vocab lacks the lexical attributes ("lower", "is_title")


def _doc(words: list[str], spaces: list[bool], pos: list[str], deps: list[str], heads: list[int]):
    return Doc(VOCAB, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads)


def test_a_source_cut_after_the_article_goes_back_over_the_whole_name():
    # "Liwa al-Nour said": the small parser makes every word a subject of "said"
    doc = _doc(
        ["Liwa", "al", "-", "Nour", "said", "."],
        [True, False, False, True, False, False],
        ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        ["nsubj", "nsubj", "nsubj", "nsubj", "ROOT", "punct"],
        [4, 4, 4, 4, 4, 4],
    )
    assert [t.text for t in whole_name([doc[3]], doc[4])] == ["Liwa", "al", "-", "Nour"]


def test_a_source_cut_before_a_kinship_word_goes_on_over_it():
    doc = _doc(
        ["Omar", "bin", "Sadiq", "said", "."],
        [True, True, True, False, False],
        ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        ["nsubj", "nsubj", "nsubj", "ROOT", "punct"],
        [3, 3, 3, 3, 3],
    )
    assert [t.text for t in whole_name([doc[0]], doc[3])] == ["Omar", "bin", "Sadiq"]


@pytest.mark.parametrize(
    ("words", "spaces", "pos"),
    [
        # a spaced dash is punctuation between phrases, not the article's hyphen
        (["al", "-", "Nour"], [True, True, True], ["PROPN", "PUNCT", "PROPN"]),
        # a hyphen after an English word ("as-yet") joins no Arabic name
        (["so", "-", "Nour"], [False, False, True], ["ADV", "PUNCT", "PROPN"]),
    ],
)
def test_no_particle_no_widening(words, spaces, pos):
    doc = _doc(
        [*words, "said"],
        [*spaces, False],
        [*pos, "VERB"],
        ["nsubj"] * len(words) + ["ROOT"],
        [len(words)] * (len(words) + 1),
    )
    source = [doc[len(words) - 1]]
    assert whole_name(source, doc[len(words)]) == source


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Liwa al-Nour said it fired rockets at the airbase.", "Liwa al-Nour"),
        ("Liwa al-Quds said its fighters repelled an assault.", "Liwa al-Quds"),
        ("A spokesman for Liwa al-Nour said it fired rockets.", "A spokesman for Liwa al-Nour"),
        ("Saraya Awliya al-Dam claimed the attack on the convoy.", "Saraya Awliya al-Dam"),
        ("Abu Karim al-Tamimi said the ruling was unjust.", "Abu Karim al-Tamimi"),
        ("The airbase was hit by rockets, according to Liwa al-Nour.", "Liwa al-Nour"),
        ("Rockets hit the airbase, Jaish al-Sabr claimed.", "Jaish al-Sabr"),
    ],
)
def test_the_whole_name_is_the_source(make_context, text, source):
    assert source in [s for _, s, _ in claim_triples(make_context, text)]
