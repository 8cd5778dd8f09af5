"""A story one outlet prints word for word after another: one incident, one figure, one voice."""

from __future__ import annotations

from typing import Any

from sitrep import link
from sitrep.link.copies import copied_words, without_copied_values

SENTENCE = (
    "Mortar rounds struck the crowded market of Varno on Sunday, killing nine traders, "
    "the regional council said."
)


def report(article: str, sentence: str = SENTENCE, **fields: Any) -> link.EventRecord:
    base: dict[str, Any] = {
        "actor": None,
        "place": None,
        "date": None,
        "published": "2025-03-10",
        "outlet": "Quay Post",
    }
    base.update(fields)
    return link.EventRecord(article, 0, "attack", sentence=sentence, **base)


def test_a_word_for_word_copy_joins_its_original_and_counts_as_its_outlet() -> None:
    """The copy names neither place nor actor, so alone it would be an incident of its own; it
    repeats another article's sentence, so it is that report told again, and a republication
    counts as the outlet it reprints, not as a second independent one."""
    original = report("a")
    copy = report("b", published="2025-03-11", outlet="Ridge Daily", republished_from="Quay Post")
    (incident,) = link.cluster_events([copy, original])
    summary = link.canonical_summary(incident)
    assert (summary["reports"], summary["articles"], summary["outlets"]) == (2, 2, ["Quay Post"])


def test_short_or_different_sentences_are_no_copies() -> None:
    """Two outlets may both write "Two people died."; a reworded sentence is a report of its own."""
    assert copied_words("Two people died.") is None
    short = [report("a", "Two people died."), report("b", "Two people died.")]
    assert len(link.cluster_events(short)) == 2
    reworded = report("b", SENTENCE.replace("the regional council said", "officials said"))
    assert len(link.cluster_events([report("a"), reworded])) == 2


def test_a_copys_dateline_is_no_difference() -> None:
    """A republisher rewrites the dateline ("VARNO (Quay Post) -" becomes "VARNO -")."""
    assert copied_words(f"VARNO (Quay Post) - {SENTENCE}") == copied_words(f"VARNO - {SENTENCE}")


def test_a_figure_copied_word_for_word_is_one_value() -> None:
    def toll(article: str, sentence: str) -> link.ClaimRecord:
        return link.ClaimRecord(
            article,
            0,
            "killed",
            "people",
            None,
            "Varno",
            "attack",
            9.0,
            text="nine",
            sentence=sentence,
        )

    kept = without_copied_values(
        [toll("a", SENTENCE), toll("b", SENTENCE), toll("c", "Officials said nine people died.")]
    )
    assert [v.article_id for v in kept] == ["a", "c"]
