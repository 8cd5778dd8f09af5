"""An ethnic, religious or regional people's forces are a non-state side named as written
("Tigrayan forces", "Baloch separatists"); a nationality's troops stay its state. Sentences and
phrases are invented."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extract.actors import is_non_state, normalize_actor

PUBLISHED = "2025-03-14"
OVERTAKES = "Non-state actor overtakes territory"
GAINS = "Government regains territory"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kachin rebels", "Kachin rebels"),
        ("a Karen insurgent", "Karen insurgents"),
        ("the Oromo-led forces", "Oromo-led forces"),
        ("Shan forces near Lashio", "Shan forces"),
        # one word for armed men at large, so one side keeps one name
        ("Amhara militiamen", "Amhara forces"),
        ("the Amhara militia", "Amhara forces"),
        ("Sahrawi fighters", "Sahrawi forces"),
        ("Kurdish forces in Iraq", "Kurdish forces"),  # where they are is not whose they are
        # a state's troops, a known group, titles, numbers and descriptors are no people
        ("Zambian troops", "Zambia"),
        ("Hezbollah fighters", "Hezbollah"),
        ("RSF fighters", "RSF"),
        ("Government forces", None),
        ("Security forces", None),
        ("Six soldiers", None),
        ("Two fighters", None),
        ("US-led forces", None),
        ("Iran-backed militias", None),
        ("ethnic Armenian forces", None),
        # words that describe or count the troops, a state's army or a ruler: no people
        ("Fresh troops", None),
        ("Airborne troops", None),
        ("Seventeen soldiers", None),
        ("Tatmadaw troops", "Myanmar"),  # a state's army by its own name is that state
        ("Continental troops", None),
        ("Mengistu forces", None),
        # a nationality before a people: the people's forces, not the state
        ("Iraqi Kurdish forces", "Kurdish forces"),
        ("Sudanese Masalit fighters", "Masalit forces"),
    ],
)
def test_a_peoples_forces_are_named_as_written(text, expected):
    assert normalize_actor(text) == expected


@pytest.mark.parametrize("name", ["Kachin rebels", "Oromo-led forces", "Karen insurgents"])
def test_a_peoples_forces_are_non_state(name):
    assert is_non_state(name)


@pytest.mark.parametrize(
    ("text", "actor", "acled"),
    [
        ("Kachin rebels overran an army base in Hpakant on Sunday.", "Kachin rebels", OVERTAKES),
        ("Oromo-led forces captured the town of Nekemte on Monday.", "Oromo-led forces", OVERTAKES),
        ("Kenyan troops captured the town of Buale on Monday.", "Kenya", GAINS),
        ("Sahrawi fighters attacked a Moroccan army post near Mahbes.", "Sahrawi forces", None),
        ("Reinforced troops recaptured the town of Kuito on Monday.", None, GAINS),
    ],
)
def test_a_peoples_forces_act_as_their_own_side(text, actor, acled):
    event = sitrep.extract(text, published=PUBLISHED).events[0]
    assert event.actor == actor
    if acled is not None:
        assert event.acled == acled
