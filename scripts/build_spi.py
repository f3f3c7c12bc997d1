"""Rebuild data/real/spi.csv (and its news cross-check) from the compiled KPK SPI file in shared/data.

Every row keeps its published name and values as given; the script adds the Kemendagri code of the
government it names and how that code was found, checks the values, and prints the rows it cannot match.

    python scripts/build_spi.py [path/to/shared/data]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pantau_zi.loading import load_reference  # noqa: E402
from pantau_zi.paths import REAL_DIR, REPO_ROOT, SHARED_DATA_DIR  # noqa: E402
from pantau_zi.spi import LEVELS, SPI_FILE, VALUE_COLUMNS, YEARS, match_published  # noqa: E402

RENAMES = {"indeks": "index", "eksternal": "external", "eksper": "expert", "koreksi_integritas": "correction_integrity",
           "koreksi_prevalensi": "correction_prevalence", "instansi_name": "published_name"}
COLUMNS = ["year", "level", "code", "province_code", "published_name", "matched_by", *VALUE_COLUMNS, "source"]


def build(shared: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The project's SPI table and the rows that match no government, from the shared compiled file."""
    raw = pd.read_csv(shared / "spi-kpk-pemda.csv", dtype=str, keep_default_na=False, na_values=[""])
    provinces, regencies = load_reference()
    matched = match_published(raw, regencies, provinces).rename(columns=RENAMES)
    matched["level"] = matched["entity_type"].map(LEVELS)
    matched["province_code"] = [code[:2] if isinstance(code, str) else None for code in matched["code"]]
    check(matched)
    unmatched = matched[matched["code"].isna()]
    return matched.loc[matched["code"].notna(), COLUMNS].sort_values(["year", "level", "code"]), unmatched


def check(table: pd.DataFrame) -> None:
    """Stop on values outside 0-100, years outside the survey, or one government twice in a year."""
    values = table[list(VALUE_COLUMNS)].astype(float)
    if not values["index"].between(0, 100).all() or values.isna().any().any():
        raise SystemExit("SPI values missing or outside 0-100")
    if not table["year"].astype(int).isin(YEARS).all():
        raise SystemExit("SPI year outside 2021-2025")
    twice = table[table["code"].notna()].duplicated(["year", "level", "code"], keep=False)
    if twice.any():
        raise SystemExit(f"the same government twice in a year:\n{table[table['code'].notna()][twice]}")


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED_DATA_DIR
    table, unmatched = build(shared)
    REAL_DIR.mkdir(parents=True, exist_ok=True)
    table.to_csv(SPI_FILE, index=False, lineterminator="\n")
    crosscheck = pd.read_csv(shared / "spi-kpk-crosscheck.csv", dtype=str)
    crosscheck.to_csv(REAL_DIR / "spi_crosscheck.csv", index=False, lineterminator="\n")
    by_name = table["matched_by"].ne("code").sum()
    print(f"{len(table)} rows written to {SPI_FILE.relative_to(REPO_ROOT)} ({by_name} matched by name)")
    print(table.groupby(["year", "level"]).size().unstack().to_string())
    print(f"{len(unmatched)} rows match no government:")
    for row in unmatched.itertuples():
        print(f"  {row.year} {row.entity_type} {row.published_name} (code {row.region_code})")


if __name__ == "__main__":
    main()
