"""The importable tables: their sheet names and the columns a user fills, with headers in both languages."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from pantau_zi.schema import LKE_MAXIMA


@dataclass(frozen=True)
class Column:
    """One column a user fills: internal name, headers, whether the column must be present, and its kind."""

    name: str
    header_id: str
    header_en: str
    required: bool
    kind: str  # text, id, region, date, number, boolean, stage, owner_type, unit_type, zone


@dataclass(frozen=True)
class Sheet:
    """One importable table as a sheet of the template (or one CSV file)."""

    table: str
    name_id: str
    name_en: str
    columns: tuple[Column, ...]


_UNIT = Column("unit_id", "Kode unit", "Unit code", True, "id")
_REGION = Column("region_code", "Kabupaten/kota", "Regency/city", True, "region")
_LKE_HEADERS = {
    "manajemen_perubahan": ("Manajemen perubahan", "Change management"),
    "tatalaksana": ("Penataan tatalaksana", "Business process"),
    "sdm": ("Penataan SDM", "Human resources"),
    "akuntabilitas": ("Penguatan akuntabilitas", "Accountability"),
    "pengawasan": ("Penguatan pengawasan", "Supervision"),
    "pelayanan_publik": ("Peningkatan pelayanan publik", "Public service"),
    "ipak": ("IPAK", "Anti-corruption perception index"),
    "capaian_kinerja": ("Capaian kinerja", "Performance"),
    "ipkp": ("IPKP", "Public service quality index"),
}

SHEETS: tuple[Sheet, ...] = (
    Sheet("units", "Unit", "Units", (
        _UNIT,
        Column("name", "Nama unit", "Unit name", False, "text"),
        _REGION,
        Column("instansi", "Instansi", "Agency", True, "text"),
        Column("owner_type", "Jenis pemilik", "Owner type", True, "owner_type"),
        Column("unit_type", "Jenis unit", "Unit type", True, "unit_type"),
        Column("service_facing", "Melayani publik", "Serves the public", False, "boolean"),
    )),
    Sheet("events", "Riwayat Tahap", "Stage history", (
        _UNIT,
        Column("date", "Tanggal", "Date", True, "date"),
        Column("stage", "Tahap", "Stage", True, "stage"),
        Column("score", "Nilai", "Score", False, "number"),
        Column("note", "Catatan", "Note", False, "text"),
        Column("event_id", "Kode peristiwa", "Event code", False, "id"),
    )),
    Sheet("targets", "Target", "Targets", (
        _REGION,
        Column("set_year", "Tahun penetapan", "Year set", True, "number"),
        Column("deadline_year", "Tahun tenggat", "Deadline year", True, "number"),
        Column("target_declared", "Target pencanangan", "Declaration target", False, "number"),
        Column("target_wbk", "Target WBK", "WBK target", False, "number"),
        Column("target_wbbm", "Target WBBM", "WBBM target", False, "number"),
    )),
    Sheet("perangkat_daerah", "Perangkat Daerah", "Regional agencies", (
        _REGION,
        Column("year", "Tahun", "Year", True, "number"),
        Column("count", "Jumlah perangkat daerah", "Number of regional agencies", True, "number"),
    )),
    Sheet("lke", "LKE", "LKE", (
        _UNIT,
        Column("year", "Tahun", "Year", True, "number"),
        *(Column(part, *_LKE_HEADERS[part], True, "number") for part in LKE_MAXIMA),
        Column("total", "Nilai total", "Total score", True, "number"),
    )),
    Sheet("ombudsman", "Ombudsman", "Ombudsman", (
        _REGION,
        Column("year", "Tahun", "Year", True, "number"),
        Column("score", "Nilai", "Score", True, "number"),
        Column("zone", "Zona", "Zone", False, "zone"),
    )),
)
# Every sheet takes a "Hapus" marker: ya removes the stored row the row's other cells name (see importing.merge).
REMOVE = Column("remove", "Hapus", "Remove", False, "boolean")
SHEETS = tuple(replace(sheet, columns=(*sheet.columns, REMOVE)) for sheet in SHEETS)
SHEET_OF = {sheet.table: sheet for sheet in SHEETS}
COLUMN_OF = {sheet.table: {column.name: column for column in sheet.columns} for sheet in SHEETS}


def plain(text: object) -> str:
    """A forgiving key: lower case ASCII letters and digits only, so 'Kabupaten / Kota ' equals 'kabupaten_kota'."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", ascii_text.lower())


def sheet_named(name: str) -> Sheet | None:
    """The table a sheet name stands for (Indonesian, English or internal name), or None."""
    key = plain(name)
    return next((sheet for sheet in SHEETS if key in {plain(sheet.name_id), plain(sheet.name_en), plain(sheet.table)}),
                None)


def _header_keys(sheet: Sheet) -> frozenset[str]:
    return frozenset(plain(text) for column in sheet.columns for text in (column.header_id, column.header_en, column.name))


_ANY_HEADER = frozenset().union(*(_header_keys(sheet) for sheet in SHEETS))


def known_header(sheet: Sheet | None) -> Callable[[str], bool]:
    """Whether a cell names a column of the sheet (of any table when the sheet is not known yet)."""
    keys = _ANY_HEADER if sheet is None else _header_keys(sheet)
    return lambda text: plain(text) in keys


def match_headers(sheet: Sheet, headers: Sequence[str | None]) -> dict[int, Column]:
    """Position of each header recognised as one of the sheet's columns; the first of repeated headers wins."""
    by_key = {plain(text): column for column in sheet.columns
              for text in (column.header_id, column.header_en, column.name)}
    found: dict[int, Column] = {}
    for position, header in enumerate(headers):
        column = by_key.get(plain(header)) if header is not None else None
        if column is not None and column not in found.values():
            found[position] = column
    return found


def missing_required(sheet: Sheet, found: dict[int, Column]) -> list[Column]:
    """Required columns of the sheet that no header names."""
    return [column for column in sheet.columns if column.required and column not in found.values()]


def best_sheet_for(headers: Sequence[str | None]) -> Sheet | None:
    """The table a CSV's headers describe: most required columns found, then most columns; None under half."""
    def fit(sheet: Sheet) -> tuple[float, int]:
        found = match_headers(sheet, headers)
        required = [column for column in sheet.columns if column.required]
        return (len(required) - len(missing_required(sheet, found))) / len(required), len(found)

    best = max(SHEETS, key=fit)
    return best if fit(best)[0] >= 0.5 else None
