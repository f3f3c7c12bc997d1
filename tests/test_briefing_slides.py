"""The briefing's slides on the mini dataset; every number below is worked out from tests/fixtures/mini."""

from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from pantau_zi import boundaries
from pantau_zi.briefing import screen
from pantau_zi.briefing.slide import Slide
from pantau_zi.briefing.slides import build_slides, data_as_of, inputs_for, stages_slide
from pantau_zi.filters import Filters, filtered_panel
from pantau_zi.loading import load_dataset
from pantau_zi.metrics import unit_years
from pantau_zi.spi import load_spi
from tests.conftest import MINI

ON, SINCE = date(2021, 12, 31), date(2020, 12, 31)


@pytest.fixture(scope="module")
def mini():
    return load_dataset((MINI,))


@pytest.fixture(scope="module")
def geometry():
    return boundaries.geojson_for_plotly(boundaries.load_boundaries()), boundaries.load_national_geojson()


def deck(mini, geometry, lang="id", **filters) -> dict[str, Slide]:
    chosen = Filters(**filters)
    panel = filtered_panel(unit_years(mini.units, mini.events), mini.targets, mini.perangkat_daerah, mini.regencies,
                           replace(chosen, region=None))
    slides = build_slides(inputs_for(mini, panel, *geometry, chosen, ON, SINCE, lang, load_spi()))
    return {slide.key: slide for slide in slides}


@pytest.fixture(scope="module")
def sumedang(mini, geometry):
    return deck(mini, geometry, province="32", region="32.11")


def test_slides_come_in_briefing_order(sumedang):
    assert list(sumedang) == ["title", "progress", "map", "spi", "stages", "changes", "next", "sources"]


def test_title_names_the_scope_the_date_and_when_the_data_ends(sumedang):
    title = sumedang["title"]
    assert title.title == "Zona Integritas di Kabupaten Sumedang"
    assert title.message == "31 Desember 2021"
    # The last event of the mini dataset is U2's revocation on 14 June 2022; every fixture row is synthetic.
    assert title.points == ("Data per 14 Juni 2022", "Sebagian data sintetis, untuk peragaan")


def test_data_ends_on_the_latest_event_but_never_after_the_last_year_the_metrics_cover(mini):
    # The 2025 cycle's awards were handed out on 11 February 2026; the metrics stop at 31 December 2025.
    after = pd.concat([mini.events, mini.events.tail(1).assign(date=pd.Timestamp("2026-02-11"))], ignore_index=True)
    assert data_as_of(replace(mini, events=after)) == date(2025, 12, 31)
    assert data_as_of(mini) == date(2022, 6, 14)


def test_progress_counts_pemda_predicates_against_the_wbk_target(sumedang):
    # Target 2 WBK by 2021; U1 (WBBM) and U2 (WBK) are Sumedang's own units, U3 is the police's.
    slide = sumedang["progress"]
    assert (slide.big_value, slide.message) == ("2 / 2", "Target 2021 sudah tercapai.")
    assert slide.chart is not None


def test_national_progress_sums_the_regions_with_a_target(mini, geometry):
    # Sumedang 2 of 2 (achieved); Bandung 0 of 1 by 2022 with no gain in three years, so projected 0.
    slide = deck(mini, geometry)["progress"]
    assert slide.big_value == "2 / 3"
    assert slide.message == "Tertinggal: dengan laju saat ini hanya 2 unit pada 2022."


def test_map_gives_coverage_and_rank_in_the_province(sumedang):
    # 2 declared pemda units of 40 perangkat daerah = 5 %; Bandung has 1 of 50 = 2 %; no other region has data.
    slide = sumedang["map"]
    assert slide.big_value == "5%"
    assert slide.message == "Peringkat 1 dari 2 kabupaten/kota di provinsinya, 2021."
    assert slide.chart.data[0].marker.line.width[list(slide.chart.data[0].locations).index("32.11")] > 1


