"""Generate the synthetic national Pantau ZI dataset into data/embedded/synthetic/.

Every row is invented and flagged synthetic=true. The generator is seeded, so the same seed always
writes byte-identical CSVs. National yearly totals follow the real figures where they are known
(/work/shared/domain/national-by-year.csv); unit histories obey the loader's lifecycle rules.

    python scripts/generate_synthetic.py
"""

from __future__ import annotations

import csv
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pantau_zi.paths import EMBEDDED_DIR, REFERENCE_DIR  # noqa: E402

SEED = 20141209
OUT_DIR = EMBEDDED_DIR / "synthetic"
SOURCE_ID = "synthetic"
FIRST_YEAR, LAST_YEAR = 2013, 2025
NATIONAL_REGIONS = 514
SEED_REGIONS = frozenset({"15.03", "32.11", "76.04", "16.06", "63.10"})
STAGES = ("pencanangan", "pembangunan", "usulan", "evaluasi_tpn", "wbk", "wbbm", "dicabut")
PENCANANGAN, PEMBANGUNAN, USULAN, EVALUASI, WBK, WBBM, DICABUT = range(len(STAGES))
NONE_HELD, HOLDS_WBK, HOLDS_WBBM = 0, 1, 2
DKI_PROVINCE = "31"
DKI_INSTANSI = "Pemerintah Provinsi DKI Jakarta"
LAMPUNG_PROVINCE, LAMPUNG_DECLARATION = "18", date(2013, 3, 27)
OLGOZI_PROVINCES, OLGOZI_LAUNCH = frozenset({"21", "62", "73"}), date(2023, 10, 4)
OLGOZI_TYPES = frozenset({"Disdukcapil", "DPMPTSP", "RSUD"})
WBBM_PROPOSALS_PER_AWARD = 4
LKE_FIRST_YEAR = 2021
LKE_PARTS = ("manajemen_perubahan", "tatalaksana", "sdm", "akuntabilitas", "pengawasan",
             "pelayanan_publik", "ipak", "capaian_kinerja", "ipkp")
LKE_MAXIMA = np.array([8, 7, 10, 10, 15, 10, 17.5, 5, 17.5])
PENGUNGKIT = slice(0, 6)
IPAK, CAPAIAN, IPKP = 6, 7, 8


@dataclass(frozen=True)
class YearPlan:
    """National targets of one ZI cycle (known years copy the real figures)."""

    usulan: int
    evaluated: float      # share of WBK proposals that reach the TPN evaluation
    wbk: int
    wbbm: int
    dicabut: int
    pemda_usulan: float   # share of WBK proposals coming from pemda units
    pemda_wbk: float      # share of WBK awards going to pemda units
    pemda_wbbm: float
    window: tuple[str, str]  # usulan window, MM-DD
    award_day: str        # ceremony around Hari Antikorupsi, MM-DD


OPEN_WINDOW, MAY_DEADLINE = ("04-01", "07-31"), ("04-01", "05-31")
YEAR_PLANS = {
    2013: YearPlan(25, 0.60, 2, 0, 0, 0.00, 0.00, 0.00, OPEN_WINDOW, "12-09"),
    2014: YearPlan(45, 0.55, 5, 1, 0, 0.05, 0.20, 0.00, OPEN_WINDOW, "12-09"),
    2015: YearPlan(80, 0.50, 12, 1, 0, 0.06, 0.08, 0.00, OPEN_WINDOW, "12-09"),
    2016: YearPlan(150, 0.45, 24, 3, 0, 0.06, 0.05, 0.00, OPEN_WINDOW, "12-09"),
    2017: YearPlan(485, 0.35, 71, 6, 0, 0.08, 0.05, 0.00, OPEN_WINDOW, "12-11"),
    2018: YearPlan(910, 0.40, 200, 5, 1, 0.10, 0.05, 0.00, OPEN_WINDOW, "12-10"),
    2019: YearPlan(1800, 0.40, 400, 40, 1, 0.14, 0.07, 0.03, OPEN_WINDOW, "12-10"),
    2020: YearPlan(3691, 0.42, 681, 82, 0, 0.20, 0.10, 0.05, ("04-01", "06-30"), "12-09"),
    2021: YearPlan(4042, 0.30, 486, 72, 1, 0.22, 0.12, 0.08, MAY_DEADLINE, "12-09"),
    2022: YearPlan(3000, 0.35, 520, 80, 4, 0.22, 0.12, 0.08, MAY_DEADLINE, "12-08"),
    2023: YearPlan(3300, 0.33, 560, 90, 2, 0.24, 0.13, 0.08, MAY_DEADLINE, "12-06"),
    2024: YearPlan(3500, 0.33, 600, 95, 2, 0.30, 0.17, 0.10, ("07-18", "07-31"), "12-11"),
    2025: YearPlan(3400, 0.33, 540, 85, 1, 0.32, 0.20, 0.10, ("04-01", "06-30"), "12-09"),
}


@dataclass(frozen=True)
class Office:
    """A kind of vertical (K/L) office and how common and how strong its units are."""

    unit_type: str
    instansi: str
    patterns: tuple[str, ...]
    presence: tuple[float, float, float, float]  # province capital, kota, kabupaten, + per population rank
    declare_from: int
    declare_pace: float   # yearly chance that a not yet declared unit declares
    propose_from: int
    strength: float


