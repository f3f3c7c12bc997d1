"""Which rows are real and where each comes from: the real-data-only view, and the origin every download carries.

A row is real when its `synthetic` flag is false; a count or total is real only when every row behind it is.
Pure pandas, no Streamlit.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from pantau_zi.i18n import format_date, t
from pantau_zi.loading import Dataset

# Tables of a dataset whose rows carry a `synthetic` flag; sources are kept where a kept row cites them.
FLAGGED_TABLES = ("units", "events", "declarations", "targets", "perangkat_daerah", "lke", "ombudsman")
# Tables whose rows belong to a region directly; units' events and LKE belong to it through their unit.
REGION_TABLES = ("declarations", "targets", "perangkat_daerah", "ombudsman")
REAL, SYNTHETIC, MIXED = "real", "synthetic", "mixed"
# The two columns every download gains: whether the row is real, and where its facts come from.
TRACE_COLUMNS = ("data", "data_source")


def is_synthetic(frame: pd.DataFrame) -> pd.Series:
    """Rows flagged synthetic; a row without the flag counts as synthetic, since nobody vouched for it."""
    return frame["synthetic"].fillna(True).astype(bool)


def real_only(data: Dataset) -> Dataset:
    """The dataset without a synthetic row: real units with their real events and LKE, real region rows, and the
    sources those rows cite."""
    tables = {name: getattr(data, name)[~is_synthetic(getattr(data, name))] for name in FLAGGED_TABLES}
    units = set(tables["units"]["unit_id"])
    for name in ("events", "lke"):
        tables[name] = tables[name][tables[name]["unit_id"].isin(units)]
    cited = set().union(*(set(frame["source_id"]) for frame in tables.values()))
    tables = {name: frame.reset_index(drop=True) for name, frame in tables.items()}
    return replace(data, sources=data.sources[data.sources["source_id"].isin(cited)].reset_index(drop=True), **tables)


def citations(sources: pd.DataFrame, lang: str) -> pd.Series:
    """How each source is cited in a download, by source_id: its public URL, else its publisher and date (the
    generator of synthetic rows says so)."""
    def cite(row) -> str:
        if row["kind"] == "generator":
            return t("provenance.generator", lang)
        reference = row["reference"]
        if isinstance(reference, str) and reference.startswith(("http://", "https://")):
            return reference
        published = row["published"]
        when = t("provenance.undated", lang) if pd.isna(published) else format_date(published.date(), lang)
        return f"{row['publisher'] or row['title']}, {when}"
    return pd.Series([cite(row) for _, row in sources.iterrows()], index=sources["source_id"].to_numpy(),
                     dtype=object)


def _region_rows(data: Dataset) -> pd.DataFrame:
    """region_code, synthetic and source_id of the rows behind a region's figures, each combination once, in the
    order of its first row."""
    region_of = data.units.set_index("unit_id")["region_code"]
    parts = [data.units[["region_code", "synthetic", "source_id"]]]
    for name in ("events", "lke"):
        # Each table's few combinations first: at 20x, a region and a text source for each of a million events
        # took 330 MB at the peak, and the server kept 170 MB of it.
        frame = getattr(data, name)[["unit_id", "synthetic", "source_id"]].drop_duplicates()
        parts.append(frame[["synthetic", "source_id"]].assign(region_code=frame["unit_id"].map(region_of)))
    parts += [getattr(data, name)[["region_code", "synthetic", "source_id"]] for name in REGION_TABLES]
    rows = pd.concat([part.drop_duplicates() for part in parts], ignore_index=True).dropna(subset=["region_code"])
    return rows.assign(synthetic=is_synthetic(rows))


def region_origins(data: Dataset, lang: str) -> pd.DataFrame:
    """Per region with rows, indexed by region_code: `data` (REAL, SYNTHETIC or MIXED) and `data_source` (the
    sources of its rows, cited once each, real ones first)."""
    rows = _region_rows(data).drop_duplicates()
    flags = rows.groupby("region_code")["synthetic"].agg(["all", "any"])
    kinds = pd.Series(np.select([flags["all"], ~flags["any"]], [SYNTHETIC, REAL], MIXED), index=flags.index)
    cited = rows.assign(cited=rows["source_id"].map(citations(data.sources, lang))).dropna(subset=["cited"])
    cited = (cited.sort_values(["region_code", "synthetic"], kind="stable").drop_duplicates(["region_code", "cited"])
             .groupby("region_code")["cited"].agg("; ".join))
    return pd.DataFrame({"data": kinds, "data_source": cited.reindex(kinds.index).fillna("")}).rename_axis("region_code")


def reported_origins(table: pd.DataFrame, key: str, source_column: str) -> pd.DataFrame:
    """region_origins of a table of reported facts (KPK's SPI, say): every row real, citing its own source column."""
    rows = table.drop_duplicates(key)
    return pd.DataFrame({"data": REAL, "data_source": rows[source_column].to_numpy()},
                        index=pd.Index(rows[key].to_numpy(), name="region_code"))


def flagged_origins(table: pd.DataFrame, key: str, sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    """region_origins of a dataset table with one row per key: each row's own flag and its source cited."""
    rows = table.drop_duplicates(key)
    return pd.DataFrame({"data": np.where(is_synthetic(rows), SYNTHETIC, REAL),
                         "data_source": rows["source_id"].map(citations(sources, lang)).fillna("").to_numpy()},
                        index=pd.Index(rows[key].to_numpy(), name="region_code"))


def scope_origin(origins: pd.DataFrame, region_codes) -> dict[str, str | None]:
    """The origin of a total over some regions (region_origins rows): real only when every region's rows are;
    None when none of them has a row."""
    found = origins[origins.index.isin(set(region_codes))]
    if found.empty:
        return {"data": None, "data_source": None}
    kinds = set(found["data"])
    kind = kinds.pop() if len(kinds) == 1 else MIXED
    ordered = found.assign(_real=found["data"] != REAL).sort_values("_real", kind="stable")
    cited = dict.fromkeys(part for text in ordered["data_source"] for part in text.split("; ") if part)
    return {"data": kind, "data_source": "; ".join(cited)}


def traced(frame: pd.DataFrame, origins: pd.DataFrame | dict, lang: str, key: str = "region_code") -> pd.DataFrame:
    """The frame with the TRACE_COLUMNS in words: each row's origin looked up by `key` in `origins`
    (region_origins), or one origin for every row (scope_origin); a row with none reads "Tidak ada data"."""
    if isinstance(origins, dict):
        kinds, cited = pd.Series([origins["data"]] * len(frame)), pd.Series([origins["data_source"]] * len(frame))
    else:
        found = origins.reindex(frame[key].to_numpy())
        kinds, cited = found["data"], found["data_source"]
    words = kinds.map(lambda kind: t(f"provenance.{kind}", lang) if isinstance(kind, str) else t("provenance.none", lang))
    return frame.assign(data=words.to_numpy(), data_source=cited.fillna("").to_numpy())


def traced_reported(frame: pd.DataFrame, source_column: str, lang: str) -> pd.DataFrame:
    """Rows of reported facts (national figures, say) with the TRACE_COLUMNS: every one real, citing its own source."""
    return frame.assign(data=t(f"provenance.{REAL}", lang), data_source=frame[source_column].fillna(""))


def traced_rows(frame: pd.DataFrame, sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Rows that carry their own `synthetic` flag and `source_id`, with the TRACE_COLUMNS in their place."""
    kinds = is_synthetic(frame).map({True: t("provenance.synthetic", lang), False: t("provenance.real", lang)})
    cited = frame["source_id"].map(citations(sources, lang))
    return frame.drop(columns=["synthetic", "source_id"]).assign(data=kinds.to_numpy(),
                                                                data_source=cited.to_numpy())


def real_summary(data: Dataset, spi: pd.DataFrame, ombudsman: pd.DataFrame, region_codes,
                 province_codes=()) -> dict[str, int | None]:
    """What real data a scope holds: KPK's SPI (first and last year, kabupaten/kota measured), the Ombudsman
    assessments shown, and the real work units; provincial governments count where province_codes names them."""
    codes, provinces = set(region_codes), set(province_codes)

    def in_scope(table: pd.DataFrame) -> pd.DataFrame:
        provincial = table["level"].eq("provinsi")
        return table[(~provincial & table["code"].isin(codes)) | (provincial & table["code"].isin(provinces))]

    survey = in_scope(spi)
    units = data.units[~is_synthetic(data.units) & data.units["region_code"].isin(codes)]
    return {"spi_first": None if survey.empty else int(survey["year"].min()),
            "spi_last": None if survey.empty else int(survey["year"].max()),
            "spi_regions": int(survey.loc[survey["level"] != "provinsi", "code"].nunique()),
            "ombudsman": len(in_scope(ombudsman)), "units": len(units)}
