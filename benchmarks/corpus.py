"""Real news texts for the benchmarks: the GeoWebNews and GeoVirus articles from ../shared/data.

Benchmarks read the public dev sets in place (never copied into the repository).
"""

from __future__ import annotations

import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def shared_data() -> Path:
    path = Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared")) / "data"
    if not path.is_dir():
        sys.exit(f"the dev sets are not at {path}; set SITREP_SHARED to the shared folder")
    return path


def news_texts(limit: int | None = None) -> list[str]:
    """Article texts from GeoWebNews then GeoVirus, in file order."""
    texts: list[str] = []
    for name in ("GWN.xml", "GeoVirus.xml"):
        root = ET.parse(shared_data() / "geo" / name).getroot()
        for article in root.iter("article"):
            text = article.findtext("text") or ""
            if text.strip():
                texts.append(text)
    return texts[:limit] if limit else texts
