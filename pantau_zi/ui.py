"""The Streamlit side of the package: cached loaders, the language switch and shared notices.

Everything expensive is cached once per server; cached objects are shared between sessions and must
never be mutated by a page.
"""

from __future__ import annotations

import base64
import gc
import hashlib
import html
import logging
import math
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, partial
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from pantau_zi import (
    boundaries,
    datasource,
    exports,
    joint,
    mapping,
    measures,
    metrics,
    national,
    ombudsman,
    profile,
    progress,
    provenance,
    report_card,
    report_card_pdf,
    settings,
    spi,
    store,
    store_health,
    unit_table,
    views,
    web,
)
from pantau_zi.briefing import export, slides
from pantau_zi.briefing.slide import Slide
from pantau_zi.briefing.slides import data_as_of
from pantau_zi.chrome import word_script
from pantau_zi.figures import GEO_ROUTE, maps, plotly_config, trends
from pantau_zi.figures import joint as joint_charts
from pantau_zi.figures import profile as profile_charts
from pantau_zi.figures import progress as progress_charts
from pantau_zi.figures.sparkline import sparkline_svg
from pantau_zi.filters import (
    SWITCH_VALUES,
    URL_KEYS,
    Filters,
    filtered_panel,
    in_years,
    selected_regions,
    selected_units,
)
from pantau_zi.i18n import DEFAULT_LANGUAGE, LANGUAGES, format_date, format_number, literal, t
from pantau_zi.importing import plan, template
from pantau_zi.loading import EMBEDDED_PARTS, Dataset, DatasetError, Problem, load_reference, problems_frame
from pantau_zi.metrics import YEARS
from pantau_zi.schema import OWNER_TYPES
from pantau_zi.unit_table import for_display
from pantau_zi.views import HeadlineFigure

LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}
LOG = logging.getLogger("pantau_zi.ui")


@dataclass(frozen=True)
class MapLayer:
    """The geometry the map draws (detailed, and for the whole country), and which notice to show beside it."""

    geojson: dict
    national: dict
    notice: str
    notice_params: dict
    unmatched: tuple[str, ...] = ()

    @cached_property
    def files(self) -> dict[str, bytes]:
        """Both layers as the files the web server hands out (web.map_layer_file), by name."""
        return dict((mapping.layer_file(self.geojson, "kabkota"), mapping.layer_file(self.national, "nasional")))

    def url(self, zoomed: bool) -> str:
        """Where a browser fetches the detailed layer (zoomed) or the national one, once for every map it draws."""
        detailed, national = self.files
        return f"{web.base_path()}{GEO_ROUTE}{detailed if zoomed else national}"


# Bound widgets whose URL value is a translated label (Streamlit writes the formatted option there).
LABELLED_IN_URL = ("jenis", "pemilik", "ukuran", "tahap", "sumbu")


def language() -> str:
    """The interface language, chosen in the sidebar and kept in the URL (?lang=en).

    A switch writes the labelled widgets' values again, so the URL holds them in the new language: a link copied
    after it would otherwise carry labels a session in that language no longer reads, and lose those filters.
    """
    lang = st.sidebar.selectbox(
        "Bahasa / Language", LANGUAGES, index=LANGUAGES.index(DEFAULT_LANGUAGE),
        format_func=LANGUAGE_NAMES.get, key="lang", bind="query-params", placeholder="Bahasa / Language",
    )
    if st.session_state.get("_lang_drawn", lang) != lang:
        for key in LABELLED_IN_URL:
            if key in st.session_state:
                st.session_state[key] = st.session_state[key]
    st.session_state["_lang_drawn"] = lang
    return lang


# The words script's container takes no room in the sidebar (a script still runs inside display: none).
# Captions: Streamlit fades them to 60 % opacity, 4.0:1 on white and 3.9:1 on the sidebar, under WCAG's 4.5:1;
# slate-600 at full opacity is 7.6:1 and 6.9:1. The main column starts 3rem under the top navigation instead of
# Streamlit's 6rem: on a 1366x768 laptop the map page's whole national map then fits in the first screen.
SHELL_CSS = """<style>
.st-key-streamlit-words { display: none; }
[data-testid="stMainBlockContainer"] { padding-top: 3rem; }
.stApp [data-testid="stCaptionContainer"] { color: #475569; opacity: 1; }
.pantau-trend { width: 100%; height: auto; display: block; }
</style>"""


def streamlit_words(lang: str) -> None:
    """Streamlit's own words (skip link, sidebar, table and widget buttons, aria-labels) in the interface language."""
    st.html(SHELL_CSS)
    with st.sidebar.container(key="streamlit-words"):
        st.html(word_script(lang), unsafe_allow_javascript=True)


def current_language() -> str:
    """The language chosen in the sidebar switch, for pages rendered after it."""
    return st.session_state.get("lang", DEFAULT_LANGUAGE)


def settle_heap() -> None:
    """Put everything alive now out of the garbage collector's sight, after one last collection.

    A full collection walking the long-lived heap (the imported libraries, the dataset, the boundaries) took
    150-250 ms on two cores, holding the GIL; Streamlit ran one after every script run until runner.postScriptGC
    was turned off, and Python's own collector still runs one now and then. Frozen objects are still freed by
    reference counting; only a reference cycle among them would never be, so this runs once per cached load.
    """
    gc.collect()
    gc.freeze()


@st.cache_resource(show_spinner=False, max_entries=4)
def dataset(source: datasource.Source) -> Dataset:
    """The validated dataset of a source (raises DatasetError; a failure is not cached)."""
    return datasource.load(source)


def current_dataset(lang: str) -> Dataset:
    """The dataset in use, every row of it, or a stop with every problem listed in the user's language."""
    try:
        return dataset(current_source())
    except DatasetError as error:
        st.error(t("notice.dataset_error", lang))
        problem_table(error.problems[:200], lang)
        st.stop()


@st.cache_resource(show_spinner=False, max_entries=4)
def real_dataset(source: datasource.Source) -> Dataset:
    """provenance.real_only of a source's dataset; shared, never to be changed."""
    return provenance.real_only(dataset(source))


def dataset_shown(source: datasource.Source, filters: Filters) -> Dataset:
    """The dataset the filters show: its real rows only when "Hanya data nyata" is on, else all of it."""
    return real_dataset(source) if filters.real_only else dataset(source)


