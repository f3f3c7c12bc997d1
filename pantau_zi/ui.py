"""The Streamlit side of the package: cached loaders, the language switch and shared notices.

Everything expensive is cached once per server; cached objects are shared between sessions and must
never be mutated by a page.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from pantau_zi import boundaries, exports, metrics, progress, settings
from pantau_zi.briefing import export, slides
from pantau_zi.briefing.slide import Slide
from pantau_zi.figures import progress as progress_charts
from pantau_zi.figures.sparkline import sparkline_svg
from pantau_zi.filters import Filters, filtered_panel, in_years
from pantau_zi.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from pantau_zi.loading import EMBEDDED_PARTS, Dataset, DatasetError, describe, load_dataset, load_reference
from pantau_zi.metrics import YEARS
from pantau_zi.schema import OWNER_TYPES
from pantau_zi.views import HeadlineFigure

LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


@dataclass(frozen=True)
class MapLayer:
    """The geometry the map draws (detailed, and for the whole country), and which notice to show beside it."""

    geojson: dict
    national: dict
    notice: str
    notice_params: dict
    unmatched: tuple[str, ...] = ()


def language() -> str:
    """The interface language, chosen in the sidebar and kept in the URL (?lang=en)."""
    return st.sidebar.selectbox(
        "Bahasa / Language", LANGUAGES, index=LANGUAGES.index(DEFAULT_LANGUAGE),
        format_func=LANGUAGE_NAMES.get, key="lang", bind="query-params",
    )


def current_language() -> str:
    """The language chosen in the sidebar switch, for pages rendered after it."""
    return st.session_state.get("lang", DEFAULT_LANGUAGE)


def settle_heap() -> None:
    """Put everything alive now out of the garbage collector's sight, after one last collection.

    Streamlit collects all garbage after every script run (runner.postScriptGC); walking the long-lived heap
    (the imported libraries, the dataset, the boundaries) took 150-250 ms of every redraw on two cores, holding
    the GIL while the run's last messages waited. Frozen objects are still freed by reference counting; only a
    reference cycle among them would never be, so this runs once per cached load, not per run.
    """
    gc.collect()
    gc.freeze()


@st.cache_resource(show_spinner=False)
def dataset(parts: tuple[Path, ...] = EMBEDDED_PARTS) -> Dataset:
    """The validated dataset (raises DatasetError; a failure is not cached)."""
    return load_dataset(parts)


def current_dataset(lang: str) -> Dataset:
    """The configured dataset, or a stop with every problem listed in the user's language."""
    try:
        return dataset(current_parts())
    except DatasetError as error:
        st.error(t("notice.dataset_error", lang))
        st.markdown("\n".join(f"- {describe(problem, lang)}" for problem in error.problems[:50]))
        st.stop()


def current_parts() -> tuple[Path, ...]:
    """The dataset folders in use: the configured ones, else the embedded dataset."""
    return settings.data_dirs() or EMBEDDED_PARTS


@st.cache_resource(show_spinner=False)
def unit_years(parts: tuple[Path, ...]) -> pd.DataFrame:
    """Each unit's flags in each year; computed once per dataset, filtered by every page."""
    data = dataset(parts)
    table = metrics.unit_years(data.units, data.events)
    settle_heap()
    return table


@st.cache_data(show_spinner=False, max_entries=64)
def panel_for(parts: tuple[Path, ...], filters: Filters) -> pd.DataFrame:
    """The region x year panel under the given filters."""
    data = dataset(parts)
    return filtered_panel(unit_years(parts), data.targets, data.perangkat_daerah, data.regencies, filters)


def current_panel(filters: Filters = Filters()) -> pd.DataFrame:
    """The panel of the configured dataset under the given filters (all regions, all units by default)."""
    return panel_for(current_parts(), filters)


@st.cache_resource(show_spinner=False)
def map_layer(boundary_file: str, boundary_column: str) -> MapLayer:
    """The official boundaries when configured and readable, else the approximate embedded layer.

    An official layer is drawn as it is at every zoom; the approximate one has a coarse national copy.
    """
    layer = _map_layer(boundary_file, boundary_column)
    settle_heap()
    return layer


