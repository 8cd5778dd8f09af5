"""Settings: environment overrides work, and every setting is documented in the README."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sitrep.settings import Settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
ENV = {
    "model": "SITREP_MODEL",
    "db": "SITREP_DB",
    "gazetteer": "SITREP_GAZETTEER",
    "max_article_chars": "SITREP_MAX_ARTICLE_CHARS",
    "batch_size": "SITREP_BATCH_SIZE",
    "n_process": "SITREP_N_PROCESS",
    "languages": "SITREP_LANGUAGES",
    "cache_dir": "SITREP_CACHE",
}


def test_every_setting_has_a_documented_environment_variable() -> None:
    assert {f.name for f in dataclasses.fields(Settings)} == set(ENV)
    for variable in ENV.values():
        assert f"`{variable}`" in README, f"{variable} is not documented in README.md"


def test_environment_then_explicit_overrides(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SITREP_MODEL", "xx_pipeline")
    monkeypatch.setenv("SITREP_BATCH_SIZE", "7")
    monkeypatch.setenv("SITREP_LANGUAGES", "en, de")
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    settings = Settings.from_env(db="other.db", model=None)
    assert settings.model == "xx_pipeline"
    assert settings.batch_size == 7
    assert settings.languages == ("en", "de")
    assert settings.db == "other.db"
    assert settings.cache_dir == tmp_path


def test_an_unknown_model_is_a_model_error() -> None:
    from sitrep.errors import ModelError
    from sitrep.nlp import load_pipeline

    with pytest.raises(ModelError, match="SITREP_MODEL"):
        load_pipeline("no_such_pipeline_xyz")


def test_the_pipeline_version_follows_the_extraction_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upgraded extractor re-extracts a store's articles; other code changes do not."""
    from sitrep import version

    (tmp_path / "extract").mkdir()
    (tmp_path / "web").mkdir()
    (tmp_path / "extract" / "times.py").write_text("RULES = 1\n")
    (tmp_path / "web" / "app.py").write_text("PAGE = 1\n")
    monkeypatch.setattr(version, "_PACKAGE", tmp_path)
    first = version._code_digest()
    (tmp_path / "web" / "app.py").write_text("PAGE = 2\n")
    assert version._code_digest() == first
    (tmp_path / "extract" / "times.py").write_text("RULES = 2\n")
    assert version._code_digest() != first
    assert version.PIPELINE_VERSION.startswith(version.__version__ + "+")
