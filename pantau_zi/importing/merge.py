"""Laying an imported file over the current data.

A row updates the row it names, or is added: a unit by its id (or by name and region when the id is left empty),
an event by its id or by unit, date and stage, every other table by its key. Nothing the file does not name is
removed. Removing is explicit: a row marked "hapus" removes the row it names (a unit with its events and LKE), and
`replace=True` makes the file the whole truth about the regions it names: their rows are replaced in every sheet the
file fills. A unit id stored under another region than the file gives it is a problem naming both, never a move.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from pantau_zi.importing.changes import KEYS
from pantau_zi.importing.columns import REMOVE as REMOVE_COLUMN
from pantau_zi.loading import Problem

REGION_TABLES = ("units", "targets", "perangkat_daerah", "ombudsman")
UNIT_TABLES = ("events", "lke")
REMOVE = REMOVE_COLUMN.name  # the "Hapus" marker: "true" removes the stored row the other cells name
EVENT_FACTS = ["unit_id", "date", "stage"]


@dataclass(frozen=True)
class Merged:
    """The tables a file would leave, and the problems only the stored data reveals (moves, removals of nothing)."""

    tables: dict[str, pd.DataFrame]
    problems: list[Problem] = field(default_factory=list)


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


def _problem(row: pd.Series, column: str, reason: str, **params) -> Problem:
    value = row.get(column)
    return Problem(row["_file"], int(row["_row"]), column, None if pd.isna(value) else str(value), reason, params)


def _key_tuples(frame: pd.DataFrame, key: list[str]) -> pd.Series:
    return pd.Series(list(frame[key].itertuples(index=False, name=None)), index=frame.index, dtype=object)


def _folded(names: pd.Series) -> pd.Series:
    return names.astype("string").str.casefold().str.strip()


def _units_by_name(units: pd.DataFrame, stored: pd.DataFrame) -> pd.DataFrame:
    """Rows without a unit id take the id of the one stored unit with the same name in the same region."""
    missing = units["unit_id"].isna() & units["name"].notna()
    if not missing.any():
        return units
    named = stored.assign(_name=_folded(stored["name"])).dropna(subset=["_name"])
    named = named[~named.duplicated(["_name", "region_code"], keep=False)]  # two of a name: which one is unclear
    lookup = dict(zip(zip(named["_name"], named["region_code"]), named["unit_id"]))
    found = [lookup.get((name, region)) for name, region in zip(_folded(units["name"]), units["region_code"])]
    return units.assign(unit_id=units["unit_id"].where(~missing, pd.Series(found, index=units.index, dtype=object)))


def _events_by_facts(events: pd.DataFrame, stored: pd.DataFrame) -> pd.DataFrame:
    """A file's event that repeats a stored one (same unit, date and stage) under another id takes the stored id."""
    known = set(stored["event_id"])
    stored_id = dict(zip(_key_tuples(stored, EVENT_FACTS), stored["event_id"]))
    facts = _key_tuples(events, EVENT_FACTS)
    matched = [event_id if event_id in known else stored_id.get(fact, event_id)
               for event_id, fact in zip(events["event_id"], facts)]
    return events.assign(event_id=matched)


def _moved_units(units: pd.DataFrame, stored: pd.DataFrame, names: Mapping[str, str]) -> tuple[pd.Series, list[Problem]]:
    """Rows giving a stored unit another region: refused, with both regions named."""
    stored_region = units["unit_id"].map(dict(zip(stored["unit_id"], stored["region_code"])))
    moved = stored_region.notna() & units["region_code"].notna() & (stored_region != units["region_code"])
    problems = [_problem(units.loc[index], "unit_id", "unit_in_other_region",
                         stored=names.get(stored_region[index], stored_region[index]),
                         given=names.get(units.at[index, "region_code"], units.at[index, "region_code"]))
                for index in units.index[moved]]
    return moved, problems


def _upsert(stored: pd.DataFrame, rows: pd.DataFrame, key: list[str]) -> tuple[pd.DataFrame, list[Problem]]:
    """Stored rows with the file's rows laid over them by key; rows marked for removal take theirs away."""
    removing = rows[REMOVE] == "true"
    keys = _key_tuples(rows, key)
    stored_keys = _key_tuples(stored, key)
    known = set(stored_keys)
    column = "unit_id" if "unit_id" in key or "event_id" in key else key[0]
    problems = [_problem(rows.loc[index], column, "nothing_to_remove")
                for index in rows.index[removing] if keys[index] not in known]
    kept = stored[~stored_keys.isin(set(keys))]
    added = rows[~removing].drop(columns=[REMOVE])
    return (kept if added.empty else pd.concat([kept, added], ignore_index=True)), problems


def _without_regions(stored: Mapping[str, pd.DataFrame], incoming: Mapping[str, pd.DataFrame],
                     regions: frozenset[str]) -> dict[str, pd.DataFrame]:
    """The stored tables less the named regions' rows in every table the file fills (the 'replace' choice)."""
    out = dict(stored)
    units = stored["units"]
    in_regions = set(units.loc[units["region_code"].isin(regions), "unit_id"])
    for table, rows in stored.items():
        if table not in incoming:
            continue
        if table in UNIT_TABLES:
            out[table] = rows[~rows["unit_id"].isin(in_regions)]
        elif "region_code" in rows:
            out[table] = rows[~rows["region_code"].isin(regions)]
    return out


def merged_tables(stored: Mapping[str, pd.DataFrame], incoming: Mapping[str, pd.DataFrame], regions: frozenset[str],
                  replace: bool = False, names: Mapping[str, str] | None = None) -> Merged:
    """The stored tables with the file's rows laid over them (see the module docstring)."""
    names = names or {}
    incoming = {table: rows if REMOVE in rows else rows.assign(**{REMOVE: None}) for table, rows in incoming.items()}
    problems: list[Problem] = []
    for rows in incoming.values():
        unreadable = rows[REMOVE].notna() & ~rows[REMOVE].isin(["true", "false"])
        problems += [_problem(rows.loc[index], REMOVE, "not_yes_no") for index in rows.index[unreadable]]
    incoming = {table: rows[rows[REMOVE].isna() | rows[REMOVE].isin(["true", "false"])]
                for table, rows in incoming.items()}
    if "units" in incoming:
        units = _units_by_name(incoming["units"], stored["units"])
        moved, refused = _moved_units(units, stored["units"], names)
        problems += refused
        incoming["units"] = units[~moved]
    if "events" in incoming:
        incoming["events"] = _events_by_facts(incoming["events"], stored["events"])
    base = _without_regions(stored, incoming, regions) if replace else dict(stored)
    out = dict(base)
    for table, rows in incoming.items():
        out[table], missing = _upsert(base[table], rows, KEYS[table])
        # in the 'replace' choice a row to remove may already be gone with its region, which is what was asked
        problems += [] if replace else missing
    gone = set(stored["units"]["unit_id"]) - set(out["units"]["unit_id"])
    for table in UNIT_TABLES:
        if table in out:  # a removed unit's events and LKE go with it
            out[table] = out[table][~out[table]["unit_id"].isin(gone)]
    return Merged(out, problems)
