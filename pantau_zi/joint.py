"""ZI, KPK's SPI and Ombudsman's compliance side by side: one row per kabupaten/kota in a year; pure pandas.

SPI and Ombudsman are real (published figures, each row naming its source); the ZI counts come from the dataset,
mostly synthetic, so every row says which its ZI figures are.
"""

from __future__ import annotations

import pandas as pd

from pantau_zi import ombudsman, spi
from pantau_zi.i18n import t
from pantau_zi.mapping import ZONES

# A ZI measure per 100 perangkat daerah -> the pemda count it divides.
PER_100 = {"predicate_per_100": "predicate_pemda", "declared_per_100": "declared_pemda"}
ZI_COLUMNS = ("declared_pemda", "predicate_pemda", "perangkat_daerah", "predicate_per_100", "declared_per_100",
              "target_wbk", "attainment_wbk_pct")
REPEATED = ("province", "region_kind", "spi_source", "ombudsman_source", "zi_data")
COLUMNS = ("region_code", "name", "province", "region_kind", "spi_year", "spi", "spi_zone", "spi_change", "spi_source",
           "ombudsman_year", "ombudsman_score", "ombudsman_zone", "ombudsman_source", *ZI_COLUMNS, "zi_data")
# What the table on screen shows; codes, sources and the counts behind the per-100 figures are in the download.
# Every on-screen cell travels twice (its value, and its text in the language), 514 rows nationally.
ON_SCREEN = ("name", "province", "spi_year", "spi", "spi_zone", "spi_change", "ombudsman_year", "ombudsman_score",
             "ombudsman_zone", "predicate_per_100", "declared_per_100", "zi_data")


def joined(panel: pd.DataFrame, regencies: pd.DataFrame, provinces: pd.DataFrame, survey: pd.DataFrame,
           assessments: pd.DataFrame, origin: pd.Series, year: int) -> pd.DataFrame:
    """Every region of the panel in `year`: its SPI (latest survey up to the year, change from the year before),
    its Ombudsman assessment (latest up to the year), its pemda ZI counts and WBK target attainment. Missing stays
    missing: a region without an SPI or an Ombudsman report has empty cells there, never a zero or a zone. `origin`
    says per region code whether its ZI rows are real, synthetic or mixed (provenance.region_origins' data)."""
    rows = panel.loc[panel["year"] == year, ["region_code", *[c for c in ZI_COLUMNS if c in panel.columns]]]
    staff = rows["perangkat_daerah"].astype("float64")
    for measure, count in PER_100.items():
        rows[measure] = (100 * rows[count] / staff.where(staff > 0)).round(1)
    about = regencies.set_index("code")[["name", "province_code", "kind"]].rename(columns={"kind": "region_kind"})
    names = provinces.set_index("province_code")["name"].rename("province")
    rows = rows.join(about, on="region_code").join(names, on="province_code")
    kpk = spi.latest_values(survey.loc[survey["level"] != "provinsi"], year)
    kpk = kpk.rename(columns={"year": "spi_year", "index": "spi", "zone": "spi_zone", "change": "spi_change",
                              "source": "spi_source"})
    kpk.index = kpk.index.astype(object)
    rows = rows.join(kpk, on="region_code")
    reports = ombudsman.latest_rows(assessments.loc[assessments["level"] != "provinsi"], year)
    reports = reports.set_index(reports["code"].astype(object))[["year", "score", "zone", "source_url"]]
    rows = rows.join(reports.add_prefix("ombudsman_").rename(columns={"ombudsman_source_url": "ombudsman_source"}),
                     on="region_code")
    rows["zi_data"] = rows["region_code"].map(origin)
    for column in ("spi_year", "ombudsman_year"):
        rows[column] = rows[column].astype("Int64")
    return rows[list(COLUMNS)].sort_values(["province", "name"]).reset_index(drop=True)


def plotted(table: pd.DataFrame, measure: str) -> pd.DataFrame:
    """The rows a scatter of SPI against the measure can draw: both values present."""
    return table.loc[table["spi"].notna() & table[measure].notna()]


def for_display(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The joint table as shown and downloaded: zones, kinds and the ZI data's origin in the language, zones as
    ordered categories (a sort goes low to high, not alphabetically), headers left to exports.localised."""
    spi_zones = [name for name, _ in sorted(spi.ZONE_FLOORS, key=lambda pair: pair[1])]

    def labelled(values: pd.Series, key: str, order) -> pd.Categorical:
        labels = [t(f"{key}.{name}", lang) for name in order]
        words = dict(zip(order, labels))
        return pd.Categorical([words.get(value) for value in values.astype(object)], categories=labels, ordered=True)

    shown = table.assign(
        spi_zone=labelled(table["spi_zone"], "spi.zone", spi_zones),
        ombudsman_zone=labelled(table["ombudsman_zone"], "profile.zone", ZONES),
        region_kind=table["region_kind"].map(lambda kind: t(f"filter.kind.{kind}", lang)),
        zi_data=table["zi_data"].map(lambda origin: t(f"provenance.{origin}", lang),
                                     na_action="ignore").fillna(t("provenance.none", lang)))
    # Repeated texts (a source cites a year's whole survey, an article many regions) travel once each as categories.
    return shown.astype({column: "category" for column in REPEATED})


def on_screen(shown: pd.DataFrame) -> pd.DataFrame:
    """for_display's table cut to the columns the screen shows, its years in two bytes (they travel per cell)."""
    return shown[list(ON_SCREEN)].astype({"spi_year": "Int16", "ombudsman_year": "Int16"})


def clicked_region(points: list[dict]) -> str | None:
    """The region a click on the scatter chose (its code is the first of each point's customdata), if any."""
    return next((point["customdata"][0] for point in points if point.get("customdata")), None)
