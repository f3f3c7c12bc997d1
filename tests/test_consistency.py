"""One figure, one value: each headline count computed through every path that shows it, on the embedded data.

Paths: the overview card, the profile card, the map, the ranking, the Target page, the briefing (slides 2 and
4 on 31 December) and the CSV downloads; then the pages themselves through AppTest for two regions.
"""

import io
from dataclasses import replace
from datetime import date

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from pantau_zi import datasource, exports, mapping, measures, metrics, profile, progress, ranking, unit_table, views
from pantau_zi.briefing import slides
from pantau_zi.filters import Filters, filtered_panel, in_years, selected_units
from pantau_zi.i18n import format_number, t
from pantau_zi.loading import EMBEDDED_PARTS
from tests.conftest import APP

# Sumedang and Polewali Mandar (real seeds), Musi Banyuasin and Tanah Bumbu (seeds), a kota whose WBK deadline
# passed in 2023, and a region without any target.
REGIONS = ("32.11", "76.04", "16.06", "63.10", "11.73", "11.01")
YEARS = (2019, 2021, 2025)
LANG = "id"
COUNTS = ("declared", "predicate", "wbk", "wbbm")


@pytest.fixture(scope="module")
def data():
    return datasource.load(datasource.Files(EMBEDDED_PARTS))


@pytest.fixture(scope="module")
def unit_year(data):
    return metrics.unit_years(data.units, data.events)


def panel(data, unit_year, filters: Filters) -> pd.DataFrame:
    return filtered_panel(unit_year, data.targets, data.perangkat_daerah, data.regencies, filters)


def place_filters(code: str, year: int) -> Filters:
    """The sidebar after choosing the region (its province is chosen with it) and a range ending in the year."""
    return Filters(province=code[:2], region=code, years=(metrics.YEARS.start, year))


def overview_cards(data, unit_year, code: str, year: int) -> dict[str, float | None]:
    """The overview's cards of the region: the reference every other path must equal."""
    totals = views.scope_totals(panel(data, unit_year, place_filters(code, year)))
    cards = {figure.metric: figure for figure in views.headline_figures(totals, year)}
    wbk, wbbm = cards["predicate"].parts
    attained = cards["attainment_wbk_pct"].parts
    return {"declared": cards["declared"].value, "predicate": cards["predicate"].value, "wbk": wbk,
            "wbbm": cards["wbbm"].value, "split_wbbm": wbbm,
            "target_count": attained[0] if attained else None, "target": attained[1] if attained else None}


def read_csv(frame: pd.DataFrame) -> pd.DataFrame:
    """A table as its CSV download reads back; region codes stay text ('32.10' is not 32.1)."""
    return pd.read_csv(io.BytesIO(exports.to_csv_bytes(frame, LANG)), encoding="utf-8-sig",
                       dtype={exports.column_label("region_code", LANG): str})


def label(column: str) -> str:
    return measures.label(column, LANG)


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("code", REGIONS)
def test_each_count_is_the_same_on_every_screen_slide_and_download(data, unit_year, code, year):
    card = overview_cards(data, unit_year, code, year)
    assert card["wbk"] + card["wbbm"] == card["predicate"] and card["split_wbbm"] == card["wbbm"]
    filters = place_filters(code, year)
    region_panel = panel(data, unit_year, filters)
    in_province = panel(data, unit_year, replace(filters, region=None))

    # profile cards: the overview's, with the attainment in force and coverage added
    shown = profile.headline_metrics(region_panel, year)
    profile_cards = {figure.metric: figure.value
                     for figure in views.headline_figures(views.scope_totals(region_panel), year, shown)}
    assert {metric: profile_cards[metric] for metric in ("declared", "predicate", "wbbm")} == {
        metric: card[metric] for metric in ("declared", "predicate", "wbbm")}

    # the map and the ranking, both drawn over the province
    for key in ("unit", "wbk", "wbbm"):
        column = mapping.METRICS[key]
        values = mapping.map_values(in_province, data, year, column).set_index("region_code")
        assert values.at[code, column] == card[column], key
    for metric in COUNTS:
        ranked = ranking.ranked(in_province, data.regencies, year, metric).set_index("region_code")
        assert ranked.at[code, "value"] == card[metric], metric

    # the Target page's status of the region
    status = progress.choice_status([code], progress.region_status(in_province, year), year).iloc[0]
    if card["target"] is None:
        assert status["status"] == "no_target"
    else:
        assert (status["current"], status["target"]) == (card["target_count"], card["target"])

    # the briefing on 31 December: slide 4's sentence, slide 2's "count / target"
    inputs = slides.inputs_for(data, in_province, {}, {}, filters, date(year, 12, 31), date(year - 1, 12, 31), LANG)
    number = {name: format_number(value, 0, LANG) for name, value in card.items() if value is not None}
    assert slides.stages_slide(inputs).message == t(
        "metric.holdings", LANG, declared=number["declared"], predicate=number["predicate"],
        split=measures.split_text(card["wbk"], card["wbbm"], LANG))
    if card["target"] is not None:
        assert slides.progress_slide(inputs).big_value == f"{number['target_count']} / {number['target']}"

    # downloads: the overview's yearly table, the map's, the ranking's and the unit table's
    yearly = read_csv(metrics.public_columns(in_years(views.scope_totals(region_panel), filters)))
    row = yearly.set_index(exports.column_label("year", LANG)).loc[year]
    assert [row[label(metric)] for metric in COUNTS] == [card[metric] for metric in COUNTS]
    targeted = row[label("predicate_pemda_targeted")]
    if card["target"] is None:
        assert pd.isna(targeted)
    else:
        assert (targeted, row[exports.column_label("target_wbk", LANG)]) == (card["target_count"], card["target"])
    map_rows = read_csv(mapping.map_values(in_province, data, year, "predicate")[["region_code", "predicate"]])
    assert map_rows.set_index(exports.column_label("region_code", LANG)).at[code, label("predicate")] == card[
        "predicate"]
    units = data.units[selected_units(data.units, filters, [code])]
    table = read_csv(unit_table.for_display(unit_table.unit_table(
        units, data.events, data.sources, data.regencies, data.provinces, unit_table.year_end(year)), LANG))
    held = table[exports.column_label("predicate_held", LANG)]
    stage = table[exports.column_label("stage", LANG)]
    not_declared = [t(f"stage.{unit_table.NOT_YET}", LANG), t(f"stage.{unit_table.NO_RECORD}", LANG)]
    assert (~stage.isin(not_declared)).sum() == card["declared"]
    assert [(held == t(f"stage.{predicate}", LANG)).sum() for predicate in ("wbk", "wbbm")] == [card["wbk"],
                                                                                              card["wbbm"]]


