"""Yearly Zona Integritas metrics per kabupaten/kota, and their province and national aggregates.

Counts are as of 31 December of each year. Coverage and target attainment concern pemda-owned units,
because targets and the perangkat daerah denominator are the pemda's own. What each count means, and the
one label it carries on every screen, slide and download: pantau_zi/measures.py.
"""

from __future__ import annotations

import pandas as pd

from pantau_zi.status import earlier_history_unknown, predicate_by_year

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


def _unit_year_index(units: pd.DataFrame, years: range) -> pd.MultiIndex:
    return pd.MultiIndex.from_product([units["unit_id"], list(years)], names=["unit_id", "year"])


def unit_years(units: pd.DataFrame, events: pd.DataFrame, years: range = YEARS) -> pd.DataFrame:
    """One row per unit and year (as of 31 December): 0/1 flags declared, proposed, wbk, wbbm, awarded, revoked.

    Every screen filters this table and sums it, so computing lifecycles happens once per dataset.
    """
    index = _unit_year_index(units, years)
    dated = events.assign(year=events["date"].dt.year)

    def happened(stage: str) -> pd.Series:
        in_year = dated.loc[dated["stage"] == stage, ["unit_id", "year"]].drop_duplicates()
        return pd.Series(1, index=pd.MultiIndex.from_frame(in_year)).reindex(index, fill_value=0)

    first_declared = dated[dated["stage"] == "pencanangan"].groupby("unit_id")["year"].min()
    # An award-only unit declared on a date nobody recorded, at the latest in the year of its first recorded event.
    award_only = earlier_history_unknown(events)
    first_recorded = dated.groupby("unit_id")["year"].min()
    first_declared = first_declared.combine_first(first_recorded[award_only.reindex(first_recorded.index)])
    declared_from = first_declared.reindex(index.get_level_values("unit_id")).to_numpy()
    held = predicate_by_year(events, years).set_index(["unit_id", "year"])["predicate"].reindex(index)
    flags = pd.DataFrame({
        "declared": (declared_from <= index.get_level_values("year").to_numpy()).astype("int64"),
        "proposed": happened("usulan"),
        "wbk": (held == "wbk").astype("int64"),
        "wbbm": (held == "wbbm").astype("int64"),
        "awarded_wbk": happened("wbk"),
        "awarded_wbbm": happened("wbbm"),
        "revoked": happened("dicabut"),
    }, index=index)
    about = units.set_index("unit_id")[["region_code", "owner_type", "unit_type"]]
    return flags.reset_index().join(about, on="unit_id")


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
                          counted: pd.Series | None = None) -> pd.DataFrame:
    """region_panel from a (possibly filtered) unit-year table.

    `counted` masks the rows the general counts use (an owner-type filter, say); the pemda columns behind
    coverage and attainment always use every pemda row, since a target is the pemda's whatever is shown.
    """
    codes = regencies["code"]
    shown = unit_year if counted is None else unit_year[counted]
    pemda = unit_counts(unit_year[unit_year["owner_type"] == "pemda"], codes, years)
    panel = unit_counts(shown, codes, years)
    for column, source in PEMDA_COUNTS.items():
        panel[column] = pemda[source]
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


# The numerator WBK attainment divides, shown under its own name: the pemda count of the regions with a target,
# which is not predicate_pemda (every region's) once some region has no target.
PUBLIC_NUMERATORS = {"attainment_wbk_pct__num": "predicate_pemda_targeted"}


def public_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """The panel for display and download: internal numerators dropped, WBK attainment's kept by name."""
    shown = frame.rename(columns=PUBLIC_NUMERATORS)
    return shown.drop(columns=[column for column in shown.columns if column.endswith("__num")])
