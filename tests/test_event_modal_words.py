"""The one list of modal auxiliaries is a leaf, and every reader of modality takes it from there."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from sitrep.extract import event_modal_words as words

EXTRACT = Path(words.__file__).parent


def test_the_modal_list_imports_nothing_from_sitrep() -> None:
    tree = ast.parse(Path(words.__file__).read_text(encoding="utf-8"))
    imported = [
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    ] + [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    assert not [name for name in imported if name.startswith("sitrep")]


def test_the_groups_make_up_the_whole_list() -> None:
    assert words.MODALS == words.MUST | words.WILL | words.MIGHT | words.CAN
    assert {"won't"[:2], "'ll", "shall"} <= words.WILL


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("event_modals", "WILL"),
        ("event_modals", "MIGHT"),
        ("event_modals", "MUST"),
        ("event_toll_rises", "MODALS"),
        ("event_conditions", "WILL"),
    ],
)
def test_readers_share_the_list_rather_than_copy_it(module: str, name: str) -> None:
    reader = importlib.import_module(f"sitrep.extract.{module}")
    assert getattr(reader, name) is getattr(words, name)


def test_a_warning_foretells_with_the_shared_will_and_might() -> None:
    from sitrep.extract import event_senses

    assert event_senses.FORETELLING_MODALS == words.WILL | words.MIGHT
