"""One exception tree for sitrep.

    SitrepError
    ├── BadInput            an item we refuse to read (empty, binary, malformed, too large)
    │   └── BadDate         a publication date we cannot parse
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


class BadDate(BadInput):
    """A publication date that cannot be parsed."""


class GazetteerError(SitrepError):
    """The offline gazetteer cannot be used; the message gives the command that rebuilds it."""


class ModelError(SitrepError):
    """The configured spaCy pipeline cannot be loaded."""


class StoreError(SitrepError):
    """The database cannot be opened or written."""
