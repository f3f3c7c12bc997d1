"""Normalise cells to the text forms the schemas expect; values that cannot be read are left for the schema to name."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from pantau_zi.i18n import LANGUAGES, t
from pantau_zi.importing.columns import COLUMN_OF, REMOVE, SHEET_OF, plain
from pantau_zi.loading import Problem
from pantau_zi.names import RegionMatcher, normalize_region_name
from pantau_zi.schema import ID_PATTERN, OWNER_TYPES, UNIT_TYPES, ZONES, ombudsman_zone, table_schemas
from pantau_zi.status import STAGES

_MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nopember": 11, "nov": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_SERIAL = re.compile(r"^(\d{5})(?:\.0+)?$")
_NAMED_DAY = re.compile(r"^(\d{1,2})[\s/.-]+([a-z]+)\.?[\s/.-]+(\d{4})$")
_NAMED_MONTH = re.compile(r"^([a-z]+)\.?[\s/.-]+(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 because Excel counts a 29 February 1900 that never was
_SERIAL_RANGE = (date(1990, 1, 1), date(2100, 12, 31))


def clean_date(text: str | None) -> tuple[str | None, str]:
    """(YYYY-MM-DD, precision day/month/year); month and year precision stand on their first day."""
    if text is None:
        return None, "day"
    written = " ".join(text.lower().split())
    found = _read_date(written)
    return (found[0].isoformat(), found[1]) if found else (text, "day")


def _read_date(text: str) -> tuple[date, str] | None:
    try:
        if match := _ISO.match(text):
            return date(int(match[1]), int(match[2]), int(match[3])), "day"
        if match := _DAY_FIRST.match(text):  # 03/04/2021 is 3 April: Indonesians write the day first
            return date(int(match[3]), int(match[2]), int(match[1])), "day"
        if match := _SERIAL.match(text):
            day = _EXCEL_EPOCH + timedelta(days=int(match[1]))
            return (day, "day") if _SERIAL_RANGE[0] <= day <= _SERIAL_RANGE[1] else None
        if (match := _NAMED_DAY.match(text)) and match[2] in _MONTHS:
            return date(int(match[3]), _MONTHS[match[2]], int(match[1])), "day"
        if (match := _NAMED_MONTH.match(text)) and match[1] in _MONTHS:
            return date(int(match[2]), _MONTHS[match[1]], 1), "month"
        if match := _YEAR.match(text):
            return date(int(match[1]), 1, 1), "year"
    except ValueError:  # 31/02/2021 and the like
        return None
    return None


def date_fault(text: str | None) -> tuple[str, dict]:
    """Why a date cell cannot be read, as written: a day that does not exist (31/02/2022) or an unknown form."""
    written = " ".join((text or "").lower().split())
    for pattern, day, month, year in ((_ISO, 3, 2, 1), (_DAY_FIRST, 1, 2, 3)):
        if match := pattern.match(written):
            if 1 <= int(match[month]) <= 12 and 1 <= int(match[day]) <= 31:
                return "no_such_date", {"date": text}
    if (match := _NAMED_DAY.match(written)) and match[2] in _MONTHS:
        return "no_such_date", {"date": text}
    return "unreadable_date", {}


# ZI began with PermenPAN-RB 60/2012; an event before it, or after today, is a typing error.
FIRST_EVENT = date(2012, 1, 1)
TEXT_LIMITS = {"name": 300, "instansi": 300, "note": 2_000}
_SHOWN = 60  # characters of an over-long cell shown in its problem


def _shortened(text: str) -> str:
    return text if len(text) <= _SHOWN else f"{text[:_SHOWN]}\u2026"


def limit_problems(table: str, frame: pd.DataFrame, headers: dict[str, str], today: date) -> list[Problem]:
    """Cells past the upload's sanity limits: over-long names, agencies and notes; event dates before ZI or ahead."""
    problems = []
    for column, limit in TEXT_LIMITS.items():
        if column in frame and column in COLUMN_OF[table]:
            for file, row, text in zip(frame["_file"], frame["_row"], frame[column]):
                if text is not None and len(text) > limit:
                    problems.append(Problem(file, int(row), headers[column], _shortened(text), "too_long",
                                            {"limit": limit, "length": len(text)}))
    if table == "events":
        for file, row, text in zip(frame["_file"], frame["_row"], frame["date"]):
            found = _read_date(" ".join(text.lower().split())) if text is not None else None
            if found and not FIRST_EVENT <= found[0] <= today:
                reason = "date_before_zi" if found[0] < FIRST_EVENT else "date_in_future"
                problems.append(Problem(file, int(row), headers["date"], text, reason,
                                        {"first": str(FIRST_EVENT.year), "today": today.isoformat()}))
    return problems


_SPACES = re.compile(r"[\s\u00a0\u2009\u202f]+")
_DECIMAL_COMMA = re.compile(r"^[+-]?\d*,\d+$")
_GROUPED_DOTS = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+,\d+$")
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")


def clean_number(text: str | None) -> str | None:
    """'85,5' -> '85.5', '1.234,5' -> '1234.5', spaces dropped; anything else as written."""
    if text is None:
        return None
    compact = _SPACES.sub("", text)
    if _GROUPED_DOTS.match(compact):
        return compact.replace(".", "").replace(",", ".")
    if _DECIMAL_COMMA.match(compact):
        return compact.replace(",", ".")
    return compact if _PLAIN_NUMBER.match(compact) else text  # 'delapan puluh' keeps its space for the message


_BOOLEANS = {**dict.fromkeys(("ya", "yes", "y", "true", "1", "benar"), "true"),
             **dict.fromkeys(("tidak", "no", "t", "n", "false", "0", "salah"), "false")}


