"""The sidebar filters as one value, and what they select; pure pandas, shared by every page."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from pantau_zi.metrics import YEARS, panel_from_unit_years


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the view to; None or empty means no restriction."""

    province: str | None = None      # province code, "32"
    region: str | None = None        # kabupaten/kota code, "32.11"
    kind: str | None = None          # "kabupaten" or "kota"
    owner_type: str | None = None    # "pemda" or "vertikal"
    unit_types: tuple[str, ...] = ()
    years: tuple[int, int] = (YEARS.start, YEARS.stop - 1)

    @property
    def year(self) -> int:
        """The year single-year views show: the end of the chosen range."""
        return self.years[1]

    @property
    def scope(self) -> str:
        """'region', 'province' or 'nation': the narrowest place chosen."""
        return "region" if self.region else "province" if self.province else "nation"


def selected_regions(regencies: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The kabupaten/kota rows the place filters keep."""
    keep = pd.Series(True, index=regencies.index)
    if filters.region:
        keep &= regencies["code"] == filters.region
    if filters.province:
        keep &= regencies["province_code"] == filters.province
    if filters.kind:
        keep &= regencies["kind"] == filters.kind
    return regencies[keep]


def selected_units(units: pd.DataFrame, filters: Filters, region_codes) -> pd.Series:
    """Mask of the units (or unit-year rows) the place, owner and unit-type filters keep."""
    keep = units["region_code"].isin(set(region_codes))
    if filters.owner_type:
        keep &= units["owner_type"] == filters.owner_type
    if filters.unit_types:
        keep &= units["unit_type"].isin(filters.unit_types)
    return keep


def filtered_panel(unit_year: pd.DataFrame, targets: pd.DataFrame, perangkat_daerah: pd.DataFrame,
                   regencies: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The region x year panel (all years) of the selected regions, counting only the selected units.

    Unit-type filters narrow the pemda columns too; the owner filter does not, since coverage and
    target attainment are always about the pemda's own units.
    """
    regions = selected_regions(regencies, filters)
    rows = unit_year[selected_units(unit_year, replace(filters, owner_type=None), regions["code"])]
    counted = rows["owner_type"] == filters.owner_type if filters.owner_type else None
    return panel_from_unit_years(rows, targets, perangkat_daerah, regions, YEARS, counted)


def in_years(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Rows of a year-indexed table inside the chosen year range."""
    first, last = filters.years
    return frame[frame["year"].between(first, last)]
