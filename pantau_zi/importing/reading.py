"""read_upload: an uploaded .xlsx or CSV as clean text tables in the dataset's shape, or the problems found."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd
from openpyxl.utils.cell import get_column_letter

from pantau_zi import settings
from pantau_zi.i18n import t
from pantau_zi.importing.cleaning import CHOICES, RegionReader, clean_table, date_fault
from pantau_zi.importing.columns import (
    COLUMN_OF,
    SHEET_OF,
    Sheet,
    best_sheet_for,
    match_headers,
    missing_required,
    plain,
)
from pantau_zi.importing.delimited import read_delimited
from pantau_zi.importing.limits import WORKBOOK_SUFFIXES, refusal, suffix
from pantau_zi.importing.raw import Notice, RawSheet
from pantau_zi.importing.template import choice_labels
from pantau_zi.importing.workbook import read_workbook
from pantau_zi.loading import Problem


@dataclass(frozen=True)
class Upload:
    """Tables (text cells plus _file and _row) keyed by table name, the headers as written, the problems, what the
    reader decided (notices), each table's cells as typed before cleaning, and the language of the file's headers."""

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    typed: dict[str, pd.DataFrame] = field(default_factory=dict)
    lang: str = "id"


def read_upload(file_name: str, content: bytes, regencies: pd.DataFrame, today: date | None = None) -> Upload:
    """Read and normalise an upload; business rules are left to the dataset schemas, limits are checked here."""
    refused = refusal(file_name, content)
    if refused is not None:
        return Upload(problems=[refused])
    max_rows = settings.import_max_rows()
    if suffix(file_name) in WORKBOOK_SUFFIXES:
        found, problems, notices = read_workbook(file_name, content, max_rows)
    else:
        raw, problems = read_delimited(file_name, content, max_rows)
        found = [] if raw is None else [(raw, best_sheet_for(raw.headers))]
        notices = [] if raw is None else list(raw.notices)
        if raw is not None and found[0][1] is None:
            return Upload(problems=[Problem(file_name, None, None, None, "unknown_table")])
    regions, tables, headers, typed = RegionReader(regencies), {}, {}, {}
    for raw, sheet in found:
        frame, written, table_problems = _table(raw, sheet)
        problems += table_problems
        if frame is None:
            continue
        if sheet.table in tables:  # two sheets for one table (e.g. "Unit" and "Units"): read both
            frame = pd.concat([typed[sheet.table], frame], ignore_index=True)
        typed[sheet.table] = frame
        tables[sheet.table], cleaning_problems = clean_table(sheet.table, frame, regions, written, today)
        headers[sheet.table] = headers.get(sheet.table, written)
        problems += [problem for problem in cleaning_problems if problem.file == raw.label]  # earlier sheets: said
    if not tables and not problems:
        problems.append(Problem(file_name, None, None, None, "no_rows"))
    return Upload(tables, headers, problems, notices, typed, _language(headers))


def _language(headers: dict[str, dict[str, str]]) -> str:
    """'en' when more of the file's headers are the English template's than the Indonesian one's."""
    votes = {"id": 0, "en": 0}
    for table, written in headers.items():
        for column in SHEET_OF[table].columns:
            key = plain(written.get(column.name, ""))
            if key != plain(column.header_id) and key == plain(column.header_en):
                votes["en"] += 1
            elif key == plain(column.header_id):
                votes["id"] += 1
    return "en" if votes["en"] > votes["id"] else "id"


def describe_notice(notice: Notice, lang: str) -> str:
    """One notice as a sentence naming its sheet, in the user's language."""
    return t("notice.where", lang, file=notice.file, text=t(f"notice.{notice.reason}", lang, **notice.params))


def in_template_words(problems: list[Problem], upload: Upload) -> list[Problem]:
    """Problems in rows of the file as their user sees them: the header they used, the value as typed (WBK, not
    wbk), the rule in the template's terms (its drop-down labels, the date as written)."""
    table_of = {label: name for name, frame in upload.tables.items() for label in frame["_file"].unique()}
    at = {name: {(file, int(row)): index for index, file, row in zip(frame.index, frame["_file"], frame["_row"])}
          for name, frame in upload.typed.items()}
    worded = []
    for problem in problems:
        table = table_of.get(problem.file)
        if table is None or problem.column is None:
            worded.append(problem)
            continue
        column = COLUMN_OF[table].get(problem.column)
        index = at[table].get((problem.file, problem.row))
        written = upload.typed[table]
        typed = written.at[index, problem.column] if index is not None and problem.column in written else None
        reason, params = problem.reason, problem.params
        if column is not None and column.kind == "date" and reason == "bad_date":
            reason, params = date_fault(typed)
        elif column is not None and column.kind in CHOICES and reason == "not_allowed":
            reason, params = "not_in_list", {"allowed": ", ".join(choice_labels(column.kind, upload.lang))}
        worded.append(replace(problem, column=upload.headers[table].get(problem.column, problem.column),
                              value=problem.value if typed is None else typed, reason=reason, params=params))
    return worded


def _table(raw: RawSheet, sheet: Sheet) -> tuple[pd.DataFrame | None, dict[str, str], list[Problem]]:
    """The raw rows under the table's internal column names; None when there are no rows or a column is missing."""
    positions = match_headers(sheet, raw.headers)
    written = {column.name: column.header_id for column in sheet.columns}
    written |= {column.name: raw.headers[position] for position, column in positions.items()}
    if not raw.rows:
        return None, written, []
    missing = missing_required(sheet, positions)
    if missing:  # under a header merged across columns, the columns have no header of their own
        reason, params = ("missing_column_merged", {"range": ", ".join(raw.merged_header)}) if raw.merged_header \
            else ("missing_column", {})
        return None, written, [Problem(raw.label, None, column.header_id, None, reason, params) for column in missing]
    problems = [_extra_cells(raw, number, cells) for number, cells in raw.rows]
    frame = pd.DataFrame({column.name: [_at(cells, position) for _, cells in raw.rows]
                          for position, column in positions.items()})
    for column in sheet.columns:
        if column.name not in frame:
            frame[column.name] = None
    frame = frame.astype(object).assign(_file=raw.label, _row=[number for number, _ in raw.rows])
    return frame, written, [problem for problem in problems if problem is not None]


def _at(cells: list[str | None], position: int) -> str | None:
    return cells[position] if position < len(cells) else None


def _extra_cells(raw: RawSheet, number: int, cells: list[str | None]) -> Problem | None:
    """A filled cell under no header: the row is shifted or has one cell too many, so no column can be trusted."""
    for position, cell in enumerate(cells):
        header = raw.headers[position] if position < len(raw.headers) else None
        if cell is not None and header is None:
            return Problem(raw.label, number, get_column_letter(position + 1), cell, "extra_cells")
    return None
