"""One reader of "the toll rose to N" for the quantity and the event extractors: the verb a
figure hangs on and the preposition it takes it by, whichever verbs each caller then counts
(`quantity_tolls.level_verb`). Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("The toll rose to 45 on Monday.", "45", ("rose", "to")),
        ("The death toll reached 77.", "77", ("reached", "")),
        ("The number of dead stood at 12.", "12", ("stood", "at")),
        ("The toll climbed to 52, up from 31 on Tuesday.", "31", ("climbed", "from")),
        ("Nine of the 40 wounded were children.", "40", None),  # no verb of level or rise
    ],
)  # fmt: skip
def test_level_verb(nlp, text: str, figure: str, expected: tuple[str, str] | None) -> None:
    from sitrep.extract.quantity_tolls import level_verb

    number = next(t for t in nlp(text) if t.text == figure)
    found = level_verb(number)
    assert (found[0].text, found[1]) == expected if found else expected is None