def test_the_national_chart_counts_what_the_national_attainment_divides(data, unit_year):
    national = panel(data, unit_year, Filters())
    totals = views.scope_totals(national).set_index("year")
    series, has_target = views.target_trend(national)
    last = series.set_index("year").loc[2025]
    assert has_target
    assert (last["predicate_pemda"], last["target"]) == (totals.at[2025, "attainment_wbk_pct__num"],
                                                         totals.at[2025, "target_wbk"])
    assert round(100 * last["predicate_pemda"] / last["target"], 1) == totals.at[2025, "attainment_wbk_pct"]
    nation = progress.choice_status([progress.NATION], progress.region_status(national, 2025), 2025).iloc[0]
    assert (nation["current"], nation["target"]) == (last["predicate_pemda"], last["target"])


def test_every_screen_labels_a_count_with_its_one_label():
    for column in measures.LABELS:
        assert exports.column_label(column, LANG) == label(column)  # tables, downloads, ranking chooser
    for metric in views.HEADLINE_METRICS:
        if metric in measures.LABELS:
            assert t(f"metric.{metric}", LANG) == label(metric)  # cards
    for key, column in mapping.METRICS.items():
        if column in measures.LABELS:
            assert t(f"peta.metric.{key}", LANG) == label(column)  # map chooser and title


# AppTest: the numbers as the pages draw them, for two regions.
PAGES_OF = {"32.11": ("Jawa Barat", "Kabupaten Sumedang"), "76.04": ("Sulawesi Barat", "Kabupaten Polewali Mandar")}


@pytest.mark.parametrize("code", list(PAGES_OF))
def test_the_pages_draw_the_same_counts_with_the_same_labels(monkeypatch, data, unit_year, downloads, code):
    monkeypatch.delenv("PANTAU_ZI_DATA_DIRS", raising=False)
    monkeypatch.delenv("PANTAU_ZI_BOUNDARY_FILE", raising=False)
    year = 2025
    card = overview_cards(data, unit_year, code, year)
    expected = {label("declared"): number(card["declared"]), label("predicate"): number(card["predicate"]),
                label("wbbm"): number(card["wbbm"])}
    split = measures.split_text(card["wbk"], card["wbbm"], LANG)
    app = AppTest.from_file(APP, default_timeout=300)
    app.query_params["prov"], app.query_params["wilayah"] = PAGES_OF[code]
    app.run()
    for page in ("ringkasan", "profil"):
        if page != "ringkasan":
            app.switch_page(f"pages/{page}.py").run()
        assert not app.exception, page
        drawn = {metric.label: metric.value for metric in app.metric}
        assert {name: drawn[name] for name in expected} == expected, page
        assert split in [caption.value for caption in app.caption], page
    downloads.clear()
    app.switch_page("pages/unit.py").run()
    (name,) = [name for name in downloads if name.endswith(".csv")]
    table = pd.read_csv(io.BytesIO(downloads[name]()), encoding="utf-8-sig")
    held = table[exports.column_label("predicate_held", LANG)]
    assert held.isin([t("stage.wbk", LANG), t("stage.wbbm", LANG)]).sum() == card["predicate"]
    sentence = t("metric.holdings", LANG, declared=number(card["declared"]), predicate=number(card["predicate"]),
                 split=split)
    assert sentence in [text.value for text in app.markdown]


def number(value) -> str:
    return format_number(value, 0, LANG)
