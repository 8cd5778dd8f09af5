"""A figure in quotation marks still counts what follows the marks: 'killed "scores" of
militants', 'killed "more than 30" insurgents', "‘dozens’ of police officers". Invented
sentences."""

from __future__ import annotations

import pytest

from sitrep.extract.quantity_quotes import past_closing_mark


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ('killed "more than 30" insurgents', "30", True),
        ("killed ‘dozens’ of officers", "dozens", True),
        ('killed "scores" of men', "scores", True),
        ('said "30" was fair', "30", True),
        ("killed 30 insurgents", "30", False),
        ('said 30" was a lie', "30", False),
    ],
)
def test_past_closing_mark(text: str, figure: str, expected: bool) -> None:
    end = text.index(figure) + len(figure)
    assert past_closing_mark(text, end - len(figure), end) == (end + 1 if expected else None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "span", "unit", "measure", "hedge"),
    [
        ('The army said it killed "scores" of militants.', "scores", "militants", "killed",
         "vague"),
        ('Troops killed "more than 30" insurgents near the border.', "more than 30", "insurgents",
         "killed", "lower_bound"),
        ("The militia said it had killed ‘dozens’ of police officers.", "dozens",
         "police officers", "killed", "vague"),
        ("The raid killed 'at least 12' guards.", "at least 12", "guards", "killed",
         "lower_bound"),
        # unchanged: no quotation marks
        ("The militia said it had killed dozens of police officers.", "dozens of police officers",
         "police officers", "killed", "vague"),
        ("The army said it killed scores of militants.", "scores of militants", "militants",
         "killed", "vague"),
    ],
)  # fmt: skip
def test_quoted_figures_keep_their_unit(
    make_context, text: str, span: str, unit: str, measure: str, hedge: str
) -> None:
    from sitrep.extract.quantities import extract_quantities

    found = {q.text: q for q in extract_quantities(make_context(text))}
    assert (found[span].unit, found[span].measure, found[span].hedge) == (unit, measure, hedge)