def test_stages_count_every_unit_of_the_scope(sumedang):
    assert sumedang["stages"].message == "3 unit sudah mencanangkan ZI; 3 berpredikat WBK/WBBM (2 WBK, 1 WBBM)."


def test_stages_count_a_wbk_holder_proposed_for_wbbm_as_holding_wbk(mini, geometry):
    # 30 Jun 2021: U1 holds WBK and was proposed for WBBM on 1 May; U2 and U3 hold WBK too.
    chosen = Filters(province="32", region="32.11")
    panel = filtered_panel(unit_years(mini.units, mini.events), mini.targets, mini.perangkat_daerah, mini.regencies,
                           replace(chosen, region=None))
    slide = stages_slide(inputs_for(mini, panel, *geometry, chosen, date(2021, 6, 30), SINCE, "id"))
    assert slide.message == "3 unit sudah mencanangkan ZI; 3 berpredikat WBK/WBBM (3 WBK, 0 WBBM)."
    bars = dict(zip(slide.chart.data[0].y, slide.chart.data[0].x))
    assert bars == {"WBK": 3}


def test_changes_list_the_latest_first_with_counts_per_kind(sumedang):
    slide = sumedang["changes"]
    assert slide.points == ("0 unit baru mencanangkan", "1 unit diusulkan", "1 predikat diraih", "0 predikat dicabut")
    assert slide.table.iloc[0].tolist() == ["9 Des 2021", "Disdukcapil Sumedang", "WBBM"]
    assert list(slide.table.columns) == ["Tanggal", "Nama", "Tahap"]


def test_next_says_so_when_no_pemda_unit_is_on_its_way(sumedang):
    slide = sumedang["next"]
    assert (slide.big_value, slide.table) == ("0", None)
    assert slide.message == "Tidak ada unit pemda yang sedang menuju predikat."


def test_next_names_the_gap_to_the_target_and_the_closest_units(mini, geometry):
    # Kota Bandung: target 1 WBK by 2022, none yet; its only unit U4 is in TPN evaluation.
    slide = deck(mini, geometry, province="32", region="32.73")["next"]
    assert slide.message == "Masih perlu 1 unit berpredikat sebelum akhir 2022; ini yang paling dekat."
    assert slide.table["Nama"].tolist() == ["DPMPTSP Kota Bandung"]


def test_sources_list_what_the_scope_cites(sumedang):
    assert sumedang["sources"].points == ("Hand-made test fixture \u2014 Pantau ZI tests",)


def test_slides_switch_to_english(mini, geometry):
    english = deck(mini, geometry, lang="en", province="32", region="32.11")
    assert english["title"].message == "31 December 2021"
    assert english["progress"].message == "The 2021 target is reached."


def test_a_region_without_a_wbk_target_reports_its_declaration_target(mini, geometry):
    targets = mini.targets.assign(target_wbk=mini.targets["target_wbk"].where(mini.targets["region_code"] != "32.11"))
    slide = deck(replace(mini, targets=targets), geometry, province="32", region="32.11")["progress"]
    # Declare 4 pemda units by 2021; only U1 and U2 did.
    assert slide.big_value == "2 / 4"
    assert slide.message == "Tenggat 2021 lewat; 2 unit belum mencanangkan ZI."
    # drawn against that target: the declared pemda units as bars, the target of 4 as the dashed line
    bars, goal = slide.chart.data[:2]
    assert (bars.type, list(bars.y)[-1], goal.name, max(goal.y)) == ("bar", 2, "Target pencanangan (sampai tenggat)", 4)


def test_a_scope_with_nothing_to_draw_says_so_and_has_no_chart(mini, geometry):
    # Jakarta Pusat: U5 declared in 2019, holds no predicate, and the region has no target.
    slide = deck(mini, geometry, province="31", region="31.71")["progress"]
    assert slide.chart is None
    assert slide.message == ("Belum ada unit pemda berpredikat; Kota Administrasi Jakarta Pusat tidak punya target "
                             "yang berlaku.")


