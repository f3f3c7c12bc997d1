"""Matching kabupaten/kota names and codes as people write them to Kemendagri codes.

Official files and spreadsheets say "KAB. SUMEDANG", "Kabupaten Sumedang", "Kota Adm. Jakarta Pusat" or
"3211"; all of them must land on "32.11". A bare name shared by a kabupaten and a kota (Bandung) is
ambiguous and matches nothing rather than guessing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

# Longest prefixes first, so "kabupaten administrasi" wins over "kabupaten".
_KIND_PREFIXES = (
    ("kabupaten administrasi", "kabupaten"), ("kab adm", "kabupaten"), ("kabupaten", "kabupaten"),
    ("kab", "kabupaten"), ("kota administrasi", "kota"), ("kota adm", "kota"), ("kota", "kota"),
)
_DOTTED_CODE = re.compile(r"^(\d{2})\.?(\d{2})$")
# Regions renamed since older reports were written: former core name -> current one.
_FORMER_NAMES = {"tobasamosir": "toba"}
_PROVINCE_ABBREVIATIONS = (("d i ", "daerah istimewa "), ("di ", "daerah istimewa "), ("dki ", "daerah khusus ibukota "))


def _plain(text: str) -> str:
    """Lower case ASCII words separated by single spaces; punctuation becomes a space."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_text.lower()).split())


def normalize_region_name(name: str) -> tuple[str | None, str]:
    """Split a written name into its kind ('kabupaten', 'kota' or None) and its normalised core name."""
    plain = _plain(name)
    for prefix, kind in _KIND_PREFIXES:
        if plain == prefix:
            break
        if plain.startswith(prefix + " "):
            return kind, plain[len(prefix) + 1:]
    return None, plain


def as_region_code(text: str) -> str | None:
    """'32.11' or '3211' as the dotted code, None for anything else."""
    match = _DOTTED_CODE.match(text.strip())
    return f"{match[1]}.{match[2]}" if match else None


@dataclass(frozen=True)
class RegionMatcher:
    """Looks up codes by normalised (kind, name) and by bare name where the bare name is unique."""

    codes: frozenset[str]
    by_kind_and_name: dict[tuple[str, str], str]
    by_name: dict[str, str]

    @classmethod
    def from_regencies(cls, regencies: pd.DataFrame) -> RegionMatcher:
        # Spaces dropped, because sources split names differently: "Batang Hari" / "Batanghari", "Bau Bau" / "Baubau".
        cores = [normalize_region_name(name)[1].replace(" ", "") for name in regencies["short_name"]]
        by_kind_and_name = dict(zip(zip(regencies["kind"], cores), regencies["code"]))
        counts = pd.Series(cores).value_counts()
        by_name = {core: code for core, code in zip(cores, regencies["code"]) if counts[core] == 1}
        return cls(frozenset(regencies["code"]), by_kind_and_name, by_name)

    def match(self, written: object) -> str | None:
        """The Kemendagri code a written name or code stands for, or None."""
        if written is None or (isinstance(written, float) and pd.isna(written)):
            return None
        text = str(written)
        code = as_region_code(text)
        if code is not None:
            return code if code in self.codes else None
        kind, core = normalize_region_name(text)
        core = core.replace(" ", "")
        core = _FORMER_NAMES.get(core, core)
        if kind is None:
            return self.by_name.get(core)
        return self.by_kind_and_name.get((kind, core))


def province_code(written: str, provinces: pd.DataFrame) -> str | None:
    """The code of a province written as 'Provinsi DI Yogyakarta', 'PEMERINTAH PROVINSI DKI JAKARTA' or 'Bali'."""
    plain = _plain(written)
    for prefix in ("pemerintah provinsi ", "provinsi "):
        plain = plain.removeprefix(prefix)
    for short, full in _PROVINCE_ABBREVIATIONS:
        if plain.startswith(short):
            plain = full + plain[len(short):]
    by_name = dict(zip(provinces["name"].map(lambda name: _plain(name).replace(" ", "")), provinces["province_code"]))
    return by_name.get(plain.replace(" ", ""))
