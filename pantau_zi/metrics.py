"""Yearly Zona Integritas metrics per kabupaten/kota, and their province and national aggregates.

Counts are as of 31 December of each year. Coverage and target attainment concern pemda-owned units,
because targets and the perangkat daerah denominator are the pemda's own. What each count means, and the
one label it carries on every screen, slide and download: pantau_zi/measures.py.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pantau_zi.status import AWARD_ONLY_FIRST, PREDICATE_STAGES, STAGE_ORDER, chronological, stage_codes

YEARS = range(2013, 2026)
COUNTS = ("declared", "proposed", "wbk", "wbbm", "predicate", "awarded_wbk", "awarded_wbbm", "revoked",
          "declared_pemda", "predicate_pemda", "wbbm_pemda")
DENOMINATORS = ("perangkat_daerah", "target_declared", "target_wbk", "target_wbbm")
# ratio -> (numerator, denominator); each is a percentage.
RATIOS = {
    "coverage_pct": ("declared_pemda", "perangkat_daerah"),
    "attainment_declared_pct": ("declared_pemda", "target_declared"),
    "attainment_wbk_pct": ("predicate_pemda", "target_wbk"),
    "attainment_wbbm_pct": ("wbbm_pemda", "target_wbbm"),
}


UNIT_FLAGS = ("declared", "proposed", "wbk", "wbbm", "awarded_wbk", "awarded_wbbm", "revoked")
PEMDA_COUNTS = {"declared_pemda": "declared", "predicate_pemda": "predicate", "wbbm_pemda": "wbbm"}


# Every ratio is a percentage; screens format and class these apart from counts.
PERCENTS = frozenset(RATIOS)


def _grid(region_codes, years: range) -> pd.MultiIndex:
    return pd.MultiIndex.from_product([sorted(region_codes), list(years)], names=["region_code", "year"])


def _held_codes(position: np.ndarray, year: np.ndarray, stage: np.ndarray, units: int, years: range) -> np.ndarray:
    """Per unit and year, the code (1 wbk, 2 wbbm, 3 dicabut, 0 none) of the last predicate change up to that year.

    Changes before the first year are gathered in one column in front, since only the latest of them carries over.
    """
    column = np.clip(year - years.start + 1, 0, None)
    kept = column <= len(years)
    position, column, stage = position[kept], column[kept], stage[kept]
    grid = np.zeros((units, len(years) + 1), dtype="int8")
    grid[position, column] = stage - STAGE_ORDER["wbk"] + 1  # in chronological order: the year's last change stays
    latest = np.where(grid > 0, np.arange(len(years) + 1), 0)
    np.maximum.accumulate(latest, axis=1, out=latest)
    return np.take_along_axis(grid, latest, axis=1)[:, 1:]


def unit_years(units: pd.DataFrame, events: pd.DataFrame, years: range = YEARS) -> pd.DataFrame:
    """One row per unit and year (as of 31 December): 0/1 flags declared, proposed, wbk, wbbm, awarded, revoked.

    Every screen filters this table and sums it, so computing lifecycles happens once per dataset. Computed on
    unit x year arrays, the units in the given order.
    """
    ordered = chronological(events)
    position = pd.Index(units["unit_id"]).get_indexer(ordered["unit_id"])
    ordered, position = ordered[position >= 0], position[position >= 0]
    year = ordered["date"].dt.year.to_numpy("int64")
    stage = stage_codes(ordered["stage"])
    count, span = len(units), len(years)

    def happened(name: str) -> np.ndarray:
        grid = np.zeros((count, span), dtype="int64")
        hit = (stage == STAGE_ORDER[name]) & (year >= years.start) & (year < years.stop)
        grid[position[hit], year[hit] - years.start] = 1
        return grid

    declared_from = np.full(count, np.iinfo("int64").max)
    declaration = stage == STAGE_ORDER["pencanangan"]
    np.minimum.at(declared_from, position[declaration], year[declaration])
    # An award-only unit declared on a date nobody recorded, at the latest in the year of its first recorded event.
    first = np.r_[True, position[1:] != position[:-1]] if len(position) else np.array([], dtype=bool)
    award_only = first & np.isin(stage, [STAGE_ORDER[name] for name in AWARD_ONLY_FIRST])
    undeclared = declared_from[position[award_only]] == np.iinfo("int64").max
    declared_from[position[award_only][undeclared]] = year[award_only][undeclared]
    changes = np.isin(stage, [STAGE_ORDER[name] for name in PREDICATE_STAGES])
    held = _held_codes(position[changes], year[changes], stage[changes], count, years)
    flags = {
        "declared": (declared_from[:, None] <= np.asarray(years)[None, :]).astype("int64"),
        "proposed": happened("usulan"),
        "wbk": (held == 1).astype("int64"),
        "wbbm": (held == 2).astype("int64"),
        "awarded_wbk": happened("wbk"),
        "awarded_wbbm": happened("wbbm"),
        "revoked": happened("dicabut"),
    }
    about = units[["unit_id", "region_code", "owner_type", "unit_type"]].reset_index(drop=True)
    rows = about.loc[about.index.repeat(span)].reset_index(drop=True)
    return pd.DataFrame({"unit_id": rows["unit_id"], "year": np.tile(np.asarray(years, dtype="int64"), count),
                         **{name: grid.ravel() for name, grid in flags.items()},
                         "region_code": rows["region_code"], "owner_type": rows["owner_type"],
                         "unit_type": rows["unit_type"]})


CUBE_BY = ["region_code", "year", "owner_type", "unit_type"]


def unit_cube(unit_year: pd.DataFrame) -> pd.DataFrame:
    """The unit-year flags summed per region, year, owner and unit type: every panel and owner split is cut from
    it (they only sum flags), and it is a small fraction of the unit-year table's size."""
    return unit_year.groupby(CUBE_BY, observed=True, sort=True)[list(UNIT_FLAGS)].sum().reset_index()