def test_sumedangs_real_slide_draws_its_declaration_target(geometry):
    """Real: all 66 SKPD to declare ZI by 2020; 12 pemda units did; its only WBK holders are vertical agencies."""
    from pantau_zi.loading import EMBEDDED_PARTS

    slide = deck(load_dataset(EMBEDDED_PARTS), geometry, province="32", region="32.11")["progress"]
    assert (slide.title, slide.big_value) == ("Kemajuan terhadap target pencanangan", "12 / 66")
    assert slide.message == "Tenggat 2020 lewat; 54 unit belum mencanangkan ZI."
    bars, goal = slide.chart.data[:2]
    assert (max(bars.y), max(goal.y)) == (12, 66)
    assert list(goal.marker.size) == [0, 16]  # the deadline marked, on the projector too


def test_text_from_data_is_escaped_on_screen():
    slide = Slide("x", "<b>judul</b>", "<script>alert(1)</script>", points=("a & b",))
    assert "<script>" not in screen.heading_html(slide) and "&lt;script&gt;" in screen.heading_html(slide)
    assert "a &amp; b" in screen.figure_html(slide)
    table = screen.table_html(pd.DataFrame({"Nama": ["<img src=x onerror=alert(1)>"]}))
    assert "<img" not in table and "&lt;img" in table


def test_a_5000_character_unit_or_region_name_is_cut_on_the_slides_and_they_stay_above_the_page_foot(
        mini, geometry):
    from pantau_zi.briefing import export
    from pantau_zi.figures import LABEL_CHARACTERS

    long = "Dinas " + "Panjang" * 714
    renamed = replace(mini, units=mini.units.assign(name=long),
                      regencies=mini.regencies.assign(name=mini.regencies["name"].where(
                          mini.regencies["code"] != "32.11", "Kabupaten " + long)))
    slides = deck(renamed, geometry, province="32", region="32.11")
    assert long[:40] in slides["title"].title and len(slides["title"].title) < 200
    assert all(len(name) == LABEL_CHARACTERS and name.endswith("\u2026") for name in slides["changes"].table.iloc[:, 1])
    for slide in slides.values():
        page = export.page_layout(slide)
        assert all(box.y + box.h <= export.BODY_BOTTOM for box in (page.title, *page.texts)), slide.key
        if page.table is not None:
            assert page.table.y + sum(page.table.heights) <= export.BODY_BOTTOM, slide.key


def test_the_spi_slide_gives_a_regions_index_and_zone_and_a_provinces_regions_by_zone(sumedang, mini, geometry):
    # KPK's SPI 2021: Sumedang 75.17, waspada (2021 is the first survey, so no change)
    slide = sumedang["spi"]
    assert (slide.big_value, slide.big_label, slide.message) == ("75,17", "Indeks SPI 2021", "Zona Waspada")
    assert slide.points == ("Data nyata: KPK, Survei Penilaian Integritas (jaga.id)",)
    province = deck(mini, geometry, province="32")["spi"]
    assert province.message == "27 dari 27 kabupaten/kota punya SPI 2021, menurut zona:"
    assert [point.split(":")[0] for point in province.points[:3]] == ["Rentan", "Waspada", "Terjaga"]
    assert sum(int(point.split(": ")[1]) for point in province.points[:3]) == 27


def test_without_an_spi_year_the_slide_says_kpk_has_published_none(mini, geometry):
    chosen = Filters(province="32", region="32.11")
    panel = filtered_panel(unit_years(mini.units, mini.events), mini.targets, mini.perangkat_daerah, mini.regencies,
                           replace(chosen, region=None))
    inputs = inputs_for(mini, panel, *geometry, chosen, date(2020, 12, 31), SINCE, "id", load_spi())
    slide = {slide.key: slide for slide in build_slides(inputs)}["spi"]
    assert slide.big_value is None and "belum menerbitkan SPI" in slide.message
