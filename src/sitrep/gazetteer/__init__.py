"""The offline gazetteer: built once from packaged GeoNames extracts, queried by name and id."""

from sitrep.gazetteer.build import GAZETTEER_VERSION, build_gazetteer
from sitrep.gazetteer.dump import import_geonames_dump
from sitrep.gazetteer.query import (
    Entry,
    Gazetteer,
    default_gazetteer_path,
    ensure_gazetteer,
    open_gazetteer,
)

__all__ = [
    "GAZETTEER_VERSION",
    "Entry",
    "Gazetteer",
    "build_gazetteer",
    "default_gazetteer_path",
    "ensure_gazetteer",
    "import_geonames_dump",
    "open_gazetteer",
]
