"""What a file reader hands over: one sheet's header and data rows as text, before columns are matched.

Office workbooks are rarely the bare template: a title above the table, a two-row header under a merged group
label, a totals row at the bottom. The header is found by its known column names, totals rows are left out, and
each such decision is a Notice the preview shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import chain

from pantau_zi.loading import Problem

HEADER_SEARCH_ROWS = 15


@dataclass(frozen=True)
class Notice:
    """Something the reader decided about the file that its user should know; reason is an i18n key notice.<reason>."""

    file: str
    row: int | None
    reason: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class RawSheet:
    """Text cells of one sheet or CSV; rows keep the row number the user sees in Excel or their editor."""

    label: str  # "<file> › <sheet>" for a workbook, the file name for a CSV
    name: str | None  # the sheet's name; None for a CSV
    header_row: int
    headers: list[str | None]
    rows: list[tuple[int, list[str | None]]]
    notices: tuple[Notice, ...] = ()
    merged_header: tuple[str, ...] = ()  # ranges merged across columns in the header row


def is_blank(cells: list[str | None]) -> bool:
    return all(cell is None for cell in cells)


def _known_count(cells: list[str | None], known: Callable[[str], bool]) -> int:
    return sum(1 for cell in cells if cell is not None and known(cell))


def _combined(top: list[str | None], below: list[str | None], known: Callable[[str], bool]) -> list[str | None]:
    """A two-row header: a known name in the lower row (under a merged group label) wins over the cell above."""
    width = max(len(top), len(below))
    cells = [(top[p] if p < len(top) else None, below[p] if p < len(below) else None) for p in range(width)]
    return [low if low is not None and known(low) else high for high, low in cells]


def _is_sub_header(top: list[str | None], below: list[str | None], known: Callable[[str], bool]) -> bool:
    """The row under a header (a row naming known columns) names further columns and holds mostly known names."""
    filled = [cell for cell in below if cell is not None]
    named = _known_count(top, known)
    added = _known_count(_combined(top, below, known), known) - named
    return named > 0 and added > 0 and _known_count(below, known) * 2 > len(filled)


def sheet_from(label: str, name: str | None, numbered_rows: Iterable[tuple[int, list[str | None]]],
               max_rows: int, known: Callable[[str], bool] = lambda _: False) -> tuple[RawSheet | None, list[Problem]]:
    """The header is the row, among the first non-blank ones, naming most known columns (the first row when none
    does), joined with a sub-header under it; the rows after it are data. Stops reading past max_rows."""
    rows = iter((number, cells) for number, cells in numbered_rows if not is_blank(cells))
    first = [row for _, row in zip(range(HEADER_SEARCH_ROWS), rows)]
    if not first:
        return None, []
    candidates = [_header_at(first, at, known) for at in range(len(first))]
    at = max(range(len(first)), key=lambda index: (_known_count(candidates[index][1], known), -index))
    last, headers = candidates[at]
    header_row = first[last][0]
    notices = [Notice(label, first[at][0], "header_row", {"row": first[at][0]})] if at else []
    if last != at:
        notices.append(Notice(label, header_row, "sub_header", {"row": header_row}))
    data: list[tuple[int, list[str | None]]] = []
    for number, cells in chain(first[last + 1:], rows):
        if len(data) == max_rows:
            return None, [Problem(label, None, None, None, "too_many_rows", {"limit": max_rows})]
        data.append((number, cells))
    return RawSheet(label, name, header_row, headers, data, tuple(notices)), []


def _header_at(first: list[tuple[int, list[str | None]]], at: int, known: Callable[[str], bool]
               ) -> tuple[int, list[str | None]]:
    """The header starting at first[at]: (index of its last row, its cells), joined with a sub-header under it."""
    top = first[at][1]
    if at + 1 < len(first) and _is_sub_header(top, first[at + 1][1], known):
        return at + 1, _combined(top, first[at + 1][1], known)
    return at, top


_TOTAL_WORDS = re.compile(r"^(?:grand\s*|sub\s*)?(?:jumlah|total)(?:\s+(?:keseluruhan|seluruhnya|total|akhir))?\s*:?$",
                          re.IGNORECASE)
# An aggregate over rows above it (=COUNTA(A3:A40) in row 41); a row's own sum (=SUM(C5:K5)) is data, not a total.
_RANGE = re.compile(r"\$?[A-Z]{1,3}\$?(\d+)\s*:\s*\$?[A-Z]{1,3}\$?(\d+)", re.IGNORECASE)
_AGGREGATE = re.compile(r"^=?\s*(?:SUM|COUNTA?|COUNTBLANK|COUNTIFS?|SUMIFS?|SUBTOTAL|AGGREGATE|AVERAGE|MAX|MIN)\s*\(",
                        re.IGNORECASE)


def _sums_rows_above(formula: str, row: int) -> bool:
    spans = [(int(low), int(high)) for low, high in _RANGE.findall(formula)]
    return bool(_AGGREGATE.match(formula)) and any(low != high and max(low, high) < row for low, high in spans)


def without_totals(sheet: RawSheet, formula_at: Callable[[int, int], str | None]) -> RawSheet:
    """The sheet without its totals rows (first cell JUMLAH or TOTAL, or a formula summing rows above), each noticed."""
    kept, notices = [], list(sheet.notices)
    for number, cells in sheet.rows:
        first = next((cell for cell in cells if cell is not None), "")
        formulas = [formula_at(number, position) for position in range(len(cells))]
        if _TOTAL_WORDS.match(first) or any(formula and _sums_rows_above(formula, number) for formula in formulas):
            notices.append(Notice(sheet.label, number, "totals_row", {"row": number, "first": first}))
        else:
            kept.append((number, cells))
    return replace(sheet, rows=kept, notices=tuple(notices))
