"""The overview's targets-vs-achieved chart through AppTest: where it would be a bare 0-1 axis it says why in words
and draws a target the place does have. Real embedded data (Sumedang's seed) and the mini dataset."""

import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import APP


@pytest.fixture
def real(monkeypatch) -> AppTest:
    monkeypatch.delenv("PANTAU_ZI_DATA_DIRS", raising=False)
    monkeypatch.delenv("PANTAU_ZI_BOUNDARY_FILE", raising=False)
    return AppTest.from_file(APP, default_timeout=180)


def overview(app: AppTest, **params) -> AppTest:
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception
    return app


def test_sumedangs_overview_says_no_pemda_unit_holds_a_predicate_and_draws_its_declaration_target(real):
    """Real: Sumedang's only WBK holders are vertical agencies; its target is all 66 SKPD declared by 2020."""
    page = overview(real, prov="Jawa Barat", wilayah="Kabupaten Sumedang")
    assert page.info[-1].value.startswith(
        "Belum ada unit pemda berpredikat; target Kabupaten Sumedang adalah pencanangan 66 unit pada 2020. ")
    charts = [chart.proto.spec for chart in page.get("plotly_chart")]
    assert len(charts) == 2  # the map, and the declaration target's progress
    assert "Target pencanangan (sampai tenggat)" in charts[1] and "Kabupaten Sumedang: target Pencanangan ZI" in charts[1]


def test_a_province_on_real_data_only_calls_its_one_regions_target_that_regions_not_the_provinces(real):
    """Real only: in Jawa Barat only Sumedang has a target (66 SKPD by 2020), so the province's chart is its sum."""
    page = overview(real, prov="Jawa Barat", nyata="true")
    assert page.info[-1].value.startswith("Belum ada unit pemda berpredikat; target kabupaten/kota di Jawa Barat: "
                                          "pencanangan 66 unit pada 2020 (jumlah dari 1 kabupaten/kota bertarget).")
    title = json.loads(page.get("plotly_chart")[1].proto.spec)["layout"]["title"]["text"]
    assert title == "Jawa Barat: target Pencanangan ZI dari 1 kabupaten/kota bertarget"


def test_a_place_with_pemda_predicates_keeps_its_chart_without_a_note(app):
    page = overview(app, prov="Jawa Barat", wilayah="Kabupaten Sumedang")  # mini: U1 and U2 hold predicates
    assert len(page.get("plotly_chart")) == 2
    assert all("pemda berpredikat;" not in info.value for info in page.info)


def test_a_place_with_nothing_to_draw_shows_only_the_words(app):
    # mini: Jakarta Pusat's U5 declared in 2019; no predicate, no target
    page = overview(app, prov="DKI Jakarta", wilayah="Kota Administrasi Jakarta Pusat")
    assert page.info[-1].value == ("Belum ada unit pemda berpredikat; Kota Administrasi Jakarta Pusat tidak punya "
                                   "target yang berlaku.")
    assert len(page.get("plotly_chart")) == 1  # the map alone
