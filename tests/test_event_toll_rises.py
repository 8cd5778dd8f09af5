"""A toll that rises ("the toll rose to 19") gives the event the later, larger figure, the earlier
one kept among its quantities; a smaller figure, a count that is no rise, a rise only feared or
denied, a share, another occasion's toll or one summed over a country or a week leave the event's
toll as it was. Sentences, names and places are invented."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2025-03-14"  # a Friday
RAID = "Gunmen attacked a village near Mopti on Sunday, killing 14 people. "


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "killed", "figures"),
    [
        (  # the next sentence: the toll rose
            RAID + "The death toll has climbed to at least 22, a local official said.",
            22.0,
            [14.0, 22.0],
        ),
        (RAID + "The toll reached 19 on Monday, doctors said.", 19.0, [14.0, 19.0]),
        (  # the event's own sentence
            "A bomb exploded in Jowhar on Tuesday, killing 9 people, and the toll rose to 15 on "
            "Wednesday as more of the wounded died, officials said.",
            15.0,
            [9.0, 15.0],
        ),
        (RAID + "Police said the toll may rise to 30.", 14.0, [14.0]),  # feared, not risen
        (RAID + "The toll could climb to 30, doctors warned.", 14.0, [14.0]),
        (RAID + "The toll is expected to rise to 30.", 14.0, [14.0]),
        (RAID + "The toll did not rise to 20 as feared.", 14.0, [14.0]),  # denied
        (RAID + "The death toll rose to 40%, a local official said.", 14.0, [14.0]),  # a share
        (  # feared in the event's own sentence
            "A bomb exploded in Jowhar on Tuesday, killing 9 people, and officials feared the "
            "toll could rise to 30.",
            9.0,
            [9.0],
        ),
        (RAID + "The toll in Mali rose to 80.", 14.0, [14.0]),  # the country's, not the town's
        (RAID + "The toll this week rose to 80.", 14.0, [14.0]),  # a week's
        (RAID + "The total toll rose to 80.", 14.0, [14.0]),
        (RAID + "The toll from all the attacks rose to 80.", 14.0, [14.0]),  # many acts
        (  # "the strikes": one attack's volleys, as "the strike"
            "An air strike killed 12 people in Kharkiv on Tuesday. The death toll from the strikes "
            "rose to 19.",
            19.0,
            [12.0, 19.0],
        ),
        (RAID + "The toll in Mopti rose to 19 on Monday.", 19.0, [14.0, 19.0]),  # its own town
        (RAID + "Police said the toll had risen to 12.", 14.0, [14.0]),  # smaller: no rise of it
        (RAID + "Nine of the dead were children.", 14.0, [14.0]),  # a count, not a rise
        (  # a toll summed over the region and the year, in the event's own sentence
            "Gunmen attacked a village near Mopti on Sunday, killing 14 people, and the toll in "
            "the region rose to 300 this year.",
            14.0,
            [14.0],
        ),
        (  # another occasion's toll
            RAID + "The toll from last year's floods rose to 300.",
            14.0,
            [14.0],
        ),
    ],
)
def test_a_risen_toll_is_the_events_latest_figure(text, killed, figures):
    extraction = sitrep.extract(text, published=PUBLISHED)
    event = extraction.events[0]
    told = [extraction.quantities[i].value for i in event.quantities]
    assert (event.killed, told) == (killed, figures)


def test_a_toll_of_another_cause_is_no_rise_of_the_attacks() -> None:
    text = (
        "A drone strike killed 12 people in Lemvo on Sunday. "
        "The toll from the floods rose to 40 on Monday."
    )
    event = next(
        e for e in sitrep.extract(text, published="2025-04-07").events if e.type == "attack"
    )
    assert event.killed == 12
