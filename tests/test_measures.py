"""The counts' one definition: holdings on a date, where units stand, and agreement with the year-end panel."""

from datetime import date

import pandas as pd
import pytest

from pantau_zi import datasource, measures
from pantau_zi.loading import EMBEDDED_PARTS, load_dataset
from pantau_zi.metrics import YEARS, unit_counts, unit_years
from tests.conftest import MINI


@pytest.fixture(scope="module")
def mini():
    return load_dataset((MINI,))


def test_a_wbk_holder_proposed_for_wbbm_still_counts_as_holding_wbk(mini):
    # 30 Jun 2021: U1 (WBK since 2019) was proposed for WBBM on 1 May, so its latest stage is usulan; U2 and U3
    # hold WBK; U4 was proposed; U5 only declared.
    held = measures.holdings_on(mini.units["unit_id"], mini.events, date(2021, 6, 30))
    assert held == {"declared": 5, "predicate": 3, "wbk": 3, "wbbm": 0}
    counts = measures.standing_counts(mini.units["unit_id"], mini.events, date(2021, 6, 30))
    assert counts.to_dict() == {"pencanangan": 1, "pembangunan": 0, "usulan": 1, "evaluasi_tpn": 0, "wbk": 3,
                                "wbbm": 0, "dicabut": 0}


def test_a_wbbm_holder_counts_once_and_a_revoked_unit_holds_nothing(mini):
    # End of 2022: U1 holds WBBM, U3 WBK; U2's WBK was revoked on 14 June 2022.
    assert measures.holdings_on(mini.units["unit_id"], mini.events, date(2022, 12, 31)) == {
        "declared": 5, "predicate": 2, "wbk": 1, "wbbm": 1}
    counts = measures.standing_counts(["U2"], mini.events, date(2022, 12, 31))
    assert counts.sum() == 1 and counts["dicabut"] == 1


def test_every_defined_count_has_one_label_in_both_languages():
    for column in measures.LABELS:
        assert measures.label(column, "id") != measures.LABELS[column]
        assert measures.label(column, "en") != measures.label(column, "id") or column == "wbbm"
    assert measures.split_text(6, 1, "id") == "6 WBK, 1 WBBM"


def test_on_31_december_units_stand_as_the_panel_counts_them_in_every_region_and_year():
    data = datasource.load(datasource.Files(EMBEDDED_PARTS))
    counts = unit_counts(unit_years(data.units, data.events), data.regencies["code"])
    region_of = data.units.set_index("unit_id")["region_code"]
    for year in (YEARS.start + 3, 2019, 2021, YEARS.stop - 1):
        standing = measures.standing_on(data.events, date(year, 12, 31))
        held = pd.DataFrame({"declared": 1, "wbk": standing == "wbk", "wbbm": standing == "wbbm"}).astype(int)
        held = held.groupby(region_of[held.index].to_numpy()).sum()
        panel = counts.xs(year, level="year")
        assert (panel.loc[held.index, ["declared", "wbk", "wbbm"]] == held).all().all(), year
        assert (panel.drop(held.index)[["declared", "predicate"]] == 0).all().all(), year
    sumedang = data.units.loc[data.units["region_code"] == "32.11", "unit_id"]
    held = measures.holdings_on(sumedang, data.events, date(2021, 12, 31))
    assert held == counts.loc[("32.11", 2021), ["declared", "predicate", "wbk", "wbbm"]].to_dict()
