"""KPK's Survei Penilaian Integritas (SPI): the real index of every pemda per year, and its zones."""

from __future__ import annotations

import re

import pandas as pd

from pantau_zi.i18n import t
from pantau_zi.names import RegionMatcher, as_region_code, province_code
from pantau_zi.paths import REAL_DIR

SPI_FILE = REAL_DIR / "spi.csv"
YEARS = range(2021, 2026)
LEVELS = {"pemprov": "provinsi", "pemkab": "kabupaten", "pemkot": "kota"}
# KPK's 2024 release, the only statement of all three bands (data/real/README.md notes the conflicting ones):
# rentan below 73, waspada 73 to below 78, terjaga 78 and above. A correction is an edit of this line only.
ZONE_FLOORS = (("terjaga", 78.0), ("waspada", 73.0), ("rentan", 0.0))
VALUE_COLUMNS = ("index", "internal", "external", "expert", "correction_integrity", "correction_prevalence")
_PREFIX = re.compile(r"^pemerintah\s+(provinsi|kabupaten|kota)\s+", re.IGNORECASE)


def zone(index: float | None) -> str | None:
    """The SPI zone (rentan, waspada, terjaga) of an index, None when the index is missing."""
    if index is None or pd.isna(index):
        return None
    return next(name for name, floor in ZONE_FLOORS if index >= floor)


def match_published(rows: pd.DataFrame, regencies: pd.DataFrame, provinces: pd.DataFrame) -> pd.DataFrame:
    """KPK's rows with the code of the government each names (`code`, None when unmatched) and `matched_by`.

    The name decides: the 2021-2022 releases keep Papua's codes from before the 2022 split, which now
    belong to other regencies, so a published code is only trusted where the name agrees or matches nothing.
    """
    matcher = RegionMatcher.from_regencies(regencies)
    kinds = dict(zip(regencies["code"], regencies["kind"]))
    codes, how = [], []
    for published, entity, written_code in zip(rows["instansi_name"], rows["entity_type"], rows["region_code"]):
        level = LEVELS[entity]
        if level == "provinsi":
            code = province_code(published, provinces)
            codes.append(code)
            how.append("name" if code else "unmatched")
            continue
        by_name = matcher.match(f"{level} {_PREFIX.sub('', published)}")
        by_code = as_region_code(str(written_code)) if isinstance(written_code, str) else None
        by_code = by_code if kinds.get(by_code) == level else None
        if by_name and by_code and by_name != by_code:
            codes.append(by_name)
            how.append(f"name (published code {written_code} is another region's today)")
        elif by_name or by_code:
            codes.append(by_name or by_code)
            how.append("code" if by_code else "name")
        else:
            codes.append(None)
            how.append("unmatched")
    return rows.assign(code=codes, matched_by=how)


def load_spi(path=SPI_FILE) -> pd.DataFrame:
    """The project's SPI table: one row per government and year, values as floats, zone added."""
    table = pd.read_csv(path, dtype={"code": "string", "province_code": "string", "level": "string"})
    return table.assign(zone=table["index"].map(zone))


def latest_values(table: pd.DataFrame, year: int) -> pd.DataFrame:
    """Per government (indexed by code), its index in its last survey year up to `year`: year, index, zone, change
    from the year before (missing when that year has no value) and source; governments without a value are absent."""
    present = table.loc[(table["year"] <= year) & table["index"].notna(), ["code", "year", "index", "source"]]
    last = present.sort_values("year").drop_duplicates("code", keep="last").set_index("code")
    before = present.assign(year=present["year"] + 1).set_index(["code", "year"])["index"]
    previous = before.reindex(pd.MultiIndex.from_arrays([last.index, last["year"]])).to_numpy()
    return last.assign(zone=last["index"].map(zone), change=(last["index"] - previous).round(2))


def latest_value(table: pd.DataFrame, code: str, year: int) -> dict | None:
    """latest_values of one government as a dict (change None when the year before has no value), or None."""
    own = latest_values(table.loc[table["code"] == code], year)
    if own.empty:
        return None
    row = own.iloc[0]
    return {"year": int(row["year"]), "index": float(row["index"]), "zone": row["zone"],
            "change": None if pd.isna(row["change"]) else float(row["change"])}


def rank(table: pd.DataFrame, code: str, year: int) -> dict | None:
    """A kabupaten's or kota's place (rank, of how many) among its own kind in its province and nationally in a
    year, ties sharing the higher place; None without a value that year."""
    rows = table.loc[(table["year"] == year) & (table["level"] != "provinsi") & table["index"].notna()]
    own = rows.loc[rows["code"] == code]
    if own.empty:
        return None
    level, province, value = own.iloc[0][["level", "province_code", "index"]]
    peers = rows.loc[rows["level"] == level]
    in_province = peers.loc[peers["province_code"] == province]
    return {"province": (int((in_province["index"] > value).sum()) + 1, len(in_province)),
            "nation": (int((peers["index"] > value).sum()) + 1, len(peers))}


def series(table: pd.DataFrame, code: str, year: int) -> tuple[float, ...]:
    """A government's index in each survey year up to `year` that has one, oldest first: its trend line."""
    own = table.loc[(table["code"] == code) & (table["year"] <= year) & table["index"].notna()].sort_values("year")
    return tuple(float(value) for value in own["index"])


def detail_text(table: pd.DataFrame, code: str, kind: str, province: str, year: int, lang: str) -> str:
    """What the profile and the report card write under a government's index (latest_value up to `year`): its
    zone, its rank among its kind in the province and nationally, and which year it is from when not `year`."""
    shown = latest_value(table, code, year)
    detail = [t("profile.spi.zone", lang, zone=t(f"spi.zone.{shown['zone']}", lang))]
    place = rank(table, code, shown["year"])
    if place:
        (position, of), (national, national_of) = place["province"], place["nation"]
        detail.append(t("profile.spi.rank", lang, position=position, of=of, kind=t(f"profile.spi.kind.{kind}", lang),
                        province=province, national=national, national_of=national_of))
    if shown["year"] != year:
        detail.append(t("profile.spi.earlier", lang, year=year, shown=shown["year"]))
    return " \u00b7 ".join(detail)
