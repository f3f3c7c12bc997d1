"""Laying an imported file over the current data.

An office's file is the whole truth about the regions it names: for every sheet it fills, the rows of those regions
are replaced by the sheet's rows. Regions the file does not name, and sheets it leaves empty, keep what is stored;
events and LKE results of units that no longer exist go with them.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

REGION_TABLES = ("units", "targets", "perangkat_daerah", "ombudsman")
UNIT_TABLES = ("events", "lke")


def covered_regions(incoming: Mapping[str, pd.DataFrame], stored_units: pd.DataFrame) -> frozenset[str]:
    """The regions a file names: in its region columns, and as the region of each unit its events or LKE name."""
    regions: set[str] = set()
    for table in REGION_TABLES:
        if table in incoming:
            regions |= set(incoming[table]["region_code"].dropna())
    units = pd.concat([stored_units, incoming["units"]]) if "units" in incoming else stored_units
    region_of = dict(zip(units["unit_id"], units["region_code"]))
    for table in UNIT_TABLES:
        if table in incoming:
            regions |= {region_of[unit] for unit in incoming[table]["unit_id"].dropna() if unit in region_of}
    return frozenset(regions)


def _stacked(kept: pd.DataFrame, added: pd.DataFrame | None) -> pd.DataFrame:
    return kept if added is None or added.empty else pd.concat([kept, added], ignore_index=True)


def merged_tables(stored: Mapping[str, pd.DataFrame], incoming: Mapping[str, pd.DataFrame],
                  regions: frozenset[str]) -> dict[str, pd.DataFrame]:
    """The stored tables with the named regions' rows replaced by the file's, in every table the file fills."""
    out = dict(stored)
    units = stored["units"]
    if "units" in incoming:
        replaced = units["region_code"].isin(regions) | units["unit_id"].isin(incoming["units"]["unit_id"])
        out["units"] = _stacked(units[~replaced], incoming["units"])
    units = out["units"]
    existing = set(units["unit_id"])
    in_regions = set(units.loc[units["region_code"].isin(regions), "unit_id"])
    for table in UNIT_TABLES:
        rows = stored[table]
        keep = rows["unit_id"].isin(existing)
        if table in incoming:
            keep &= ~rows["unit_id"].isin(in_regions | set(incoming[table]["unit_id"]))
        out[table] = _stacked(rows[keep], incoming.get(table))
    for table in REGION_TABLES[1:]:
        if table in incoming:
            rows = stored[table]
            out[table] = _stacked(rows[~rows["region_code"].isin(regions)], incoming[table])
    return out