def shown_dataset(lang: str) -> Dataset:
    """The dataset in use as the sidebar's filters show it (current_dataset's stop on a problem)."""
    current_dataset(lang)
    return dataset_shown(current_source(), current_filters())


def store_url() -> str:
    """The SQLAlchemy URL of the configured store."""
    return store.database_url(settings.database())


_STORE_PROBLEM = "_store_problem"


def _files() -> datasource.Files:
    return datasource.Files(settings.data_dirs() or EMBEDDED_PARTS)


def current_source() -> datasource.Source:
    """The store's current version once something was imported, else the configured or embedded CSV folders; the
    folders too while the store cannot be read (check_store found it so in this run)."""
    if st.session_state.get(_STORE_PROBLEM) is not None:
        return _files()
    return datasource.current_source(_files().parts, store_url())


def store_problem() -> store_health.StoreProblem | None:
    """What check_store found wrong with the store in this run, if anything."""
    return st.session_state.get(_STORE_PROBLEM)


def check_store(lang: str) -> None:
    """Read the store's current version as the pages will; if the database fails, say what is wrong, which store,
    what an administrator can do and what the screen shows instead, and let the pages show the CSV folders."""
    st.session_state.pop(_STORE_PROBLEM, None)
    url = store_url()
    try:
        source = current_source()
        if isinstance(source, datasource.Stored):
            dataset(source)
            version_history(url, source.version)
    except store_health.STORE_ERRORS as error:
        LOG.error("the store %s cannot be read: %s", store_health.store_name(url), error)
        problem = store_health.describe(url, error)
        st.session_state[_STORE_PROBLEM] = problem
        showing = "embedded" if _files().parts == EMBEDDED_PARTS else "folders"
        st.error(f"**{t('store.problem.heading', lang)}**\n\n"
                 f"{literal(t(f'store.problem.{problem.kind}', lang, where=problem.where, detail=problem.detail))}"
                 f"\n\n{literal(t('store.problem.admin', lang))}\n\n{literal(t(f'store.problem.showing.{showing}', lang))}",
                 icon=":material/database_off:")
    except DatasetError:
        pass  # current_dataset lists the problems


# Columns kept in view while a wide table scrolls sideways, with their widths in pixels: at 1366 px the unit tables'
# stage and the target tables' status were past the right edge, and at 390 px the profile's stage was. Sized to the
# longest label ("Tenggat lewat, tidak tercapai"), not to the first rows; a name and a status fit a phone's width.
PINNED_COLUMNS = {"name": 160, "stage": 150, "status": 200}


def _decimals(values: pd.Series) -> int:
    """The fewest decimals (at most 2) that show every value of a column as stored."""
    present = values.dropna()
    return next((places for places in (0, 1) if (present.round(places) == present).all()), 2)


def _with_decimal_commas(frame: pd.DataFrame, lang: str):
    """The frame, or a Styler writing its fractional numbers in the language (5,68): Streamlit's grid writes 5.68
    whatever the language, and a Styler changes only what is shown, so the column still sorts as numbers."""
    floats = [column for column in frame.columns if pd.api.types.is_float_dtype(frame[column])]
    if lang == "en" or not floats:
        return frame
    styled = frame.style
    for column in floats:
        places = _decimals(frame[column])
        styled = styled.format(lambda value, places=places: "\u2014" if pd.isna(value)
                               else format_number(value, places, lang), subset=[column])
    return styled


def table(frame: pd.DataFrame, browser_decimals: bool = False, **options):
    """A read-only table without its index, a missing value shown as a dash (Streamlit's default says "None"),
    fractional numbers with the language's decimal mark, its name, stage and status columns pinned, a source's
    address a link. With browser_decimals the browser writes the decimals in its own language instead: for a big
    table, as the Styler sends every cell a second time as text (the national joint table 93 KB, 0.3 s)."""
    lang = current_language()
    widths = {exports.column_label(column, lang): width for column, width in PINNED_COLUMNS.items()}
    config = {label: st.column_config.Column(pinned=True, width=width) for label, width in widths.items()
              if label in frame.columns}
    for column in ("source_url", "reference"):
        link = exports.column_label(column, lang)
        if link in frame.columns:
            # the address opens the source; the cell shows only its host, as a reader names a newspaper
            config[link] = st.column_config.LinkColumn(display_text=r"https?://(?:www\.)?([^/?#]+)")
    if browser_decimals:
        config.update({column: st.column_config.NumberColumn(format="localized", step=10.0 ** -_decimals(frame[column]))
                       for column in frame.columns if pd.api.types.is_float_dtype(frame[column])})
    return st.dataframe(frame if browser_decimals else _with_decimal_commas(frame, lang), hide_index=True,
                        placeholder="\u2014", column_config=config, **options)


def problem_table(problems: list[Problem], lang: str) -> None:
    """Problems as a table of plain text (file and sheet, row, column, value, reason): never read as Markdown."""
    table(problems_frame(problems, lang), width="stretch")


@st.cache_resource(show_spinner=False, max_entries=4)
def unit_cube(source: datasource.Source, real_only: bool = False) -> pd.DataFrame:
    """The units' yearly flags summed per region, year, owner and unit type (metrics.unit_cube); made or read from
    the disk cache once per dataset, cut by every page's panel. The real units' cube is small and made here."""
    if real_only:
        real = real_dataset(source)
        table = metrics.unit_cube(metrics.unit_years(real.units, real.events))
    else:
        table = datasource.unit_cube(source, dataset(source))
    settle_heap()
    return table


@st.cache_resource(show_spinner=False, max_entries=4)
def standing_targets(source: datasource.Source, real_only: bool = False) -> pd.DataFrame:
    """metrics.standing_targets of every region of the dataset shown, once per dataset; shared, never changed."""
    data = dataset_shown(source, Filters(real_only=real_only))
    return metrics.standing_targets(data.targets, data.perangkat_daerah, data.regencies["code"])


