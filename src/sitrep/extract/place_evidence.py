"""What the rest of an article says of where a name lies: the second pass of resolution.

Each name's first-pass readings (`place_candidates.rank_alone`) are evidence for the others: the
countries they are in (weighted by how often they are named, so the focus country counts most),
the admin-1 units they name or lie in, and the towns they place on the map.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import (
    COUNTRY_LEVELS,
    IMPORTANT_POPULATION,
    Choice,
    important,
)
from sitrep.extract.place_distances import haversine_km
from sitrep.extract.place_sites import UNIT_NAME_WORDS
from sitrep.gazetteer.names import normalize

if TYPE_CHECKING:
    from sitrep.gazetteer import Entry

LOCAL_LEVELS = frozenset({"PPL", "PPLC", "ADM2"})
SURE_MARGIN = 1.5  # a first-pass reading this far ahead of the next one is context for others
NEAR_KM = 150.0
DWARF_RATIO = 20  # a namesake city this many times larger outweighs a town's admin-1 support
OVERSHADOW_RATIO = 4  # ... and this many times larger, half its country's support
# A county of a state the article names outright ("Iowa") over a namesake in a state that only
# one of its towns puts there ("Chicago"): a county is named as part of its state.
NAMED_STATE_BONUS = 0.5


@dataclass(frozen=True)
class Evidence:
    """What the other names of the article say: country weights, admin-1 units, nearby towns."""

    countries: dict[str, float]
    admin1_ids: dict[int, set[tuple[str, int]]]  # admin-1 id -> the (name, place) putting it there
    points: tuple[tuple[int, float, float], ...]
    focus: str | None
    country_keys: dict[str, set[str]]  # country -> the names putting it in the article
    named_states: dict[int, set[str]]  # admin-1 id -> the names that name it outright
    reading_states: dict[str, set[int]]  # name -> the admin-1 units of its readings
    own_weights: dict[tuple[str, str], float]  # (country, name) -> what the name adds to it

    @classmethod
    def of(cls, first: dict[str, list[Choice]], counts: Counter[str]) -> Evidence:
        countries: dict[str, float] = defaultdict(float)
        country_keys: dict[str, set[str]] = defaultdict(set)
        own: dict[tuple[str, str], float] = defaultdict(float)
        admin1: dict[int, set[tuple[str, int]]] = defaultdict(set)
        points = []
        for key, ranked in first.items():
            if not ranked:
                continue
            named = {c.entry.country for c in ranked}
            best = ranked[0].entry
            sure = len(ranked) == 1 or ranked[0].score - ranked[1].score >= SURE_MARGIN
            if len(named) == 1 and None not in named:
                countries[best.country or ""] += counts[key]
                country_keys[best.country or ""].add(key)
                own[(best.country or "", key)] += counts[key]
            elif sure and best.country:
                countries[best.country] += 0.5 * counts[key]
                country_keys[best.country].add(key)
                own[(best.country, key)] += 0.5 * counts[key]
            if not (sure or _one_unit(ranked)):
                continue
            if best.level == "ADM1":
                admin1[best.id].add((key, best.id))
            elif best.admin1_id is not None and best.level in LOCAL_LEVELS:
                admin1[best.admin1_id].add((key, best.id))
            if not sure:
                continue  # one province, but no spot: its other reading would stand near itself
            if best.level in LOCAL_LEVELS and best.lat is not None and best.lon is not None:
                points.append((best.id, best.lat, best.lon))
        focus = max(countries, key=countries.__getitem__) if countries else None
        named_states: dict[int, set[str]] = defaultdict(set)
        for key, ranked in first.items():
            for state in _states_named(ranked, _at_home(key, ranked, focus, country_keys)):
                named_states[state].add(key)
        reading_states = {
            key: {c.entry.admin1_id for c in ranked if c.entry.admin1_id is not None}
            for key, ranked in first.items()
        }
        return cls(
            dict(countries),
            dict(admin1),
            tuple(points),
            focus,
            dict(country_keys),
            dict(named_states),
            reading_states,
            dict(own),
        )

    def bonus(
        self, entry: Entry, key: str = "", namesake_population: int = 0, size: int | None = None
    ) -> float:
        """Support from the article's other places (never from this same place or name).

        A town does not take its admin-1 unit's support against a namesake city many times its
        size: "Toronto" in an article that also names Ohio is still the big city; and only half
        its country's against one a few times its size (Manchester in a story about Americans
        is still the English city unless more of the story points to New Hampshire), a quarter
        against one many times its size when a single other name puts the country in the
        article: a story that names Washington, and no other place in America, still means the
        Italian Naples. `size` is the town's own, when its province counts for it.
        """
        bonus = 0.0
        size = entry.population if size is None else size
        outsized = entry.level.startswith("PPL") and namesake_population >= IMPORTANT_POPULATION
        dwarfed = outsized and size * DWARF_RATIO < namesake_population
        weight = self._weight_elsewhere(entry.country, key)
        if entry.level not in COUNTRY_LEVELS and weight > 1e-9:
            top = max(self.countries.values())
            country = 0.75 + 1.25 * weight / top
            if dwarfed and len(self.country_keys.get(entry.country or "", set()) - {key}) < 2:
                country /= 4
            elif outsized and size * OVERSHADOW_RATIO < namesake_population:
                country /= 2
            bonus += country
        sources = self.admin1_ids.get(entry.admin1_id or 0, set())
        named = self._state_named(entry.admin1_id, key)
        county_of_named = named and _names_its_unit(key, entry)
        if county_of_named or (
            entry.level != "ADM1"
            and not dwarfed
            and any(k != key and i != entry.id for k, i in sources)
        ):
            bonus += 1.5
        if county_of_named:
            bonus += NAMED_STATE_BONUS  # the state itself is named, not only a town in it
        near = entry.level in LOCAL_LEVELS and self._near_other(entry)
        if near and not (_names_its_unit(key, entry) and self._rival_state_named(entry, key)):
            bonus += 1.0
        return bonus

    def _weight_elsewhere(self, country: str | None, key: str) -> float:
        """How much the article's names other than `key` put `country` in it: a hamlet's own
        first reading is no evidence for itself ("Israeli forces withdrew from Jenin" does not
        name Poland because a Polish village is called Jenin)."""
        if country is None or country not in self.countries:
            return 0.0
        return self.countries[country] - self.own_weights.get((country, key), 0.0)

    def _state_named(self, admin1_id: int | None, key: str) -> bool:
        """Whether a name other than `key` names this admin-1 unit outright ("Iowa")."""
        return any(k != key for k in self.named_states.get(admin1_id or 0, ()))

    def _rival_state_named(self, entry: Entry, key: str) -> bool:
        """Whether the article names outright the state of another reading of `key`, and not
        this one's: a county near a city named in passing does not outweigh the county of a
        state named ("Iowa ... a lab in Omaha ... Kerrow County")."""
        if self._state_named(entry.admin1_id, key):
            return False
        states = self.reading_states.get(key, set()) - {entry.admin1_id}
        return any(self._state_named(state, key) for state in states)

    def names_elsewhere(self, country: str, key: str) -> bool:
        """Whether a name other than `key` puts `country` in the article."""
        return any(k != key for k in self.country_keys.get(country, ()))

    def countries_elsewhere(self, key: str) -> set[str]:
        """The countries names other than `key` put in the article."""
        return {country for country in self.countries if self.names_elsewhere(country, key)}

    def fits(self, entry: Entry, key: str) -> bool:
        """A well-known place, or one in a country the article's other names name."""
        return important(entry) or self.names_elsewhere(entry.country or "", key)

    def _near_other(self, entry: Entry) -> bool:
        if entry.lat is None or entry.lon is None:
            return False
        return any(
            other != entry.id and haversine_km(entry.lat, entry.lon, lat, lon) <= NEAR_KM
            for other, lat, lon in self.points
        )


