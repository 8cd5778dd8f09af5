"""The package and pipeline versions: a new pipeline version makes re-extraction keep history.

The pipeline version names the code that reads articles, not only the release: it is the release
plus a digest of the extraction code, so a store filled by an older sitrep extracts its articles
again after an upgrade (keeping the old extraction as history), while running the same code
twice still finds every article already done.
"""

import hashlib
from pathlib import Path

__version__ = "0.1.0"

_PACKAGE = Path(__file__).resolve().parent
_EXTRACTION_CODE = ("extract/*.py", "pipeline.py", "nlp.py", "clean.py", "language.py", "model.py")


def _code_digest() -> str:
    """A short digest of the files whose change changes what an article yields."""
    digest = hashlib.sha1()
    for pattern in _EXTRACTION_CODE:
        for path in sorted(_PACKAGE.glob(pattern)):
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


PIPELINE_VERSION = f"{__version__}+{_code_digest()}"