@st.cache_data(show_spinner=False, max_entries=64)
def panel_for(source: datasource.Source, filters: Filters) -> pd.DataFrame:
    """The region x year panel under the given filters; a region nobody counted has missing counts, not 0."""
    data = dataset_shown(source, filters)
    return filtered_panel(unit_cube(source, filters.real_only), data.targets, data.perangkat_daerah,
                          data.regencies, filters, measures.counted_regions(data),
                          standing_targets(source, filters.real_only))


def current_panel(filters: Filters = Filters()) -> pd.DataFrame:
    """The panel of the dataset in use under the given filters (all regions, all units by default)."""
    return panel_for(current_source(), filters)


@st.cache_data(show_spinner=False, max_entries=64)
def scope_totals(source: datasource.Source, filters: Filters) -> pd.DataFrame:
    """views.scope_totals of the panel under the filters: the year-by-year totals of the chosen place."""
    return views.scope_totals(panel_for(source, filters))


def overview_download(source: datasource.Source, filters: Filters, lang: str) -> pd.DataFrame:
    """Ringkasan's table to download (and /api/v1/panel.csv): the chosen place's figures in the chosen years, each
    row saying whether its figures are real and their sources."""
    in_scope = selected_regions(dataset(source).regencies, filters)["code"]
    origin = provenance.scope_origin(region_origins(source, filters.real_only, lang), in_scope)
    return provenance.traced(metrics.public_columns(in_years(scope_totals(source, filters), filters)), origin, lang)


@st.cache_data(show_spinner=False, max_entries=16)
def units_table(source: datasource.Source, filters: Filters) -> pd.DataFrame:
    """unit_table.unit_table of the units the filters keep, on 31 December of the filters' year."""
    data = dataset_shown(source, filters)
    units = data.units[selected_units(data.units, filters, selected_regions(data.regencies, filters)["code"])]
    return unit_table.unit_table(units, data.events, data.sources, data.regencies, data.provinces,
                                 unit_table.year_end(filters.year))


@st.cache_resource(show_spinner=False, max_entries=32)
def overview_map(source: datasource.Source, filters: Filters, lang: str) -> go.Figure:
    """The overview's coverage map in the filters' year: the chosen region's province in detail, else the chosen
    province, else the country; drawn once per filters and language, shared, never to be changed."""
    data = dataset_shown(source, filters)
    province = views.map_province(data, filters)
    values = mapping.map_values(panel_for(source, replace(filters, region=None, province=province)), data,
                                filters.year, "coverage_pct")
    layer = current_map_layer()
    view = mapping.drawn_view(layer.geojson, layer.national, values["region_code"], bool(province))
    return maps.choropleth(mapping.classify(values, "coverage_pct", lang), layer.url(bool(province)),
                           t("map.title", lang, year=filters.year), view, filters.region)


@dataclass(frozen=True)
class MeasureMap:
    """The map page's measure in one year: the values, their classes, the map, and the search's region names."""

    values: pd.DataFrame
    classed: mapping.Classed
    figure: go.Figure
    search_names: dict[str, str]


@st.cache_resource(show_spinner=False, max_entries=64)
def measure_classes(source: datasource.Source, filters: Filters, metric: str, year: int,
                    lang: str) -> tuple[pd.DataFrame, mapping.Classed]:
    """The map page's measure (a mapping.METRICS key) in a year, per region of the chosen province (all of it, even
    with a region chosen) or of the country, and its legend classes, with one legend for every year; made once per
    choice (the player asks for every year) and shared, never to be changed."""
    data = dataset_shown(source, filters)
    panel = panel_for(source, replace(filters, region=None, province=views.map_province(data, filters)))
    column = mapping.METRICS[metric]
    values = mapping.map_values(panel, data, year, column, map_survey(source, column))
    return values, mapping.classify(values, column, lang, mapping.count_maximum(panel, column))


@st.cache_resource(show_spinner=False, max_entries=32)
def measure_map(source: datasource.Source, filters: Filters, metric: str, year: int, height: int,
                lang: str) -> MeasureMap:
    """measure_classes drawn as the map page's map, with the search's region names; made once per choice and
    shared, never to be changed: a user going back to a province gets it without the joins and the figure's
    validation."""
    values, classed = measure_classes(source, filters, metric, year, lang)
    province = views.map_province(dataset_shown(source, filters), filters)
    layer = current_map_layer()
    view = mapping.drawn_view(layer.geojson, layer.national, values["region_code"], zoomed=bool(province))
    title = t("peta.map_title", lang, metric=t(f"peta.metric.{metric}", lang), year=year)
    figure = maps.choropleth(classed, layer.url(bool(province)), title, view, filters.region, height=height,
                             colorbar=False)
    names = values["name"] if province else values["name"] + " (" + values["province"] + ")"
    return MeasureMap(values, classed, figure, dict(zip(values["region_code"], names)))


def map_survey(source: datasource.Source, column: str) -> pd.DataFrame | None:
    """The survey table a real map measure reads (KPK's SPI, Ombudsman's shown reports), None for the others."""
    return spi_table() if column == "spi" else ombudsman_assessments(source) if column == "zone" else None


@st.cache_resource(show_spinner=False, max_entries=32)
def overview_trend(source: datasource.Source, filters: Filters, lang: str) -> tuple[go.Figure | None, str | None]:
    """The chosen place's pemda units that WBK attainment counts against its WBK target over the years; where that
    has nothing to draw, the sentence saying so, with the progress chart of a target the place does have (its
    declaration target, say) or no chart. Shared, never to be changed."""
    name = views.scope_name(dataset(source), filters, t("scope.nation", lang))
    panel = panel_for(source, filters)
    series = in_years(progress.yearly(panel, panel["region_code"].unique(), "wbk"), filters)
    targets = target_rows(source, filters, (progress.NATION,))
    note = progress.empty_chart_note(series, "wbk", targets, name, lang, group=filters.region is None)
    if note is None:
        trend = in_years(views.target_trend(panel)[0], filters)
        return trends.target_vs_achieved(trend, bool(trend["target"].notna().any()), lang), None
    kind = progress.headline_target(targets)
    drawn = target_chart(source, filters, kind, progress.NATION, name, lang) if kind else None
    return (drawn if isinstance(drawn, go.Figure) else None), note


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
def briefing_slides(source: datasource.Source, filters: Filters, on: date, since: date, lang: str) -> list[Slide]:
    """The slides of a briefing on the scope the place filters choose; cached, as every key press reruns the page."""
    layer = current_map_layer()
    inputs = slides.inputs_for(dataset_shown(source, filters), panel_for(source, replace(filters, region=None)), layer.geojson,
                               layer.national, filters, on, since, lang, spi_table())
    return slides.build_slides(inputs)