POLRI = "Kepolisian Negara Republik Indonesia"
KEMENKEU = "Kementerian Keuangan"
KEMENIMIPAS = "Kementerian Imigrasi dan Pemasyarakatan"
OFFICES = (
    Office("Polres", POLRI, ("{police}",), (1, 1, 1, 0), 2013, 0.35, 2014, 1.2),
    Office("Kejari", "Kejaksaan Republik Indonesia", ("Kejaksaan Negeri {place}",),
           (1, 1, 0.88, 0.12), 2013, 0.5, 2013, 1.4),
    Office("Pengadilan", "Mahkamah Agung", ("Pengadilan Negeri {place}",),
           (1, 0.95, 0.4, 0.5), 2013, 0.5, 2013, 1.8),
    Office("Pengadilan", "Mahkamah Agung", ("Pengadilan Agama {place}",),
           (1, 0.9, 0.55, 0.4), 2013, 0.45, 2014, 1.7),
    Office("KPP", KEMENKEU, ("KPP Pratama {place}",), (1, 0.9, 0.12, 0.75), 2013, 0.7, 2013, 2.6),
    Office("KPPN", KEMENKEU, ("KPPN {place}",), (1, 0.5, 0.05, 0.45), 2013, 0.7, 2013, 2.6),
    Office("KPKNL", KEMENKEU, ("KPKNL {place}",), (0.9, 0.15, 0, 0.06), 2013, 0.7, 2013, 2.6),
    Office("Bea Cukai", KEMENKEU, ("Bea Cukai {place}",), (0.8, 0.35, 0.03, 0.2), 2013, 0.7, 2013, 2.4),
    Office("BPS", "Badan Pusat Statistik", ("BPS {official}",), (1, 1, 1, 0), 2013, 0.5, 2014, 2.0),
    Office("Imigrasi", KEMENIMIPAS, ("Kantor Imigrasi {place}",), (1, 0.45, 0.03, 0.2), 2013, 0.45, 2014, 1.6),
    Office("Lapas/Rutan", KEMENIMIPAS, ("Lapas {place}", "Rutan {place}"), (1, 0.85, 0.55, 0.3),
           2013, 0.45, 2014, 1.4),
    Office("Kantor Pertanahan", "Kementerian ATR/BPN", ("Kantor Pertanahan {official}",),
           (1, 1, 0.95, 0.05), 2014, 0.35, 2016, 1.0),
    Office("Kemenag", "Kementerian Agama", ("Kantor Kementerian Agama {official}",), (1, 1, 1, 0),
           2014, 0.3, 2017, 0.7),
    Office("Lainnya", "Badan Nasional Pencarian dan Pertolongan", ("Kantor Pencarian dan Pertolongan {place}",),
           (0.8, 0.03, 0.01, 0.03), 2016, 0.3, 2018, 0.8),
)
BIG_CITY_POLICE = frozenset({"12.71", "16.71", "32.73", "33.74", "35.78", "73.71"})


@dataclass(frozen=True)
class PemdaTemplate:
    """A perangkat daerah (or UPTD) a pemda may put forward as a ZI unit."""

    unit_type: str
    pattern: str
    service_facing: bool
    weight: float
    focus: float  # how much better than average such units fare in evaluations


COMPASS = ("", " Utara", " Selatan", " Timur", " Barat")
PEMDA_TEMPLATES = (
    PemdaTemplate("Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil {official}", True, 6, 1.3),
    PemdaTemplate("DPMPTSP", "Dinas Penanaman Modal dan PTSP {official}", True, 6, 1.4),
    PemdaTemplate("RSUD", "RSUD {place}", True, 5, 1.2),
    PemdaTemplate("Inspektorat", "Inspektorat {official}", False, 3, 0.9),
    PemdaTemplate("Dinas", "Dinas Kesehatan {official}", False, 2.5, 0.9),
    PemdaTemplate("Dinas", "Dinas Perhubungan {official}", True, 1, 0.8),
    PemdaTemplate("Dinas", "Dinas Sosial {official}", True, 1, 0.8),
    PemdaTemplate("Dinas", "Dinas Perpustakaan dan Kearsipan {official}", True, 1, 1.0),
    PemdaTemplate("Dinas", "Dinas Pekerjaan Umum dan Penataan Ruang {official}", False, 1, 0.7),
    PemdaTemplate("Dinas", "Dinas Komunikasi dan Informatika {official}", False, 1, 1.0),
    PemdaTemplate("Dinas", "Dinas Pendidikan {official}", False, 1.2, 0.7),
    PemdaTemplate("Badan", "Badan Pendapatan Daerah {official}", True, 2, 1.1),
    PemdaTemplate("Badan", "Badan Pengelolaan Keuangan dan Aset Daerah {official}", False, 1.2, 0.9),
    PemdaTemplate("Badan", "Badan Kepegawaian dan Pengembangan SDM {official}", False, 1.2, 1.0),
    PemdaTemplate("Badan", "Badan Perencanaan Pembangunan Daerah {official}", False, 0.8, 0.8),
    PemdaTemplate("Sekretariat", "Sekretariat Daerah {official}", False, 1.5, 0.8),
    PemdaTemplate("Sekretariat", "Sekretariat DPRD {official}", False, 1, 0.7),
    PemdaTemplate("Lainnya", "Satuan Polisi Pamong Praja {official}", True, 0.8, 0.7),
    *(PemdaTemplate("Puskesmas", "Puskesmas {capital}" + side, True, w, 0.9)
      for side, w in zip(COMPASS, (3, 1.5, 1, 0.7, 0.5))),
    *(PemdaTemplate("Kecamatan", "Kecamatan {capital}" + side, True, w, 0.7)
      for side, w in zip(COMPASS, (2, 1, 0.7, 0.5, 0.4))),
)
DKI_TEMPLATES = (
    PemdaTemplate("Disdukcapil", "Suku Dinas Kependudukan dan Pencatatan Sipil {official}", True, 6, 1.3),
    PemdaTemplate("DPMPTSP", "Unit Pelaksana PTSP {official}", True, 6, 1.4),
    PemdaTemplate("RSUD", "RSUD {capital}", True, 5, 1.2),
    PemdaTemplate("Puskesmas", "Puskesmas Kecamatan {capital}", True, 4, 1.0),
    PemdaTemplate("Kecamatan", "Kecamatan {capital}", True, 3, 0.8),
    PemdaTemplate("Inspektorat", "Inspektorat Pembantu {official}", False, 2, 0.9),
    PemdaTemplate("Dinas", "Suku Dinas Kesehatan {official}", False, 2, 0.9),
    PemdaTemplate("Dinas", "Suku Dinas Perhubungan {official}", True, 2, 0.9),
    PemdaTemplate("Badan", "Suku Badan Pendapatan Daerah {official}", True, 2, 1.1),
    PemdaTemplate("Sekretariat", "Sekretariat {official}", False, 1, 0.8),
    PemdaTemplate("Lainnya", "Unit Pengelola Pengujian Kendaraan Bermotor {official}", True, 1, 1.0),
)

