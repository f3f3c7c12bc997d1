"""The tables of a Pantau ZI dataset and the pandera schemas that guard them.

Files are read as text and checked column by column; every check is named after the i18n key of the
reason a user is shown, so a failure can be explained in the user's language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection

import pandas as pd
import pandera.pandas as pa

from pantau_zi.status import STAGES, lifecycle_violations

OWNER_TYPES = ("pemda", "vertikal")
PEMDA_UNIT_TYPES = ("Disdukcapil", "DPMPTSP", "RSUD", "Puskesmas", "Kecamatan", "Dinas", "Badan", "Sekretariat",
                    "Inspektorat")
VERTICAL_UNIT_TYPES = ("Polres", "Kejari", "Pengadilan", "KPP", "KPPN", "KPKNL", "Bea Cukai", "BPS", "Imigrasi",
                       "Lapas/Rutan", "Kantor Pertanahan", "Kemenag")
UNIT_TYPES = PEMDA_UNIT_TYPES + VERTICAL_UNIT_TYPES + ("Lainnya",)
DATE_PRECISIONS = ("day", "month", "year", "on_or_before")
ZONES = ("hijau", "kuning", "merah")
# Maximum of each LKE part under PermenPAN-RB 90/2021: six change areas (60) and the results (40).
LKE_MAXIMA = {"manajemen_perubahan": 8.0, "tatalaksana": 7.0, "sdm": 10.0, "akuntabilitas": 10.0, "pengawasan": 15.0,
              "pelayanan_publik": 10.0, "ipak": 17.5, "capaian_kinerja": 5.0, "ipkp": 17.5}
YEAR_RANGE = (2000, 2100)

TABLES = ("sources", "units", "events", "declarations", "targets", "perangkat_daerah", "lke", "ombudsman")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def ombudsman_zone(score: float) -> str:
    """Ombudsman compliance zone of a 0-100 score: hijau 81-100, kuning 51-80.99, merah 0-50.99."""
    if score >= 81:
        return "hijau"
    return "kuning" if score >= 51 else "merah"


def _check(reason: str, test, **params) -> pa.Check:
    """A check whose error text carries the reason key and its parameters, for the user's message."""
    return pa.Check(test, name=reason, error=json.dumps({"reason": reason, **params}))


def reason_of(error_text: str) -> tuple[str, dict]:
    """Inverse of _check's error text: (reason key, parameters)."""
    try:
        details = json.loads(error_text)
    except ValueError:
        return error_text, {}
    return details.pop("reason"), details


def _allowed(values: Collection[str], name: str = "not_allowed") -> pa.Check:
    allowed = set(values)
    return _check(name, lambda s: s.isin(allowed), allowed=", ".join(sorted(allowed)) if len(allowed) < 30 else "")


def _as_number(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series.str.replace(",", ".", regex=False), errors="coerce")


def _number(low: float, high: float, integer: bool = False) -> list[pa.Check]:
    def within(s: pd.Series) -> pd.Series:
        value = _as_number(s)
        return value.isna() | value.between(low, high)

    shape = (lambda s: _as_number(s).notna() & (_as_number(s) % 1 == 0)) if integer else (lambda s: _as_number(s).notna())
    return [_check("not_integer" if integer else "not_number", shape),
            _check("out_of_range", within, low=low, high=high)]


def _iso_date() -> pa.Check:
    pattern = r"^\d{4}-\d{2}-\d{2}$"
    return _check("bad_date", lambda s: s.str.match(pattern) & pd.to_datetime(s, format="%Y-%m-%d", errors="coerce").notna())


BOOLEAN = _allowed(("true", "false"), "not_boolean")
YEAR = _number(*YEAR_RANGE, integer=True)


def _text(nullable: bool = False, checks: list[pa.Check] | None = None, unique: bool = False) -> pa.Column:
    return pa.Column(str, checks=checks or [], nullable=nullable, unique=unique, coerce=True)


def _identifier(unique: bool = False) -> pa.Column:
    return _text(checks=[_check("bad_id", lambda s: s.str.match(ID_PATTERN))], unique=unique)


def checkable_events(table: pd.DataFrame) -> pd.DataFrame:
    """Events of the units whose every row has a valid date and stage, dates parsed; others are left to those checks."""
    dates = pd.to_datetime(table["date"].where(table["date"].str.match(r"^\d{4}-\d{2}-\d{2}$", na=False)),
                           format="%Y-%m-%d", errors="coerce")
    usable = dates.notna() & table["stage"].isin(STAGES)
    spoiled = set(table.loc[~usable, "unit_id"])
    keep = usable & ~table["unit_id"].isin(spoiled)
    return table[keep].assign(date=dates[keep])


def _events_follow_lifecycle(table: pd.DataFrame) -> pd.Series:
    """Row-wise: the event breaks no lifecycle rule."""
    broken = lifecycle_violations(checkable_events(table)).notna()
    return ~broken.reindex(table.index, fill_value=False)


def _zone_matches_score(table: pd.DataFrame) -> pd.Series:
    score = _as_number(table["score"])
    expected = score.dropna().map(ombudsman_zone).reindex(table.index)
    return expected.isna() | (expected == table["zone"])


def _total_is_sum(table: pd.DataFrame) -> pd.Series:
    parts = pd.concat([_as_number(table[column]) for column in LKE_MAXIMA], axis=1).sum(axis=1, min_count=len(LKE_MAXIMA))
    total = _as_number(table["total"])
    return parts.isna() | total.isna() | ((parts - total).abs() <= 0.05)


def _deadline_not_before_set(table: pd.DataFrame) -> pd.Series:
    set_year, deadline = _as_number(table["set_year"]), _as_number(table["deadline_year"])
    return set_year.isna() | deadline.isna() | (deadline >= set_year)


