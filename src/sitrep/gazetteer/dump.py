"""Build the gazetteer from a full GeoNames dump, for users who have downloaded one.

Expects in `dump_dir`: allCountries.zip (or allCountries.txt) and admin1CodesASCII.txt;
alternateNamesV2.zip is optional (the dump's own alternate-name column is used otherwise).
Only features news names are kept: countries, admin-1/-2 units, populated places, regions, seas,
islands and mountains; the packaged regions and demonyms are added as in `build_gazetteer`.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from sitrep.errors import GazetteerError
from sitrep.gazetteer.build import (
    ALTERNATE_NAMES_MIN_POPULATION,
    NAME_ALTERNATE,
    NAME_DEMONYM,
    NAME_DERIVED,
    NAME_MAIN,
    PlaceRow,
    Progress,
    _add_regions,
    _Collector,
    _stats,
    _usable_alternate,
    _write,
    read_regions,
)
from sitrep.gazetteer.names import subdivision_short_forms
from sitrep.gazetteer.reference import DEMONYMS

KEPT_CLASSES = {"A", "P", "L", "H", "T"}
KEPT_CODES = {
    "PCLI",
    "PCLD",
    "PCLF",
    "PCLS",
    "PCL",
    "TERR",
    "ADM1",
    "ADM2",
    "CONT",
    "RGN",
    "SEA",
    "OCN",
    "GULF",
    "BAY",
    "ISL",
    "ISLS",
    "PEN",
    "MTS",
    "MT",
    "LK",
    "STM",
    "DSRT",
    "VAL",
}


def import_geonames_dump(path: Path, dump_dir: Path, progress: Progress | None = None) -> dict:
    """Build the gazetteer at `path` from a GeoNames dump in `dump_dir`; returns stats."""
    say = progress or (lambda message: None)
    started = time.perf_counter()
    dump_dir = Path(dump_dir)
    admin1 = _admin1_names(dump_dir / "admin1CodesASCII.txt")
    collector = _Collector()
    say("reading allCountries")
    for fields in _rows(dump_dir, "allCountries"):
        _add_feature(collector, fields, admin1)
    alternates = dump_dir / "alternateNamesV2.zip"
    if alternates.exists():
        say("reading alternateNamesV2")
        _add_alternate_names(collector, alternates)
    _add_regions(collector, read_regions())
    _add_dump_demonyms(collector)
    collector.add_first_parts()
    say(f"writing {len(collector.places):,} places and {len(collector.names):,} names")
    _write(path, collector, source=f"geonames dump {dump_dir}")
    return _stats(path, collector, started)


def _rows(dump_dir: Path, stem: str) -> Iterator[list[str]]:
    """Tab-separated rows of `stem`.txt, read from the zip when the text file is absent."""
    text_file = dump_dir / f"{stem}.txt"
    if text_file.exists():
        with text_file.open(encoding="utf-8") as lines:
            yield from (line.rstrip("\n").split("\t") for line in lines)
        return
    archive = dump_dir / f"{stem}.zip"
    if not archive.exists():
        raise GazetteerError(
            f"{stem}.zip not found in {dump_dir}: download it from "
            "https://download.geonames.org/export/dump/ or run `sitrep gazetteer build`."
        )
    with zipfile.ZipFile(archive) as zipped, zipped.open(f"{stem}.txt") as raw:
        for line in io.TextIOWrapper(raw, encoding="utf-8"):
            yield line.rstrip("\n").split("\t")


def _admin1_names(path: Path) -> dict[str, tuple[str, int]]:
    if not path.exists():
        return {}
    rows = (line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8"))
    return {row[0]: (row[1], int(row[3])) for row in rows if len(row) >= 4 and row[3].isdigit()}


def _add_feature(
    collector: _Collector, fields: list[str], admin1: dict[str, tuple[str, int]]
) -> None:
    if len(fields) < 15 or fields[6] not in KEPT_CLASSES:
        return
    code, population = fields[7], int(fields[14] or 0)
    if fields[6] != "P" and code not in KEPT_CODES:
        return
    admin_name, admin_id = admin1.get(f"{fields[8]}.{fields[10]}", (None, None))
    level = "PCLI" if code.startswith("PCL") else ("region" if code in {"RGN", "L"} else code)
    row = PlaceRow(
        int(fields[0]),
        fields[1],
        fields[8] or None,
        admin_name,
        admin_id,
        level,
        float(fields[4]),
        float(fields[5]),
        population,
    )
    names = [(fields[1], NAME_MAIN), (fields[2], NAME_ALTERNATE)]
    if population >= ALTERNATE_NAMES_MIN_POPULATION or fields[6] == "A":
        names += [(n, NAME_ALTERNATE) for n in fields[3].split(",") if _usable_alternate(n)]
    if code == "ADM1":
        names += [
            (form, NAME_DERIVED) for form in subdivision_short_forms(fields[1], first_level=True)
        ]
    collector.add_place(row, names)


def _add_alternate_names(collector: _Collector, archive: Path) -> None:
    """English and unlabelled alternate names of the places kept."""
    with zipfile.ZipFile(archive) as zipped, zipped.open("alternateNamesV2.txt") as raw:
        for line in io.TextIOWrapper(raw, encoding="utf-8"):
            fields = line.split("\t")
            if len(fields) < 4 or fields[2] not in ("", "en", "abbr"):
                continue
            place = int(fields[1])
            if place in collector.places and _usable_alternate(fields[3]):
                collector.add_names(place, [(fields[3], NAME_ALTERNATE)])


def _add_dump_demonyms(collector: _Collector) -> None:
    countries = {
        p.country: p.id for p in collector.places.values() if p.level == "PCLI" and p.country
    }
    for demonym, code in DEMONYMS.items():
        if code in countries:
            collector.add_names(countries[code], [(demonym, NAME_DEMONYM)])
