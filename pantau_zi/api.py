"""Stable URLs for the data behind the pages, for Excel's "From Web" and scripts: `/api/v1/panel.csv?prov=32`.

Each answers the same rows, in the same columns, as the page's own download under the same filters (the filters
are the page's URL parameters, pantau_zi.filters.from_query); CSV is the download's bytes, JSON the same rows with
the columns' own names. Who may fetch them is pantau_zi/web.py's rule, the pages' rule.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd

from pantau_zi import datasource, exports, provenance, settings, store, store_health, ui, unit_table
from pantau_zi.filters import URL_KEYS, FilterError, Filters, from_query, selected_regions
from pantau_zi.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from pantau_zi.loading import EMBEDDED_PARTS, Dataset, DatasetError

LANGUAGE_PARAMETER = "lang"


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    body: bytes
    file_name: str | None = None


def _source() -> datasource.Source:
    """The data the pages show: the store's current version, or the CSV folders (also while the store fails)."""
    files = datasource.Files(settings.data_dirs() or EMBEDDED_PARTS)
    try:
        return datasource.current_source(files.parts, store.database_url(settings.database()))
    except store_health.STORE_ERRORS:
        return files


def overview_rows(source: datasource.Source, data: Dataset, filters: Filters, lang: str) -> pd.DataFrame:
    """Ringkasan's download: the chosen place's figures year by year."""
    return ui.overview_download(source, filters, lang)


def unit_rows(source: datasource.Source, data: Dataset, filters: Filters, lang: str) -> pd.DataFrame:
    """Unit kerja's download with no search and no stage chosen: every unit the filters keep."""
    return unit_table.for_display(provenance.traced_rows(ui.units_table(source, filters).reset_index(drop=True),
                                                         data.sources, lang), lang)


def region_rows(source: datasource.Source, data: Dataset, filters: Filters, lang: str) -> pd.DataFrame:
    """The kabupaten/kota the place filters keep, with their province: the codes the other URLs take."""
    regions = data.regencies[["code", "name", "kind", "province_code"]].rename(
        columns={"code": "region_code", "kind": "region_kind"})
    chosen = regions[regions["region_code"].isin(selected_regions(data.regencies, filters)["code"])]
    provinces = data.provinces.set_index("province_code")["name"].rename("province")
    return chosen.join(provinces, on="province_code").reset_index(drop=True)


TABLES: dict[str, tuple[Callable[..., pd.DataFrame], str]] = {
    "panel": (overview_rows, "pantau-zi-ringkasan"),
    "units": (unit_rows, "unit-kerja"),
    "regions": (region_rows, "kabupaten-kota"),
}


def _language(params: Mapping[str, list[str]]) -> str | None:
    """`lang=en` or the switch's label, which the pages' URLs hold (Indonesian when absent); None for any other."""
    chosen = (params.get(LANGUAGE_PARAMETER) or [DEFAULT_LANGUAGE])[0].strip()
    by_label = {ui.LANGUAGE_NAMES[lang].casefold(): lang for lang in LANGUAGES}
    return chosen if chosen in LANGUAGES else by_label.get(chosen.casefold())


def _text(status: int, key: str, **params) -> Answer:
    """A refusal in both languages, each line naming what was asked."""
    body = "\n".join(t(key, lang, **params) for lang in LANGUAGES) + "\n"
    return Answer(status, "text/plain; charset=utf-8", body.encode("utf-8"))


def answer(table: str, kind: str, params: Mapping[str, list[str]]) -> Answer:
    """The response to `/api/v1/<table>.<kind>?<params>`."""
    if table not in TABLES or kind not in ("csv", "json"):
        return _text(404, "api.unknown_table", table=f"{table}.{kind}", tables=", ".join(
            f"{name}.csv, {name}.json" for name in TABLES))
    lang = _language(params)
    if lang is None:
        return _text(400, "api.filter.language", parameter=LANGUAGE_PARAMETER, value=params[LANGUAGE_PARAMETER][0],
                     known=", ".join([*LANGUAGES, *ui.LANGUAGE_NAMES.values()]))
    source = _source()
    try:
        data = ui.dataset(source)
    except DatasetError as error:
        return _text(503, "api.dataset_error", count=len(error.problems))
    try:
        filters = from_query(params, data.provinces, data.regencies, data.units["unit_type"].unique(),
                             extra=(LANGUAGE_PARAMETER,))
    except FilterError as error:
        return _text(400, f"api.filter.{error.reason}", parameter=error.parameter, value=error.value,
                     known=", ".join([*URL_KEYS.values(), LANGUAGE_PARAMETER]))
    rows_of, name = TABLES[table]
    rows = rows_of(source, data, filters, lang)
    if kind == "csv":
        return Answer(200, "text/csv; charset=utf-8", exports.to_csv_bytes(rows, lang), f"{name}.csv")
    body = exports.without_time_zones(rows).to_json(orient="records", date_format="iso", force_ascii=False)
    return Answer(200, "application/json", body.encode("utf-8"), f"{name}.json")