def _some_target(table: pd.DataFrame) -> pd.Series:
    return table[["target_declared", "target_wbk", "target_wbbm"]].notna().any(axis=1)


def _row_check(reason: str, column: str, test) -> pa.Check:
    """A check across columns of one row, reported against `column`."""
    return _check(reason, test, column=column)


def table_schemas(region_codes: Collection[str], unit_ids: Collection[str] | None = (),
                  source_ids: Collection[str] | None = ()) -> dict[str, pa.DataFrameSchema]:
    """Schemas of every table; foreign keys check against the given codes and ids (None: ids unknown, unchecked)."""
    region = _text(checks=[_allowed(region_codes, "unknown_region")])
    unit = _text(checks=[] if unit_ids is None else [_allowed(unit_ids, "unknown_unit")])
    source = _text(checks=[] if source_ids is None else [_allowed(source_ids, "unknown_source")])
    synthetic = _text(checks=[BOOLEAN])
    precision = _text(checks=[_allowed(DATE_PRECISIONS)])
    lke_parts = {column: _text(checks=_number(0, maximum)) for column, maximum in LKE_MAXIMA.items()}
    return {
        "sources": pa.DataFrameSchema({
            "source_id": _identifier(unique=True), "title": _text(), "publisher": _text(nullable=True),
            "published": _text(nullable=True, checks=[_iso_date()]), "reference": _text(nullable=True),
            "kind": _text(checks=[_allowed(("article", "generator", "dataset", "regulation", "import"))]),
            "note": _text(nullable=True),
        }),
        "units": pa.DataFrameSchema({
            "unit_id": _identifier(unique=True), "name": _text(nullable=True), "region_code": region,
            "instansi": _text(), "owner_type": _text(checks=[_allowed(OWNER_TYPES)]),
            "unit_type": _text(checks=[_allowed(UNIT_TYPES)]), "service_facing": _text(nullable=True, checks=[BOOLEAN]),
            "name_known": _text(checks=[BOOLEAN]), "synthetic": synthetic, "source_id": source,
        }, checks=[_row_check("name_missing", "name",
                              lambda t: t["name"].notna() | (t["name_known"] == "false"))]),
        "events": pa.DataFrameSchema({
            "event_id": _identifier(unique=True), "unit_id": unit, "date": _text(checks=[_iso_date()]),
            "date_precision": precision, "stage": _text(checks=[_allowed(STAGES)]),
            "score": _text(nullable=True, checks=_number(0, 100)), "source_id": source, "note": _text(nullable=True),
            "synthetic": synthetic,
        }, checks=[_row_check("lifecycle", "stage", _events_follow_lifecycle)]),
        "declarations": pa.DataFrameSchema({
            "region_code": region, "instansi": _text(), "date": _text(checks=[_iso_date()]),
            "date_precision": precision, "scope": _text(nullable=True), "source_id": source, "synthetic": synthetic,
        }),
        "targets": pa.DataFrameSchema({
            "region_code": region, "set_year": _text(checks=YEAR), "deadline_year": _text(checks=YEAR),
            "target_declared": _text(nullable=True, checks=_number(0, 10_000, integer=True)),
            "target_wbk": _text(nullable=True, checks=_number(0, 10_000, integer=True)),
            "target_wbbm": _text(nullable=True, checks=_number(0, 10_000, integer=True)),
            "source_id": source, "synthetic": synthetic,
        }, unique=["region_code", "set_year"], checks=[
            _row_check("deadline_before_set", "deadline_year", _deadline_not_before_set),
            _row_check("no_target", "target_declared", _some_target),
        ]),
        "perangkat_daerah": pa.DataFrameSchema({
            "region_code": region, "year": _text(checks=YEAR),
            "count": _text(checks=_number(1, 1_000, integer=True)), "source_id": source, "synthetic": synthetic,
        }, unique=["region_code", "year"]),
        "lke": pa.DataFrameSchema({
            "unit_id": unit, "year": _text(checks=YEAR), **lke_parts, "total": _text(checks=_number(0, 100)),
            "source_id": source, "synthetic": synthetic,
        }, unique=["unit_id", "year"], checks=[_row_check("total_mismatch", "total", _total_is_sum)]),
        "ombudsman": pa.DataFrameSchema({
            "region_code": region, "year": _text(checks=YEAR), "score": _text(nullable=True, checks=_number(0, 100)),
            "zone": _text(checks=[_allowed(ZONES)]), "source_id": source, "synthetic": synthetic,
        }, unique=["region_code", "year"], checks=[_row_check("zone_mismatch", "zone", _zone_matches_score)]),
    }


# Columns of a few repeated values: a million events hold 57 MB of them as text, 4 MB as categories (an LKE
# table's source 2 MB, 0.1 MB). The categories are the values present, sorted, so a sort orders as the text did.
CATEGORICAL = {"events": ("date_precision", "stage", "source_id", "note"), "lke": ("source_id",)}


def typed(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Convert a validated text table to its working types (dates, numbers, booleans, categories)."""
    out = frame.copy()
    for column in out.columns:
        if column in CATEGORICAL.get(table, ()):
            out[column] = out[column].astype("category")
        elif column in ("synthetic", "name_known", "service_facing"):
            out[column] = out[column].map({"true": True, "false": False}).astype("boolean")
        elif column in ("date", "published"):
            out[column] = pd.to_datetime(out[column], format="%Y-%m-%d")
        elif column in ("year", "set_year", "deadline_year", "count", "target_declared", "target_wbk", "target_wbbm"):
            out[column] = _as_number(out[column]).astype("Int64")
        elif column in ("score", "total", *LKE_MAXIMA):
            out[column] = _as_number(out[column]).astype("float64")
    return out
