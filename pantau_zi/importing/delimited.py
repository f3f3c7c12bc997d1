"""Read a CSV (or Excel's tab-separated 'Unicode text') as text: encoding and delimiter found, lines counted."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from pantau_zi.importing.columns import known_header
from pantau_zi.importing.raw import RawSheet, sheet_from, without_totals
from pantau_zi.loading import Problem, decode

DELIMITERS = (",", ";", "\t", "|")


def sniff_delimiter(text: str) -> str:
    """The delimiter used most often, outside quotes, on the first non-blank line; a comma when none is."""
    counts, quoted, started = dict.fromkeys(DELIMITERS, 0), False, False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            if started:
                break
        elif not quoted and char in counts:
            counts[char] += 1
        if not char.isspace():
            started = True
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])  # ties go to the earlier, commoner one
    return best if counts[best] else ","


class _BrokenLine(Exception):
    def __init__(self, line: int, error: csv.Error):
        super().__init__(str(error))
        self.line = line


def _numbered_records(reader) -> Iterator[tuple[int, list[str | None]]]:
    """Each record with the line it starts on, cells trimmed and empty ones None."""
    while True:
        line = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:  # unterminated quote (a cut-off file), stray quote, giant field
            raise _BrokenLine(line, error) from error
        yield line, [cell.strip() or None for cell in record]


_FIELD_LIMIT = csv.field_size_limit()


def read_delimited(file_name: str, content: bytes, max_rows: int) -> tuple[RawSheet | None, list[Problem]]:
    """The header and data rows with the line number each starts on; blank lines skipped but counted, the header
    found by its known names, totals rows left out."""
    text = decode(content)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text), strict=True)
    try:
        sheet, problems = sheet_from(file_name, None, _numbered_records(reader), max_rows, known_header(None))
    except _BrokenLine as broken:
        # the csv module stops at a field past its limit; a quote never closed makes one of the rest of the file
        reason = "field_too_long" if "field limit" in str(broken) else "broken_csv"
        return None, [Problem(file_name, broken.line, None, None, reason,
                              {"line": broken.line, "detail": str(broken), "limit": str(_FIELD_LIMIT)})]
    if sheet is None:
        return None, problems
    cells = dict(sheet.rows)
    return without_totals(sheet, lambda number, position: _formula_text(cells[number][position])), problems


def _formula_text(cell: str | None) -> str | None:
    return cell if cell is not None and cell.startswith("=") else None
