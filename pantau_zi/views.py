"""Shapes of data that screens show, computed from the metrics panel; pure pandas, no Streamlit."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pantau_zi.loading import Dataset
from pantau_zi.metrics import YEARS as _YEARS, aggregate

YEARS = list(_YEARS)
HEADLINE_METRICS = ("declared", "wbk", "wbbm", "proposed")


@dataclass(frozen=True)
class HeadlineFigure:
    """One big number: its value in a year and the change from the year before (None in the first year)."""

    metric: str
    value: int
    delta: int | None

    @property
    def value_text(self) -> str:
        return f"{self.value:,}".replace(",", ".")


def national(panel: pd.DataFrame) -> pd.DataFrame:
    """The nation, year by year."""
    return aggregate(panel, ["year"])


def headline_figures(yearly: pd.DataFrame, year: int, metrics=HEADLINE_METRICS) -> list[HeadlineFigure]:
    """The headline counts of one year from a year-indexed aggregate, with their change on the previous year."""
    by_year = yearly.set_index("year")
    previous = year - 1 if year - 1 in by_year.index else None
    return [HeadlineFigure(metric, int(by_year.at[year, metric]),
                           None if previous is None else int(by_year.at[year, metric] - by_year.at[previous, metric]))
            for metric in metrics]


def map_values(panel: pd.DataFrame, data: Dataset, year: int, metric: str) -> pd.DataFrame:
    """One row per kabupaten/kota for the map: code, name, province name and the metric's value in that year."""
    rows = panel.loc[panel["year"] == year, ["region_code", metric]]
    names = data.regencies.set_index("code")[["name", "province_code"]]
    provinces = data.provinces.set_index("province_code")["name"].rename("province")
    rows = rows.join(names, on="region_code").join(provinces, on="province_code")
    return rows[["region_code", "name", "province", metric]].reset_index(drop=True)
