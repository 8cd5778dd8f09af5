"""Whose ground a territorial gain was won on.

"Liberated" and "recaptured" are the winner's words. When a state says it liberated villages that
lie in another state, a reader records a seizure of that other state's territory, as he would from
a neutral wire; a retake is only a retake on the actor's own ground.
"""

from __future__ import annotations

from sitrep.extract.actors import country_name, country_of_word
from sitrep.model import EventPlace


def foreign_owner(actor: str | None, place: EventPlace | None) -> str | None:
    """The country `place` lies in when `actor` is another country, else None."""
    if actor is None or place is None or country_of_word(actor) != actor:
        return None
    owner = country_name(place.country)
    return owner if owner is not None and owner != actor else None
