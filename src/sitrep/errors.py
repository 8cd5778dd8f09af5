"""One exception tree for sitrep.

    SitrepError
    ├── BadInput            an item we refuse to read (empty, binary, malformed, too large)
    │   └── BadDate         a publication date we cannot parse (also a ValueError)
    ├── AmbiguousEventId    an event id prefix that starts several canonical events (and a LookupError)
    ├── GazetteerError      the gazetteer file is missing, empty or corrupt (says how to rebuild)
    ├── ModelError          the spaCy pipeline cannot be loaded (says how to install it)
    └── StoreError          the database cannot be opened or written

A bad article is skipped and logged with its id and the stage that refused it; a bug in our own
code is not caught here and raises.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose."""


class BadInput(SitrepError):
    """An input item cannot be read; the message names the item and the reason."""

    def __init__(self, item: str, reason: str) -> None:
        self.item = item
        self.reason = reason
        super().__init__(f"{item}: {reason}")


class BadDate(BadInput, ValueError):
    """A publication date that cannot be parsed (or, given as "03/02/2026", read either way):
    a ValueError too, as a caller of the Python API would expect of a bad argument."""


class AmbiguousEventId(SitrepError, LookupError):
    """An id prefix that starts several canonical events: the caller must ask for more of it,
    which is a different answer from "no such event" (`matches` holds a few of the candidates).
    """

    SHOWN = 5  # candidates named in the message; a lookup fetches one more to know others exist

    def __init__(self, prefix: str, matches: list[str]) -> None:
        self.prefix = prefix
        self.matches = matches[: self.SHOWN]
        shown = ", ".join(self.matches) + (", ..." if len(matches) > self.SHOWN else "")
        super().__init__(
            f"{prefix!r} starts several canonical events ({shown}); give more of the id"
        )


class GazetteerError(SitrepError):
    """The offline gazetteer cannot be used; the message gives the command that rebuilds it."""


class ModelError(SitrepError):
    """The configured spaCy pipeline cannot be loaded."""


class StoreError(SitrepError):
    """The database cannot be opened or written."""