@st.cache_data(show_spinner=False, max_entries=4)
def briefing_chart_images(source: datasource.Source, filters: Filters, on: date, since: date,
                          lang: str) -> list[bytes | None]:
    """The briefing's charts as PNG, drawn once (one Chromium start) for both the PowerPoint and the PDF."""
    return export.chart_images(briefing_slides(source, filters, on, since, lang))


def briefing_file(kind: str, source: datasource.Source, filters: Filters, on: date, since: date, lang: str) -> bytes:
    """The briefing as a .pptx or .pdf file."""
    deck = briefing_slides(source, filters, on, since, lang)
    build = export.to_pptx if kind == "pptx" else export.to_pdf
    return build(deck, briefing_chart_images(source, filters, on, since, lang))


@st.cache_data(show_spinner=False, max_entries=64)
def target_statuses(source: datasource.Source, filters: Filters, target: str) -> pd.DataFrame:
    """progress.region_status of the panel under the filters, in the filters' year."""
    return progress.region_status(panel_for(source, filters), filters.year, target)


@st.cache_data(show_spinner=False, max_entries=256)
def target_choices(source: datasource.Source, filters: Filters, target: str, choices: tuple[str, ...]) -> pd.DataFrame:
    """progress.choice_status of the chosen regions or groups, one row each in the order given."""
    return progress.choice_status(list(choices), target_statuses(source, filters, target), filters.year)


@st.cache_data(show_spinner=False, max_entries=256)
def target_rows(source: datasource.Source, filters: Filters, choices: tuple[str, ...]) -> pd.DataFrame:
    """progress.every_target of the chosen regions or groups: a row per choice and kind of target it has."""
    return progress.every_target({kind: target_choices(source, filters, kind, choices) for kind in progress.TARGETS})


@st.cache_resource(show_spinner=False, max_entries=256)
def target_chart(source: datasource.Source, filters: Filters, target: str, choice: str, name: str,
                 lang: str) -> go.Figure | str:
    """A choice's progress chart against one kind of target, or the sentence saying why there is nothing to draw
    (progress.empty_chart_note); once per filters, kind and language; shared, never to be changed."""
    statuses = target_statuses(source, filters, target)
    status = target_choices(source, filters, target, (choice,)).iloc[0]
    series = in_years(progress.yearly(panel_for(source, filters), progress.chart_regions(choice, statuses), target),
                      filters)
    group = filters.region is None and "." not in choice  # the nation or a province, which sum their regions'
    note = progress.empty_chart_note(series, target, target_rows(source, filters, (choice,)), name, lang, group)
    if note:
        return note
    kind = t(f"target.kind.{target}", lang)
    if status["status"] == "no_target":
        title = name
    elif group:
        title = t("target.chart.title_group", lang, name=name, kind=kind,
                  regions=format_number(status["regions"], 0, lang))
    else:
        title = t("target.chart.title", lang, name=name, kind=kind)
    return progress_charts.progress_chart(series, status, title, filters.year, lang, target)


@st.cache_resource(show_spinner=False)
def spi_table() -> pd.DataFrame:
    """KPK's SPI of every pemda and year (spi.load_spi), read once per server; shared, never to be changed."""
    return spi.load_spi()


@st.cache_resource(show_spinner=False)
def national_reported() -> pd.DataFrame:
    """The reported national ZI figures (national.load_reported), read once per server; shared, never changed."""
    return national.load_reported()


def national_panel(year: int, lang: str) -> None:
    """The whole-country figures reported for the year with their scope and source link, or which years have some."""
    reported = national_reported()
    st.subheader(t("national.heading", lang, year=year))
    st.caption(t("national.caption", lang))
    rows = national.national_panel(reported, year, lang)
    if rows.empty:
        st.caption(t("national.none", lang, year=year,
                     years=", ".join(str(each) for each in national.years_reported(reported))))
        return
    table(exports.localised(rows, lang), key="nasional-dilaporkan")
    download_buttons(provenance.traced_reported(rows, "source_url", lang), f"angka-nasional-{year}", lang, "nasional")


@st.cache_resource(show_spinner=False)
def ombudsman_reported() -> pd.DataFrame:
    """ombudsman.shown of data/real/ombudsman.csv, read once per server; shared, never to be changed."""
    return ombudsman.shown(ombudsman.load_reported())


@st.cache_resource(show_spinner=False, max_entries=4)
def ombudsman_assessments(source: datasource.Source) -> pd.DataFrame:
    """The Ombudsman report shown for each government and year (ombudsman.shown: code, level, year, score, zone,
    grade, rank, source_url, publisher, conflict, others): the reported layer, and the dataset's own real rows
    where it has none; never a synthetic row. Shared, never to be changed."""
    data = dataset(source)
    return ombudsman.with_dataset(ombudsman_reported(),
                                  ombudsman.from_dataset(data.ombudsman, data.regencies, data.sources))


def _zi_origin(source: datasource.Source, real_only: bool) -> pd.Series:
    """Per region, whether its ZI rows are real, synthetic or mixed: region_origins' `data`, which no language
    changes."""
    return region_origins(source, real_only, DEFAULT_LANGUAGE)["data"]


@st.cache_data(show_spinner=False, max_entries=32)
def joint_table(source: datasource.Source, filters: Filters) -> pd.DataFrame:
    """joint.joined of every region the filters' places keep (a chosen region is highlighted, not alone)."""
    data = dataset_shown(source, filters)
    scope = replace(filters, region=None)
    return joint.joined(panel_for(source, scope), data.regencies, data.provinces, spi_table(),
                        ombudsman_assessments(source), _zi_origin(source, filters.real_only), filters.year)


@st.cache_resource(show_spinner=False, max_entries=32)
def joint_scatter(source: datasource.Source, filters: Filters, measure: str, lang: str) -> go.Figure:
    """The scatter of SPI against a ZI measure for the filters' places, the chosen region highlighted; shared,
    never to be changed."""
    label = exports.column_label(measure, lang)
    title = t("joint.title", lang, measure=label, year=filters.year)
    return joint_charts.spi_scatter(joint.plotted(joint_table(source, filters), measure), measure, label, title,
                                    filters.region, lang)


