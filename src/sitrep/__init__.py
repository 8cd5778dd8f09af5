"""sitrep: news articles in, a sourced, dated, geolocated ledger of events and claims out.

    >>> import sitrep
    >>> result = sitrep.extract(text, published="2024-10-26")
    >>> result.events[0].type, result.to_json()["schema"]

Importing sitrep loads nothing: the model and gazetteer load on first use.
"""

from __future__ import annotations

import logging

from sitrep.api import extract, extract_many
from sitrep.model import (
    Article,
    Attribution,
    Event,
    Extraction,
    Place,
    Quantity,
    Span,
    TimeExpr,
)
from sitrep.settings import Settings
from sitrep.version import PIPELINE_VERSION, __version__

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "PIPELINE_VERSION",
    "Article",
    "Attribution",
    "Event",
    "Extraction",
    "Place",
    "Quantity",
    "Settings",
    "Span",
    "TimeExpr",
    "__version__",
    "extract",
    "extract_many",
]
