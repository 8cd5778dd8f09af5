"""A list of bare counts after one counted noun counts the same things, within one sentence
(`quantity_lists`); a bare "CFA francs" is West African unless the story is set in Central
Africa (`quantity_cfa`)."""

from __future__ import annotations

import pytest


def _found(make_context, text: str) -> list[tuple[float | None, str | None]]:
    from sitrep.extract.quantities import extract_quantities

    return [(q.value, q.unit) for q in extract_quantities(make_context(text))]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The navy sank 30 boats, including 11 off Tarifa, nine near Ceuta and four at sea.",
         [(30, "boats"), (11, "boats"), (9, "boats"), (4, "boats")]),
        ("Coast guards rescued 45 fishermen on Monday and 17 on Tuesday.",
         [(45, "fishermen"), (17, "fishermen")]),
        # a casualty count keeps its own default noun: the wounded need not be the dead's kind
        ("The blast killed 45 students on Monday and wounded 17.",
         [(45, "students"), (17, "people")]),
        ("Gunners downed 96 rockets over 11 provinces, including 40 over the Lviv region.",
         [(96, "rockets"), (11, "provinces"), (40, "rockets")]),
        ("The navy sank 30 boats. Another 11 were missing.", [(30, "boats"), (11, "people")]),
        ("The fund lent $20 million, and 7 went unpaid.", [(2e7, "USD"), (7, None)]),
    ],
)  # fmt: skip
def test_listed_counts_share_the_noun(make_context, text: str, expected: list) -> None:
    assert _found(make_context, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Officials in Gabon said the plan cost 900 million CFA francs.", "XAF"),
        ("Officials in Togo said the plan cost 900 million CFA francs.", "XOF"),
        ("The plan cost 900 million CFA francs, officials said.", "XOF"),
        ("In Cameroon the plan cost 900 million West African CFA francs.", "XOF"),
    ],
)
def test_cfa_zone_from_the_country_named(make_context, text: str, code: str) -> None:
    assert [unit for _, unit in _found(make_context, text)] == [code]