@st.cache_resource(show_spinner=False, max_entries=32)
def region_profile(source: datasource.Source, filters: Filters, lang: str) -> profile.RegionProfile:
    """profile.region_profile of the filters' region, once per filters and language; shared, never to be changed."""
    return profile.region_profile(dataset_shown(source, filters), filters, lang)


@st.cache_resource(show_spinner=False, max_entries=32)
def profile_tables(source: datasource.Source, filters: Filters, lang: str) -> dict[str, pd.DataFrame]:
    """The profile's tables with labels and codes in the language, as shown and downloaded: units, events, lke,
    declarations, sources; shared, never to be changed."""
    view = region_profile(source, filters, lang)
    lke = view.lke.assign(unit_id=view.lke["unit_id"].map(view.labels)).rename(columns={"unit_id": "unit"})
    units = provenance.traced_rows(view.units_now, dataset_shown(source, filters).sources, lang)
    shown = {"units": units, "events": view.events.drop(columns="unit_id"), "lke": lke,
             "declarations": view.declarations, "sources": view.sources}
    return {name: for_display(frame, lang) for name, frame in shown.items()}


@st.cache_resource(show_spinner=False, max_entries=32)
def profile_timeline(source: datasource.Source, filters: Filters, lang: str) -> go.Figure:
    """The region's events over time, drawn once per filters and language; shared, never to be changed."""
    return profile_charts.events_timeline(region_profile(source, filters, lang).events, lang)


@st.cache_resource(show_spinner=False, max_entries=32)
def profile_targets(source: datasource.Source, filters: Filters, lang: str) -> go.Figure | None:
    """The region's targets in force against its pemda counts, or None without a target; shared, never changed."""
    progress_rows = profile.target_progress(panel_for(source, filters), filters.year)
    return None if progress_rows.empty else profile_charts.target_progress(progress_rows, lang)


@st.cache_resource(show_spinner=False, max_entries=64)
def profile_lke_chart(source: datasource.Source, filters: Filters, lang: str, row: int) -> go.Figure:
    """One LKE result's area scores against the minima; shared, never to be changed."""
    view = region_profile(source, filters, lang)
    title = f"{view.labels[view.lke.at[row, 'unit_id']]}, {view.lke.at[row, 'year']}"
    return profile_charts.lke_areas(profile.lke_areas(view.lke.loc[row]), title, lang)


@st.cache_resource(show_spinner=False, max_entries=32)
def region_card(source: datasource.Source, filters: Filters, lang: str, made: date) -> report_card.ReportCard:
    """The report card of the filters' region, from the profile's own tables and panels; shared, never changed."""
    view = region_profile(source, filters, lang)
    province = replace(filters, region=None, province=view.header.province_code, kind=None)
    return report_card.report_card(report_card.Inputs(
        view, panel_for(source, filters), panel_for(source, province), spi_table(), ombudsman_assessments(source),
        filters.year, data_as_of(dataset_shown(source, filters)), made, lang))


@st.cache_data(show_spinner=False, max_entries=32)
def region_card_pdf(source: datasource.Source, filters: Filters, lang: str, made: date) -> bytes:
    """The report card as a one-page A4 PDF, made once per filters, language and day."""
    return report_card_pdf.to_pdf(region_card(source, filters, lang, made))


def card_download(filters: Filters, lang: str, key: str) -> None:
    """The button that downloads the region's report card; the PDF is made only when clicked."""
    made = date.today()
    st.download_button(t("card.download", lang), partial(region_card_pdf, current_source(), filters, lang, made),
                       f"rapor-{filters.region}-{filters.year}-{lang}.pdf", "application/pdf", key=key,
                       icon=":material/picture_as_pdf:", on_click="ignore", help=t("card.download.help", lang))


def chart_config(lang: str) -> dict:
    """What every chart is drawn with: Plotly's words in lang, and the base map from this server."""
    return plotly_config(lang, web.base_path())


def map_config(lang: str) -> dict:
    """chart_config for a map, which also zooms with the mouse wheel."""
    return {**chart_config(lang), "scrollZoom": True}


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
        detail = figure.detail_text(lang)
        if detail:
            st.caption(detail)
        caption = t("metric.trend", lang, first=year - len(figure.trend) + 1)
        trend = sparkline_svg(figure.trend) if with_trend else None
        if trend:
            # Not st.image: its <img> has no alt text, and a "Fullscreen" button a line needs no more of. An <img>, as
            # st.html's sanitiser drops inline SVG.
            source = base64.b64encode(trend.encode()).decode()
            st.html(f'<img class="pantau-trend" src="data:image/svg+xml;base64,{source}" alt="{html.escape(caption)}">')
            st.caption(caption)


def ombudsman_card(code: str, year: int, lang: str) -> None:
    """The region's reported Ombudsman assessment in the chosen year (or its latest before, named): zone, score,
    grade, rank, source link, any other report of that year, and the method note."""
    report = ombudsman.latest_for(ombudsman_assessments(current_source()), code, year)
    with st.container(border=True, height="stretch"):
        if report is None:
            st.metric(t("profile.ombudsman.label", lang, year=year), t("profile.no_data", lang),
                      help=t("profile.ombudsman.help", lang), border=False)
            st.caption(t("profile.ombudsman.none_detail", lang, year=year))
            return
        score = report["score"]
        st.metric(t("profile.ombudsman.label", lang, year=report["year"]), ombudsman.zone_text(report, lang),
                  t("profile.ombudsman.score", lang, score=format_number(score, 2, lang)) if score is not None
                  else t("profile.ombudsman.no_score", lang),
                  delta_color="off", delta_arrow="off", help=t("profile.ombudsman.help", lang))
        for line in ombudsman.card_lines(report, year, lang):
            st.caption(line)


def region_origin(code: str, lang: str) -> str | None:
    """Whether the region's ZI rows on screen are real, synthetic or mixed (provenance), None without any."""
    origins = region_origins(current_source(), current_filters().real_only, lang)
    return origins.at[code, "data"] if code in origins.index else None


