"""WBK/WBBM awards reported in the news, placed as real units of the dataset, and the synthetic units they replace.

A report gives a unit, its region, its predicate and the year; nothing earlier. Each placed unit gets a single
award event, so its earlier history is unknown (pantau_zi.status), never invented. A row that cannot be placed
truthfully (predicate not stated, no kabupaten/kota, a provincial office) is left out with its reason.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from pantau_zi.names import RegionMatcher

AWARDS_FILE = "zi-awards-reported.csv"
PREDICATES = {"WBK": "wbk", "WBBM": "wbbm"}
# why a row is left out -> what the data README and left_out.csv say
LEFT_OUT_REASONS = {
    "predicate_unstated": "the source does not say whether the unit got WBK or WBBM",
    "no_region": "no kabupaten/kota given (only 'provincial capital')",
    "provincial_government": "a unit of a provincial government, not of a kabupaten/kota government",
    "provincial_office": "a central agency's provincial office, which serves the province rather than the kabupaten/kota",
}
INSTANSI = {"BPS": "Badan Pusat Statistik", "BNN": "Badan Narkotika Nasional", "Polri": "Kepolisian Negara Republik "
            "Indonesia", "BPK": "Badan Pemeriksa Keuangan"}
_PEMDA_PREFIXES = {"Pemkab ": "Pemerintah Kabupaten ", "Pemkot ": "Pemerintah Kota "}
# the first words of a unit's name -> its unit type (pemda units); vertical offices take their agency's type
_UNIT_TYPES = (("dinas kependudukan", "Disdukcapil"), ("dinas penanaman modal", "DPMPTSP"), ("rsud", "RSUD"),
               ("uptd puskesmas", "Puskesmas"), ("upt puskesmas", "Puskesmas"), ("puskesmas", "Puskesmas"),
               ("kecamatan", "Kecamatan"), ("dinas", "Dinas"), ("badan", "Badan"), ("inspektorat", "Inspektorat"))
_VERTICAL_TYPES = {"BPS": "BPS", "Polri": "Polres"}
_DAY = re.compile(r"\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\b")
_MONTHS = {name: number for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}
# A region has one office of these kinds, so a second unit of the kind there is the same unit under another name.
ONE_PER_REGION = frozenset({"Disdukcapil", "DPMPTSP", "BPS", "Polres"})


def left_out_reason(row: pd.Series, region_code: str | None) -> str | None:
    """Why a reported row cannot be placed as a kabupaten/kota unit, or None when it can."""
    if row["predicate"] not in PREDICATES:
        return "predicate_unstated"
    if region_code is None:
        return "no_region"
    if row["owner_type"] == "pemda" and not row["instansi"].startswith(tuple(_PEMDA_PREFIXES)):
        return "provincial_government"
    if row["owner_type"] != "pemda" and "provinsi" in row["unit_name"].casefold():
        return "provincial_office"
    return None


def unit_type_of(row: pd.Series) -> str:
    if row["owner_type"] != "pemda":
        return _VERTICAL_TYPES.get(row["instansi"], "Lainnya")
    name = row["unit_name"].casefold()
    return next((kind for start, kind in _UNIT_TYPES if name.startswith(start)), "Lainnya")


def instansi_of(written: str) -> str:
    """'Pemkab Garut' as the project writes it ('Pemerintah Kabupaten Garut'); agencies by their full name."""
    for short, full in _PEMDA_PREFIXES.items():
        if written.startswith(short):
            return full + written[len(short):]
    return INSTANSI.get(written, written)


def award_date(year: int, note: object) -> tuple[str, str]:
    """The award's date and its precision: the day the note gives (a cycle's ceremony may fall early the next
    year), else the cycle's year, stored as 1 January with precision 'year'."""
    found = _DAY.search(note) if isinstance(note, str) else None
    if found is None:
        return f"{year}-01-01", "year"
    on_year = int(found[3])
    if on_year not in (year, year + 1):
        raise ValueError(f"award date {found[0]} does not belong to the {year} cycle")
    return f"{on_year}-{_MONTHS[found[2]]:02d}-{int(found[1]):02d}", "day"


