"""What the map page draws: one value per region for a chosen metric, its legend classes, and the view.

Pure pandas and plain dicts, no Streamlit and no Plotly.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass

import pandas as pd

from pantau_zi import ombudsman
from pantau_zi import spi as kpk_spi
from pantau_zi.figures import NO_DATA_COLOUR, SEQUENTIAL
from pantau_zi.i18n import format_number, t
from pantau_zi.loading import Dataset
from pantau_zi.metrics import PERCENTS

# URL value of the metric chooser -> the column it maps; "zone" comes from Ombudsman's reports and "spi" from
# KPK's survey, both real (REAL_METRICS: no synthetic notice beside them), not the panel.
METRICS = {"unit": "declared", "wbk": "predicate", "wbbm": "wbbm", "target": "attainment_wbk_pct",
           "cakupan": "coverage_pct", "zona": "zone", "spi": "spi"}
REAL_METRICS = frozenset({"zona", "spi"})
# What the map and its download carry of a region's Ombudsman report besides the zone.
OMBUDSMAN_DETAIL = ("score", "grade", "rank", "rank_of", "conflict", "publisher", "source_url")
ZONES = ("merah", "kuning", "hijau")
# Okabe-Ito vermillion, yellow and bluish green: told apart with any colour-vision deficiency, and labelled.
ZONE_COLOURS = ("#d55e00", "#f0e442", "#009e73")
# Class edges of a percentage; the first class holds exactly zero, so 'none yet' stands apart.
PERCENT_EDGES = (0, 25, 50, 75, math.inf)
NICE_STEPS = (1, 2, 5)
POSITIVE_CLASSES = len(SEQUENTIAL) - 1
NO_CLASS = -1


@dataclass(frozen=True)
class Classed:
    """Regions with their legend class (NO_CLASS for no data) and hover text, plus the legend itself."""

    frame: pd.DataFrame  # region_code, name, province, klass, shown
    labels: tuple[str, ...]
    colours: tuple[str, ...]


def spi_values(spi: pd.DataFrame) -> pd.DataFrame:
    """region_code, year and spi (KPK's index) of every kabupaten and kota in the SPI table."""
    regional = spi.loc[spi["level"] != "provinsi"]
    return pd.DataFrame({"region_code": regional["code"].astype(object), "year": regional["year"],
                         "spi": regional["index"]}).reset_index(drop=True)


def ombudsman_values(reports: pd.DataFrame) -> pd.DataFrame:
    """region_code, year, zone and OMBUDSMAN_DETAIL of every kabupaten's and kota's shown Ombudsman report."""
    regional = reports.loc[reports["level"] != "provinsi"]
    return regional[["code", "year", "zone", *OMBUDSMAN_DETAIL]].rename(columns={"code": "region_code"}).astype(
        {"region_code": object}).reset_index(drop=True)


def _survey_values(column: str, survey: pd.DataFrame | None) -> pd.DataFrame | None:
    """A real measure's region_code, year and values from its survey table (SPI or Ombudsman), else None."""
    if column == "spi":
        return spi_values(survey)
    if column == "zone":
        return ombudsman_values(survey)
    return None


def map_values(panel: pd.DataFrame, data: Dataset, year: int, column: str,
               survey: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per region of the panel in a year: region_code, name, province_code, province, administrative and
    the column's value (missing where there is none); "spi" and "zone" need their survey table (KPK's SPI,
    ombudsman.shown), and "zone" brings OMBUDSMAN_DETAIL along."""
    rows = panel.loc[panel["year"] == year, ["region_code", "administrative"]
                     + ([column] if column in panel.columns else [])]
    real = _survey_values(column, survey)
    extra = list(OMBUDSMAN_DETAIL) if column == "zone" else []
    if real is not None:
        rows = rows.join(real.loc[real["year"] == year].set_index("region_code")[[column, *extra]], on="region_code")
    names = data.regencies.set_index("code")[["name", "province_code"]]
    provinces = data.provinces.set_index("province_code")["name"].rename("province")
    rows = rows.join(names, on="region_code").join(provinces, on="province_code")
    return rows[["region_code", "name", "province_code", "province", "administrative", column, *extra]].reset_index(
        drop=True)


def yearly_values(panel: pd.DataFrame, column: str, survey: pd.DataFrame | None = None) -> pd.DataFrame:
    """region_code, year and the column's value for the panel's regions in every year that has rows for them."""
    real = _survey_values(column, survey)
    if real is not None:
        return real.loc[real["region_code"].isin(panel["region_code"].unique()),
                        ["region_code", "year", column]].reset_index(drop=True)
    return panel[["region_code", "year", column]].reset_index(drop=True)


def latest_year_with_data(yearly: pd.DataFrame, column: str, first: int, last: int) -> int | None:
    """The last year from first to last in which any region has a value of the column, or None."""
    years = yearly.loc[yearly[column].notna() & yearly["year"].between(first, last), "year"]
    return None if years.empty else int(years.max())


def measure_years(column: str, survey: pd.DataFrame | None, codes, first: int, last: int) -> list[int]:
    """The years from first to last a map of the column can show: SPI's survey years, the years with an Ombudsman
    report for any of the regions, else every year."""
    if column == "zone":
        return [year for year in ombudsman.years_with_data(survey, codes) if first <= year <= last]
    return [year for year in range(first, last + 1) if column != "spi" or year in kpk_spi.YEARS]


def data_year(column: str, year: int, survey: pd.DataFrame | None, codes) -> int | None:
    """The year whose data a map of the column shows when the year is chosen: that year, or for Ombudsman's reports
    (which skip years) the latest earlier year with one; None when there is none (SPI before 2021)."""
    if column == "zone":
        return ombudsman.year_with_data(survey, year, codes)
    return year if column != "spi" or year in kpk_spi.YEARS else None


def year_caption(year: int, latest: int | None, first: int, last: int, metric: str, lang: str) -> str:
    """Which year the map shows and why: the end of the sidebar's years, the measure's latest data, or a choice."""
    if latest is None:
        return t("peta.year_shown.none", lang, year=year, metric=metric, first=first, last=last)
    if year != latest:
        return t("peta.year_shown.chosen", lang, year=year, metric=metric, latest=latest)
    if latest == last:
        return t("peta.year_shown.end", lang, year=year)
    later = str(last) if year + 1 == last else f"{year + 1}\u2013{last}"
    return t("peta.year_shown.latest", lang, year=year, metric=metric, later=later)


def nice_step(value: float) -> int:
    """The largest of 1, 2, 5, 10, 20, 50, ... not above value (at least 1)."""
    if value < 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    return max(step * magnitude for step in NICE_STEPS if step * magnitude <= value)


def count_maximum(panel: pd.DataFrame, column: str) -> int | None:
    """The largest count of a panel column over every year, so a played map keeps one legend; None for a ratio,
    a survey measure, or where no region was counted (measures.counted_regions) and there is no count at all."""
    if column not in panel.columns or column in PERCENTS or panel[column].isna().all():
        return None
    return int(panel[column].max())


def count_edges(maximum: int, classes: int = POSITIVE_CLASSES) -> tuple[int, ...]:
    """Upper ends of the positive classes but the last, in equal nice steps: maximum 20 -> (5, 10, 15)."""
    step = nice_step(maximum / classes)
    return tuple(step * i for i in range(1, classes))


def count_class_labels(edges: tuple[int, ...]) -> list[str]:
    """'0', then each positive class ('1', '2–3', ...) and the open top class ('7+')."""
    labels, low = ["0"], 1
    for high in edges:
        labels.append(str(low) if low == high else f"{low}\u2013{high}")
        low = high + 1
    return [*labels, f"{low}+"]


def classify_counts(values: pd.Series, edges: tuple[int, ...]) -> pd.Series:
    """Class of each count: 0 for zero, 1.. for the classes above; NO_CLASS where there is no value."""
    classes = pd.cut(values.astype("float64"), bins=[-math.inf, 0, *edges, math.inf], labels=False, right=True)
    return classes.fillna(NO_CLASS).astype(int)


def percent_class_labels(edges=PERCENT_EDGES) -> list[str]:
    """Legend labels for PERCENT_EDGES: '0%', '> 0–25%', ..., '> 75%'."""
    labels = ["0%"]
    for low, high in zip(edges, edges[1:]):
        labels.append(f"> {low}%" if math.isinf(high) else f"> {low}\u2013{high}%")
    return labels


def classify_percent(values: pd.Series, edges=PERCENT_EDGES) -> pd.Series:
    """Class of each percentage: 0 for zero (or less), 1 for (0, 25], ...; NO_CLASS where there is no value."""
    classes = pd.cut(values.astype("float64"), bins=[-math.inf, *edges], labels=False, right=True)
    return classes.fillna(NO_CLASS).astype(int)


def spi_class_labels(lang: str) -> list[str]:
    """Legend labels of the SPI zones, lowest first, with their cut-offs: 'Rentan (< 73)', 'Waspada (73–77,99)', ..."""
    floors = sorted(kpk_spi.ZONE_FLOORS, key=lambda pair: pair[1])

    def number(value: float) -> str:
        return format_number(value, 0 if float(value).is_integer() else 2, lang)

    labels = []
    for i, (name, low) in enumerate(floors):
        if i == 0:
            bounds = f"< {number(floors[1][1])}"
        elif i == len(floors) - 1:
            bounds = f"\u2265 {number(low)}"
        else:
            bounds = f"{number(low)}\u2013{number(floors[i + 1][1] - 0.01)}"
        labels.append(f"{t(f'spi.zone.{name}', lang)} ({bounds})")
    return labels


def ombudsman_hover(values: pd.DataFrame, lang: str) -> pd.Series:
    """What a region's Ombudsman report says, as the map's hover shows it: 'Hijau (kepatuhan tinggi), nilai 82,50,
    opini A'; a report without a zone says so; None where there is no report."""
    def text(row) -> str | None:
        if pd.isna(row["publisher"]):
            return None
        parts = [t("map.ombudsman.no_zone", lang) if pd.isna(row["zone"]) else t(f"peta.zone.{row['zone']}", lang)]
        if pd.notna(row["score"]):
            parts.append(t("map.ombudsman.score", lang, score=format_number(row["score"], 2, lang)))
        if pd.notna(row["grade"]):
            parts.append(t("map.ombudsman.grade", lang, grade=row["grade"]))
        if pd.notna(row["rank"]):
            parts.append(t("map.ombudsman.rank", lang, rank=int(row["rank"])) if pd.isna(row["rank_of"])
                         else t("map.ombudsman.rank_of", lang, rank=int(row["rank"]), of=int(row["rank_of"])))
        if row["conflict"]:
            parts.append(t("map.ombudsman.conflict", lang))
        return ", ".join(parts)

    return pd.Series([text(row) for _, row in values.iterrows()], index=values.index, dtype=object)


def _missing_text(values: pd.DataFrame, column: str, lang: str) -> pd.Series:
    # An administrative city has no pemda of its own, so pemda ratios do not apply there rather than lack data.
    administrative = values["administrative"] if "administrative" in values else pd.Series(False, values.index)
    not_applicable = administrative.astype(bool) & (column in PERCENTS)
    return not_applicable.map({True: t("map.not_applicable", lang), False: t("map.no_data", lang)})


def classify(values: pd.DataFrame, column: str, lang: str, count_maximum: int | None = None) -> Classed:
    """Legend classes and hover text of map_values; counts are classed up to count_maximum (default: their max),
    so a page can keep one legend while the year changes."""
    value = values[column]
    if column == "zone":
        klass = value.map({zone: i for i, zone in enumerate(ZONES)}).fillna(NO_CLASS).astype(int)
        labels, colours = [t(f"peta.zone.{zone}", lang) for zone in ZONES], list(ZONE_COLOURS)
        shown = ombudsman_hover(values, lang)
    elif column == "spi":
        order = [name for name, _ in sorted(kpk_spi.ZONE_FLOORS, key=lambda pair: pair[1])]
        zones = value.map(kpk_spi.zone, na_action="ignore")
        klass = zones.map({name: i for i, name in enumerate(order)}).fillna(NO_CLASS).astype(int)
        labels, colours = spi_class_labels(lang), list(ZONE_COLOURS)
        shown = pd.Series([None if pd.isna(v) else f"{format_number(v, 2, lang)} ({t(f'spi.zone.{z}', lang)})"
                           for v, z in zip(value, zones)], index=value.index)
    elif column in PERCENTS:
        klass, labels, colours = classify_percent(value), percent_class_labels(), list(SEQUENTIAL)
        shown = value.map(lambda v: f"{format_number(v, 1, lang)}%", na_action="ignore")
    else:
        maximum = count_maximum if count_maximum is not None else int(value.max(skipna=True)) if value.notna().any() else 0
        edges = count_edges(maximum)
        klass, labels, colours = classify_counts(value, edges), count_class_labels(edges), list(SEQUENTIAL)
        shown = value.map(lambda v: format_number(v, 0, lang), na_action="ignore")
    frame = values[["region_code", "name", "province"]].assign(
        klass=klass, shown=shown.astype(object).fillna(_missing_text(values, column, lang)))
    return Classed(frame, (t("map.no_data", lang), *labels), (NO_DATA_COLOUR, *colours))


def selected_region(points: list[dict]) -> str | None:
    """The region a click on the map chose, if any."""
    return next((point["location"] for point in points if point.get("location")), None)


def drawn_geometry(detailed: dict, national: dict, region_codes, zoomed: bool,
                   padding: float = 0.15) -> tuple[dict, dict]:
    """The features a map sends and the view it opens on: a province in detail, or the country coarsely."""
    geojson = subset_features(detailed if zoomed else national, region_codes)
    return geojson, fit_view(geojson_bounds(geojson), padding)


def drawn_view(detailed: dict, national: dict, region_codes, zoomed: bool, padding: float = 0.15) -> dict:
    """The view of drawn_geometry alone, for a map whose browser fetches the whole layer by URL."""
    return drawn_geometry(detailed, national, region_codes, zoomed, padding)[1]


def layer_file(geojson: dict, stem: str) -> tuple[str, bytes]:
    """A layer as compact JSON under a name that changes with its content, so a browser may keep it for good."""
    body = json.dumps(geojson, separators=(",", ":")).encode("utf-8")
    return f"{stem}-{hashlib.sha256(body).hexdigest()[:16]}.json", body


def subset_features(geojson: dict, region_codes) -> dict:
    """The FeatureCollection holding only the given regions' features, so a zoomed map sends only those."""
    wanted = set(region_codes)
    return {"type": "FeatureCollection", "features": [f for f in geojson["features"] if f["id"] in wanted]}


def _coordinates(geometry: dict):
    rings = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    for polygon in rings:
        for ring in polygon:
            yield from ring


def geojson_bounds(geojson: dict) -> tuple[float, float, float, float]:
    """min lon, min lat, max lon, max lat over every feature."""
    lons, lats = zip(*((x, y) for feature in geojson["features"] for x, y in _coordinates(feature["geometry"])))
    return min(lons), min(lats), max(lons), max(lats)


def fit_view(bounds: tuple[float, float, float, float], padding: float = 0.15) -> dict:
    """Longitude and latitude ranges showing the bounds with `padding` of their span around them; Plotly fits
    the ranges to whatever size the map gets."""
    west, south, east, north = bounds
    lon_pad, lat_pad = (east - west) * padding / 2, (north - south) * padding / 2
    return {"lonaxis": {"range": [round(west - lon_pad, 3), round(east + lon_pad, 3)]},
            "lataxis": {"range": [round(south - lat_pad, 3), round(north + lat_pad, 3)]}}
