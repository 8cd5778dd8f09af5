"""Which of a headline and its body restatement is the event.

"Air strike hits school in Zaporizhzhia, killing dozens" over "A missile strike hit a school in
Zaporizhzhia on Tuesday, killing at least 27 people, officials said": where the body gives a
count the headline lacks or gave vaguely, the body's act, with that count and its source, is the
event and the headline points to it, whichever rule of `event_merge` found them one. A headline naming the finer place stays the
event ("Drones hit Kharkiv" over a lead naming Ukraine, Kharkiv Oblast or another area around
the town), lest the ledger place the strike in the country or the region.
"""

from __future__ import annotations

from sitrep.extract.event_place_match import country_and_finer, refines
from sitrep.model import Event


def body_tells_it(body: Event, not_body: bool, headline: Event) -> bool:
    """Whether `body`, a restatement of the headline's event (`not_body`: a caption or another
    headline line), is the event in its stead."""
    return not (
        not_body
        or not _counts_better(headline, body)
        or country_and_finer(body.place, headline.place)
        or refines(headline.place, body.place)
        or _town_over_area(headline, body)
    )


def _town_over_area(headline: Event, body: Event) -> bool:
    """ "Guards strike Erbil" over a body naming the region around it: the town is the scene."""
    town, area = headline.place, body.place
    if town is None or area is None or not (town.level or "").startswith("PPL"):
        return False
    return not (area.level or "").startswith("PPL")


def _counts_better(headline: Event, body: Event) -> bool:
    """The body gives a count where the headline gave none or a vague one ("killing dozens")."""
    return (
        body.killed is not None
        and body.killed_hedge != "vague"
        and (headline.killed is None or headline.killed_hedge == "vague")
    )
