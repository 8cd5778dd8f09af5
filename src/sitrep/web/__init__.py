"""The web page and JSON API over a sitrep database (`sitrep serve`).

Needs the web dependencies (fastapi, uvicorn); importing `sitrep` alone never imports them.
"""

from __future__ import annotations

from sitrep.web.app import create_app

__all__ = ["create_app"]