# Share of pemda that have declared ZI by each year (mass ceremonies in 2012-2013, OLGOZI from 2023).
PEMDA_DECLARED_BY = {2013: 0.14, 2014: 0.22, 2015: 0.29, 2016: 0.36, 2017: 0.44, 2018: 0.53,
                     2019: 0.64, 2020: 0.73, 2021: 0.81, 2022: 0.88, 2023: 0.94, 2024: 0.98, 2025: 1.0}
# Share of pemda meeting the proposal prerequisites (BPK WTP, SAKIP, Indeks RB) by each year.
PEMDA_QUALIFIED_BY = {2014: 0.01, 2016: 0.03, 2017: 0.06, 2018: 0.12, 2019: 0.2, 2020: 0.33,
                      2021: 0.4, 2022: 0.48, 2023: 0.56, 2024: 0.7, 2025: 0.8}
DKI_QUALIFIED_FROM = 2015

OMBUDSMAN_COVERAGE = {2015: 30, 2016: 60, 2017: 104, 2018: 248, 2019: 251,
                      2021: 514, 2022: 514, 2023: 514, 2024: 514}
OMBUDSMAN_ZONES = {  # hijau, kuning, merah
    2015: (0.10, 0.45, 0.45), 2016: (0.15, 0.50, 0.35), 2017: (0.35, 0.57, 0.08),
    2018: (0.40, 0.47, 0.13), 2019: (0.45, 0.45, 0.10), 2021: (0.35, 0.55, 0.10),
    2022: (0.46, 0.43, 0.11), 2023: (0.705, 0.228, 0.067), 2024: (0.84, 0.12, 0.04),
}
ZONE_BANDS = (("hijau", 81.0, 99.6), ("kuning", 51.0, 80.99), ("merah", 18.0, 50.99))
PERANGKAT_DAERAH_YEARS = (2016, 2019, 2023)

COLUMNS = {
    "units": ("unit_id", "name", "region_code", "instansi", "owner_type", "unit_type", "service_facing",
              "name_known", "synthetic", "source_id"),
    "events": ("event_id", "unit_id", "date", "date_precision", "stage", "score", "source_id", "note",
               "synthetic"),
    "targets": ("region_code", "set_year", "deadline_year", "target_declared", "target_wbk", "target_wbbm",
                "source_id", "synthetic"),
    "perangkat_daerah": ("region_code", "year", "count", "source_id", "synthetic"),
    "lke": ("unit_id", "year", *LKE_PARTS, "total", "source_id", "synthetic"),
    "ombudsman": ("region_code", "year", "score", "zone", "source_id", "synthetic"),
    "sources": ("source_id", "title", "publisher", "published", "reference", "kind", "note"),
}


# --------------------------------------------------------------------------- regions

def load_regions(path: Path = REFERENCE_DIR / "regencies.csv",
                 provinces_path: Path = REFERENCE_DIR / "provinces.csv") -> pd.DataFrame:
    """The reference kabupaten/kota with the derived columns the generator needs."""
    regions = pd.read_csv(path, dtype=str, keep_default_na=False)
    provinces = pd.read_csv(provinces_path, dtype=str, keep_default_na=False)
    return add_region_features(regions, provinces)


def add_region_features(regions: pd.DataFrame, provinces: pd.DataFrame) -> pd.DataFrame:
    """Add place labels, population rank and flags for administrative, seed and capital regions."""
    out = regions.sort_values("code").reset_index(drop=True).copy()
    out["population"] = out["population"].astype(int)
    out["kecamatan"] = out["kecamatan"].astype(int)
    out["administrative"] = out["administrative"] == "true"
    out["seed"] = out["code"].isin(SEED_REGIONS)
    out["is_kota"] = out["kind"] == "kota"
    out["pop_rank"] = out["population"].rank(pct=True).to_numpy()
    out["place"] = place_labels(out)
    out["official"] = out["name"].str.replace("Administrasi ", "", regex=False)
    out["province_capital"] = province_capital_flags(out, provinces)
    return out


def place_labels(regions: pd.DataFrame) -> pd.Series:
    """Short name, or 'Kabupaten X' when a kota has the same short name (Kejaksaan Negeri Kabupaten Bandung)."""
    city_names = set(regions.loc[regions["is_kota"], "short_name"])
    shared = ~regions["is_kota"] & regions["short_name"].isin(city_names)
    return regions["short_name"].where(~shared, "Kabupaten " + regions["short_name"])


def province_capital_flags(regions: pd.DataFrame, provinces: pd.DataFrame) -> pd.Series:
    """True for the kota named after the province capital, else the regency whose capital it is."""
    capital = regions["province_code"].map(provinces.set_index("province_code")["capital"])
    city = regions["is_kota"] & (regions["short_name"] == capital)
    has_city = city.groupby(regions["province_code"]).transform("any")
    return city | (~has_city & (regions["capital"] == capital))


def police_name(region: pd.Series) -> str:
    """Polres for a kabupaten, Polresta/Polrestabes for a kota, Polres Metro in Jakarta."""
    if region["administrative"] and region["is_kota"]:
        return f"Polres Metro {region['short_name']}"
    if region["code"] in BIG_CITY_POLICE:
        return f"Polrestabes {region['short_name']}"
    return f"Polresta {region['short_name']}" if region["is_kota"] else f"Polres {region['short_name']}"


