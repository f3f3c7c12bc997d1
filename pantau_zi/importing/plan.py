"""An import up to the moment of confirming: read the file, lay it over the stored data, check the result as a whole,
and work out what it would change. Nothing here writes; `confirm` is the only step that stores.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

import pandas as pd

from pantau_zi import store
from pantau_zi.importing.changes import TableChange, changed_rows, changes
from pantau_zi.importing.merge import REMOVE, covered_regions, merged_tables
from pantau_zi.importing.raw import Notice
from pantau_zi.importing.reading import Upload, in_template_words, read_upload
from pantau_zi.loading import DatasetError, Problem, dataset_from_tables
from pantau_zi.status import earlier_history_unknown

ORIGIN = ["_file", "_row"]


@dataclass(frozen=True)
class Plan:
    """What confirming an upload would store, or every problem that stops it."""

    file_name: str
    raw: bytes
    base_version: int | None
    problems: list[Problem]
    tables: dict[str, pd.DataFrame] | None
    changes: dict[str, TableChange]
    regions: frozenset[str]
    replace: bool = False
    award_only: tuple[str, ...] = ()  # units of the file accepted with an unknown earlier history
    rows: pd.DataFrame | None = None  # every row added, changed or removed (changes.changed_rows)
    notices: tuple[Notice, ...] = ()  # what reading decided (title rows, totals rows, sheets not read)


    @property
    def ok(self) -> bool:
        return not self.problems


def import_source(file_name: str, raw: bytes, who: str, today: date) -> dict[str, str | None]:
    """The sources row every imported row points at: the file, who loaded it and when."""
    digest = hashlib.sha256(raw).hexdigest()
    return {"source_id": f"import-{digest[:12]}", "title": file_name, "publisher": who,
            "published": today.isoformat(), "reference": f"sha256:{digest}", "kind": "import", "note": None}


def _with_origin(tables: Mapping[str, pd.DataFrame], label: str) -> dict[str, pd.DataFrame]:
    return {name: frame.assign(_file=f"{label}/{name}", _row=range(2, len(frame) + 2))
            for name, frame in tables.items()}


def _stamped(upload: Upload, source_id: str) -> dict[str, pd.DataFrame]:
    """The file's tables (each with rows) in the stored shape plus the "hapus" marker, every row pointing at the
    import's source."""
    columns = store.table_columns()
    return {name: frame.assign(source_id=source_id, synthetic="false").reindex(columns=columns[name] + [REMOVE] + ORIGIN)
            for name, frame in upload.tables.items()}


def _with_source(sources: pd.DataFrame, row: dict) -> pd.DataFrame:
    kept = sources[sources["source_id"] != row["source_id"]]
    return pd.concat([kept, pd.DataFrame([row])], ignore_index=True)


# An upload reads more spellings than the stored tables' rules name (ya/tidak, not only true/false): a problem in
# the file's rows states the rule as its user may write it.
UPLOAD_REASONS = {"not_boolean": "not_yes_no"}


def in_users_words(problems: list[Problem], upload: Upload) -> list[Problem]:
    """Problems in rows of the file name the column by the header the file used, and the rule as the upload reads
    it; in the file's sheet order and row order, problems of the file before any other."""
    table_of = {label: name for name, frame in upload.tables.items() for label in frame["_file"].unique()}
    worded = in_template_words([replace(p, reason=UPLOAD_REASONS.get(p.reason, p.reason))
                                if p.file in table_of and p.column else p for p in problems], upload)
    sheets = {label: position for position, label in enumerate(dict.fromkeys(
        [p.file for p in upload.problems] + list(table_of)))}
    return sorted(worded, key=lambda p: (sheets.get(p.file, len(sheets)), p.file, p.row or 0))


def _one_round(read: list[Problem], checked: list[Problem]) -> list[Problem]:
    """Reading and checking problems together; a row reading already faulted is not faulted again by the check
    (an ambiguous region is not also an unknown one)."""
    faulted = {(p.file, p.row) for p in read}
    return read + [p for p in checked if (p.file, p.row) not in faulted]


def plan_import(file_name: str, raw: bytes, stored: Mapping[str, pd.DataFrame], base_version: int | None,
                stored_label: str, regencies: pd.DataFrame, who: str, today: date,
                replace_regions: bool = False) -> Plan:
    """Read an upload and check it against the stored tables; the plan holds the tables to store or the problems.

    replace_regions: the file is the whole truth about the regions it names (their unnamed rows go); off, a file
    only adds and updates. Every problem is found in one round, field and lifecycle problems together.
    """
    upload = read_upload(file_name, raw, regencies)
    refused = Plan(file_name, raw, base_version, upload.problems, None, {}, frozenset(), replace_regions,
                   notices=tuple(upload.notices))
    # A sheet or file that could not be read at all leaves nothing to check the rest against.
    if not upload.tables or any(p.row is None for p in upload.problems):
        return refused
    source = import_source(file_name, raw, who, today)
    incoming = _stamped(upload, source["source_id"])
    regions = covered_regions(incoming, stored["units"])
    names = dict(zip(regencies["code"], regencies["name"]))
    merge = merged_tables(_with_origin(stored, stored_label), incoming, regions, replace_regions, names)
    merged = merge.tables
    merged["sources"] = _with_source(merged["sources"], {**source, "_file": file_name, "_row": 1})
    checked = list(merge.problems)
    try:
        data = dataset_from_tables(merged)
    except DatasetError as error:
        checked += error.problems
    problems = in_users_words(_one_round(upload.problems, checked), upload)
    if problems:
        return replace(refused, problems=problems, regions=regions)
    tables = {name: frame.drop(columns=ORIGIN).reset_index(drop=True) for name, frame in merged.items()}
    per_table = changes(stored, tables)
    return Plan(file_name, raw, base_version, [], tables, per_table, regions, replace_regions,
                award_only_units(data.events, incoming.get("events")), changed_rows(stored, tables, per_table),
                tuple(upload.notices))


def award_only_units(events: pd.DataFrame, incoming: pd.DataFrame | None) -> tuple[str, ...]:
    """The units the file gives events whose history starts with an award or a revocation, sorted."""
    if incoming is None:
        return ()
    unknown = earlier_history_unknown(events)
    return tuple(sorted(set(unknown.index[unknown]) & set(incoming["unit_id"].dropna())))


def confirm(opened: store.Store, plan: Plan, who: str, base: Mapping[str, pd.DataFrame] | None = None) -> int:
    """Store a checked plan as the new current version; StaleVersion if someone stored another since the preview."""
    if not plan.ok or plan.tables is None:
        raise ValueError("only a plan without problems can be confirmed")
    return store.commit_import(opened, plan.tables, who=who, file_name=plan.file_name, raw=plan.raw,
                               expected_current=plan.base_version, base=base)
