"""What the profile of one kabupaten/kota shows, computed from the dataset; pure pandas, no Streamlit."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pantau_zi import ranking, views
from pantau_zi.domain import LKE_PARTS, lke_minima
from pantau_zi.filters import Filters, selected_units
from pantau_zi.i18n import t
from pantau_zi.loading import Dataset
from pantau_zi.schema import LKE_MAXIMA
from pantau_zi.status import STAGE_ORDER, chronological, earlier_history_unknown
from pantau_zi.unit_table import unit_table, with_source, year_end

# The source's link beside the id: a real unit shows where it was reported, a synthetic one a dash, in first view.
PROFILE_UNIT_COLUMNS = ("unit_id", "source_url", "name", "owner_type", "unit_type", "stage", "predicate_held", "since",
                        "source", "source_id", "synthetic")
# The attainment shown: of the WBK target when one is in force (as on the overview), else declaration, else WBBM.
ATTAINMENTS = ("attainment_wbk_pct", "attainment_declared_pct", "attainment_wbbm_pct")
RANKED = ("predicate", "coverage_pct")
# goal -> (pemda count in the panel, target column); attainment is about the pemda's own units.
TARGET_GOALS = {"declared": ("declared_pemda", "target_declared"), "wbk": ("predicate_pemda", "target_wbk"),
                "wbbm": ("wbbm_pemda", "target_wbbm")}
# Tables whose rows belong to a region directly; units and events belong to it through their unit.
REGION_TABLES = ("targets", "declarations", "perangkat_daerah", "ombudsman")
SOURCE_COLUMNS = ("title", "publisher", "published", "reference", "kind", "note")


@dataclass(frozen=True)
class RegionHeader:
    """Who the region is: its name, kind, province, capital, population, and whether it has its own pemda."""

    code: str
    name: str
    kind: str
    province_code: str
    province: str
    capital: str
    population: int
    administrative: bool


@dataclass(frozen=True)
class Rank:
    """A region's place among the regions of its province that have a value (1 = highest)."""

    position: int
    of: int
    province: str


@dataclass(frozen=True)
class RegionProfile:
    """The tables a region's profile shows under the filters, in one language; computed once and shared."""

    header: RegionHeader
    units: pd.DataFrame
    rows: dict[str, pd.DataFrame]
    sources: pd.DataFrame
    units_now: pd.DataFrame
    events: pd.DataFrame
    lke: pd.DataFrame
    labels: pd.Series
    declarations: pd.DataFrame


def region_profile(data: Dataset, filters: Filters, lang: str) -> RegionProfile:
    """The profile of the filters' region: its selected units and their tables in the filters' year."""
    header = region_header(data, filters.region)
    units = data.units[selected_units(data.units, filters, [header.code])]
    rows = region_rows(data, [header.code], units)
    return RegionProfile(header, units, rows, sources_cited(data, rows), units_table(data, units, filters.year),
                         timeline_rows(data, units, filters.year, lang), lke_rows(data.lke, units["unit_id"], filters.year),
                         unit_label(units, lang), declarations(data, rows))


def region_header(data: Dataset, code: str) -> RegionHeader:
    row = data.regencies.set_index("code").loc[code]
    province = data.provinces.set_index("province_code").at[row["province_code"], "name"]
    return RegionHeader(code, row["name"], row["kind"], row["province_code"], province, row["capital"],
                        int(row["population"]), bool(row["administrative"]))


def headline_metrics(region_panel: pd.DataFrame, year: int) -> tuple[str, ...]:
    """The profile's big numbers: the overview's, with the attainment in force in place of WBK's, and coverage."""
    row = region_panel.set_index("year").loc[year]
    attainment = next((metric for metric in ATTAINMENTS if pd.notna(row[metric])), ATTAINMENTS[0])
    return (*views.HEADLINE_METRICS[:-1], attainment, "coverage_pct")


def units_table(data: Dataset, units: pd.DataFrame, year: int) -> pd.DataFrame:
    """The given units with their stage on 31 December of the year, furthest along the lifecycle first."""
    table = unit_table(units, data.events, data.sources, data.regencies, data.provinces, year_end(year))
    progress = table["stage"].map(STAGE_ORDER).fillna(-1)
    return (table.assign(_progress=progress).sort_values(["_progress", "unit_id"], ascending=[False, True])
            [list(PROFILE_UNIT_COLUMNS)].reset_index(drop=True))


def unit_label(units: pd.DataFrame, lang: str) -> pd.Series:
    """A unit's name, or 'name unknown' with its id so that unnamed units stay apart; indexed by unit_id."""
    unknown = units["unit_id"].map(lambda unit_id: f"{t('unit.name_unknown', lang)} ({unit_id})")
    return units["name"].astype("object").where(units["name"].notna(), unknown).set_axis(units["unit_id"])


def timeline_rows(data: Dataset, units: pd.DataFrame, year: int, lang: str) -> pd.DataFrame:
    """Every event of the units up to the end of the year, in order, with the unit's label and the source title."""
    events = data.events[data.events["unit_id"].isin(units["unit_id"])]
    events = events[events["date"] <= pd.Timestamp(year_end(year))]
    rows = with_source(chronological(events), data.sources)
    rows = rows.assign(unit=rows["unit_id"].map(unit_label(units, lang)))
    return rows.sort_values("date", kind="stable")[
        ["date", "date_precision", "unit_id", "unit", "stage", "score", "source"]].reset_index(drop=True)


