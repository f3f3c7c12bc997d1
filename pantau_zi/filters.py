"""The sidebar filters as one value, and what they select; pure pandas, shared by every page."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, urlencode

import pandas as pd

from pantau_zi.i18n import LANGUAGES, t
from pantau_zi.measures import missing_where_uncounted
from pantau_zi.metrics import COUNTS, YEARS, panel_from_unit_years
from pantau_zi.schema import OWNER_TYPES


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the view to; None or empty means no restriction."""

    province: str | None = None      # province code, "32"
    region: str | None = None        # kabupaten/kota code, "32.11"
    kind: str | None = None          # "kabupaten" or "kota"
    owner_type: str | None = None    # "pemda" or "vertikal"
    unit_types: tuple[str, ...] = ()
    years: tuple[int, int] = (YEARS.start, YEARS.stop - 1)
    real_only: bool = False          # "Hanya data nyata": every synthetic row set aside

    @property
    def year(self) -> int:
        """The year single-year views show: the end of the chosen range."""
        return self.years[1]

    @property
    def scope(self) -> str:
        """'region', 'province' or 'nation': the narrowest place chosen."""
        return "region" if self.region else "province" if self.province else "nation"


def selected_regions(regencies: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The kabupaten/kota rows the place filters keep."""
    keep = pd.Series(True, index=regencies.index)
    if filters.region:
        keep &= regencies["code"] == filters.region
    if filters.province:
        keep &= regencies["province_code"] == filters.province
    if filters.kind:
        keep &= regencies["kind"] == filters.kind
    return regencies[keep]


def selected_units(units: pd.DataFrame, filters: Filters, region_codes) -> pd.Series:
    """Mask of the units (or unit-year rows) the place, owner and unit-type filters keep."""
    keep = units["region_code"].isin(set(region_codes))
    if filters.owner_type:
        keep &= units["owner_type"] == filters.owner_type
    if filters.unit_types:
        keep &= units["unit_type"].isin(filters.unit_types)
    return keep


def filtered_panel(unit_year: pd.DataFrame, targets: pd.DataFrame, perangkat_daerah: pd.DataFrame,
                   regencies: pd.DataFrame, filters: Filters, counted=None,
                   standing: pd.DataFrame | None = None) -> pd.DataFrame:
    """The region x year panel (all years) of the selected regions, counting only the selected units; counts are
    missing in regions outside `counted` (measures.counted_regions) when it is given. `standing`: the dataset's
    metrics.standing_targets, worked out once rather than on every call.

    Unit-type filters narrow the pemda columns too; the owner filter does not, since coverage and
    target attainment are always about the pemda's own units.
    """
    regions = selected_regions(regencies, filters)
    rows = unit_year[selected_units(unit_year, replace(filters, owner_type=None), regions["code"])]
    shown = rows["owner_type"] == filters.owner_type if filters.owner_type else None
    panel = panel_from_unit_years(rows, targets, perangkat_daerah, regions, YEARS, shown, standing)
    return panel if counted is None else missing_where_uncounted(panel, counted, COUNTS)


def in_years(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Rows of a year-indexed table inside the chosen year range."""
    first, last = filters.years
    return frame[frame["year"].between(first, last)]


# The URL's names for the filters (the sidebar binds its widgets to them) and the values each takes.
URL_KEYS = {"province": "prov", "region": "wilayah", "kind": "jenis", "owner_type": "pemilik",
            "unit_types": "tipe", "years": "tahun", "real_only": "nyata"}
# "Hanya data nyata" in a URL: the switch writes true/false; a link written by hand may say 1/0.
SWITCH_VALUES = {"true": True, "1": True, "ya": True, "yes": True, "false": False, "0": False, "tidak": False,
                 "no": False}
KINDS = ("kabupaten", "kota")


def canonical_switch_query(query: str) -> str | None:
    """The query string with a hand-written "Hanya data nyata" value (?nyata=1, ya, no) spelt as the bound switch
    spells it (true/false), or None when nothing needs rewriting: Streamlit drops a value its switch cannot read."""
    pairs = parse_qsl(query, keep_blank_values=True)
    key = URL_KEYS["real_only"]
    rewritten = [(name, str(SWITCH_VALUES[value.casefold()]).lower())
                 if name == key and value.casefold() in SWITCH_VALUES else (name, value) for name, value in pairs]
    return urlencode(rewritten) if rewritten != pairs else None


class FilterError(ValueError):
    """A URL parameter whose value names nothing the filters know; `parameter` and `value` say which."""

    def __init__(self, parameter: str, value: str, reason: str):
        super().__init__(f"{parameter}={value!r}: {reason}")
        self.parameter, self.value, self.reason = parameter, value, reason


def _one(params: Mapping[str, list[str]], key: str) -> str | None:
    values = [value.strip() for value in params.get(key, []) if value.strip()]
    if len(values) > 1:
        raise FilterError(key, ",".join(values), "one_value")
    return values[0] if values else None


def _lookup(value: str, choices: Mapping[str, str], key: str) -> str:
    """The code a value names: a code itself, or the name (any case) of exactly one choice."""
    if value in choices:
        return value
    named = [code for code, name in choices.items() if name.casefold() == value.casefold()]
    if len(named) != 1:
        raise FilterError(key, value, "unknown")
    return named[0]


def _labelled(value: str, codes: tuple[str, ...], catalogue: str, key: str) -> str:
    """A kind or owner as the URL holds it: its code, or its label in either language."""
    labels = {label.casefold(): code for code in codes for lang in LANGUAGES
              for label in (code, t(f"{catalogue}.{code}", lang))}
    if value.casefold() not in labels:
        raise FilterError(key, value, "unknown")
    return labels[value.casefold()]


def _years(values: list[str]) -> tuple[int, int]:
    try:
        years = [int(value) for value in values]
    except ValueError:
        raise FilterError("tahun", ",".join(values), "not_a_year") from None
    if len(years) not in (1, 2) or not all(YEARS.start <= year < YEARS.stop for year in years):
        raise FilterError("tahun", ",".join(values), "years")
    return (min(years), max(years))


def from_query(params: Mapping[str, list[str]], provinces: pd.DataFrame, regencies: pd.DataFrame,
               unit_types: Iterable[str], extra: Iterable[str] = ()) -> Filters:
    """The filters a page's URL holds (`?prov=Jawa+Barat&tahun=2016&tahun=2021`), codes or names alike; FilterError
    names the first parameter that is unknown or holds a value that names nothing. `extra` parameters are let by."""
    unknown = sorted(set(params) - set(URL_KEYS.values()) - set(extra))
    if unknown:
        raise FilterError(unknown[0], ",".join(params[unknown[0]]), "parameter")
    province = _one(params, "prov")
    region = _one(params, "wilayah")
    kind = _one(params, "jenis")
    owner = _one(params, "pemilik")
    known_types = set(unit_types)
    types = tuple(value.strip() for value in params.get("tipe", []) if value.strip())
    for value in types:
        if value not in known_types:
            raise FilterError("tipe", value, "unknown")
    years = [value for value in params.get("tahun", []) if value.strip()]
    real_only = _one(params, "nyata")
    if real_only is not None and real_only.casefold() not in SWITCH_VALUES:
        raise FilterError("nyata", real_only, "unknown")
    chosen = Filters(
        province=_lookup(province, dict(zip(provinces["province_code"], provinces["name"])), "prov") if province
        else None,
        region=_lookup(region, dict(zip(regencies["code"], regencies["name"])), "wilayah") if region else None,
        kind=_labelled(kind, KINDS, "filter.kind", "jenis") if kind else None,
        owner_type=_labelled(owner, OWNER_TYPES, "filter.owner", "pemilik") if owner else None,
        unit_types=types, years=_years(years) if years else Filters().years,
        real_only=SWITCH_VALUES[real_only.casefold()] if real_only else False)
    if chosen.region and chosen.province and not (
            regencies.loc[regencies["code"] == chosen.region, "province_code"] == chosen.province).all():
        raise FilterError("wilayah", region, "outside_province")
    return chosen