def fill_name(pattern: str, region: pd.Series) -> str:
    """A unit name from a pattern with {place}, {official}, {capital}, {police} fields."""
    return pattern.format(place=region["place"], official=region["official"], capital=region["capital"],
                          police=police_name(region) if "{police}" in pattern else "")


def office_presence(office: Office, region: pd.Series) -> float:
    """Chance that a region hosts this vertical office."""
    capital, kota, kabupaten, per_rank = office.presence
    if region["province_capital"]:
        return capital
    return kota if region["is_kota"] else min(1.0, kabupaten + per_rank * region["pop_rank"])


# --------------------------------------------------------------------------- dates

def day(year: int, month_day: str) -> int:
    """Ordinal of a MM-DD day in a year."""
    return date.fromisoformat(f"{year}-{month_day}").toordinal()


def random_days(rng: np.random.Generator, n: int, first: int, last: int) -> np.ndarray:
    """n uniform ordinals between first and last, inclusive."""
    return rng.integers(first, last + 1, size=n)


def two_years_later(ordinal: int) -> int:
    """The day a revoked unit may be proposed again (29 Feb moves to 1 Mar)."""
    revoked = date.fromordinal(ordinal)
    try:
        return revoked.replace(year=revoked.year + 2).toordinal()
    except ValueError:
        return date(revoked.year + 2, 3, 1).toordinal()


def iso(ordinal: int) -> str:
    return date.fromordinal(int(ordinal)).isoformat()


def declaration_year(rng: np.random.Generator, first: int, pace: float) -> int:
    """Year a unit declares ZI once its instansi has started; may fall after the last year."""
    return first + int(rng.geometric(pace)) - 1


def assign_by_rank(scores: np.ndarray, shares_by_year: dict[int, float]) -> np.ndarray:
    """Give the highest scores the earliest years so each year's cumulative share is met; 9999 = never."""
    order = np.argsort(-scores, kind="stable")
    years = np.full(len(scores), 9999)
    start = 0
    for year, share in sorted(shares_by_year.items()):
        stop = int(round(share * len(scores)))
        years[order[start:stop]] = year
        start = max(start, stop)
    return years


# --------------------------------------------------------------------------- units

@dataclass(frozen=True)
class Pemda:
    """One pemda as a ZI actor: how capable it is and when it declares and may propose."""

    key: str
    readiness: float
    first_declared: int
    qualified_from: int


def pemda_actors(regions: pd.DataFrame, rng: np.random.Generator) -> dict[str, Pemda]:
    """Pemda of every non-seed region: autonomous ones keyed by region code, DKI's regions by province."""
    own = regions[~regions["administrative"] & ~regions["seed"]]
    readiness = rng.lognormal(0.0, 0.9, len(own)) * np.where(own["is_kota"], 1.3, 1.0) * (0.8 + 0.4 * own["pop_rank"])
    declared = assign_by_rank(readiness * rng.lognormal(0, 1.0, len(own)), PEMDA_DECLARED_BY)
    qualified = assign_by_rank(readiness * rng.lognormal(0, 0.4, len(own)), PEMDA_QUALIFIED_BY)
    actors = {}
    for (_, region), r, first_year, q in zip(own.iterrows(), readiness, declared, qualified):
        actors[region["code"]] = Pemda(region["code"], float(r),
                                       pemda_declaration_day(rng, region["province_code"], int(first_year)),
                                       int(q))
    if regions["administrative"].any():
        actors[DKI_PROVINCE] = Pemda(DKI_PROVINCE, 4.0, date(2014, 5, 20).toordinal(), DKI_QUALIFIED_FROM)
    return actors


def pemda_declaration_day(rng: np.random.Generator, province: str, year: int) -> int:
    """First pencanangan of a pemda; Lampung's regents declared together, OLGOZI provinces on launch day."""
    if province == LAMPUNG_PROVINCE:
        return LAMPUNG_DECLARATION.toordinal()
    if province in OLGOZI_PROVINCES and year >= OLGOZI_LAUNCH.year:
        return OLGOZI_LAUNCH.toordinal()
    return int(random_days(rng, 1, day(year, "01-10"), day(year, "11-30"))[0])


def unit_record(region: pd.Series, number: int, name: str, instansi: str, owner_type: str, unit_type: str,
                service_facing: bool, declared: int, strength: float, propose_from: int, pemda: str) -> dict:
    """One unit: its published columns plus the hidden traits the simulation uses."""
    return {
        "unit_id": f"X-{region['code4']}-{number:04d}", "name": name, "region_code": region["code"],
        "instansi": instansi, "owner_type": owner_type, "unit_type": unit_type,
        "service_facing": service_facing, "declared": declared, "strength": strength,
        "propose_from": propose_from, "pemda": pemda,
    }


def pemda_unit_count(rng: np.random.Generator, readiness: float, templates: int) -> int:
    """How many units a pemda puts into ZI over the years; capable pemda put more."""
    return int(np.clip(2 + rng.poisson(1.2 + 2.5 * readiness), 2, min(14, templates)))


