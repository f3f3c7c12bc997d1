"""The downloadable Excel template: instructions, one empty sheet per table, and drop-down lists."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
from openpyxl.styles import Alignment, Font
from openpyxl.utils.cell import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from pantau_zi.i18n import t
from pantau_zi.importing.columns import REMOVE, SHEETS, Column
from pantau_zi.schema import LKE_MAXIMA, OWNER_TYPES, UNIT_TYPES, ZONES
from pantau_zi.status import STAGES

INSTRUCTIONS = "Petunjuk"
LISTS = "Daftar"
TEMPLATE_OWN_SHEETS = (INSTRUCTIONS, LISTS)  # the template's own sheets, never data
_LAST_ROW = 1_048_576
_EXAMPLES = {"unit_id": "DKC-3211", "name": "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sumedang",
             "region_code": "32.11 \u2014 Kabupaten Sumedang", "instansi": "Pemerintah Kabupaten Sumedang",
             "owner_type": "Pemda", "unit_type": "Disdukcapil", "service_facing": "ya", "date": "21/06/2019",
             "stage": "Pencanangan", "score": "85,5", "note": "SK Bupati No. 12/2019", "event_id": "DKC-3211-1",
             "set_year": "2021", "deadline_year": "2024", "target_declared": "20", "target_wbk": "5",
             "target_wbbm": "1", "year": "2023", "count": "66", "total": "80,25", "zone": "Hijau", **dict.fromkeys(LKE_MAXIMA, "7,5")}


def region_choices(regencies: pd.DataFrame) -> list[str]:
    """Drop-down values such as '32.11 — Kabupaten Sumedang'; the reader takes the leading code."""
    return [f"{code} \u2014 {name}" for code, name in zip(regencies["code"], regencies["name"])]


def choice_labels(kind: str, lang: str) -> list[str]:
    """The drop-down values of a column kind (stage, unit_type, owner_type, zone, boolean) in the template's language;
    problems name them, never the internal codes."""
    if kind == "unit_type":
        return list(UNIT_TYPES)
    if kind == "boolean":
        return ["ya", "tidak"] if lang == "id" else ["yes", "no"]
    codes, key = {"stage": (STAGES, "stage"), "owner_type": (OWNER_TYPES, "filter.owner"),
                  "zone": (ZONES, "profile.zone")}[kind]
    return [t(f"{key}.{code}", lang) for code in codes]


def _lists(regencies: pd.DataFrame, lang: str) -> dict[str, list[str]]:
    """Drop-down values per column kind, in the template's language."""
    return {"stage": choice_labels("stage", lang), "unit_type": choice_labels("unit_type", lang),
            "owner_type": choice_labels("owner_type", lang), "region": region_choices(regencies),
            "zone": choice_labels("zone", lang), "boolean": choice_labels("boolean", lang)}


def template_workbook(regencies: pd.DataFrame, lang: str = "id") -> bytes:
    """An .xlsx to fill in and upload: no example rows (they would be imported), examples in the instructions."""
    book = openpyxl.Workbook()
    _instructions(book.active, lang)
    lists = _lists(regencies, lang)
    ranges = _list_sheet(book.create_sheet(LISTS), lists)
    for sheet in SHEETS:
        worksheet = book.create_sheet(sheet.name_id)
        for position, column in enumerate(sheet.columns, start=1):
            _header(worksheet, position, column, lang)
            if column.kind in ranges:
                _drop_down(worksheet, position, ranges[column.kind])
        worksheet.freeze_panes = "A2"
    book.move_sheet(LISTS, offset=len(SHEETS))
    book[LISTS].sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _header(worksheet, position: int, column: Column, lang: str) -> None:
    letter = get_column_letter(position)
    cell = worksheet.cell(row=1, column=position, value=column.header_id if lang == "id" else column.header_en)
    cell.font = Font(bold=True)
    wide = column.kind in ("region", "text")
    worksheet.column_dimensions[letter].width = 40 if wide else max(16, len(str(cell.value)) + 4)
    if column.kind == "date":
        worksheet.column_dimensions[letter].number_format = "DD/MM/YYYY"


def _drop_down(worksheet, position: int, source: str) -> None:
    letter = get_column_letter(position)
    # a warning rather than a stop: codes and names typed by hand are read too
    validation = DataValidation(type="list", formula1=source, allow_blank=True, errorStyle="warning")
    validation.add(f"{letter}2:{letter}{_LAST_ROW}")
    worksheet.add_data_validation(validation)


def _list_sheet(worksheet, lists: dict[str, list[str]]) -> dict[str, str]:
    """Write each list in its own column; return the absolute range of each for the drop-downs."""
    ranges = {}
    for position, (kind, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(position)
        worksheet.cell(row=1, column=position, value=kind)
        for row, value in enumerate(values, start=2):
            worksheet.cell(row=row, column=position, value=value)
        ranges[kind] = f"{LISTS}!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def _instructions(worksheet, lang: str) -> None:
    worksheet.title = INSTRUCTIONS
    worksheet.column_dimensions["A"].width = 28
    worksheet.column_dimensions["B"].width = 12
    worksheet.column_dimensions["C"].width = 70
    worksheet.column_dimensions["D"].width = 40
    lines = [(t("import.template.title", lang), True)]
    lines += [(t(f"import.template.rule_{number}", lang), False) for number in range(1, 9)]
    for line, (text, bold) in enumerate(lines, start=1):
        worksheet.cell(row=line, column=1, value=text).font = Font(bold=bold, size=14 if line == 1 else 11)
    row = len(lines) + 2
    for sheet in SHEETS:
        worksheet.cell(row=row, column=1, value=f"{t('import.template.sheet', lang)} \u201c{sheet.name_id}\u201d"
                       ).font = Font(bold=True)
        worksheet.cell(row=row, column=3, value=t(f"import.sheet.{sheet.table}", lang))
        row += 1
        for position, heading in enumerate(("column", "required", "meaning", "example"), start=1):
            worksheet.cell(row=row, column=position, value=t(f"import.template.{heading}", lang)).font = Font(
                italic=True)
        row += 1
        for column in sheet.columns:
            key = ("import.col.lke.part" if column.name in LKE_MAXIMA else "import.col.remove" if column is REMOVE
                   else f"import.col.{sheet.table}.{column.name}")
            meaning = t(key, lang, maximum=f"{LKE_MAXIMA.get(column.name, 0):g}")
            values = (column.header_id if lang == "id" else column.header_en,
                      t("import.template.yes" if column.required else "import.template.no", lang),
                      meaning, _EXAMPLES.get(column.name, ""))
            for position, value in enumerate(values, start=1):
                worksheet.cell(row=row, column=position, value=value).alignment = Alignment(wrap_text=True,
                                                                                            vertical="top")
            row += 1
        row += 1
