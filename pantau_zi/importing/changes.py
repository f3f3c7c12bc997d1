"""What an import would change against the current version: rows added, changed and removed in each table.

Rows are matched on their table's key (a unit's unit_id, a target's region and year ...) and compared as the text
the store keeps, empty cells equal to each other. Declarations have no key, so they are only added or removed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from pantau_zi.store import table_columns

KEYS = {"sources": ["source_id"], "units": ["unit_id"], "events": ["event_id"],
        "targets": ["region_code", "set_year"], "perangkat_daerah": ["region_code", "year"],
        "lke": ["unit_id", "year"], "ombudsman": ["region_code", "year"]}


@dataclass(frozen=True)
class TableChange:
    """The keys of the rows an import adds, changes and removes in one table, each list sorted."""

    added: list[tuple]
    changed: list[tuple]
    removed: list[tuple]

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


def _keys(frame: pd.DataFrame, key: list[str]) -> list[tuple]:
    return sorted(frame[key].itertuples(index=False, name=None))


def table_change(old: pd.DataFrame, new: pd.DataFrame, columns: list[str], key: list[str]) -> TableChange:
    """Compare two versions of one table on its key columns."""
    merged = old[columns].merge(new[columns], on=key, how="outer", suffixes=("_old", "_new"), indicator=True)
    both = merged[merged["_merge"] == "both"]
    values = [column for column in columns if column not in key]
    differs = pd.Series(False, index=both.index)
    for column in values:
        before, after = both[f"{column}_old"], both[f"{column}_new"]
        differs |= ~((before == after) | (before.isna() & after.isna()))
    return TableChange(added=_keys(merged[merged["_merge"] == "right_only"], key), changed=_keys(both[differs], key),
                       removed=_keys(merged[merged["_merge"] == "left_only"], key))


def changes(old: Mapping[str, pd.DataFrame] | None, new: Mapping[str, pd.DataFrame]) -> dict[str, TableChange]:
    """Per table, what replacing `old` (None: nothing stored yet) by `new` changes; absent tables count as empty."""
    out = {}
    for name, columns in table_columns().items():
        empty = pd.DataFrame({column: pd.Series(dtype=str) for column in columns})
        before = (old or {}).get(name, empty)
        out[name] = table_change(before, new.get(name, empty), columns, KEYS.get(name, columns))
    return out


def counts(per_table: Mapping[str, TableChange]) -> pd.DataFrame:
    """Rows added, changed and removed in each table that changes, for the preview."""
    rows = [(name, len(change.added), len(change.changed), len(change.removed))
            for name, change in per_table.items() if not change.empty]
    return pd.DataFrame(rows, columns=["table", "added", "changed", "removed"])


def listed(change: TableChange, limit: int) -> pd.DataFrame:
    """The keys of one table's changed rows, marked added, changed or removed; at most `limit` of each."""
    rows = [(kind, " · ".join(map(str, key))) for kind in ("added", "changed", "removed")
            for key in getattr(change, kind)[:limit]]
    return pd.DataFrame(rows, columns=["change", "key"])