def clean_boolean(text: str | None) -> str | None:
    """ya/tidak, yes/no, benar/salah, 1/0 ... as 'true' or 'false'; anything else as written."""
    return None if text is None else _BOOLEANS.get(plain(text), text)


def _labels(codes, key: str | None) -> dict[str, str]:
    """Forgiving key of each code and of its label in every language -> the code."""
    found = {plain(code): code for code in codes}
    if key:
        found |= {plain(t(f"{key}.{code}", lang)): code for code in codes for lang in LANGUAGES}
    return found


CHOICES = {"stage": _labels(STAGES, "stage"), "owner_type": _labels(OWNER_TYPES, "filter.owner"),
           "unit_type": _labels(UNIT_TYPES, None), "zone": _labels(ZONES, "profile.zone")}


def clean_choice(kind: str, text: str | None) -> str | None:
    """The internal code a code or label stands for; unknown values as written so the schema names them."""
    return None if text is None else CHOICES[kind].get(plain(text), text)


_LEADING_CODE = re.compile(r"^\s*(\d{2}\.?\d{2})\s*(?:[\u2014\u2013\-:|]|$)")
_FLOAT_CODE = re.compile(r"^\d{2}\.\d$")


class RegionReader:
    """Kemendagri code of a written region: a code, a name, or a template drop-down value '32.11 — Kab. ...'."""

    def __init__(self, regencies: pd.DataFrame):
        self.matcher, self.shared = _region_lookups(tuple(zip(regencies["code"], regencies["short_name"],
                                                              regencies["kind"])))

    def code(self, text: str | None) -> str | None:
        """The code, or the text as written when it matches none."""
        if text is None:
            return None
        if _FLOAT_CODE.match(text):  # Excel turned 32.10 into the number 32.1
            text += "0"
        if match := _LEADING_CODE.match(text):
            return self.matcher.match(match[1]) or text
        return self.matcher.match(text) or text

    def ambiguous(self, text: str | None) -> bool:
        """A bare name shared by a kabupaten and a kota, such as 'Bandung'."""
        if text is None:
            return False
        kind, core = normalize_region_name(text)
        return kind is None and core in self.shared


@lru_cache(maxsize=4)  # built once per reference table rather than once per upload
def _region_lookups(rows: tuple[tuple[str, str, str], ...]) -> tuple[RegionMatcher, frozenset[str]]:
    matcher = RegionMatcher.from_regencies(pd.DataFrame(rows, columns=["code", "short_name", "kind"]))
    cores = pd.Series([normalize_region_name(name)[1] for _, name, _ in rows])
    return matcher, frozenset(cores[cores.duplicated()])


@lru_cache(maxsize=None)
def _column_order(table: str) -> tuple[str, ...]:
    """The schema's columns without those the caller adds (source_id, synthetic)."""
    return tuple(name for name in table_schemas(())[table].columns if name not in ("source_id", "synthetic"))


def clean_table(table: str, frame: pd.DataFrame, regions: RegionReader, headers: dict[str, str],
                today: date | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """A read table with every cell normalised and the derived columns added, in the schema's column order; and the
    cells past the upload's limits."""
    out = frame.astype(object)
    out = out.where(out.notna(), None)  # pandas may hold a blank as NaN, which is truthy and not text
    problems = limit_problems(table, out, headers, today or date.today())
    for column in SHEET_OF[table].columns:
        if column.name not in out:  # an optional column the caller left out
            continue
        values = out[column.name]
        if column.kind == "date":
            parsed = [clean_date(value) for value in values]
            out[column.name] = [value for value, _ in parsed]
            out["date_precision"] = [precision for _, precision in parsed]
        elif column.kind == "number":
            out[column.name] = values.map(clean_number, na_action="ignore")
        elif column.kind == "boolean":
            out[column.name] = values.map(clean_boolean, na_action="ignore")
        elif column.kind in CHOICES:
            out[column.name] = values.map(lambda value, kind=column.kind: clean_choice(kind, value), na_action="ignore")
        elif column.kind == "region":
            for index, value in values.items():
                if regions.ambiguous(value):
                    problems.append(Problem(out.at[index, "_file"], int(out.at[index, "_row"]), headers[column.name],
                                            value, "ambiguous_region", {"name": value}))
            out[column.name] = values.map(regions.code, na_action="ignore")
    out = _derive(table, out)
    # the "hapus" marker travels only when the file uses it, so a file without one reads as before
    marked = REMOVE.name in out and out[REMOVE.name].notna().any()
    order = [*_column_order(table), *([REMOVE.name] if marked else [])]
    text = out[order + ["_file"]].astype(object)
    return text.where(text.notna(), None).assign(_row=out["_row"].astype("int64")), problems


def _derive(table: str, out: pd.DataFrame) -> pd.DataFrame:
    if table == "units":
        out["name_known"] = out["name"].notna().map({True: "true", False: "false"})
    elif table == "events":
        out["event_id"] = [given if given is not None else _event_id(unit, day, stage, row) for given, unit, day, stage, row in
                           zip(out["event_id"], out["unit_id"], out["date"], out["stage"], out["_row"])]
    elif table == "ombudsman":
        score = pd.to_numeric(out["score"], errors="coerce")
        derived = score.where(score.between(0, 100)).map(ombudsman_zone, na_action="ignore")
        out["zone"] = out["zone"].where(out["zone"].notna(), derived)
    return out


def _event_id(unit: str | None, day: str | None, stage: str | None, row: int) -> str:
    """A stable id, so re-importing the same history matches the stored rows; the row number when none can be made."""
    candidate = f"{unit}.{day}.{stage}"
    if unit and day and stage and ID_PATTERN.match(candidate):
        return candidate
    return f"row{row}"
