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


ROW_COLUMNS = ["region_code", "table", "change", "key", "unit", "real"]


def _region_and_unit(frame: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    """Each row's region (its own, or its unit's) and the name of its unit, where it has one."""
    if "region_code" in frame:
        region = frame["region_code"]
    elif "unit_id" in frame:
        region = frame["unit_id"].map(dict(zip(units["unit_id"], units["region_code"])))
    else:
        region = pd.Series(None, index=frame.index, dtype=object)
    unit = frame["unit_id"].map(dict(zip(units["unit_id"], units["name"].fillna(units["unit_id"])))) \
        if "unit_id" in frame else pd.Series(None, index=frame.index, dtype=object)
    return pd.DataFrame({"region_code": region, "unit": unit}, index=frame.index)


def changed_rows(old: Mapping[str, pd.DataFrame] | None, new: Mapping[str, pd.DataFrame],
                 per_table: Mapping[str, TableChange]) -> pd.DataFrame:
    """Every row an import adds, changes or removes, by region and table: its key, its unit and whether it is real
    (synthetic false: a seed or a reported fact); a removed or changed row is described as stored, an added one as
    filed. Sorted by region, table, change and key."""
    old = old or {}
    units = pd.concat([frame for frame in (old.get("units"), new.get("units")) if frame is not None])
    units = units.drop_duplicates("unit_id", keep="first")
    listed = []
    for table, change in per_table.items():
        key = KEYS.get(table, table_columns()[table])
        for kind in ("added", "changed", "removed"):
            keys = getattr(change, kind)
            if not keys:
                continue
            frame = (new if kind == "added" else old)[table]
            wanted = pd.DataFrame(keys, columns=key).astype(object)
            rows = frame.astype({column: object for column in key}).merge(wanted, on=key, how="inner")
            about = _region_and_unit(rows, units)
            real = rows["synthetic"].eq("false") if "synthetic" in rows else pd.Series(False, index=rows.index)
            listed.append(pd.DataFrame({
                "region_code": about["region_code"], "table": table, "change": kind,
                "key": [" · ".join("" if pd.isna(value) else str(value) for value in values)
                        for values in rows[key].itertuples(index=False, name=None)],
                "unit": about["unit"], "real": real.astype(bool)}))
    if not listed:
        return pd.DataFrame(columns=ROW_COLUMNS)
    out = pd.concat(listed, ignore_index=True).astype({"region_code": object, "unit": object})
    out = out.where(out.notna(), None)
    order = {"added": 0, "changed": 1, "removed": 2}
    return (out.assign(_order=out["change"].map(order))
            .sort_values(["region_code", "table", "_order", "key"], na_position="last")
            .drop(columns="_order").reset_index(drop=True)[ROW_COLUMNS])
