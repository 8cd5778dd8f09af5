"""Open and query the gazetteer file: names -> candidate places, ids -> places.

The Gazetteer holds only its path until first used, so it pickles cheaply into worker processes,
each of which opens its own read-only connection.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep.errors import GazetteerError
from sitrep.gazetteer.build import (
    GAZETTEER_VERSION,
    NAME_ALTERNATE,
    REGION_ID_BASE,
    build_gazetteer,
)
from sitrep.gazetteer.capitals import SEATS_OF_GOVERNMENT
from sitrep.gazetteer.names import folded, normalize

if TYPE_CHECKING:
    from sitrep.settings import Settings

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

REBUILD_HINT = (
    "Rebuild it with `sitrep gazetteer build` (or point SITREP_GAZETTEER at a good file)."
)


@dataclass(frozen=True)
class Entry:
    """One gazetteer place, as a candidate for a name (kind: how the name matched)."""

    id: int
    name: str
    country: str | None
    admin1: str | None
    admin1_id: int | None
    level: str
    lat: float | None
    lon: float | None
    population: int
    kind: int = 0

    @property
    def gazetteer_id(self) -> str:
        if self.id <= REGION_ID_BASE:
            return f"sitrep:region:{REGION_ID_BASE - self.id}"
        return f"geonames:{self.id}"


_PLACE_COLUMNS = (
    "p.id, p.name, p.country, p.admin1, p.admin1_id, p.level, p.lat, p.lon, p.population"
)


class Gazetteer:
    """Read-only access to a built gazetteer file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._connection: sqlite3.Connection | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = _connect(self.path)
        return self._connection

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Every place this name can mean (main, alternate, derived or demonym match)."""
        return self._lookup_key(normalize(name))

    @lru_cache(maxsize=65536)  # noqa: B019 - one gazetteer per process; the cache is the point
    def _lookup_key(self, key: str) -> tuple[Entry, ...]:
        """The places of a key; a name no source spells so may still meet on its folded key."""
        rows = self.connection.execute(
            f"SELECT {_PLACE_COLUMNS}, n.kind FROM names n JOIN places p ON p.id = n.place "
            "WHERE n.key = ?",
            (key,),
        ).fetchall()
        loose = folded(key) if not rows else None
        if loose:
            rows = self.connection.execute(
                f"SELECT {_PLACE_COLUMNS}, {NAME_ALTERNATE} FROM folded f "
                "JOIN places p ON p.id = f.place WHERE f.key = ?",
                (loose,),
            ).fetchall()
        return tuple(Entry(*row) for row in rows)

    def has_name(self, name: str) -> bool:
        return bool(self._lookup_key(normalize(name)))

    @lru_cache(maxsize=4096)  # noqa: B019
    def get(self, place_id: int) -> Entry | None:
        row = self.connection.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.id = ?", (place_id,)
        ).fetchone()
        return Entry(*row) if row else None

    @lru_cache(maxsize=512)  # noqa: B019
    def country(self, code: str) -> Entry | None:
        """The country entry for an ISO 3166-1 code."""
        row = self.connection.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.country = ? AND p.level = 'PCLI'",
            (code,),
        ).fetchone()
        return Entry(*row) if row else None

    @lru_cache(maxsize=512)  # noqa: B019
    def capital(self, code: str) -> Entry | None:
        """The capital city (PPLC) of the country with this ISO 3166-1 code: its seat of
        government where that is another town ("the Bolivian capital" is La Paz), else the
        largest if the file lists several."""
        row = self.connection.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.country = ? AND p.level = 'PPLC' "
            "ORDER BY p.name = ? DESC, p.population DESC LIMIT 1",
            (code, SEATS_OF_GOVERNMENT.get(code, "")),
        ).fetchone()
        return Entry(*row) if row else None

    def meta(self) -> dict[str, str]:
        return dict(self.connection.execute("SELECT key, value FROM meta").fetchall())

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __hash__(self) -> int:
        return hash(self.path)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Gazetteer) and other.path == self.path


def _connect(path: Path) -> sqlite3.Connection:
    """A read-only connection, or GazetteerError saying how to rebuild the file."""
    if not path.is_file() or path.stat().st_size == 0:
        raise GazetteerError(f"the gazetteer file {path} is missing or empty. {REBUILD_HINT}")
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        version = connection.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        connection.execute("SELECT 1 FROM names LIMIT 1").fetchone()
    except sqlite3.DatabaseError as error:
        raise GazetteerError(
            f"the gazetteer file {path} is corrupt ({error}). {REBUILD_HINT}"
        ) from error
    if not version or version[0] != GAZETTEER_VERSION:
        connection.close()
        raise GazetteerError(
            f"the gazetteer file {path} has version {version[0] if version else None}, sitrep "
            f"needs {GAZETTEER_VERSION}. {REBUILD_HINT}"
        )
    return connection


def open_gazetteer(path: Path) -> Gazetteer:
    """Open the gazetteer at `path`, checking it now so that a bad file fails early and clearly."""
    gazetteer = Gazetteer(path)
    _ = gazetteer.connection
    return gazetteer


def default_gazetteer_path(settings: Settings) -> Path:
    """settings.gazetteer when set, else the versioned file in the cache folder."""
    if settings.gazetteer is not None:
        return Path(settings.gazetteer)
    return Path(settings.cache_dir) / f"gazetteer-{GAZETTEER_VERSION}.sqlite"


def ensure_gazetteer(settings: Settings) -> Gazetteer:
    """Open the configured gazetteer, building it first when the file does not exist yet."""
    path = default_gazetteer_path(settings)
    if not path.exists():
        log.warning("gazetteer %s not found; building it (about half a minute, once)", path)
        stats = build_gazetteer(path, progress=log.info)
        log.info("gazetteer built: %s", stats)
    return open_gazetteer(path)
