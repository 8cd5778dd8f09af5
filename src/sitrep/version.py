"""The package and pipeline versions: a new pipeline version makes re-extraction keep history."""

__version__ = "0.1.0"
PIPELINE_VERSION = "0.1.0"
