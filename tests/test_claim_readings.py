"""One reading per report and source (`sitrep.link.claim_readings`): a headline's copy of its
body's figure, and one source's repeated figure in one report, are not values of their own; an
unsourced figure is its article's, not one "unattributed" voice, and "officials" with no name
each outlet's own (`sitrep.link.series_keys`)."""

from __future__ import annotations

import pytest

from sitrep.link.claim_readings import headline_quantities, one_reading_each
from sitrep.link.records import ClaimRecord
from sitrep.link.series_keys import series_key, series_label


def toll(
    article: str, idx: int, value: float, hedge: str = "exact", source: str | None = None
) -> ClaimRecord:
    """An invented death toll of an attack on Tarvo."""
    low = value if hedge == "lower_bound" else None
    return ClaimRecord(
        article, idx, "killed", "people", None, "Tarvo", "attack", value, low=low, hedge=hedge,
        source=source, as_of="2025-06-02", published="2025-06-03",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("values", "headlines", "kept"),
    [
        # the headline's "9" retells the body's sourced "at least 9": the body's is the reading
        ([toll("a", 0, 9), toll("a", 1, 9, "lower_bound", "police")], {("a", 0)}, [1]),
        # a headline figure its body does not give stays
        ([toll("a", 0, 9), toll("a", 1, 30, source="police")], {("a", 0)}, [0, 1]),
        # ... even one the body's bound allows: "30" over "at least 12" is no copy
        ([toll("a", 0, 30), toll("a", 1, 12, "lower_bound", "army")], {("a", 0)}, [0, 1]),
        # a sourced headline is its source's reading, not a copy to drop
        ([toll("a", 0, 9, source="army"), toll("a", 1, 30, source="police")], {("a", 0)}, [0, 1]),
        # one source's "9" and "at least 9" in one report: the first the body gives
        ([toll("a", 2, 9, source="police"), toll("a", 3, 9, "lower_bound", "police")], set(), [0]),
        # one source's two figures that cannot both hold are both kept (the count moved on)
        ([toll("a", 2, 9, source="police"), toll("a", 3, 12, source="police")], set(), [0, 1]),
        # ... and so are two that could both hold: "at least 5", later "at least 12"
        (
            [toll("a", 2, 5, "lower_bound", "army"), toll("a", 3, 12, "lower_bound", "army")],
            set(),
            [0, 1],
        ),
        # two reports, or two sources in one, are two readings whatever they say
        ([toll("a", 1, 9), toll("b", 1, 9)], set(), [0, 1]),
        ([toll("a", 1, 9, source="army"), toll("a", 2, 9, source="police")], set(), [0, 1]),
        # a headline of another report is no copy of this one's body
        ([toll("a", 0, 9), toll("b", 1, 9, source="police")], {("a", 0)}, [0, 1]),
    ],
)
def test_one_reading_per_report_and_source(
    values: list[ClaimRecord], headlines: set[tuple[str, int]], kept: list[int]
) -> None:
    assert one_reading_each(values, headlines) == [values[i] for i in kept]


@pytest.mark.parametrize(
    ("source", "outlet", "key", "label"),
    [
        ("police spokesman Omar Adan", "Daily Courier", "police spokesman Omar Adan", None),
        ("Zembian police", "Daily Courier", "Zembian police", None),
        ("UN officials", None, "UN officials", None),
        ("the army", "Daily Courier", "the army", None),
        # a source that names no one is each outlet's own, else each report's
        ("officials", "Daily Courier", "officials (Daily Courier)", None),
        ("Two police officers", "Daily Courier", "Two police officers (Daily Courier)", None),
        ("witnesses in the town", None, "witnesses in the town (a1)", "witnesses in the town"
         " (Blast in Tarvo)"),
        # an unsourced value is its outlet's, else its report's, shown by its title
        (None, "Daily Courier", "Daily Courier", None),
        (None, None, "unattributed (a1)", "unattributed: Blast in Tarvo"),
    ],
)  # fmt: skip
def test_a_value_s_voice_is_its_named_source_else_its_outlet_s_or_report_s(
    source: str | None, outlet: str | None, key: str, label: str | None
) -> None:
    """Three outlets' "officials said" with 9, 30 and 50 were drawn as one source revising its
    toll; two wire updates with one title were one line, yet two voices to the disputes."""
    assert series_key(source, outlet, "a1") == key
    assert series_label(source, outlet, "a1", "Blast in Tarvo") == (label or key)
    assert series_label(source, outlet, "a1") == key


@pytest.mark.parametrize(
    ("title", "text", "found"),
    [
        ("Blast kills 9 in Tarvo", "Blast kills 9 in Tarvo\n\nAt least 9 died.", {("a", 0)}),
        ("Blast kills 9 in Tarvo", "At least 9 died in Tarvo.", set()),  # no headline in the text
        (None, "Blast kills 9 in Tarvo\n\nAt least 9 died.", set()),
    ],
)
def test_the_numbers_of_a_headline_are_those_before_its_end(
    title: str | None, text: str, found: set[tuple[str, int]]
) -> None:
    first = text.index("9")
    payload = {
        "article": {"title": title},
        "text": text,
        "quantities": [{"start": first}, {"start": text.index("9", first + 1)}]
        if text.count("9") > 1
        else [{"start": first}],
    }
    assert headline_quantities(payload, "a") == found