def unrecorded_history(timeline: pd.DataFrame) -> list[str]:
    """Labels of the timeline's units whose history starts with an award or a revocation (riwayat sebelumnya
    tidak tercatat), in label order."""
    unknown = earlier_history_unknown(timeline) if not timeline.empty else pd.Series(dtype=bool)
    labels = timeline.drop_duplicates("unit_id").set_index("unit_id")["unit"]
    return sorted(labels[unknown.index[unknown]])


def target_progress(region_panel: pd.DataFrame, year: int) -> pd.DataFrame:
    """Per goal (declared, wbk, wbbm) that has a target in force: the target, the current pemda count, the deadline."""
    row = region_panel.set_index("year").loc[year]
    rows = [{"goal": goal, "target": int(row[target]), "current": int(row[count]),
             "deadline_year": int(row["deadline_year"])}
            for goal, (count, target) in TARGET_GOALS.items() if pd.notna(row[target])]
    return pd.DataFrame(rows, columns=["goal", "target", "current", "deadline_year"])


def zi_standing(region_panel: pd.DataFrame, year: int) -> dict:
    """The region's pemda units holding WBK/WBBM at the end of the year (and its WBBM part), and its WBK target in
    force with attainment and deadline; None wherever there is no value (nobody counted, no target)."""
    row = region_panel.set_index("year").loc[year]

    def number(column: str, kind=int):
        return None if pd.isna(row[column]) else kind(row[column])
    predicate, wbbm = number("predicate_pemda"), number("wbbm_pemda")
    return {"predicate": predicate, "wbk": None if predicate is None else predicate - (wbbm or 0), "wbbm": wbbm,
            "target": number("target_wbk"), "attainment": number("attainment_wbk_pct", float),
            "deadline": number("deadline_year") if pd.notna(row["target_wbk"]) else None}


def province_rank(province_panel: pd.DataFrame, code: str, year: int, metric: str, province: str) -> Rank | None:
    """Rank of a region on a metric among its province's regions with a value; ties share the better place."""
    rows = province_panel.loc[province_panel["year"] == year, ["region_code", metric]]
    position, of = ranking.position(rows.assign(rank=ranking.rank_of(rows[metric])), code)
    return None if position is None else Rank(position, of, province)


def lke_rows(lke: pd.DataFrame, unit_ids, year: int | None = None) -> pd.DataFrame:
    """LKE results of the units (up to the year, if given), each flagged with whether its total reaches the
    WBK / WBBM minimum."""
    rows = lke[lke["unit_id"].isin(set(unit_ids))]
    rows = rows if year is None else rows[rows["year"] <= year]
    rows = rows.sort_values(["year", "unit_id"], ascending=[False, True])[["unit_id", "year", *LKE_PARTS, "total"]]
    return rows.assign(**{f"meets_{predicate}": rows["total"] >= lke_minima(predicate)["total"]
                          for predicate in ("wbk", "wbbm")}).reset_index(drop=True)


def lke_areas(row: pd.Series) -> pd.DataFrame:
    """One LKE result part by part: score, maximum and the WBK and WBBM minima."""
    wbk, wbbm = lke_minima("wbk"), lke_minima("wbbm")
    return pd.DataFrame([{"part": part, "score": float(row[part]), "maximum": LKE_MAXIMA[part],
                          "min_wbk": wbk[part], "min_wbbm": wbbm[part]} for part in LKE_PARTS])


def region_rows(data: Dataset, codes, units: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Every row of the dataset about the regions: the given units, their events and LKE, and region tables."""
    wanted = set(codes)
    rows = {table: getattr(data, table)[getattr(data, table)["region_code"].isin(wanted)] for table in REGION_TABLES}
    rows["units"] = units
    rows["events"] = data.events[data.events["unit_id"].isin(units["unit_id"])]
    rows["lke"] = data.lke[data.lke["unit_id"].isin(units["unit_id"])]
    return rows


def declarations(data: Dataset, rows: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The region's agency-wide declarations (no units named), each with its source title."""
    declared = with_source(rows["declarations"], data.sources).sort_values("date")
    return declared[["instansi", "date", "date_precision", "scope", "source"]].reset_index(drop=True)


def sources_cited(data: Dataset, rows: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The sources the region's rows cite, real articles first, then by publication date."""
    cited = set().union(*(set(frame["source_id"]) for frame in rows.values()))
    sources = data.sources[data.sources["source_id"].isin(cited)]
    order = sources.assign(_generated=sources["kind"] == "generator").sort_values(["_generated", "published"])
    return order[list(SOURCE_COLUMNS)].reset_index(drop=True)


def has_synthetic(rows: dict[str, pd.DataFrame]) -> bool:
    return any(bool(frame["synthetic"].any()) for frame in rows.values())


def real_regions(rows: dict[str, pd.DataFrame], units: pd.DataFrame) -> set[str]:
    """The regions with at least one real row (synthetic false), their own or through a unit; the real-facts
    notice names these, so it follows the data after every import and restore."""
    region_of = units.set_index("unit_id")["region_code"]
    found: set[str] = set()
    for frame in rows.values():
        if "synthetic" not in frame:
            continue
        real = frame[frame["synthetic"].eq(False).fillna(False).astype(bool)]
        codes = real["region_code"] if "region_code" in real else real["unit_id"].map(region_of)
        found |= set(codes.dropna())
    return found