def unit_counts(unit_year: pd.DataFrame, region_codes, years: range = YEARS) -> pd.DataFrame:
    """Per region and year: units declared (cumulative), proposed in the year, holding WBK/WBBM, awarded, revoked."""
    counts = unit_year.groupby(["region_code", "year"])[list(UNIT_FLAGS)].sum()
    counts = counts.reindex(_grid(region_codes, years), fill_value=0).astype("int64")
    return counts.assign(predicate=counts["wbk"] + counts["wbbm"])


def in_force(table: pd.DataFrame, year_column: str, value_columns: list[str], region_codes,
             years: range = YEARS) -> pd.DataFrame:
    """For each region and year, the values of the latest row whose year_column is not after that year."""
    grid = _grid(region_codes, years).to_frame(index=False)
    rows = table[["region_code", year_column, *value_columns]].rename(columns={year_column: "year"})
    rows = rows.assign(year=rows["year"].astype("int64")).sort_values("year")
    merged = pd.merge_asof(grid.sort_values("year"), rows, on="year", by="region_code", direction="backward")
    return merged.set_index(["region_code", "year"]).sort_index()[value_columns]


def standing_targets(targets: pd.DataFrame, perangkat_daerah: pd.DataFrame, region_codes,
                     years: range = YEARS) -> pd.DataFrame:
    """Per region and year, the targets and the perangkat daerah count in force (a year before the first count
    takes the first). They depend on the dataset alone, not on the filters, so one table serves every panel."""
    standing = in_force(targets, "set_year", ["target_declared", "target_wbk", "target_wbbm", "deadline_year"],
                        region_codes, years)
    staff = in_force(perangkat_daerah, "year", ["count"], region_codes, years)["count"]
    return standing.assign(perangkat_daerah=staff.groupby(level="region_code").bfill())


def with_ratios(frame: pd.DataFrame) -> pd.DataFrame:
    """Add each percentage in RATIOS from its `<ratio>__num` column and denominator; no denominator -> NaN."""
    out = frame.copy()
    for ratio, (_, denominator) in RATIOS.items():
        base = out[denominator].astype("float64")
        out[ratio] = (100 * out[f"{ratio}__num"] / base.where(base > 0)).round(1)
    return out


def region_panel(units: pd.DataFrame, events: pd.DataFrame, targets: pd.DataFrame, perangkat_daerah: pd.DataFrame,
                 regencies: pd.DataFrame, years: range = YEARS) -> pd.DataFrame:
    """The region x year table every screen reads: counts, targets in force, coverage and attainment."""
    return panel_from_unit_years(unit_years(units, events, years), targets, perangkat_daerah, regencies, years)


def panel_from_unit_years(unit_year: pd.DataFrame, targets: pd.DataFrame, perangkat_daerah: pd.DataFrame,
                          regencies: pd.DataFrame, years: range = YEARS,
                          counted: pd.Series | None = None, standing: pd.DataFrame | None = None) -> pd.DataFrame:
    """region_panel from a (possibly filtered) unit-year table.

    `counted` masks the rows the general counts use (an owner-type filter, say); the pemda columns behind
    coverage and attainment always use every pemda row, since a target is the pemda's whatever is shown.
    `standing` is standing_targets of (at least) these regions, made once per dataset; without it, made here.
    """
    codes = regencies["code"]
    shown = unit_year if counted is None else unit_year[counted]
    pemda = unit_counts(unit_year[unit_year["owner_type"] == "pemda"], codes, years)
    panel = unit_counts(shown, codes, years)
    for column, source in PEMDA_COUNTS.items():
        panel[column] = pemda[source]
    if standing is None:
        standing = standing_targets(targets, perangkat_daerah, codes, years)
    panel = panel.join(standing)
    for ratio, (numerator, denominator) in RATIOS.items():
        panel[f"{ratio}__num"] = panel[numerator].where(panel[denominator].notna())
    places = regencies.set_index("code")[["province_code", "administrative"]]
    return with_ratios(panel.reset_index().join(places, on="region_code"))


def aggregate(panel: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Sum a region panel to provinces (by=['province_code', 'year']) or the nation (by=['year'])."""
    numerators = [f"{ratio}__num" for ratio in RATIOS]
    summed = panel.groupby(by)[[*COUNTS, *DENOMINATORS, *numerators]].sum(min_count=1)
    counts = summed[list(COUNTS)]
    # a group none of whose regions was counted has no count (measures.counted_regions), not 0
    summed[list(COUNTS)] = counts.astype("int64") if counts.notna().all().all() else counts
    return with_ratios(summed).reset_index()


# The numerator WBK attainment divides, shown under its own name: the pemda count of the regions with a target,
# which is not predicate_pemda (every region's) once some region has no target.
PUBLIC_NUMERATORS = {"attainment_wbk_pct__num": "predicate_pemda_targeted"}


def public_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """The panel for display and download: internal numerators dropped, WBK attainment's kept by name."""
    shown = frame.rename(columns=PUBLIC_NUMERATORS)
    return shown.drop(columns=[column for column in shown.columns if column.endswith("__num")])
