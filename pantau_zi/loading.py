"""Read a dataset folder, validate every table, and hand back either a whole Dataset or every problem found.

A load is all-or-nothing: callers keep the Dataset they had until a new one validates completely.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from pantau_zi.i18n import t
from pantau_zi.paths import EMBEDDED_DIR, REFERENCE_DIR
from pantau_zi.reported import without_synthetic_twins
from pantau_zi.schema import TABLES, checkable_events, reason_of, table_schemas, typed
from pantau_zi.status import lifecycle_violations

# Real facts first (the seed articles, then awards reported in the news), the synthetic national data last.
EMBEDDED_PARTS = (EMBEDDED_DIR / "seeds", EMBEDDED_DIR / "reported", EMBEDDED_DIR / "synthetic")
REQUIRED_TABLES = ("sources", "units", "events")
_ORIGIN = ("_file", "_row")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where it is and which rule it breaks (an i18n reason key)."""

    file: str
    row: int | None
    column: str | None
    value: str | None
    reason: str
    params: dict = field(default_factory=dict)


class DatasetError(ValueError):
    """Raised when a dataset does not validate; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s) in dataset")
        self.problems = problems


@dataclass(frozen=True)
class Dataset:
    """All tables of a validated dataset, typed, plus the region reference."""

    provinces: pd.DataFrame
    regencies: pd.DataFrame
    sources: pd.DataFrame
    units: pd.DataFrame
    events: pd.DataFrame
    declarations: pd.DataFrame
    targets: pd.DataFrame
    perangkat_daerah: pd.DataFrame
    lke: pd.DataFrame
    ombudsman: pd.DataFrame


def load_reference() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The 38 provinces and 514 kabupaten/kota, codes kept as text."""
    provinces = pd.read_csv(REFERENCE_DIR / "provinces.csv", dtype={"province_code": str})
    regencies = pd.read_csv(REFERENCE_DIR / "regencies.csv", dtype={"code": str, "code4": str, "province_code": str})
    regencies["administrative"] = regencies["administrative"].astype(bool)
    return provinces, regencies