def pemda_units(region: pd.Series, pemda: Pemda, rng: np.random.Generator, first_number: int) -> list[dict]:
    """The pemda-owned ZI units of one region, declared in yearly batches after the first pencanangan."""
    dki = pemda.key == DKI_PROVINCE
    templates = [t for t in (DKI_TEMPLATES if dki else PEMDA_TEMPLATES)
                 if t.unit_type != "Kecamatan" or t.pattern.count(" ") < 2 or region["kecamatan"] > 2]
    weights = np.array([t.weight for t in templates])
    picked = rng.choice(len(templates), size=pemda_unit_count(rng, pemda.readiness, len(templates)),
                        replace=False, p=weights / weights.sum())
    first_year = date.fromordinal(pemda.first_declared).year
    batch_days = {first_year: pemda.first_declared}
    instansi = DKI_INSTANSI if dki else f"Pemerintah {region['kind'].capitalize()} {region['short_name']}"
    units = []
    for position, index in enumerate(picked):
        template = templates[index]
        year = first_year if position < 3 else min(LAST_YEAR, first_year + int(rng.geometric(0.35)))
        if year not in batch_days:
            batch_days[year] = int(random_days(rng, 1, day(year, "01-10"), day(year, "11-30"))[0])
        strength = pemda.readiness * template.focus * rng.lognormal(0, 0.45)
        units.append(unit_record(region, first_number + position, fill_name(template.pattern, region), instansi,
                                 "pemda", template.unit_type, template.service_facing, batch_days[year],
                                 strength, pemda.qualified_from, pemda.key))
    return units


def vertical_units(region: pd.Series, rng: np.random.Generator, first_number: int) -> list[dict]:
    """The K/L offices located in one region that have declared ZI by the last year."""
    units = []
    for office in OFFICES:
        present = rng.random() < office_presence(office, region)
        year = declaration_year(rng, office.declare_from, office.declare_pace)
        if not present or year > LAST_YEAR:
            continue
        pattern = office.patterns[int(rng.integers(len(office.patterns)))]
        declared = int(random_days(rng, 1, day(year, "01-07"), day(year, "11-30"))[0])
        strength = office.strength * rng.lognormal(0, 0.45)
        units.append(unit_record(region, first_number + len(units), fill_name(pattern, region), office.instansi,
                                 "vertikal", office.unit_type, True, declared, strength, office.propose_from, ""))
    return units


def build_units(regions: pd.DataFrame, pemdas: dict[str, Pemda], rng: np.random.Generator) -> pd.DataFrame:
    """All synthetic units, numbered per region; seed regions get vertical units only."""
    units = []
    for _, region in regions.iterrows():
        key = DKI_PROVINCE if region["administrative"] else region["code"]
        own = pemda_units(region, pemdas[key], rng, 1) if key in pemdas else []
        units += own + vertical_units(region, rng, len(own) + 1)
    frame = pd.DataFrame(units)
    building = frame["declared"] + rng.integers(14, 76, len(frame))
    frame["building"] = np.where(building <= day(LAST_YEAR, "12-31"), building, -1)
    frame["ready"] = np.where(frame["building"] > 0, frame["building"], np.iinfo(np.int64).max)
    return frame


# --------------------------------------------------------------------------- simulation

@dataclass
class Ledger:
    """Events and LKE rows collected while the years are simulated."""

    unit: list
    day: list
    stage: list
    score: list
    lke: list

    def add(self, units: np.ndarray, days: np.ndarray, stage: int, scores: np.ndarray | None = None) -> None:
        self.unit.append(np.asarray(units))
        self.day.append(np.asarray(days))
        self.stage.append(np.full(len(units), stage))
        self.score.append(np.full(len(units), np.nan) if scores is None else scores)


def weighted_pick(rng: np.random.Generator, candidates: np.ndarray, weights: np.ndarray, k: int) -> np.ndarray:
    """Up to k candidates drawn without replacement, proportionally to weight."""
    k = min(k, int(np.count_nonzero(weights > 0)))
    if k <= 0:
        return candidates[:0]
    return rng.choice(candidates, size=k, replace=False, p=weights / weights.sum())


def split_quota(total: int, share: float, pemda_pool: int, vertical_pool: int) -> tuple[int, int]:
    """Split a quota between pemda and vertical units, moving what one side cannot fill to the other."""
    pemda = min(pemda_pool, int(round(total * share)))
    vertical = min(vertical_pool, total - pemda)
    return min(pemda_pool, total - vertical), vertical


def pick_by_owner(rng: np.random.Generator, candidates: np.ndarray, weights: np.ndarray, is_pemda: np.ndarray,
                  total: int, pemda_share: float) -> np.ndarray:
    """Pick total candidates with a fixed pemda share, weighted within each side."""
    pemda_side, vertical_side = is_pemda[candidates], ~is_pemda[candidates]
    pemda_k, vertical_k = split_quota(total, pemda_share, int(np.count_nonzero(weights[pemda_side] > 0)),
                                      int(np.count_nonzero(weights[vertical_side] > 0)))
    return np.concatenate([
        weighted_pick(rng, candidates[pemda_side], weights[pemda_side], pemda_k),
        weighted_pick(rng, candidates[vertical_side], weights[vertical_side], vertical_k),
    ])


def evaluation_scores(rng: np.random.Generator, aiming_wbbm: np.ndarray, awarded: np.ndarray,
                      ) -> tuple[np.ndarray, np.ndarray]:
    """LKE totals (1 decimal) and whether a failed unit scored above the bar but missed a component minimum."""
    n = len(awarded)
    bar = np.where(aiming_wbbm, 85.0, 75.0)
    above = bar + np.where(aiming_wbbm, 11.0, 17.0) * rng.beta(2, 5, n)
    missed_component = ~awarded & (rng.random(n) < 0.12)
    near_miss = bar + 4.0 * rng.beta(1.5, 3, n)
    below = bar - 0.1 - np.where(aiming_wbbm, 9.0, 16.0) * rng.beta(1.6, 3, n)
    raw = np.where(awarded, above, np.where(missed_component, near_miss, below))
    return np.round(np.minimum(raw, 98.5), 1), missed_component


