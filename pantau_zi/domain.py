"""Zona Integritas thresholds from the regulations, as named constants with their sources."""

from __future__ import annotations

from pantau_zi.schema import LKE_MAXIMA

# PermenPAN-RB 90/2021 minimum LKE total for a WBK and a WBBM predicate. WBK 75 is confirmed by several
# sources; WBBM 85 is widely cited but its 90/2021 text was not seen (/work/shared/domain/zona-integritas.md §2.5).
LKE_MIN_TOTAL = {"wbk": 75.0, "wbbm": 85.0}
# Each pengungkit area must reach this share of its weight: 60% for WBK, about 75% for WBBM (same source, §2.5;
# the per-area minima are those of the BPS Inspektorat Utama ZI application).
PENGUNGKIT_AREAS = ("manajemen_perubahan", "tatalaksana", "sdm", "akuntabilitas", "pengawasan", "pelayanan_publik")
PENGUNGKIT_MIN_SHARE = {"wbk": 0.60, "wbbm": 0.75}
# Result components (hasil) have fixed minima in 90/2021 (same source, §2.5): IPAK 15.75 of 17.5 for both,
# capaian kinerja 2.50 / 3.75 of 5, IPKP 14.00 / 15.75 of 17.5.
RESULT_MINIMA = {
    "wbk": {"ipak": 15.75, "capaian_kinerja": 2.50, "ipkp": 14.00},
    "wbbm": {"ipak": 15.75, "capaian_kinerja": 3.75, "ipkp": 15.75},
}
LKE_PARTS = tuple(LKE_MAXIMA)


def lke_minima(predicate: str) -> dict[str, float]:
    """The minimum score of every LKE part and of the total for a predicate ('wbk' or 'wbbm')."""
    areas = {area: round(LKE_MAXIMA[area] * PENGUNGKIT_MIN_SHARE[predicate], 2) for area in PENGUNGKIT_AREAS}
    return {**areas, **RESULT_MINIMA[predicate], "total": LKE_MIN_TOTAL[predicate]}