def decode(content: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 as older Excel writes it."""
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return content.decode("utf-16", errors="replace")
    if content.startswith(b"\xef\xbb\xbf"):
        content = content[3:]
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def _read_text_table(path: Path, label: str) -> pd.DataFrame:
    """A CSV as text cells, with the file and 1-based line number of each row; blank lines left out but counted."""
    frame = pd.read_csv(io.StringIO(decode(path.read_bytes())), dtype=str, keep_default_na=False, na_values=[""],
                        skip_blank_lines=False)
    frame.columns = [str(column).strip() for column in frame.columns]
    frame = frame.apply(lambda column: column.str.strip()).assign(_file=label, _row=range(2, len(frame) + 2))
    return frame[frame.drop(columns=list(_ORIGIN)).notna().any(axis=1)].reset_index(drop=True)


def gather(parts: Sequence[Path], table: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """One table from every folder that has it, as text with its origin (None if none has it), and read failures."""
    frames, problems = [], []
    for part in parts:
        path = part / f"{table}.csv"
        if not path.exists():
            continue
        label = f"{part.name}/{path.name}"
        try:
            frames.append(_read_text_table(path, label))
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
            problems.append(_unreadable(label, error))
    if not frames:
        return None, problems
    return pd.concat(frames, ignore_index=True), problems


_FIELD_COUNT = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


def _unreadable(label: str, error: Exception) -> Problem:
    """Why pandas could not read a CSV, located at its line when pandas says which."""
    found = _FIELD_COUNT.search(str(error))
    if found:
        expected, line, saw = found.groups()
        return Problem(label, int(line), None, None, "field_count", {"expected": expected, "saw": saw})
    reason = "empty_file" if isinstance(error, pd.errors.EmptyDataError) else "unreadable_file"
    return Problem(label, None, None, None, reason, {"detail": str(error).splitlines()[0]})


_REASON_OF_BUILTIN = {"not_nullable": "empty", "field_uniqueness": "duplicate", "multiple_fields_uniqueness": "duplicate",
                      "column_in_dataframe": "missing_column"}


def _problems_from(errors: pa.errors.SchemaErrors, frame: pd.DataFrame) -> list[Problem]:
    """Turn pandera's failure cases into one Problem per (row, column, reason)."""
    found: dict[tuple, Problem] = {}
    for case in errors.failure_cases.itertuples():
        reason, params = reason_of(_REASON_OF_BUILTIN.get(str(case.check), str(case.check)))
        column = params.pop("column", None) or case.column
        if pd.isna(case.index):
            problem = Problem(", ".join(frame["_file"].unique()), None, str(case.failure_case), None, reason)
        else:
            origin = frame.loc[int(case.index)]
            value = origin.get(column) if column in frame.columns else case.failure_case
            problem = Problem(origin["_file"], int(origin["_row"]), column,
                              None if pd.isna(value) else str(value), reason, params)
        found.setdefault((problem.file, problem.row, problem.column, problem.reason), problem)
    return sorted(found.values(), key=lambda p: (p.file, p.row or 0, p.column or ""))


def _name_lifecycle_rules(problems: list[Problem], frame: pd.DataFrame) -> list[Problem]:
    """Replace the generic lifecycle failure by the rule each event breaks."""
    flagged = [p for p in problems if p.reason == "lifecycle"]
    if not flagged:
        return problems
    rules = lifecycle_violations(checkable_events(frame)).dropna()
    rule_at = {(frame.at[index, "_file"], int(frame.at[index, "_row"])): rule for index, rule in rules.items()}
    return [replace(p, reason=rule_at.get((p.file, p.row), p.reason)) if p.reason == "lifecycle" else p
            for p in problems]


def describe(problem: Problem, lang: str) -> str:
    """One problem as a sentence naming file, row, column and value, in the user's language."""
    reason = t(f"reason.{problem.reason}", lang, **problem.params)
    if problem.row is None:
        key = "problem.where_column" if problem.column else "problem.where_file"
    elif problem.column is None:
        key = "problem.where_row"
    else:
        key = "problem.where" if problem.value is not None else "problem.where_no_value"
    return t(key, lang, file=problem.file, row=problem.row, column=problem.column, value=problem.value, reason=reason)


SHEET_SEPARATOR = " \u203a "  # between a workbook's name and a sheet's in a problem's file label


def problems_frame(problems: list[Problem], lang: str) -> pd.DataFrame:
    """Problems as a table with headers in the user's language: file, sheet, row, column, value, reason."""
    rows = []
    for problem in problems:
        file, _, sheet = problem.file.partition(SHEET_SEPARATOR)
        rows.append((file, sheet or None, problem.row, problem.column, problem.value,
                     t(f"reason.{problem.reason}", lang, **problem.params)))
    columns = [t(f"problem.col.{key}", lang) for key in ("file", "sheet", "row", "column", "value", "reason")]
    frame = pd.DataFrame(rows, columns=columns)
    frame[columns[2]] = frame[columns[2]].astype("Int64")
    return frame


def validate_table(name: str, frame: pd.DataFrame, schema: pa.DataFrameSchema) -> tuple[pd.DataFrame, list[Problem]]:
    """Check one gathered table; return it typed (without origin columns) and its problems."""
    missing = [column for column in schema.columns if column not in frame.columns]
    if missing:
        files = ", ".join(frame["_file"].unique()) or f"{name}.csv"  # a header alone has no row to name its file
        return frame, [Problem(files, None, column, None, "missing_column") for column in missing]
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        return frame, _name_lifecycle_rules(_problems_from(errors, frame), frame)
    return typed(name, frame.drop(columns=list(_ORIGIN))[list(schema.columns)]), []


def _empty(schema: pa.DataFrameSchema, name: str) -> pd.DataFrame:
    return typed(name, pd.DataFrame({column: pd.Series(dtype=str) for column in schema.columns}))


def load_dataset(parts: Sequence[Path] = EMBEDDED_PARTS) -> Dataset:
    """Load and validate the tables spread over the given folders; raise DatasetError listing every problem."""
    gathered = {name: gather(parts, name) for name in TABLES}
    return dataset_from_tables({name: frame for name, (frame, _) in gathered.items()},
                               {name: problems for name, (_, problems) in gathered.items()})


# The tables whose ids later tables refer to: the id column, and the table_schemas argument that checks them.
_REFERRED = {"sources": ("source_id", "source_ids"), "units": ("unit_id", "unit_ids")}


def dataset_from_tables(frames: Mapping[str, pd.DataFrame | None],
                        read_problems: Mapping[str, list[Problem]] | None = None) -> Dataset:
    """Validate text tables carrying _file and _row (None: table absent); raise DatasetError listing every problem."""
    provinces, regencies = load_reference()
    tables: dict[str, pd.DataFrame] = {}
    problems: list[Problem] = []
    ids: dict[str, set[str] | None] = {"unit_ids": set(), "source_ids": set()}
    for name in TABLES:
        schema = table_schemas(set(regencies["code"]), **ids)[name]
        frame, unreadable = frames.get(name), (read_problems or {}).get(name, [])
        problems += unreadable
        column, argument = _REFERRED.get(name, (None, None))
        if unreadable and argument:
            ids[argument] = None  # its ids are unknown: no "unit kerja tidak ada" on every row that names one
        if frame is None:
            if name in REQUIRED_TABLES and not unreadable:
                problems.append(Problem(f"{name}.csv", None, None, None, "missing_file"))
            tables[name] = _empty(schema, name)
            continue
        tables[name], table_problems = validate_table(name, frame, schema)
        problems += table_problems
        if argument and ids[argument] is not None and column in frame:
            ids[argument] = set(frame[column].dropna())
    if problems:
        raise DatasetError(problems)
    return Dataset(provinces=provinces, regencies=regencies, **without_synthetic_twins(tables, regencies))