def lke_bounds(aiming_wbbm: bool, awarded: bool, missed_component: bool) -> tuple[np.ndarray, np.ndarray]:
    """Per-part lower/upper bounds: awardees meet the 90/2021 minima, near misses fail one of them."""
    low, high = 0.3 * LKE_MAXIMA, LKE_MAXIMA.copy()
    if awarded:
        low[PENGUNGKIT] = (0.75 if aiming_wbbm else 0.6) * LKE_MAXIMA[PENGUNGKIT]
        low[IPAK], low[CAPAIAN], low[IPKP] = 15.75, 3.75 if aiming_wbbm else 2.5, 15.75 if aiming_wbbm else 14.0
    elif missed_component:
        high[IPKP] = 15.6 if aiming_wbbm else 13.9
    return low, high


def lke_parts(rng: np.random.Generator, total: float, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Nine LKE area scores (2 decimals) within bounds that add up exactly to total."""
    level = (total - low.sum()) / (high.sum() - low.sum())
    parts = low + (high - low) * np.clip(level + rng.normal(0, 0.12, len(low)), 0, 1)
    gap = total - parts.sum()
    room = (high - parts) if gap > 0 else (parts - low)
    parts = np.round(parts + np.sign(gap) * room * abs(gap) / room.sum(), 2)
    residue = round(total - parts.sum(), 2)
    slack = (high - parts) if residue > 0 else (parts - low)
    parts[int(np.argmax(slack))] += residue
    return np.round(parts, 2)


def proposal_weights(units: pd.DataFrame, state: dict, year: int, opens: int, pemdas: dict[str, Pemda]) -> np.ndarray:
    """How likely each unit is to be proposed this year; zero where the rules or the owner forbid it."""
    allowed = ((units["ready"].to_numpy() < opens) & (state["ban_end"] <= opens)
               & (state["held"] != HOLDS_WBBM) & (units["propose_from"].to_numpy() <= year))
    years_ready = np.clip((opens - units["ready"].to_numpy()) / 365.0, 0, None)
    eagerness = np.minimum(1.0, 0.3 + years_ready / 2) * np.sqrt(units["strength"].to_numpy())
    readiness = units["pemda"].map(lambda key: pemdas[key].readiness if key else 1.0).to_numpy()
    focus = np.where(units["unit_type"].isin(OLGOZI_TYPES) & (year >= OLGOZI_LAUNCH.year), 2.0, 1.0)
    retry = np.where(state["failed_last"], 1.6, 1.0)
    return np.where(allowed, eagerness * readiness * focus * retry, 0.0)


def award_weights(units: pd.DataFrame, state: dict) -> np.ndarray:
    """How likely an evaluated unit is to pass; experience from earlier evaluations helps."""
    return units["strength"].to_numpy() ** 2 * (1 + 0.3 * state["evaluations"])


def revoke(rng: np.random.Generator, units: pd.DataFrame, state: dict, year: int, count: int,
           ledger: Ledger) -> None:
    """Revoke a few predicates early in the year; the unit then holds nothing and is banned for two years."""
    holders = np.flatnonzero((state["held"] != NONE_HELD) & (state["award_year"] < year))
    weights = np.where(units["unit_type"].to_numpy()[holders] == "KPP", 0.3, 1.0)
    chosen = weighted_pick(rng, holders, weights, count)
    days = random_days(rng, len(chosen), day(year, "02-01"), day(year, "07-31"))
    ledger.add(chosen, days, DICABUT)
    state["held"][chosen] = NONE_HELD
    state["ban_end"][chosen] = [two_years_later(d) for d in days]


def run_year(rng: np.random.Generator, units: pd.DataFrame, pemdas: dict[str, Pemda], state: dict, year: int,
             plan: YearPlan, scale: float, ledger: Ledger) -> None:
    """One ZI cycle: revocations, usulan (Apr-Jul), evaluasi TPN (Aug-Oct), awards in December."""
    revoke(rng, units, state, year, int(round(plan.dicabut * scale)), ledger)
    opens, closes = day(year, plan.window[0]), day(year, plan.window[1])
    weights = proposal_weights(units, state, year, opens, pemdas)
    is_pemda = (units["owner_type"] == "pemda").to_numpy()
    everyone = np.arange(len(units))
    wbk_holder = (state["held"] == HOLDS_WBK) & (state["award_year"] < year)
    holder_weights = np.where(wbk_holder, weights * np.where(state["award_year"] < year - 1, 1.0, 0.3), 0.0)
    for_wbbm = pick_by_owner(rng, everyone, holder_weights, is_pemda,
                             int(round(plan.wbbm * scale * WBBM_PROPOSALS_PER_AWARD)), plan.pemda_wbbm)
    newcomer_weights = np.where(state["held"] == NONE_HELD, weights, 0.0)
    for_wbk = pick_by_owner(rng, everyone, newcomer_weights, is_pemda,
                            int(round(plan.usulan * scale)) - len(for_wbbm), plan.pemda_usulan)
    merit = award_weights(units, state)
    outcomes = [evaluate(rng, for_wbbm, merit, is_pemda, int(round(plan.wbbm * scale)), plan.pemda_wbbm, plan),
                evaluate(rng, for_wbk, merit, is_pemda, int(round(plan.wbk * scale)), plan.pemda_wbk, plan)]
    proposed = np.concatenate([for_wbbm, for_wbk])
    ledger.add(proposed, random_days(rng, len(proposed), opens, closes), USULAN)
    state["failed_last"][:] = False
    state["failed_last"][proposed] = True
    award_day = day(year, plan.award_day)
    for aiming_wbbm, (evaluated, awarded) in zip((True, False), outcomes):
        scores, missed = evaluation_scores(rng, np.full(len(evaluated), aiming_wbbm), awarded)
        ledger.add(evaluated, random_days(rng, len(evaluated), day(year, "08-01"), day(year, "10-31")),
                   EVALUASI, scores)
        winners = evaluated[awarded]
        ledger.add(winners, np.full(len(winners), award_day), WBBM if aiming_wbbm else WBK, scores[awarded])
        if year >= LKE_FIRST_YEAR:
            ledger.lke += [(unit, year, lke_parts(rng, score, *lke_bounds(aiming_wbbm, won, miss)))
                           for unit, score, won, miss in zip(evaluated, scores, awarded, missed)]
        state["evaluations"][evaluated] += 1
        state["held"][winners] = HOLDS_WBBM if aiming_wbbm else HOLDS_WBK
        state["award_year"][winners] = year
        state["failed_last"][winners] = False


def evaluate(rng: np.random.Generator, proposed: np.ndarray, merit: np.ndarray, is_pemda: np.ndarray,
             awards: int, pemda_share: float, plan: YearPlan) -> tuple[np.ndarray, np.ndarray]:
    """Which proposals the TPN evaluates and which of those earn the predicate."""
    winners = pick_by_owner(rng, proposed, merit[proposed], is_pemda, awards, pemda_share)
    rest = np.setdiff1d(proposed, winners)
    extra = max(0, int(round(len(proposed) * plan.evaluated)) - len(winners))
    losers = weighted_pick(rng, rest, np.sqrt(merit[rest]), extra)
    evaluated = np.concatenate([winners, losers])
    return evaluated, np.isin(evaluated, winners)


def simulate(units: pd.DataFrame, pemdas: dict[str, Pemda], scale: float, rng: np.random.Generator) -> Ledger:
    """Run every annual cycle and return all events (pencanangan and pembangunan included)."""
    n = len(units)
    state = {"held": np.zeros(n, dtype=int), "award_year": np.zeros(n, dtype=int),
             "ban_end": np.zeros(n, dtype=np.int64), "evaluations": np.zeros(n, dtype=int),
             "failed_last": np.zeros(n, dtype=bool)}
    ledger = Ledger([], [], [], [], [])
    everyone = np.arange(n)
    ledger.add(everyone, units["declared"].to_numpy(), PENCANANGAN)
    building = units["building"].to_numpy() > 0
    ledger.add(everyone[building], units["building"].to_numpy()[building], PEMBANGUNAN)
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        run_year(rng, units, pemdas, state, year, YEAR_PLANS[year], scale, ledger)
    return ledger


# --------------------------------------------------------------------------- tables

def flag(value: bool) -> str:
    """Booleans the way the loader reads them."""
    return "true" if value else "false"


def units_table(units: pd.DataFrame) -> list[dict]:
    """units.csv rows."""
    return [{
        "unit_id": unit.unit_id, "name": unit.name, "region_code": unit.region_code, "instansi": unit.instansi,
        "owner_type": unit.owner_type, "unit_type": unit.unit_type, "service_facing": flag(unit.service_facing),
        "name_known": "true", "synthetic": "true", "source_id": SOURCE_ID,
    } for unit in units.itertuples(index=False)]


def events_table(units: pd.DataFrame, ledger: Ledger) -> list[dict]:
    """events.csv rows, per unit in (date, stage) order, numbered XE-1, XE-2, ..."""
    unit, days, stage, score = (np.concatenate(column) for column in
                                (ledger.unit, ledger.day, ledger.stage, ledger.score))
    order = np.lexsort((stage, days, unit))
    unit_ids = units["unit_id"].to_numpy()
    return [{
        "event_id": f"XE-{number}", "unit_id": unit_ids[u], "date": iso(d), "date_precision": "day",
        "stage": STAGES[s], "score": "" if np.isnan(sc) else f"{sc:.1f}", "source_id": SOURCE_ID, "note": "",
        "synthetic": "true",
    } for number, (u, d, s, sc) in enumerate(zip(unit[order], days[order], stage[order], score[order]), 1)]


def lke_table(units: pd.DataFrame, ledger: Ledger) -> list[dict]:
    """lke.csv rows: the nine 90/2021 areas of every TPN evaluation from 2021 on."""
    unit_ids = units["unit_id"].to_numpy()
    return [{
        "unit_id": unit_ids[unit], "year": str(year),
        **{name: f"{value:.2f}" for name, value in zip(LKE_PARTS, parts)},
        "total": f"{parts.sum():.2f}", "source_id": SOURCE_ID, "synthetic": "true",
    } for unit, year, parts in sorted(ledger.lke, key=lambda row: (row[0], row[1]))]


def target_row(region_code: str, set_year: int, deadline_year: int, declared: int | str, wbk: int | str,
               wbbm: int | str) -> dict:
    """One targets.csv row; empty strings stand for targets the pemda did not set."""
    return {"region_code": region_code, "set_year": str(set_year), "deadline_year": str(deadline_year),
            "target_declared": str(declared), "target_wbk": str(wbk), "target_wbbm": str(wbbm),
            "source_id": SOURCE_ID, "synthetic": "true"}


def pemda_targets(rng: np.random.Generator, pemda: Pemda, planned_units: int) -> list[dict]:
    """Targets of one pemda: half set some in 2019-2023 (a third of those revise), others answer OLGOZI."""
    if rng.random() >= 0.5:
        return [target_row(pemda.key, 2024, int(rng.integers(2025, 2027)), 3, 1, "")] if rng.random() < 0.4 else []
    set_year = int(rng.choice(np.arange(2019, 2024), p=[0.15, 0.17, 0.2, 0.2, 0.28]))
    wbk = max(1, int(round(1.2 * pemda.readiness + rng.normal(0, 0.7))))
    declared = planned_units + int(rng.integers(0, 6)) if rng.random() < 0.85 else ""
    wbbm = 1 if wbk >= 2 and rng.random() < 0.3 else ""
    rows = [target_row(pemda.key, set_year, set_year + int(rng.integers(1, 5)), declared, wbk, wbbm)]
    if rng.random() < 0.33:
        revised = int(rng.integers(set_year + 1, LAST_YEAR + 1))
        rows.append(target_row(pemda.key, revised, revised + int(rng.integers(1, 4)), declared,
                               max(1, wbk + int(rng.integers(-1, 3))), wbbm))
    return rows


def targets_table(pemdas: dict[str, Pemda], units: pd.DataFrame, rng: np.random.Generator) -> list[dict]:
    """targets.csv rows for autonomous non-seed pemda."""
    planned = units[units["owner_type"] == "pemda"].groupby("region_code").size()
    rows = []
    for key, pemda in pemdas.items():
        if key != DKI_PROVINCE:
            rows += pemda_targets(rng, pemda, int(planned.get(key, 0)))
    return sorted(rows, key=lambda row: (row["region_code"], row["set_year"]))


def perangkat_daerah_table(regions: pd.DataFrame, rng: np.random.Generator) -> list[dict]:
    """Number of perangkat daerah (dinas/badan/sekretariat plus kecamatan) of each autonomous non-seed pemda."""
    rows = []
    for _, region in regions[~regions["administrative"] & ~regions["seed"]].iterrows():
        offices = int(np.clip(round(27 + 9 * region["pop_rank"] + rng.normal(0, 2.5)), 24, 45))
        for year in PERANGKAT_DAERAH_YEARS:
            change = int(rng.integers(-3, 1)) if year == PERANGKAT_DAERAH_YEARS[0] else int(rng.integers(-1, 2))
            rows.append({"region_code": region["code"], "year": str(year),
                         "count": str(offices + change + region["kecamatan"]),
                         "source_id": SOURCE_ID, "synthetic": "true"})
    return rows


def zone_of(score: float) -> str:
    """Ombudsman compliance zone of a 0-100 score."""
    return "hijau" if score >= 81 else "kuning" if score >= 51 else "merah"


def zone_scores(rng: np.random.Generator, latent: np.ndarray, shares: tuple[float, float, float]) -> np.ndarray:
    """Scores whose zone shares match the year's real shares; better latent standing, higher score."""
    order = np.argsort(-latent, kind="stable")
    counts = [int(round(share * len(latent))) for share in shares]
    counts[1] = len(latent) - counts[0] - counts[2]
    scores = np.empty(len(latent))
    start = 0
    for (_, low, high), count in zip(ZONE_BANDS, counts):
        scores[order[start:start + count]] = np.sort(rng.uniform(low, high, count))[::-1]
        start += count
    return np.round(scores, 2)


def ombudsman_table(regions: pd.DataFrame, pemdas: dict[str, Pemda], rng: np.random.Generator) -> list[dict]:
    """Ombudsman compliance rows: few regions surveyed before 2020, all of them 2021-2024."""
    readiness = np.array([pemdas[DKI_PROVINCE if admin else code].readiness
                          if (DKI_PROVINCE if admin else code) in pemdas else 1.0
                          for code, admin in zip(regions["code"], regions["administrative"])])
    latent = rng.normal(0, 1, len(regions)) + 0.6 * regions["is_kota"].to_numpy() + 0.4 * np.log(readiness)
    survey_weight = np.where(regions["is_kota"], 2.0, 1.0) * (0.5 + regions["pop_rank"].to_numpy())
    rows = []
    for year, coverage in OMBUDSMAN_COVERAGE.items():
        chosen = np.sort(weighted_pick(rng, np.arange(len(regions)), survey_weight,
                                       int(round(coverage * len(regions) / NATIONAL_REGIONS))))
        scores = zone_scores(rng, latent[chosen] + rng.normal(0, 0.6, len(chosen)), OMBUDSMAN_ZONES[year])
        rows += [{"region_code": regions["code"].iat[index], "year": str(year), "score": f"{score:.2f}",
                  "zone": zone_of(score), "source_id": SOURCE_ID, "synthetic": "true"}
                 for index, score in zip(chosen, scores)]
    return [row for row in rows if (row["region_code"], row["year"]) not in real_ombudsman_surveys()]


def real_ombudsman_surveys() -> set[tuple[str, str]]:
    """(region, year) pairs the seed articles already report; a real fact is never shadowed."""
    seeds = pd.read_csv(EMBEDDED_DIR / "seeds" / "ombudsman.csv", dtype=str)
    return set(zip(seeds["region_code"], seeds["year"]))


def sources_table() -> list[dict]:
    """The single source every synthetic row points to."""
    return [{"source_id": SOURCE_ID, "title": "Data sintetis Pantau ZI (generator berbiji)",
             "publisher": "Pantau ZI", "published": "", "reference": "scripts/generate_synthetic.py",
             "kind": "generator",
             "note": "Baris-baris ini dibangkitkan oleh program dengan benih tetap, bukan data nyata."}]


def build_tables(regions: pd.DataFrame, seed: int = SEED) -> dict[str, list[dict]]:
    """Every synthetic table for the given regions; national quotas shrink with a subset of regions."""
    rng = np.random.default_rng(seed)
    pemdas = pemda_actors(regions, rng)
    units = build_units(regions, pemdas, rng)
    ledger = simulate(units, pemdas, len(regions) / NATIONAL_REGIONS, rng)
    return {
        "units": units_table(units),
        "events": events_table(units, ledger),
        "targets": targets_table(pemdas, units, rng),
        "perangkat_daerah": perangkat_daerah_table(regions, rng),
        "lke": lke_table(units, ledger),
        "ombudsman": ombudsman_table(regions, pemdas, rng),
        "sources": sources_table(),
    }


def write_tables(tables: dict[str, list[dict]], out_dir: Path = OUT_DIR) -> None:
    """One CSV per table, LF line ends, columns in the published order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        with (out_dir / f"{name}.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS[name], lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)


def main() -> None:
    started = time.perf_counter()
    tables = build_tables(load_regions())
    write_tables(tables)
    counts = ", ".join(f"{name} {len(rows)}" for name, rows in tables.items())
    print(f"wrote {counts} rows to {OUT_DIR} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
