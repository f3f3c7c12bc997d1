"""Regions ranked on one metric in one year, their peers, and their units split by owner; pure pandas."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from pantau_zi.filters import Filters, selected_regions, selected_units

# Metrics a region can be ranked on; for every one of them more is better. "spi" (KPK's index) is not the
# panel's: with_spi adds it.
METRICS = ("predicate", "wbk", "wbbm", "declared", "proposed", "awarded_wbk", "awarded_wbbm", "declared_pemda",
           "predicate_pemda", "wbbm_pemda", "coverage_pct", "attainment_declared_pct", "attainment_wbk_pct",
           "attainment_wbbm_pct", "spi")
OWNER_COUNTS = ("wbk", "wbbm")


def with_spi(panel: pd.DataFrame, values: pd.DataFrame) -> pd.DataFrame:
    """The panel with KPK's index of each region and year (mapping.spi_values) as "spi", missing where none."""
    return panel.merge(values, on=["region_code", "year"], how="left")


def rank_of(values: pd.Series) -> pd.Series:
    """Rank 1 for the highest value, ties sharing the best rank; a missing value gets no rank."""
    return values.rank(method="min", ascending=False).astype("Int64")


def ranked(panel: pd.DataFrame, regencies: pd.DataFrame, year: int, metric: str) -> pd.DataFrame:
    """Every region of the panel with its value in `year` and its rank (ties share the best rank).

    Regions without a value get no rank and come last: "no data" is not zero.
    """
    rows = panel.loc[panel["year"] == year, ["region_code", metric]].rename(columns={metric: "value"})
    about = regencies.set_index("code")[["name", "province_code", "kind"]].rename(columns={"kind": "region_kind"})
    rows = rows.join(about, on="region_code")
    rows["rank"] = rank_of(rows["value"])
    rows = rows.sort_values(["rank", "name"], na_position="last").reset_index(drop=True)
    return rows[["rank", "region_code", "name", "province_code", "region_kind", "value"]]


def position(table: pd.DataFrame, region_code: str | None) -> tuple[int | None, int]:
    """A region's rank (None when it has no value or is not listed) and how many regions have a rank."""
    ranks = table.set_index("region_code")["rank"]
    total = int(ranks.notna().sum())
    if region_code not in ranks.index or pd.isna(ranks[region_code]):
        return None, total
    return int(ranks[region_code]), total


def peers(table: pd.DataFrame, region_code: str, around: int = 2) -> pd.DataFrame:
    """The region and the `around` regions listed just above and just below it."""
    matches = table.index[table["region_code"] == region_code]
    if matches.empty:
        return table.iloc[0:0]
    at = int(matches[0])
    return table.iloc[max(at - around, 0):at + around + 1]


def top_with(table: pd.DataFrame, top: int, region_code: str | None) -> pd.DataFrame:
    """The first `top` regions with a value, plus the given region wherever it stands."""
    shown = table[table["rank"].notna()].head(top)
    chosen = table[table["region_code"] == region_code]
    if region_code and not chosen.empty and region_code not in set(shown["region_code"]):
        shown = pd.concat([shown, chosen])
    return shown


def owner_split(unit_year: pd.DataFrame, regencies: pd.DataFrame, filters: Filters, year: int) -> pd.DataFrame:
    """Per region in the filters' places and owner: units holding WBK and WBBM in `year`, pemda and vertikal apart.

    The owner filter is set aside, since the point is to show both owners side by side.
    """
    both = replace(filters, owner_type=None)
    codes = selected_regions(regencies, both)["code"]
    rows = unit_year[(unit_year["year"] == year) & selected_units(unit_year, both, codes)]
    grid = pd.MultiIndex.from_product([sorted(codes), ["pemda", "vertikal"]], names=["region_code", "owner_type"])
    counts = rows.groupby(["region_code", "owner_type"])[list(OWNER_COUNTS)].sum()
    return counts.reindex(grid, fill_value=0).astype("int64").reset_index()


def with_province_names(table: pd.DataFrame, provinces: pd.DataFrame) -> pd.DataFrame:
    """The ranking with the province's name in place of its code, for tables and downloads."""
    names = provinces.set_index("province_code")["name"].rename("province")
    out = table.join(names, on="province_code")
    return out[["rank", "region_code", "name", "province", "region_kind", "value"]]
