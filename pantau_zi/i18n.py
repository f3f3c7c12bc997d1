"""The one translation catalogue: every word the interface shows, in Bahasa Indonesia and English."""

from __future__ import annotations

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

CATALOGUE: dict[str, dict[str, str]] = {
    # Shell
    "app.title": {"id": "Pantau ZI", "en": "Pantau ZI"},
    "app.tagline": {"id": "Kemajuan Zona Integritas menuju WBK/WBBM di 514 kabupaten/kota",
                    "en": "Zona Integritas progress towards WBK/WBBM across 514 regencies and cities"},
    "app.language": {"id": "Bahasa", "en": "Language"},
    "page.overview": {"id": "Ringkasan", "en": "Overview"},
    "app.year": {"id": "Tahun", "en": "Year"},
    "app.data_as_of": {"id": "Data per akhir tahun {year}", "en": "Data as of the end of {year}"},
    "notice.synthetic": {
        "id": "Sebagian besar data di layar ini **sintetis** (dibangkitkan untuk peragaan, bukan angka resmi). "
              "Fakta nyata hanya untuk Sarolangun, Sumedang, Polewali Mandar, Musi Banyuasin dan Tanah Bumbu, "
              "masing-masing dengan sumbernya.",
        "en": "Most data on this screen is **synthetic** (generated for demonstration, not official figures). "
              "Real facts exist only for Sarolangun, Sumedang, Polewali Mandar, Musi Banyuasin and Tanah Bumbu, "
              "each with its source."},
    "notice.approximate_boundaries": {
        "id": "Batas wilayah pada peta adalah **batas perkiraan**, diturunkan dari titik desa; bukan batas resmi.",
        "en": "Boundaries on the map are **approximate** (batas perkiraan), derived from village points; "
              "not official boundaries."},
    "notice.official_boundaries": {"id": "Peta memakai batas resmi dari berkas {file}.",
                                   "en": "The map uses official boundaries from {file}."},
    "notice.unmatched_boundaries": {"id": "Fitur batas yang tidak cocok dengan kode Kemendagri: {names}",
                                    "en": "Boundary features that match no Kemendagri code: {names}"},
    "notice.boundary_file_error": {"id": "Berkas batas resmi tidak dapat dipakai: {detail}. Peta memakai batas perkiraan.",
                                   "en": "The official boundary file cannot be used: {detail}. The map uses approximate boundaries."},
    "notice.dataset_error": {"id": "Data tidak dapat dimuat; tidak ada yang diubah. Masalah yang ditemukan:",
                             "en": "The data could not be loaded; nothing was changed. Problems found:"},
    # Headline figures
    "metric.declared": {"id": "Unit mencanangkan ZI", "en": "Units that declared ZI"},
    "metric.proposed": {"id": "Unit diusulkan tahun ini", "en": "Units proposed this year"},
    "metric.wbk": {"id": "Unit berpredikat WBK", "en": "Units holding WBK"},
    "metric.wbbm": {"id": "Unit berpredikat WBBM", "en": "Units holding WBBM"},
    "metric.coverage_pct": {"id": "Cakupan perangkat daerah (%)", "en": "Coverage of regional agencies (%)"},
    "metric.attainment_wbk_pct": {"id": "Capaian target WBK (%)", "en": "WBK target attainment (%)"},
    "metric.delta": {"id": "{delta:+,} dari {year}", "en": "{delta:+,} vs {year}"},
    # Charts
    "chart.target_vs_achieved.title": {"id": "Unit pemda berpredikat vs target",
                                       "en": "Pemda units with a predicate vs target"},
    "chart.year": {"id": "Tahun", "en": "Year"},
    "chart.units": {"id": "Jumlah unit", "en": "Units"},
    "chart.target_wbk": {"id": "Target WBK berlaku", "en": "WBK target in force"},
    "chart.holding_wbk": {"id": "Memegang WBK", "en": "Holding WBK"},
    "chart.holding_wbbm": {"id": "Memegang WBBM", "en": "Holding WBBM"},
    "map.title": {"id": "Cakupan perangkat daerah yang mencanangkan ZI, {year}",
                  "en": "Share of regional agencies that declared ZI, {year}"},
    "map.no_data": {"id": "Tidak ada data", "en": "No data"},
    "map.hover_province": {"id": "Provinsi", "en": "Province"},
    "map.not_applicable": {"id": "Tidak berlaku", "en": "Not applicable"},
    # Validation reasons
    "problem.where": {"id": "{file}, baris {row}, kolom \u201c{column}\u201d, nilai \u201c{value}\u201d: {reason}",
                      "en": "{file}, row {row}, column \u201c{column}\u201d, value \u201c{value}\u201d: {reason}"},
    "problem.where_no_value": {"id": "{file}, baris {row}, kolom \u201c{column}\u201d: {reason}",
                               "en": "{file}, row {row}, column \u201c{column}\u201d: {reason}"},
    "problem.where_file": {"id": "{file}: {reason}", "en": "{file}: {reason}"},
    "problem.where_column": {"id": "{file}, kolom \u201c{column}\u201d: {reason}",
                             "en": "{file}, column \u201c{column}\u201d: {reason}"},
    "reason.missing_file": {"id": "berkas wajib tidak ada", "en": "required file is missing"},
    "reason.unreadable_file": {"id": "berkas tidak dapat dibaca ({detail})", "en": "file cannot be read ({detail})"},
    "reason.missing_column": {"id": "kolom wajib tidak ada", "en": "required column is missing"},
    "reason.empty": {"id": "wajib diisi", "en": "must not be empty"},
    "reason.duplicate": {"id": "nilai ganda; harus unik", "en": "duplicate value; must be unique"},
    "reason.bad_id": {"id": "kode hanya boleh huruf, angka, titik, garis bawah dan tanda hubung",
                      "en": "an identifier may only hold letters, digits, dots, underscores and hyphens"},
    "reason.not_allowed": {"id": "bukan nilai yang diizinkan ({allowed})", "en": "not an allowed value ({allowed})"},
    "reason.not_boolean": {"id": "harus true atau false", "en": "must be true or false"},
    "reason.unknown_region": {"id": "kode kabupaten/kota tidak dikenal (contoh yang benar: 32.11)",
                              "en": "unknown regency/city code (a valid example: 32.11)"},
    "reason.unknown_unit": {"id": "unit kerja tidak ada di tabel unit", "en": "work unit not in the units table"},
    "reason.unknown_source": {"id": "sumber tidak ada di tabel sumber", "en": "source not in the sources table"},
    "reason.bad_date": {"id": "tanggal tidak sah (format TTTT-BB-HH)", "en": "invalid date (format YYYY-MM-DD)"},
    "reason.not_number": {"id": "harus berupa angka", "en": "must be a number"},
    "reason.not_integer": {"id": "harus berupa bilangan bulat", "en": "must be a whole number"},
    "reason.out_of_range": {"id": "di luar rentang {low}\u2013{high}", "en": "outside the range {low}\u2013{high}"},
    "reason.name_missing": {"id": "nama unit kosong padahal name_known = true",
                            "en": "unit name is empty although name_known = true"},
    "reason.deadline_before_set": {"id": "tahun tenggat lebih awal dari tahun penetapan target",
                                   "en": "deadline year is before the year the target was set"},
    "reason.no_target": {"id": "tidak ada satu pun target yang diisi", "en": "no target is filled in"},
    "reason.total_mismatch": {"id": "nilai total tidak sama dengan jumlah komponen",
                              "en": "total does not equal the sum of its parts"},
    "reason.zone_mismatch": {"id": "zona tidak sesuai nilai (hijau \u2265 81, kuning 51\u201380,99, merah < 51)",
                             "en": "zone does not match the score (hijau \u2265 81, kuning 51\u201380.99, merah < 51)"},
    "reason.declared_twice": {"id": "unit sudah mencanangkan ZI sebelumnya", "en": "the unit already declared ZI"},
    "reason.before_declaration": {"id": "peristiwa sebelum pencanangan unit", "en": "event before the unit declared ZI"},
    "reason.reproposed_within_ban": {"id": "diusulkan lagi kurang dari dua tahun setelah predikat dicabut",
                                     "en": "proposed again less than two years after the predicate was revoked"},
    "reason.evaluation_without_proposal": {"id": "evaluasi TPN tanpa usulan", "en": "TPN evaluation without a proposal"},
    "reason.award_without_proposal": {"id": "predikat tanpa usulan", "en": "predicate without a proposal"},
    "reason.wbk_already_held": {"id": "unit sudah memegang predikat", "en": "the unit already holds a predicate"},
    "reason.wbbm_without_wbk": {"id": "WBBM hanya untuk unit yang memegang WBK", "en": "WBBM only for a unit holding WBK"},
    "reason.revoked_without_predicate": {"id": "pencabutan tanpa predikat yang dipegang",
                                         "en": "revocation without a predicate held"},
    "reason.lifecycle": {"id": "urutan tahap tidak mungkin", "en": "impossible stage order"},
}


def t(key: str, lang: str = DEFAULT_LANGUAGE, **params) -> str:
    """The text for key in lang, filled with params; falls back to Indonesian, then to the key itself."""
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return text.format(**params) if params else text
