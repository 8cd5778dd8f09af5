"""Rows on the terminal: a table where it fits, one block per row where it does not.

A table of nine columns in an 80-column terminal squeezes the sentence, the one column a reader
came for, to a word per line. Like `psql`'s expanded display, rows that cannot be shown at a
readable width are printed as records: one `column  value` line per field, the long text
wrapping under its value.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.rule import Rule
from rich.table import Column, Table

from sitrep.link.records import figure

PROSE_COLUMNS = frozenset({"sentence", "claim_text", "text", "evidence", "title", "label"})
"""Columns of running text: they wrap, and need room to be read."""

PROSE_MIN_WIDTH = 32
SHORT_MAX_WIDTH = 28
RECORD_LIMIT = 600
"""A record has the room to show a whole sentence, which a table cell cuts at 120 characters."""
_BORDER = 3  # a column's share of the table's rules and padding


def cell(value: Any, limit: int = 120) -> str:
    """A value as one line of text, shortened to `limit` characters and never read as markup."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v.get("text", v)) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, float):
        return figure(value)
    text = " ".join(str(value).split())  # a headline's line break would split the row
    text = text if len(text) <= limit else text[: limit - 3] + "..."
    return escape(text)  # article text is shown as written, never read as rich markup


def table_width(cells: Sequence[Sequence[str]], columns: Sequence[str]) -> int:
    """The width a table of `cells` needs for every column to stay readable."""
    needed = 1
    for position, name in enumerate(columns):
        longest = max([len(name)] + [len(row[position]) for row in cells])
        if name in PROSE_COLUMNS:
            needed += _BORDER + max(PROSE_MIN_WIDTH, min(longest, PROSE_MIN_WIDTH))
        else:
            needed += _BORDER + min(longest, SHORT_MAX_WIDTH)
    return needed


def print_rows(console: Console, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """Print `rows` as a table when it fits the console, else one record per row."""
    cells = [[cell(row.get(name)) for name in columns] for row in rows]
    if table_width(cells, columns) <= console.width:
        console.print(_table(cells, columns))
    else:
        whole = [[cell(row.get(name), RECORD_LIMIT) for name in columns] for row in rows]
        _print_records(console, whole, columns)


def _table(cells: Sequence[Sequence[str]], columns: Sequence[str]) -> Table:
    table = Table(
        *(
            Column(name, min_width=PROSE_MIN_WIDTH, ratio=1)
            if name in PROSE_COLUMNS
            else Column(name, max_width=SHORT_MAX_WIDTH)
            for name in columns
        ),
        show_lines=False,
    )
    for row in cells:
        table.add_row(*row)
    return table


def _print_records(
    console: Console, cells: Sequence[Sequence[str]], columns: Sequence[str]
) -> None:
    key_width = max(len(name) for name in columns)
    for number, row in enumerate(cells, 1):
        console.print(Rule(f"{number}", align="left", style="dim"))
        record = Table.grid(padding=(0, 2))
        record.add_column(style="bold", width=key_width, no_wrap=True)
        record.add_column(overflow="fold")
        for name, value in zip(columns, row, strict=True):
            if value:
                record.add_row(name, value)
        console.print(record)
