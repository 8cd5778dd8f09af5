"""An object marked as new to the story ("a second convoy") is no retelling, but "new" describes
the thing ("a new army outpost") and marks nothing: the act on "the outpost" after it is the
same act told again. Sentences are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"


@pytest.mark.parametrize(
    ("text", "duplicates"),
    [
        (
            "Islamic State fighters overran a new army outpost near Kerawa on Monday. The "
            "militants attacked the outpost in Kerawa with trucks.",
            [None, 0],
        ),
        (
            "Islamic State fighters overran an army outpost near Kerawa on Monday. The "
            "militants attacked the outpost in Kerawa with trucks.",
            [None, 0],
        ),
    ],
)
def test_a_new_object_is_told_again_by_the_same_noun(text, duplicates):
    events = sitrep.extract(text, published=PUBLISHED).events
    assert [e.duplicate_of for e in events] == duplicates