def _map_layer(boundary_file: str, boundary_column: str) -> MapLayer:
    if boundary_file:
        try:
            regencies = load_reference()[1]
            layer, unmatched = boundaries.load_official_boundaries(Path(boundary_file), boundary_column, regencies)
            official = boundaries.geojson_for_plotly(layer)
            return MapLayer(official, official, "notice.official_boundaries",
                            {"file": Path(boundary_file).name}, tuple(unmatched))
        except boundaries.BoundaryFileError as error:
            notice, params = "notice.boundary_file_error", {"detail": str(error)}
    else:
        notice, params = "notice.approximate_boundaries", {}
    return MapLayer(boundaries.geojson_for_plotly(boundaries.load_boundaries()), boundaries.load_national_geojson(),
                    notice, params)


@st.cache_data(show_spinner=False, max_entries=16)
def briefing_slides(parts: tuple[Path, ...], filters: Filters, on: date, since: date, lang: str) -> list[Slide]:
    """The slides of a briefing on the scope the place filters choose; cached, as every key press reruns the page."""
    layer = current_map_layer()
    inputs = slides.inputs_for(dataset(parts), panel_for(parts, replace(filters, region=None)), layer.geojson,
                               layer.national, filters, on, since, lang)
    return slides.build_slides(inputs)


@st.cache_data(show_spinner=False, max_entries=4)
def briefing_chart_images(parts: tuple[Path, ...], filters: Filters, on: date, since: date,
                          lang: str) -> list[bytes | None]:
    """The briefing's charts as PNG, drawn once (one Chromium start) for both the PowerPoint and the PDF."""
    return export.chart_images(briefing_slides(parts, filters, on, since, lang))


def briefing_file(kind: str, parts: tuple[Path, ...], filters: Filters, on: date, since: date, lang: str) -> bytes:
    """The briefing as a .pptx or .pdf file."""
    deck = briefing_slides(parts, filters, on, since, lang)
    build = export.to_pptx if kind == "pptx" else export.to_pdf
    return build(deck, briefing_chart_images(parts, filters, on, since, lang))


@st.cache_data(show_spinner=False, max_entries=64)
def target_statuses(parts: tuple[Path, ...], filters: Filters, target: str) -> pd.DataFrame:
    """progress.region_status of the panel under the filters, in the filters' year."""
    return progress.region_status(panel_for(parts, filters), filters.year, target)


@st.cache_data(show_spinner=False, max_entries=256)
def target_choices(parts: tuple[Path, ...], filters: Filters, target: str, choices: tuple[str, ...]) -> pd.DataFrame:
    """progress.choice_status of the chosen regions or groups, one row each in the order given."""
    return progress.choice_status(list(choices), target_statuses(parts, filters, target), filters.year)


@st.cache_resource(show_spinner=False, max_entries=256)
def target_chart(parts: tuple[Path, ...], filters: Filters, target: str, choice: str, title: str,
                 lang: str) -> go.Figure:
    """A choice's progress chart, drawn once per filters, measure and language; shared, never to be changed."""
    statuses = target_statuses(parts, filters, target)
    status = target_choices(parts, filters, target, (choice,)).iloc[0]
    series = progress.yearly(panel_for(parts, filters), progress.chart_regions(choice, statuses), target)
    return progress_charts.progress_chart(in_years(series, filters), status, title, filters.year, lang, target)


def current_map_layer() -> MapLayer:
    return map_layer(settings.setting("PANTAU_ZI_BOUNDARY_FILE"), settings.setting("PANTAU_ZI_BOUNDARY_COLUMN"))


def boundary_notice(layer: MapLayer, lang: str) -> None:
    """The caption every map carries: approximate or official boundaries, and what did not match."""
    st.caption(t(layer.notice, lang, **layer.notice_params))
    if layer.unmatched:
        st.caption(t("notice.unmatched_boundaries", lang, names=", ".join(layer.unmatched)))


