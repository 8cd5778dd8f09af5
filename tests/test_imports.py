"""What a process that only reads the store loads: the web server, the ledger rebuild and the CLI's
queries need no spaCy (about 70 MB and a second at import), only extraction does."""

from __future__ import annotations

import subprocess
import sys


def test_the_store_and_the_linker_do_not_load_spacy() -> None:
    code = "import sys, sitrep.link, sitrep.store; print('spacy' in sys.modules)"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"
