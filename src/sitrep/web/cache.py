"""A small cache for answers that aggregate the whole database (stats, measures, claim histories).

Every stored extraction is a new row in `extractions` (re-extraction inserts, never updates the
payload), so the highest extraction id (with those of runs and failures, which stats count) is a
version stamp: when it changes, cached answers are stale. Reading it is three index lookups, far
cheaper than the aggregates it guards.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from sqlalchemy import Connection, func, select

from sitrep.store import schema


def data_stamp(conn: Connection) -> Any:
    """What changes whenever an extraction, a run or a failure is stored."""
    return conn.execute(
        select(
            select(func.max(schema.extractions.c.id)).scalar_subquery(),
            select(func.max(schema.runs.c.id)).scalar_subquery(),
            select(func.max(schema.failures.c.id)).scalar_subquery(),
        )
    ).one()


class StampedCache:
    """At most `size` answers, each valid while the data stamp is unchanged (LRU beyond that)."""

    def __init__(self, size: int = 128) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, tuple[Any, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, conn: Connection, key: Hashable, compute: Callable[[], Any]) -> Any:
        stamp = data_stamp(conn)
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and hit[0] == stamp:
                self._items.move_to_end(key)
                return hit[1]
        value = compute()
        with self._lock:
            self._items[key] = (stamp, value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value
