"""Every setting Pantau ZI reads from the environment, declared once with its help text."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pantau_zi.paths import STORE_DIR

LOG = logging.getLogger("pantau_zi.settings")


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS = (
    Setting("PANTAU_ZI_DATA_DIRS", "",
            "Folders (separated by the OS path separator) holding a dataset's CSV tables; empty means the "
            "embedded dataset (data/embedded/seeds, data/embedded/reported and data/embedded/synthetic)."),
    Setting("PANTAU_ZI_BOUNDARY_FILE", "",
            "An official boundary file (shapefile, GeoPackage, GeoJSON) to draw instead of the approximate one."),
    Setting("PANTAU_ZI_BOUNDARY_COLUMN", "",
            "The column of that file holding the Kemendagri code or the name of each kabupaten/kota."),
    Setting("PANTAU_ZI_DATABASE", "",
            "Where imported datasets and their versions are stored: a SQLAlchemy URL (postgresql+psycopg://...) "
            "or a folder for the SQLite file; empty means var/ in the project folder."),
    Setting("PANTAU_ZI_CACHE_DIR", "",
            "Folder of the disk cache of validated tables (parquet), read at a restart instead of validating again; "
            "empty means cache/ in the store's default folder (var/cache in the project folder). Safe to delete at any time."),
    Setting("PANTAU_ZI_REQUIRE_LOGIN", "",
            "\"true\" makes viewing need a login (any administrator, or an OIDC login); empty or anything else "
            "means anyone may view. Importing and restoring always need an administrator."),
    Setting("PANTAU_ZI_ADMINS", "",
            "Administrators as username:hash entries separated by commas, the hash made by "
            "`python -m pantau_zi.access hash`; added to the [admins] section of .streamlit/secrets.toml."),
    Setting("PANTAU_ZI_ADMIN_EMAILS", "",
            "E-mail addresses (comma-separated) that are administrators when they log in through the OIDC "
            "provider configured in the [auth] section of .streamlit/secrets.toml."),
    Setting("PANTAU_ZI_IMPORT_MAX_MB", "10", "Largest file (in MB) a user may upload for import."),
    Setting("PANTAU_ZI_IMPORT_MAX_EXPANDED_MB", "100",
            "Largest size (in MB) an uploaded .xlsx may unpack to; guards against zip bombs."),
    Setting("PANTAU_ZI_IMPORT_MAX_ROWS", "50000", "Most data rows read from one sheet or CSV file of an upload."),
    Setting("PANTAU_ZI_FRAME_ANCESTORS", "'self'",
            "Who may show the dashboard inside a frame (the Content-Security-Policy frame-ancestors): origins "
            "separated by spaces, e.g. https://portal.instansi.go.id; 'self' (the default) only the dashboard "
            "itself, 'none' nobody."),
    Setting("PANTAU_ZI_TIMEZONE", "Asia/Jakarta",
            "Time zone of the times shown (when a data version was loaded): Asia/Jakarta (WIB), Asia/Makassar "
            "(WITA), Asia/Jayapura (WIT) or another IANA name; an unknown name means Asia/Jakarta."),
)


def _default(name: str) -> str:
    return {entry.name: entry for entry in SETTINGS}[name].default


def setting(name: str) -> str:
    """The value of a declared setting, or its default."""
    return os.environ.get(name, _default(name)).strip()


def data_dirs() -> tuple[Path, ...] | None:
    """The dataset folders the user configured, or None for the embedded dataset."""
    value = setting("PANTAU_ZI_DATA_DIRS")
    return tuple(Path(part) for part in value.split(os.pathsep) if part) or None


def database() -> str:
    """The store's SQLAlchemy URL or SQLite folder, as open_store takes it."""
    return setting("PANTAU_ZI_DATABASE") or str(STORE_DIR)


def _positive_number(name: str) -> float:
    """A numeric setting; a value that is not a positive number falls back to the default."""
    try:
        value = float(setting(name))
    except ValueError:
        value = 0.0
    if value > 0:
        return value
    return float(_default(name))


def import_max_bytes() -> int:
    """Largest upload accepted, in bytes."""
    return int(_positive_number("PANTAU_ZI_IMPORT_MAX_MB") * 1_000_000)


def import_max_expanded_bytes() -> int:
    """Largest total an uploaded workbook may unpack to, in bytes."""
    return int(_positive_number("PANTAU_ZI_IMPORT_MAX_EXPANDED_MB") * 1_000_000)


def import_max_rows() -> int:
    """Most data rows read from one sheet or CSV."""
    return int(_positive_number("PANTAU_ZI_IMPORT_MAX_ROWS"))


def timezone() -> ZoneInfo:
    """The time zone times are shown in; an unknown name falls back to the default, WIB."""
    try:
        return ZoneInfo(setting("PANTAU_ZI_TIMEZONE"))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(_default("PANTAU_ZI_TIMEZONE"))


_ORIGIN = re.compile(r"^(?:'self'|'none'|https?://[A-Za-z0-9.\-*]+(?::\d+)?)$")


def frame_ancestors() -> str:
    """The frame-ancestors sources of the setting; entries that are not an origin are dropped (and logged), and
    nothing valid left means the default."""
    entries = setting("PANTAU_ZI_FRAME_ANCESTORS").split()
    valid = [entry for entry in entries if _ORIGIN.match(entry)]
    if len(valid) != len(entries):
        LOG.warning("PANTAU_ZI_FRAME_ANCESTORS: entries that are not an origin were ignored: %s",
                    " ".join(entry for entry in entries if entry not in valid))
    if "'none'" in valid and len(valid) > 1:
        valid.remove("'none'")
    return " ".join(valid) or _default("PANTAU_ZI_FRAME_ANCESTORS")