def origin_line(kind: str | None, source_name: str | None, lang: str) -> None:
    """The line above an integrity card saying whether its figures are real (naming who published them),
    synthetic or mixed, so the row keeps real and synthetic apart."""
    if kind is None:
        text = t("profile.glance.origin_none", lang)
    else:
        text = t("profile.glance.origin" if source_name else "profile.glance.origin_plain", lang,
                 kind=t(f"provenance.{kind}", lang), source=source_name or "")
    icon = ":material/verified:" if kind == provenance.REAL else ":material/science:"
    st.caption(f"{icon} {text[0].upper()}{text[1:]}")


def zi_card(region_panel: pd.DataFrame, year: int, lang: str) -> None:
    """The region's ZI standing in the year: pemda units holding WBK/WBBM (split) and its WBK target's attainment."""
    standing = profile.zi_standing(region_panel, year)
    with st.container(border=True, height="stretch"):
        predicate = standing["predicate"]
        st.metric(t("profile.glance.zi.label", lang, year=year),
                  t("profile.no_data", lang) if predicate is None else format_number(predicate, 0, lang),
                  help=t("profile.glance.zi.help", lang))
        lines = [] if predicate is None else [measures.split_text(standing["wbk"], standing["wbbm"] or 0, lang)]
        if standing["target"] is None:
            lines.append(t("profile.glance.zi.no_target", lang, year=year))
        else:
            attained = standing["attainment"]
            lines.append(t("profile.glance.zi.target", lang, target=format_number(standing["target"], 0, lang),
                           deadline=standing["deadline"],
                           attained="—" if attained is None else f"{format_number(attained, 1, lang)}%"))
        st.caption(" · ".join(lines))


def spi_card(code: str, kind: str, province: str, year: int, lang: str) -> None:
    """The region's KPK SPI in the chosen year (or its latest before, named): index, zone, change from the year
    before, rank among its kind in the province and nationally, and its trend."""
    table = spi_table()
    latest = spi.latest_value(table, code, year)
    about = t("profile.spi.help", lang, bands=", ".join(mapping.spi_class_labels(lang)))
    with st.container(border=True, height="stretch"):
        if latest is None:
            st.metric(t("profile.spi.label", lang, year=year), t("profile.spi.none", lang),
                      help=about, border=False)
            st.caption(t("profile.spi.none_detail", lang, year=year))
            return
        shown = latest["year"]
        change = latest["change"]
        st.metric(t("profile.spi.label", lang, year=shown), format_number(latest["index"], 2, lang),
                  None if change is None else f"{'+' if change > 0 else ''}{format_number(change, 2, lang)}",
                  delta_description=t("metric.delta_since", lang, year=shown - 1), help=about)
        st.caption(spi.detail_text(table, code, kind, province, year, lang))
        trend = sparkline_svg(spi.series(table, code, shown))
        if trend:
            caption = t("profile.spi.trend", lang, first=spi.YEARS[0], last=shown)
            image = base64.b64encode(trend.encode()).decode()
            st.html(f'<img class="pantau-trend" src="data:image/svg+xml;base64,{image}" alt="{html.escape(caption)}">')
            st.caption(caption)


@st.cache_data(show_spinner=False, max_entries=4)
def real_regions(source: datasource.Source) -> frozenset[str]:
    """The regions of the dataset with real rows; recomputed for every new version."""
    data = dataset(source)
    return frozenset(profile.real_regions({table: getattr(data, table) for table in profile.REGION_TABLES
                                           + ("units", "events", "lke")}, data.units))


def real_data_parts(summary: dict, lang: str) -> list[str]:
    """The real data a scope holds, in words: 'SPI 2021–2025 untuk 508 pemda', 'Ombudsman 365 laporan', ..."""
    parts = []
    if summary["spi_regions"]:
        parts.append(t("notice.real_only.spi", lang, first=summary["spi_first"], last=summary["spi_last"],
                       count=format_number(summary["spi_regions"], 0, lang)))
    if summary["ombudsman"]:
        parts.append(t("notice.real_only.ombudsman", lang, count=format_number(summary["ombudsman"], 0, lang)))
    if summary["units"]:
        parts.append(t("notice.real_only.units", lang, count=format_number(summary["units"], 0, lang)))
    return parts or [t("notice.real_only.nothing", lang)]


def data_notice(lang: str) -> None:
    """What the screen's data is: with "Hanya data nyata" on, the real data it shows (counted from the data);
    else that most is synthetic, and the regions on screen that have real rows."""
    filters = current_filters()
    if filters.real_only:
        regions = selected_regions(dataset(current_source()).regencies, filters)
        provinces = () if filters.region else regions["province_code"].unique()
        summary = provenance.real_summary(dataset_shown(current_source(), filters), spi_table(),
                                          ombudsman_assessments(current_source()), regions["code"], provinces)
        st.info(t("notice.real_only", lang, parts="; ".join(real_data_parts(summary, lang))),
                icon=":material/verified:")
        return
    source = current_source()
    shown = selected_regions(dataset(source).regencies, filters).set_index("code")["name"]
    names = sorted(shown[shown.index.isin(real_regions(source))])
    st.info(t("notice.synthetic", lang, regions=", ".join(names)) if names else t("notice.synthetic_only", lang),
            icon=":material/science:")


# Session keys of the sidebar filters; they are also the URL's query parameter names.
FILTER_KEYS = URL_KEYS
_PENDING_REGION = "_open_region"


def open_region(region_code: str, province_code: str) -> None:
    """Ask the next run to select a region in the sidebar (a widget's value cannot change after it is drawn)."""
    st.session_state[_PENDING_REGION] = (region_code, province_code)


def go_to(page: str) -> None:
    """Switch to another page, the filters kept: every page navigation goes through here.

    st.switch_page clears the URL by default, which Streamlit refuses while a parameter is bound to a widget
    (any filter chosen); an empty mapping clears it without that check, and the bound widgets, whose values live
    in the session, write themselves back to the URL on the new page, while page-only parameters are dropped.
    """
    st.switch_page(page, query_params={})


def open_profile(region_code: str, province_code: str) -> None:
    """Open the profile of a region, chosen in the sidebar as well, with the other filters kept."""
    open_region(region_code, province_code)
    go_to("pages/profil.py")