def award_tables(reported: pd.DataFrame, regencies: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The reported rows as dataset tables (sources, units, events) and the rows left out, each with its reason."""
    matcher = RegionMatcher.from_regencies(regencies)
    province_of = regencies.set_index("code")["province_code"]
    units, events, left_out, numbers, sources = [], [], [], {}, {}
    for line, row in zip(range(2, len(reported) + 2), reported.to_dict("records")):
        row = pd.Series(row)
        code = matcher.match(row["region_name"])
        reason = left_out_reason(row, code)
        if reason is not None:
            left_out.append({**row, "line": line, "reason": reason, "why": LEFT_OUT_REASONS[reason]})
            continue
        numbers[code] = numbers.get(code, 0) + 1
        source_id = sources.setdefault(row["source_url"], f"award-{len(sources) + 1:02d}")
        unit_id, year = f"R-{code.replace('.', '')}-{numbers[code]:02d}", int(row["year"])
        units.append({"unit_id": unit_id, "name": row["unit_name"], "region_code": code,
                      "instansi": instansi_of(row["instansi"]), "owner_type": "pemda" if row["owner_type"] == "pemda"
                      else "vertikal", "unit_type": unit_type_of(row), "service_facing": "", "name_known": "true",
                      "synthetic": "false", "source_id": source_id, "province_code": province_of[code], "line": line})
        on, precision = award_date(year, row["note"])
        stage = PREDICATES[row["predicate"]]
        note = f"Predikat {row['predicate']} siklus {year}" + (f"; sumber: {row['note']}" if isinstance(row["note"], str)
                                                               else "")
        events.append({"event_id": f"E-{unit_id}-{stage}", "unit_id": unit_id, "date": on, "date_precision": precision,
                       "stage": stage, "score": "", "source_id": source_id, "note": note, "synthetic": "false"})
    placed = reported.iloc[[unit["line"] - 2 for unit in units]]
    return {"sources": _sources_table(placed, sources), "units": pd.DataFrame(units),
            "events": pd.DataFrame(events), "left_out": pd.DataFrame(left_out)}


def write_award_tables(tables: dict[str, pd.DataFrame], folder: Path, columns: dict[str, list[str]]) -> None:
    """The dataset tables as CSV files of a dataset folder, and left_out.csv beside them (not a dataset table)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("sources", "units", "events"):
        tables[name][columns[name]].to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    left_out = tables["left_out"]
    left_out = left_out[["line", *(c for c in left_out.columns if c not in ("line", "reason", "why")), "reason", "why"]]
    left_out.to_csv(folder / "left_out.csv", index=False, lineterminator="\n")


def _sources_table(reported: pd.DataFrame, sources: dict[str, str]) -> pd.DataFrame:
    """One source per reporting page of a placed unit: who published it, for which awards, and its address."""
    rows = []
    for url, source_id in sources.items():
        about = reported[reported["source_url"] == url]
        years = "/".join(sorted(about["year"].astype(str).unique()))
        rows.append({"source_id": source_id, "title": f"Berita penghargaan ZI {years}: "
                     + ", ".join(dict.fromkeys(about["instansi"])), "publisher": urlparse(url).hostname,
                     "published": "", "reference": url, "kind": "article",
                     "note": f"{len(about)} unit dilaporkan; disalin dari shared/data/{AWARDS_FILE}"})
    return pd.DataFrame(rows)


def _name_key(name: pd.Series) -> pd.Series:
    """A unit name without brackets, the word 'UPT'/'UPTD', case or spacing: 'UPTD Puskesmas Karangreja' ~
    'Puskesmas Karangreja'."""
    plain = name.fillna("").str.casefold().str.replace(r"\([^)]*\)", " ", regex=True)
    plain = plain.str.replace(r"\b(uptd|upt)\b", " ", regex=True).str.replace(r"[^a-z0-9]+", " ", regex=True)
    return plain.str.split().str.join(" ")


def synthetic_twins(units: pd.DataFrame, regencies: pd.DataFrame) -> pd.Series:
    """Per unit, True for a synthetic unit standing for a real one of the same region: the same name (with or
    without the region's name after it), or the same kind where a region has only one office of it."""
    short = regencies.set_index("code")["name"]
    names = _name_key(units["name"])
    regions = _name_key(units["region_code"].map(short))
    bare = pd.Series([name.removesuffix(" " + region) for name, region in zip(names, regions)], index=units.index)
    real = units[~units["synthetic"].astype(bool)]
    real_names = set(zip(real["region_code"], bare[real.index]))
    real_kinds = set(zip(real["region_code"], real["unit_type"])) if len(real) else set()
    by_name = pd.Series([key in real_names for key in zip(units["region_code"], bare)], index=units.index)
    by_kind = pd.Series([(code, kind) in real_kinds and kind in ONE_PER_REGION
                         for code, kind in zip(units["region_code"], units["unit_type"])], index=units.index)
    return units["synthetic"].astype(bool) & (by_name | by_kind)


def without_synthetic_twins(tables: dict[str, pd.DataFrame], regencies: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The tables without the synthetic units that stand for a real one, nor those units' events and LKE rows:
    a real unit is never shown beside an invented copy of itself."""
    twins = tables["units"].loc[synthetic_twins(tables["units"], regencies), "unit_id"]
    if twins.empty:
        return tables
    out = dict(tables)
    for name in ("units", "events", "lke"):
        out[name] = tables[name][~tables[name]["unit_id"].isin(twins)].reset_index(drop=True)
    return out
