"""The table of work units with their stage at the end of a year, its search and filters; pure pandas."""

from __future__ import annotations

import unicodedata
from datetime import date

import pandas as pd

from pantau_zi.i18n import format_date, format_month, t
from pantau_zi.status import chronological, earlier_history_unknown, status_on

# A unit with no event by the chosen date has not declared ZI yet; the stage filter offers it as a stage.
NOT_YET = "belum"
# ...unless its record starts with an award after that date: what it had done by then was never recorded.
NO_RECORD = "tak_tercatat"
# The source's link beside the id, so a real unit shows where it was reported in first view (a synthetic one a dash).
TABLE_COLUMNS = ("unit_id", "source_url", "name", "region", "province", "instansi", "owner_type", "unit_type",
                 "service_facing", "stage", "predicate_held", "since", "source", "source_id", "synthetic")
SEARCHED = ("name", "instansi", "unit_id")


def year_end(year: int) -> date:
    return date(year, 12, 31)


def with_status(units: pd.DataFrame, events: pd.DataFrame, on: date) -> pd.DataFrame:
    """The units with their stage on a date, the predicate held and since when. Before its first event a unit
    has not declared ('belum'), or, when that first event is an award, has no record yet ('tak_tercatat')."""
    own = events[events["unit_id"].isin(units["unit_id"])]
    status = status_on(own, on)
    out = units.join(status.rename(columns={"predicate": "predicate_held"}), on="unit_id")
    unrecorded = out["unit_id"].map(earlier_history_unknown(own)).eq(True)
    return out.assign(stage=out["stage"].fillna(unrecorded.map({True: NO_RECORD, False: NOT_YET})))


def with_source(frame: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The rows with the title of the source each cites ('source') and its public address where it has one
    ('source_url'; a generator or a local file has none)."""
    cited = sources.set_index("source_id")
    address = cited["reference"].where(cited["reference"].str.match(r"https?://", na=False))
    return frame.join(cited["title"].rename("source"), on="source_id").join(address.rename("source_url"),
                                                                            on="source_id")


def unit_table(units: pd.DataFrame, events: pd.DataFrame, sources: pd.DataFrame, regencies: pd.DataFrame,
               provinces: pd.DataFrame, on: date) -> pd.DataFrame:
    """One row per unit with its place, owner, stage on a date and source title (TABLE_COLUMNS)."""
    places = regencies.set_index("code")[["name", "province_code"]].rename(columns={"name": "region"})
    province_names = provinces.set_index("province_code")["name"].rename("province")
    table = with_status(units, events, on).join(places, on="region_code").join(province_names, on="province_code")
    table = with_source(table, sources)
    return table[list(TABLE_COLUMNS)].reset_index(drop=True)


def folded(text: pd.Series) -> pd.Series:
    """Text lower-cased and stripped of accents, so 'Jaksa' finds 'jaksá' and 'Pelayanan' finds 'PELAYANAN'."""
    def fold(value) -> str:
        if pd.isna(value):
            return ""
        decomposed = unicodedata.normalize("NFKD", str(value).casefold())
        return "".join(char for char in decomposed if not unicodedata.combining(char))
    return text.map(fold)


def search(table: pd.DataFrame, query: str) -> pd.DataFrame:
    """Rows whose name, instansi or id contain every word of the query, ignoring case and accents."""
    words = folded(pd.Series(query.split())).tolist()
    if not words:
        return table
    text = [table[column].astype("string").fillna("") for column in SEARCHED]
    haystack = folded(text[0].str.cat(text[1:], sep=" "))
    keep = pd.Series(True, index=table.index)
    for word in words:
        keep &= haystack.str.contains(word, regex=False)
    return table[keep]


def with_stages(table: pd.DataFrame, stages) -> pd.DataFrame:
    """Rows whose current stage is one of stages; no stages means every row."""
    return table[table["stage"].isin(list(stages))] if stages else table


def selection_key(year: int, query: str, stages) -> str:
    """The table's widget key: a selection is a row position, so a new search, stage choice or year starts afresh."""
    return "-".join(["unit-tabel", str(year), query, *stages])


def position_of(table: pd.DataFrame, unit_id: str | None) -> int | None:
    """The row position of a unit in a table, or None when it is not there."""
    positions = (table["unit_id"] == unit_id).to_numpy().nonzero()[0]
    return int(positions[0]) if unit_id and len(positions) else None


def repeated_as_categories(frame: pd.DataFrame, share: float = 0.25) -> pd.DataFrame:
    """Text columns with few distinct values (under `share` of the rows) as categories, so the browser is sent
    each label once: the full unit table shrinks from about 2 MB to 0.6 MB."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if pd.api.types.infer_dtype(values, skipna=True) == "string" and values.nunique() < share * len(values):
            out[column] = values.astype("category")
    return out


def for_display(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Codes turned into words of the interface language (unknown names, stages, owners) and dates without a clock."""
    out = table.copy()
    for column in ("since", "date", "published"):
        if column in out:
            out[column] = out[column].dt.date
    if "name" in out:
        out["name"] = out["name"].astype("object").where(out["name"].notna(), t("unit.name_unknown", lang))
    for column in ("stage", "predicate_held"):
        if column in out:
            out[column] = out[column].map(lambda value: None if pd.isna(value) else t(f"stage.{value}", lang))
    if "owner_type" in out:
        out["owner_type"] = out["owner_type"].map(lambda value: t(f"filter.owner.{value}", lang))
    if "date_precision" in out:
        out["date_precision"] = out["date_precision"].map(lambda value: t(f"precision.{value}", lang))
    return repeated_as_categories(out)


def stage_history(events: pd.DataFrame, sources: pd.DataFrame, unit_id: str) -> pd.DataFrame:
    """One unit's events in lifecycle order: date, stage, date precision, score, source title and note."""
    rows = with_source(chronological(events[events["unit_id"] == unit_id]), sources)
    return rows[["date", "stage", "date_precision", "score", "source", "source_url", "note"]].reset_index(drop=True)



def first_recorded(events: pd.DataFrame, unit_id: str) -> pd.Series | None:
    """The first recorded event of a unit whose history starts with an award or a revocation (its earlier history
    is not recorded); None for a unit whose history is recorded from the start."""
    own = chronological(events[events["unit_id"] == unit_id])
    return own.iloc[0] if not own.empty and earlier_history_unknown(own).iloc[0] else None


def written_date(event: pd.Series, lang: str) -> str:
    """An event's date written out as far as it is known: '6 Desember 2023', 'Desember 2023' or '2023'."""
    day = event["date"].date()
    if event.get("date_precision") == "year":
        return str(day.year)
    if event.get("date_precision") == "month":
        return format_month(day, lang)
    return format_date(day, lang)
