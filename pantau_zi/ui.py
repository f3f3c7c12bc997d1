"""The Streamlit side of the package: cached loaders, the language switch and shared notices.

Everything expensive is cached once per server; cached objects are shared between sessions and must
never be mutated by a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from pantau_zi import boundaries, metrics, settings
from pantau_zi.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from pantau_zi.loading import EMBEDDED_PARTS, Dataset, DatasetError, describe, load_dataset, load_reference

LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


@dataclass(frozen=True)
class MapLayer:
    """The geometry the map draws, and which notice to show beside it."""

    geojson: dict
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


@st.cache_resource(show_spinner=False)
def dataset(parts: tuple[Path, ...] = EMBEDDED_PARTS) -> Dataset:
    """The validated dataset (raises DatasetError; a failure is not cached)."""
    return load_dataset(parts)


def current_dataset(lang: str) -> Dataset:
    """The configured dataset, or a stop with every problem listed in the user's language."""
    try:
        return dataset(settings.data_dirs() or EMBEDDED_PARTS)
    except DatasetError as error:
        st.error(t("notice.dataset_error", lang))
        st.markdown("\n".join(f"- {describe(problem, lang)}" for problem in error.problems[:50]))
        st.stop()


@st.cache_resource(show_spinner=False)
def region_panel(parts: tuple[Path, ...] = EMBEDDED_PARTS) -> pd.DataFrame:
    """Region x year metrics for the whole dataset."""
    data = dataset(parts)
    return metrics.region_panel(data.units, data.events, data.targets, data.perangkat_daerah, data.regencies)


def current_panel() -> pd.DataFrame:
    return region_panel(settings.data_dirs() or EMBEDDED_PARTS)


@st.cache_resource(show_spinner=False)
def map_layer(boundary_file: str, boundary_column: str) -> MapLayer:
    """The official boundaries when configured and readable, else the approximate embedded layer."""
    if boundary_file:
        try:
            regencies = load_reference()[1]
            layer, unmatched = boundaries.load_official_boundaries(Path(boundary_file), boundary_column, regencies)
            return MapLayer(boundaries.geojson_for_plotly(layer), "notice.official_boundaries",
                            {"file": Path(boundary_file).name}, tuple(unmatched))
        except boundaries.BoundaryFileError as error:
            return MapLayer(boundaries.geojson_for_plotly(boundaries.load_boundaries()),
                            "notice.boundary_file_error", {"detail": str(error)})
    return MapLayer(boundaries.geojson_for_plotly(boundaries.load_boundaries()), "notice.approximate_boundaries", {})


def current_map_layer() -> MapLayer:
    return map_layer(settings.setting("PANTAU_ZI_BOUNDARY_FILE"), settings.setting("PANTAU_ZI_BOUNDARY_COLUMN"))


def boundary_notice(layer: MapLayer, lang: str) -> None:
    """The caption every map carries: approximate or official boundaries, and what did not match."""
    st.caption(t(layer.notice, lang, **layer.notice_params))
    if layer.unmatched:
        st.caption(t("notice.unmatched_boundaries", lang, names=", ".join(layer.unmatched)))


def synthetic_notice(lang: str) -> None:
    st.info(t("notice.synthetic", lang), icon=":material/science:")
