"""What the overview shows, computed from the metrics panel; pure pandas, no Streamlit."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pantau_zi import measures
from pantau_zi.filters import Filters
from pantau_zi.i18n import format_number, t
from pantau_zi.loading import Dataset
from pantau_zi.metrics import PERCENTS, aggregate

HEADLINE_METRICS = ("declared", "predicate", "wbbm", "attainment_wbk_pct")
TREND_YEARS = 6


@dataclass(frozen=True)
class HeadlineFigure:
    """One big number in a year, its change from the year before, and its recent trend (None where unknown)."""

    metric: str
    value: float | None
    delta: float | None
    trend: tuple[float, ...]
    parts: tuple[float, float] | None = None  # predicate: (wbk, wbbm); WBK attainment: (count, target)

    @property
    def is_percent(self) -> bool:
        return self.metric in PERCENTS

    def value_text(self, lang: str) -> str:
        """The value in the language's number style (1.234 and 56,7% in Indonesian); a dash where unknown."""
        if self.value is None:
            return "\u2014"
        return f"{format_number(self.value, 1, lang)}%" if self.is_percent else format_number(self.value, 0, lang)

    def delta_text(self, lang: str) -> str | None:
        """The change as shown under the value: '+1.234' units or '+2,5 poin' (percentage points)."""
        if self.delta is None:
            return None
        sign = "+" if self.delta >= 0 else "-"
        if self.is_percent:
            return t("metric.points", lang, delta=sign + format_number(abs(self.delta), 1, lang))
        return sign + format_number(abs(self.delta), 0, lang)

    def detail_text(self, lang: str) -> str | None:
        """What the value is made of, as written wherever it is shown: '6 WBK, 1 WBBM', '344 dari target 742 unit
        pemda'."""
        if self.parts is None:
            return None
        first, second = (int(part) for part in self.parts)
        if self.metric == "predicate":
            return measures.split_text(first, second, lang)
        return t("metric.attainment_wbk_pct.detail", lang, current=format_number(first, 0, lang),
                 target=format_number(second, 0, lang))


def scope_totals(panel: pd.DataFrame) -> pd.DataFrame:
    """Year by year totals of every region in a (filtered) panel: the nation, a province or one region."""
    return aggregate(panel, ["year"])


def _number(value) -> float | None:
    return None if pd.isna(value) else float(value)


def headline_figures(yearly: pd.DataFrame, year: int, metrics=HEADLINE_METRICS) -> list[HeadlineFigure]:
    """The headline values of one year from a year-indexed aggregate, with change and a trend up to that year."""
    by_year = yearly.set_index("year")
    figures = []
    for metric in metrics:
        value = _number(by_year.at[year, metric])
        previous = _number(by_year.at[year - 1, metric]) if year - 1 in by_year.index else None
        delta = None if value is None or previous is None else value - previous
        if delta is not None:
            delta = round(delta, 1) if metric in PERCENTS else int(delta)
        recent = by_year.loc[year - TREND_YEARS + 1: year, metric].astype("float64").dropna()
        figures.append(HeadlineFigure(metric, value, delta, tuple(recent), _parts(by_year.loc[year], metric)))
    return figures


# metric -> the two columns of a year's aggregate it is made of
PARTS = {"predicate": ("wbk", "wbbm"), "attainment_wbk_pct": ("attainment_wbk_pct__num", "target_wbk")}


def _parts(row: pd.Series, metric: str) -> tuple[float, float] | None:
    columns = PARTS.get(metric)
    if columns is None or any(pd.isna(row.get(column)) for column in columns):
        return None
    return tuple(float(row[column]) for column in columns)


def target_trend(panel: pd.DataFrame) -> tuple[pd.DataFrame, bool]:
    """Year by year, what WBK target attainment divides: pemda units holding WBK (not yet WBBM) and WBBM in the
    regions with a WBK target that year, and the sum of those targets; and whether any region had one.

    In a year without a target anywhere, every pemda unit holding a predicate is counted and the target is missing:
    a chart of only such years still shows what is held.
    """
    with_target = panel["target_wbk"].notna()
    counted = panel[with_target | ~panel["year"].isin(set(panel.loc[with_target, "year"]))]
    by_year = counted.groupby("year")
    series = by_year[[measures.TARGET_COUNT, measures.TARGET_COUNT_WBBM]].sum()
    target = by_year["target_wbk"].sum(min_count=1).astype("float64")
    series = series.reindex(sorted(panel["year"].unique()), fill_value=0).rename_axis("year")
    series["target"] = target  # a year in which no region had a target has none, not 0
    series["wbk_only"] = series[measures.TARGET_COUNT] - series[measures.TARGET_COUNT_WBBM]
    return series.reset_index()[["year", "wbk_only", measures.TARGET_COUNT_WBBM, measures.TARGET_COUNT,
                                 "target"]], bool(with_target.any())


def scope_name(data: Dataset, filters: Filters, nation: str) -> str:
    """The place the filters narrow to: a kabupaten/kota, a province, or the nation's label."""
    if filters.region:
        return data.regencies.set_index("code").at[filters.region, "name"]
    if filters.province:
        return data.provinces.set_index("province_code").at[filters.province, "name"]
    return nation


def map_province(data: Dataset, filters: Filters) -> str | None:
    """The province a map zooms to: the chosen one, or the chosen region's; None for the whole country."""
    if filters.region:
        return data.regencies.set_index("code").at[filters.region, "province_code"]
    return filters.province
