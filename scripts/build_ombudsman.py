"""Rebuild data/real/ombudsman.csv from the reported Ombudsman compliance rows in shared/data.

Every reported row is kept, with the Kemendagri code of the government it names. Where several rows report
one government and year, `preferred` marks the one to show (ombudsman.go.id over news, then the row that
reports a score) and `conflict` says the rows disagree on score or zone.

    python scripts/build_ombudsman.py [path/to/shared/data]
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pantau_zi.loading import load_reference  # noqa: E402
from pantau_zi.names import RegionMatcher, province_code  # noqa: E402
from pantau_zi.ombudsman import REPORTED_FILE, mark_preferred  # noqa: E402
from pantau_zi.paths import REPO_ROOT, SHARED_DATA_DIR  # noqa: E402

COLUMNS = ["year", "level", "code", "published_name", "score", "zone", "grade", "rank", "rank_of", "note",
           "source_url", "publisher", "preferred", "conflict"]


def _code(row, matcher: RegionMatcher, provinces: pd.DataFrame) -> str | None:
    if row.region_type == "provinsi":
        return province_code(row.region_name, provinces)
    return matcher.match(row.region_name)


def _publisher(url: str) -> str:
    host = (urlparse(url).hostname or "").removeprefix("www.").removeprefix("m.")
    return host


def build(shared: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The project's Ombudsman table and the reported rows that match no government."""
    raw = pd.read_csv(shared / "ombudsman-reported.csv", dtype=str)
    provinces, regencies = load_reference()
    matcher = RegionMatcher.from_regencies(regencies)
    codes = [_code(row, matcher, provinces) for row in raw.itertuples()]
    table = raw.assign(code=codes, level=raw["region_type"], published_name=raw["region_name"],
                       publisher=raw["source_url"].map(_publisher))
    unmatched = table[table["code"].isna()]
    return mark_preferred(table[table["code"].notna()])[COLUMNS], unmatched


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED_DATA_DIR
    table, unmatched = build(shared)
    table.to_csv(REPORTED_FILE, index=False, lineterminator="\n")
    shown = table[table["preferred"]]
    print(f"{len(table)} rows written to {REPORTED_FILE.relative_to(REPO_ROOT)}: {len(shown)} government-years, "
          f"{int(shown['conflict'].sum())} with disagreeing reports")
    print(shown.groupby(["year", "level"]).size().unstack(fill_value=0).to_string())
    print(f"{len(unmatched)} rows match no government:")
    for row in unmatched.itertuples():
        print(f"  {row.year} {row.region_type} {row.region_name} ({row.province})")


if __name__ == "__main__":
    main()
