"""A town-named person in an attack's slot, tagged as a place: a kin pronoun with no other
antecedent in the article is the name's own ("the attack on X was condemned by his family")."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.places import extract_places

PUBLISHED = dt.date(2025, 3, 14)


def _starts(make_context, gazetteer, text):
    return {p.start for p in extract_places(make_context(text, published=PUBLISHED), gazetteer)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "is_place"),
    [
        # the pronoun can stand for nothing but the name
        ("The attack on Garland was condemned by his family on Friday.", "Garland", False),
        ("The raid on Houston was condemned by her relatives.", "Houston", False),
        # a person named before, in the sentence or in the one before, may own the kin
        ("Omar Haddad fled. The attack on Houston was condemned by his family.", "Houston", True),
        ("A farmer said the attack on Houston killed his son.", "Houston", True),
        # ... or after it, in the same sentence
        ("The attack on Houston was condemned by his family, Omar Haddad said.", "Houston", True),
        # a "he" between may be whose family it is
        ("The attack on Houston, he said, was condemned by his family.", "Houston", True),
        # a pronoun alone, with no kin, is the speaker's
        ("The assault on Mariupol, he said, was repelled.", "Mariupol", True),
    ],
)  # fmt: skip
def test_a_kin_pronoun_with_no_other_antecedent_makes_a_person(
    make_context, gazetteer, text, word, is_place
):
    assert (text.index(word) in _starts(make_context, gazetteer, text)) is is_place