def headline_card(figure: HeadlineFigure, year: int, lang: str, with_trend: bool = False) -> None:
    """A headline figure in a bordered card: its value, the change since the year before, and its trend if asked."""
    with st.container(border=True, height="stretch"):
        st.metric(t(f"metric.{figure.metric}", lang), figure.value_text(lang), figure.delta_text(lang),
                  delta_description=t("metric.delta_since", lang, year=year - 1),
                  help=t(f"metric.{figure.metric}.help", lang))
        trend = sparkline_svg(figure.trend) if with_trend else None
        if trend:
            st.image(trend, width="stretch", caption=t("metric.trend", lang, first=year - len(figure.trend) + 1))


def synthetic_notice(lang: str) -> None:
    st.info(t("notice.synthetic", lang), icon=":material/science:")


# Session keys of the sidebar filters; they are also the URL's query parameter names.
FILTER_KEYS = {"province": "prov", "region": "wilayah", "kind": "jenis", "owner_type": "pemilik",
               "unit_types": "tipe", "years": "tahun"}
_PENDING_REGION = "_open_region"


def open_region(region_code: str, province_code: str) -> None:
    """Ask the next run to select a region in the sidebar (a widget's value cannot change after it is drawn)."""
    st.session_state[_PENDING_REGION] = (region_code, province_code)


def _apply_pending_region() -> None:
    pending = st.session_state.pop(_PENDING_REGION, None)
    if pending:
        st.session_state[FILTER_KEYS["region"]], st.session_state[FILTER_KEYS["province"]] = pending


def sidebar_filters(data: Dataset, lang: str) -> Filters:
    """Draw the shared filters in the sidebar; their values hold across pages and travel in the URL."""
    _apply_pending_region()
    provinces = data.provinces.set_index("province_code")["name"]
    regencies = data.regencies.set_index("code")
    sidebar = st.sidebar
    sidebar.subheader(t("filter.heading", lang))
    province = sidebar.selectbox(
        t("filter.province", lang), list(provinces.index), index=None, key=FILTER_KEYS["province"],
        bind="query-params", format_func=provinces.get, placeholder=t("filter.all_provinces", lang))
    in_province = regencies if province is None else regencies[regencies["province_code"] == province]
    region = sidebar.selectbox(
        t("filter.region", lang), list(in_province.index), index=None, key=FILTER_KEYS["region"],
        bind="query-params", format_func=in_province["name"].get, placeholder=t("filter.all_regions", lang))
    kind = sidebar.segmented_control(
        t("filter.kind", lang), ["kabupaten", "kota"], key=FILTER_KEYS["kind"], bind="query-params",
        format_func=lambda value: t(f"filter.kind.{value}", lang))
    owner = sidebar.segmented_control(
        t("filter.owner", lang), list(OWNER_TYPES), key=FILTER_KEYS["owner_type"], bind="query-params",
        format_func=lambda value: t(f"filter.owner.{value}", lang))
    unit_types = sidebar.multiselect(
        t("filter.unit_types", lang), sorted(data.units["unit_type"].unique()), key=FILTER_KEYS["unit_types"],
        bind="query-params", placeholder=t("filter.unit_types.placeholder", lang))
    years = sidebar.slider(
        t("filter.years", lang), YEARS.start, YEARS.stop - 1, (YEARS.start, YEARS.stop - 1),
        key=FILTER_KEYS["years"], bind="query-params", help=t("filter.years.help", lang))
    filters = Filters(province=province, region=region, kind=kind, owner_type=owner,
                      unit_types=tuple(unit_types), years=tuple(years))
    st.session_state["_filters"] = filters
    return filters


def current_filters() -> Filters:
    """The filters drawn by the entry point, for pages rendered after it."""
    return st.session_state.get("_filters", Filters())


def download_buttons(frame: pd.DataFrame, basename: str, lang: str, key: str) -> None:
    """CSV and Excel downloads of a table, headers in the user's language; files are made only when clicked."""
    left, right = st.columns(2)
    left.download_button(t("download.csv", lang), partial(exports.to_csv_bytes, frame, lang), f"{basename}.csv",
                         "text/csv", key=f"{key}-csv", icon=":material/download:", on_click="ignore")
    right.download_button(t("download.excel", lang), partial(exports.to_excel_bytes, frame, lang), f"{basename}.xlsx",
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          key=f"{key}-xlsx", icon=":material/download:", on_click="ignore")
