"""Numbers that count nothing in the group that follows, or count it under its own name: a
quake's magnitude ("a 6.1 quake"), the second day of a pair ("on May 6 and 7 near the border"),
people let go ("freed 60 soldiers" are no troops) and hyphened nouns ("co-defendants"). Invented
sentences."""

from __future__ import annotations

import pytest

from sitrep.extract.quantity_magnitudes import reads_a_magnitude


@pytest.mark.parametrize(
    ("text", "figure", "value", "expected"),
    [
        ("a magnitude 5.9 quake", "5.9", 5.9, True),
        ("a 6.1-magnitude earthquake", "6.1", 6.1, True),
        ("measured 5.8 on the Richter scale", "5.8", 5.8, True),
        ("a 7.2 undersea earthquake", "7.2", 7.2, True),
        ("3 quakes shook the coast", "3", 3, False),
        ("a 7.2 percent rise", "7.2", 7.2, False),
    ],
)
def test_reads_a_magnitude(text: str, figure: str, value: float, expected: bool) -> None:
    start = text.index(figure)
    assert reads_a_magnitude(text, start, start + len(figure), value) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "figure", "reading"),
    [
        ("A magnitude 5.9 quake struck Lima.", "5.9", ("magnitude", "other")),
        ("A 7.2 earthquake shook the coast.", "7.2", ("magnitude", "other")),
        ("Three co-defendants were acquitted.", "Three co-defendants", ("co-defendants", "other")),
        ("The army released 90 rebel fighters on Friday.", "90 rebel fighters",
         ("fighters", "other")),
        ("Rebels freed 60 soldiers in the exchange.", "60 soldiers", ("soldiers", "other")),
        ("Clashes erupted on May 6 and 7 near the border.", "7", None),
        ("Polls open on April 27 and 28.", "28", None),
        # unchanged
        ("Three quakes shook the coast.", "Three quakes", ("quakes", "other")),
        ("The army deployed 90 fighters on Friday.", "90 fighters", ("fighters", "troops")),
        ("The strike came on Oct. 7 and 8 soldiers died.", "8 soldiers", ("soldiers", "killed")),
        ("The town of Kiel counts 5,000 North Korean workers.", "5,000 North Korean workers",
         ("workers", "other")),
    ],
)  # fmt: skip
def test_what_is_counted(
    make_context, text: str, figure: str, reading: tuple[str, str] | None
) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = {q.text: (q.unit, q.measure) for q in extract_quantities(make_context(text))}
    assert found.get(figure) == reading