def _apply_pending_region() -> None:
    pending = st.session_state.pop(_PENDING_REGION, None)
    if pending:
        st.session_state[FILTER_KEYS["region"]], st.session_state[FILTER_KEYS["province"]] = pending


def _real_only_switch(lang: str) -> bool:
    """The "Hanya data nyata" switch, kept in the URL as ?nyata=true; a link written by hand (?nyata=1) is read too,
    as Streamlit's bound switch reads only true and false."""
    key = FILTER_KEYS["real_only"]
    written = st.query_params.get(key, "").casefold()
    if key not in st.session_state and written not in ("", "true", "false"):
        # Streamlit drops a value its switch cannot read; the URL then no longer says nyata until it is switched
        st.session_state[key] = SWITCH_VALUES.get(written, False)
        del st.query_params[key]
    return st.sidebar.toggle(t("filter.real_only", lang), key=key, bind="query-params",
                             help=t("filter.real_only.help", lang))


def _region_code_in_url(data: Dataset) -> None:
    """A link naming the region by its code (/rapor?wilayah=32.11, what a web page or a letter can link with)
    chooses that region and its province; the bound filters then write their names back into the URL."""
    code = st.query_params.get(FILTER_KEYS["region"])
    regencies = data.regencies.set_index("code")
    if code in regencies.index and FILTER_KEYS["region"] not in st.session_state:
        open_region(code, regencies.at[code, "province_code"])


def sidebar_filters(data: Dataset, lang: str) -> Filters:
    """Draw the shared filters in the sidebar; their values hold across pages and travel in the URL."""
    _region_code_in_url(data)
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
        bind="query-params", placeholder=t("filter.unit_types.placeholder", lang), select_all=False)
    years = sidebar.slider(
        t("filter.years", lang), YEARS.start, YEARS.stop - 1, (YEARS.start, YEARS.stop - 1),
        key=FILTER_KEYS["years"], bind="query-params", help=t("filter.years.help", lang))
    real_only = _real_only_switch(lang)
    filters = Filters(province=province, region=region, kind=kind, owner_type=owner,
                      unit_types=tuple(unit_types), years=tuple(years), real_only=real_only)
    st.session_state["_filters"] = filters
    return filters


def current_filters() -> Filters:
    """The filters drawn by the entry point, for pages rendered after it."""
    return st.session_state.get("_filters", Filters())


def section_tabs(key: str, catalogue: str, names: tuple[str, ...], lang: str) -> dict:
    """Tabs by name of which only the open one runs its content; the URL holds the open one's name (?key=name).

    Not bound to the URL by Streamlit, which would keep the label there and lose it when a language switch renames
    the tabs; the first tab is the default and leaves the URL clean.
    """
    labels = {name: t(f"{catalogue}.{name}", lang) for name in names}
    chosen = st.session_state.get(key)
    if chosen not in labels.values():  # a first visit (maybe by a shared link) or a language switch
        translated = (name for name in names if chosen in {t(f"{catalogue}.{name}", other) for other in LANGUAGES})
        linked = st.query_params.get(key)
        st.session_state[key] = labels[next(translated, linked if linked in names else names[0])]
    tabs = st.tabs(list(labels.values()), key=key, on_change="rerun")
    open_name = next(name for name in names if labels[name] == st.session_state[key])
    in_url = None if open_name == names[0] else open_name
    if st.query_params.get(key) != in_url:  # each write is a message to the browser, on every rerun
        if in_url is None:
            del st.query_params[key]
        else:
            st.query_params[key] = in_url
    return dict(zip(names, tabs))


@st.cache_data(show_spinner=False, max_entries=8)
def region_origins(source: datasource.Source, real_only: bool, lang: str) -> pd.DataFrame:
    """provenance.region_origins of the dataset shown: whether each region's figures are real, and their sources."""
    return provenance.region_origins(dataset_shown(source, Filters(real_only=real_only)), lang)


def traced(frame: pd.DataFrame, lang: str, region_codes=None) -> pd.DataFrame:
    """A download's rows with whether each is real and its sources (provenance.traced): per region by the frame's
    region_code, or, given region_codes, one origin for every row, a total over those regions."""
    origins = region_origins(current_source(), current_filters().real_only, lang)
    return provenance.traced(frame, origins if region_codes is None else provenance.scope_origin(origins, region_codes),
                             lang)


def choice_origins(choices, in_scope, lang: str) -> pd.DataFrame:
    """Where each target choice's figures come from, by choice: a region's rows, or those of every region in scope
    of a province (its two-digit code) or of the nation (progress.NATION)."""
    origins = region_origins(current_source(), current_filters().real_only, lang)
    codes = pd.Series(sorted(in_scope))

    def members(choice: str):
        if choice == progress.NATION:
            return codes
        return [choice] if "." in choice else codes[codes.str.startswith(f"{choice}.")]
    found = {choice: provenance.scope_origin(origins, members(choice)) for choice in choices}
    return pd.DataFrame.from_dict(found, orient="index", columns=list(provenance.TRACE_COLUMNS))


def map_origins(data: Dataset, column: str, year: int, survey: pd.DataFrame | None, lang: str) -> pd.DataFrame:
    """Where a map measure's values of a year come from: KPK's SPI and the Ombudsman zones cite their own rows,
    the unit counts and ratios each region's rows."""
    if column == "spi":
        return provenance.reported_origins(survey[(survey["year"] == year) & (survey["level"] != "provinsi")],
                                           "code", "source")
    if column == "zone":
        return provenance.reported_origins(survey[(survey["year"] == year) & (survey["level"] != "provinsi")],
                                           "code", "source_url")
    return region_origins(current_source(), current_filters().real_only, lang)


def download_buttons(frame: pd.DataFrame, basename: str, lang: str, key: str) -> None:
    """CSV and Excel downloads of a table, headers in the user's language; files are made only when clicked. Every
    download says per row whether it is real and where it comes from (provenance.TRACE_COLUMNS)."""
    missing = [column for column in provenance.TRACE_COLUMNS if column not in frame.columns]
    assert not missing, f"download {basename} is not traced: {missing}"
    left, right = st.columns(2)
    left.download_button(t("download.csv", lang), partial(exports.to_csv_bytes, frame, lang), f"{basename}.csv",
                         "text/csv", key=f"{key}-csv", icon=":material/download:", on_click="ignore")
    right.download_button(t("download.excel", lang), partial(exports.to_excel_bytes, frame, lang), f"{basename}.xlsx",
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          key=f"{key}-xlsx", icon=":material/download:", on_click="ignore")


