"""The `sitrep` command: thin wrappers over the Python API, the store and the evaluations.

Commands live in `run` (they run the pipeline), `query` (they read the store) and `export` (it
writes the store out); importing this package registers them all on `app`, in that order (the
order `sitrep --help` shows).
"""

# isort: off
from sitrep.cli import run  # noqa: F401  (registers extract, ingest, demo, eval, serve, ...)
from sitrep.cli import query  # noqa: F401  (registers events, claims, places, timeline, ...)
from sitrep.cli import export  # noqa: F401  (registers export)

# isort: on
from sitrep.cli.common import app, main

__all__ = ["app", "main"]
