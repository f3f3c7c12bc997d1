"""What a file reader hands over: one sheet's header and data rows as text, before columns are matched."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RawSheet:
    """Text cells of one sheet or CSV; rows keep the row number the user sees in Excel or their editor."""

    label: str  # "<file> › <sheet>" for a workbook, the file name for a CSV
    name: str | None  # the sheet's name; None for a CSV
    header_row: int
    headers: list[str | None]
    rows: list[tuple[int, list[str | None]]]


def is_blank(cells: list[str | None]) -> bool:
    return all(cell is None for cell in cells)
