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
from pantau_zi.importing.changes import TableChange, changes
from pantau_zi.importing.merge import covered_regions, merged_tables
from pantau_zi.importing.raw import Notice
from pantau_zi.importing.reading import Upload, in_template_words, read_upload
from pantau_zi.loading import DatasetError, Problem, dataset_from_tables

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
    """The file's tables (each with rows) in the stored shape, every row pointing at the import's source."""
    columns = store.table_columns()
    return {name: frame.assign(source_id=source_id, synthetic="false").reindex(columns=columns[name] + ORIGIN)
            for name, frame in upload.tables.items()}


def _with_source(sources: pd.DataFrame, row: dict) -> pd.DataFrame:
    kept = sources[sources["source_id"] != row["source_id"]]
    return pd.concat([kept, pd.DataFrame([row])], ignore_index=True)


# An upload reads more spellings than the stored tables' rules name (ya/tidak, not only true/false): a problem in
# the file's rows states the rule as its user may write it.
UPLOAD_REASONS = {"not_boolean": "not_yes_no"}


def in_users_words(problems: list[Problem], upload: Upload) -> list[Problem]:
    """Problems in rows of the file name the column by the header the file used, and the rule as the upload reads
    it; file rows come first."""
    table_of = {label: name for name, frame in upload.tables.items() for label in frame["_file"].unique()}
    worded = in_template_words([replace(p, reason=UPLOAD_REASONS.get(p.reason, p.reason))
                                if p.file in table_of and p.column else p for p in problems], upload)
    return sorted(worded, key=lambda p: (p.file not in table_of, p.file, p.row or 0))


def plan_import(file_name: str, raw: bytes, stored: Mapping[str, pd.DataFrame], base_version: int | None,
                stored_label: str, regencies: pd.DataFrame, who: str, today: date) -> Plan:
    """Read an upload and check it against the stored tables; the plan holds the tables to store or the problems."""
    upload = read_upload(file_name, raw, regencies)
    refused = Plan(file_name, raw, base_version, upload.problems, None, {}, frozenset(), tuple(upload.notices))
    if upload.problems:
        return refused
    source = import_source(file_name, raw, who, today)
    incoming = _stamped(upload, source["source_id"])  # never empty: reading reports a file without rows
    regions = covered_regions(incoming, stored["units"])
    merged = merged_tables(_with_origin(stored, stored_label), incoming, regions)
    merged["sources"] = _with_source(merged["sources"], {**source, "_file": file_name, "_row": 1})
    try:
        dataset_from_tables(merged)
    except DatasetError as error:
        return replace(refused, problems=in_users_words(error.problems, upload), regions=regions)
    tables = {name: frame.drop(columns=ORIGIN).reset_index(drop=True) for name, frame in merged.items()}
    return Plan(file_name, raw, base_version, [], tables, changes(stored, tables), regions, tuple(upload.notices))


def confirm(opened: store.Store, plan: Plan, who: str, base: Mapping[str, pd.DataFrame] | None = None) -> int:
    """Store a checked plan as the new current version; StaleVersion if someone stored another since the preview."""
    if not plan.ok or plan.tables is None:
        raise ValueError("only a plan without problems can be confirmed")
    return store.commit_import(opened, plan.tables, who=who, file_name=plan.file_name, raw=plan.raw,
                               expected_current=plan.base_version, base=base)