def _one_unit(ranked: list[Choice]) -> bool:
    """Every reading of the name lies in one admin-1 unit: a town and its district ("Kupiansk"
    and Kupiansk Raion) put their province in the article, whichever is meant."""
    units = {c.entry.admin1_id for c in ranked}
    return len(units) == 1 and None not in units


def _states_named(ranked: list[Choice], home: str | None) -> set[int]:
    """The admin-1 units a name names outright: its best reading, when that is one, and a US
    state no other American place shares the name of, whatever namesakes abroad it has
    ("Florida"), when that reading is the best or the article is at home in America ("Georgia"
    with Clay County, not with Batumi: the state is named only where it is the name's reading)."""
    if not ranked:
        return set()
    best = ranked[0].entry
    states = {best.id} if best.level == "ADM1" else set()
    american = [c.entry for c in ranked if c.entry.country == "US"]
    if "US" in (best.country, home) and len(american) == 1 and american[0].level == "ADM1":
        states.add(american[0].id)
    return states


def _at_home(
    key: str, ranked: list[Choice], focus: str | None, country_keys: dict[str, set[str]]
) -> str | None:
    """The article's focus country, when names other than `key` put it there and none puts
    there a country `key` names ("Georgia" is the state in a story of Clay County; the country
    in one of Tbilisi, or of Russian troops, whose focus is Russia): where a country's name that is also a state of the
    focus country reads as the state (as `place_resolution._home_unit_bonus` has it)."""
    if focus is None or not any(k != key for k in country_keys.get(focus, ())):
        return None
    foreign = {
        c.entry.country
        for c in ranked
        if c.entry.level in COUNTRY_LEVELS and c.entry.country not in (None, focus)
    }
    if any(keys - {key} for country, keys in country_keys.items() if country in foreign):
        return None
    return focus


def _names_its_unit(key: str, entry: Entry) -> bool:
    """ "Kerrow County" (or "the Kerrow County Museum") read as that county: a county whose
    name ends in its unit's word and is the whole key, or its first words (no "Kerrow
    Countyside", no "New Kerrow County")."""
    name = normalize(entry.name)
    return (
        entry.level == "ADM2"
        and name.rsplit(" ", 1)[-1] in UNIT_NAME_WORDS
        and (key == name or key.startswith(name + " "))
    )