@st.cache_data(show_spinner=False, max_entries=8)
def version_history(url: str, current: int | None) -> pd.DataFrame:
    """Every stored version, newest first; keyed on the current version so an import or restore refreshes it."""
    return store.versions(datasource.opened(url))


def _when(moment: pd.Timestamp, lang: str) -> str:
    """A stored (UTC) time as the office reads it: '23 Nov 2026 22:35 WIB'."""
    local = moment.tz_convert(settings.timezone())
    return f"{format_date(local.date(), lang, short=True)} {local:%H:%M} {local.tzname()}"


def _loaded(source: datasource.Stored, lang: str) -> tuple[str, str]:
    """When a stored version was loaded, as the office reads it, and by whom."""
    row = version_history(source.url, source.version).set_index("id").loc[source.version]
    return _when(row["created_at"], lang), row["who"]


def source_description(source: datasource.Source, lang: str) -> str:
    """What the screen shows: the embedded data, the configured folders, or which version, when and by whom."""
    if isinstance(source, datasource.Files):
        return t("data.source.embedded" if source.parts == EMBEDDED_PARTS else "data.source.folders", lang)
    when, who = _loaded(source, lang)
    return t("data.source.version", lang, version=source.version, when=when, who=who)


def data_caption(source: datasource.Source, lang: str) -> None:
    """The sidebar's last line: which data version every page shows."""
    if isinstance(source, datasource.Files):
        what = t("data.sidebar.embedded" if source.parts == EMBEDDED_PARTS else "data.sidebar.folders", lang)
    else:
        what = t("data.sidebar.version", lang, version=source.version, when=_loaded(source, lang)[0])
    st.sidebar.caption(t("data.sidebar", lang, what=what))


@st.cache_resource(show_spinner=False, max_entries=2)
def stored_tables(source: datasource.Source) -> dict[str, pd.DataFrame]:
    """The text tables an import is laid over; shared, never mutated."""
    return datasource.text_tables(source)


def import_plan(file_name: str, raw: bytes, source: datasource.Source, who: str,
                replace_regions: bool = False) -> tuple[plan.Plan, bool]:
    """The plan of an upload against the data on screen, kept for the session; and whether it replaces a plan of
    the same file made before someone else changed the data (its preview has not been seen yet)."""
    key = (hashlib.sha256(raw).hexdigest(), file_name, who, replace_regions)
    kept = st.session_state.get("_import_plan")
    if kept is not None and kept[:2] == (key, source):
        return kept[2], False
    label = "data" if source.version is None else f"v{source.version}"
    made = plan.plan_import(file_name, raw, stored_tables(source), source.version, label, dataset(source).regencies,
                            who, date.today(), replace_regions)
    st.session_state["_import_plan"] = (key, source, made)
    return made, kept is not None and kept[0] == key


def forget_import_plan() -> None:
    st.session_state.pop("_import_plan", None)


@st.cache_data(show_spinner=False)
def template_file(lang: str) -> bytes:
    """The Excel template with its drop-down lists; the same for every session."""
    return template.template_workbook(load_reference()[1], lang)


def finish_data_change(message: str) -> None:
    """After a confirm, cancel or restore: drop the plan and the uploaded file, say what happened, draw again."""
    forget_import_plan()
    st.session_state["_upload_generation"] = st.session_state.get("_upload_generation", 0) + 1
    st.session_state.setdefault("_data_messages", []).append(message)
    st.rerun()


def _headed(frame: pd.DataFrame, keys: dict[str, str], lang: str) -> pd.DataFrame:
    return frame[list(keys)].rename(columns={column: t(key, lang) for column, key in keys.items()})


def upload_limit_mb() -> int:
    """The upload widget's limit: the import limit rounded up, so the widget and the import agree."""
    return max(1, math.ceil(settings.import_max_bytes() / 1_000_000))


def localised_counts(counted: pd.DataFrame, lang: str) -> pd.DataFrame:
    counted = counted.assign(table=counted["table"].map(lambda name: t(f"data.table.{name}", lang)))
    return _headed(counted, {"table": "data.preview.table", "added": "data.preview.added",
                             "changed": "data.preview.changed", "removed": "data.preview.removed"}, lang)


def localised_rows(rows: pd.DataFrame, region_names: pd.Series, lang: str) -> pd.DataFrame:
    """The preview's changed rows with region and table names and the change in the user's language."""
    words = {kind: t(f"data.preview.{kind}", lang) for kind in ("added", "changed", "removed")}
    shown = rows.assign(region=rows["region_code"].map(region_names).fillna(t("data.preview.no_region", lang)),
                        table=rows["table"].map(lambda name: t(f"data.table.{name}", lang)),
                        change=rows["change"].map(words))
    return _headed(shown, {"region": "data.preview.region", "table": "data.preview.table",
                           "change": "data.preview.change", "key": "data.preview.key", "unit": "data.preview.unit",
                           "real": "data.preview.real"}, lang)


def localised_history(history: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The version history as the page shows it: when, who, file, unit and event counts, what a version is."""
    def note(row) -> str:
        if pd.notna(row["restored_from"]):
            return t("data.history.restored", lang, version=int(row["restored_from"]))
        return t("data.history.base", lang) if row["who"] == store.BASE_WHO else ""

    zone = settings.timezone()
    shown = history.assign(
        when=history["created_at"].dt.tz_convert(zone).dt.strftime("%Y-%m-%d %H:%M %Z"),
        units=history["row_counts"].map(lambda counts: counts.get("units", 0)),
        events=history["row_counts"].map(lambda counts: counts.get("events", 0)),
        note=history.apply(note, axis=1), current=history["current"].map({True: "\u2714", False: ""}))
    return _headed(shown, {"id": "data.history.id", "current": "data.history.current", "when": "data.history.when",
                           "who": "data.history.who", "file_name": "data.history.file", "units": "data.history.units",
                           "events": "data.history.events", "note": "data.history.note"}, lang)
