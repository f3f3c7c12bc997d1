"""Yearly Zona Integritas metrics per kabupaten/kota, and their province and national aggregates.

Counts are as of 31 December of each year. Coverage and target attainment concern pemda-owned units,
because targets and the perangkat daerah denominator are the pemda's own.
"""

from __future__ import annotations

import pandas as pd

from pantau_zi.status import predicate_by_year

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


def _grid(region_codes, years: range) -> pd.MultiIndex:
    return pd.MultiIndex.from_product([sorted(region_codes), list(years)], names=["region_code", "year"])


def _count_by_region_year(frame: pd.DataFrame, grid: pd.MultiIndex) -> pd.Series:
    return frame.groupby(["region_code", "year"]).size().reindex(grid, fill_value=0)


def unit_counts(units: pd.DataFrame, events: pd.DataFrame, region_codes, years: range = YEARS) -> pd.DataFrame:
    """Per region and year: units declared (cumulative), proposed in the year, holding WBK/WBBM, awarded, revoked."""
    grid = _grid(region_codes, years)
    located = events.merge(units[["unit_id", "region_code"]], on="unit_id")
    located = located.assign(year=located["date"].dt.year)
    in_year = {stage: located[located["stage"] == stage] for stage in ("usulan", "wbk", "wbbm", "dicabut")}
    first_declared = located[located["stage"] == "pencanangan"].assign(
        year=lambda f: f["year"].clip(lower=years.start))
    held = predicate_by_year(located, years).merge(units[["unit_id", "region_code"]], on="unit_id")
    counts = pd.DataFrame({
        "declared": _count_by_region_year(first_declared, grid).groupby(level="region_code").cumsum(),
        "proposed": _count_by_region_year(in_year["usulan"].drop_duplicates(["unit_id", "year"]), grid),
        "wbk": _count_by_region_year(held[held["predicate"] == "wbk"], grid),
        "wbbm": _count_by_region_year(held[held["predicate"] == "wbbm"], grid),
        "awarded_wbk": _count_by_region_year(in_year["wbk"], grid),
        "awarded_wbbm": _count_by_region_year(in_year["wbbm"], grid),
        "revoked": _count_by_region_year(in_year["dicabut"], grid),
    })
    return counts.assign(predicate=counts["wbk"] + counts["wbbm"])


def in_force(table: pd.DataFrame, year_column: str, value_columns: list[str], region_codes,
             years: range = YEARS) -> pd.DataFrame:
    """For each region and year, the values of the latest row whose year_column is not after that year."""
    grid = _grid(region_codes, years).to_frame(index=False)
    rows = table[["region_code", year_column, *value_columns]].rename(columns={year_column: "year"})
    rows = rows.assign(year=rows["year"].astype("int64")).sort_values("year")
    merged = pd.merge_asof(grid.sort_values("year"), rows, on="year", by="region_code", direction="backward")
    return merged.set_index(["region_code", "year"]).sort_index()[value_columns]


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
    codes = regencies["code"]
    pemda = units[units["owner_type"] == "pemda"]
    pemda_counts = unit_counts(pemda, events[events["unit_id"].isin(pemda["unit_id"])], codes, years)
    panel = unit_counts(units, events, codes, years).join(pemda_counts[["declared", "predicate", "wbbm"]].add_suffix("_pemda"))
    panel = panel.join(in_force(targets, "set_year", ["target_declared", "target_wbk", "target_wbbm", "deadline_year"],
                                codes, years))
    staff = in_force(perangkat_daerah, "year", ["count"], codes, years)["count"]
    panel["perangkat_daerah"] = staff.groupby(level="region_code").bfill()
    for ratio, (numerator, denominator) in RATIOS.items():
        panel[f"{ratio}__num"] = panel[numerator].where(panel[denominator].notna())
    places = regencies.set_index("code")[["province_code", "administrative"]]
    return with_ratios(panel.reset_index().join(places, on="region_code"))


def aggregate(panel: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Sum a region panel to provinces (by=['province_code', 'year']) or the nation (by=['year'])."""
    numerators = [f"{ratio}__num" for ratio in RATIOS]
    summed = panel.groupby(by)[[*COUNTS, *DENOMINATORS, *numerators]].sum(min_count=1)
    summed[list(COUNTS)] = summed[list(COUNTS)].fillna(0).astype("int64")
    return with_ratios(summed).reset_index()


def public_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """The panel without its internal numerator columns, for display and download."""
    return frame.drop(columns=[column for column in frame.columns if column.endswith("__num")])
