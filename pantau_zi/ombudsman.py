"""Ombudsman RI compliance assessments as reported: several reports per government and year, one shown."""

from __future__ import annotations

from urllib.parse import quote

import pandas as pd

from pantau_zi.i18n import format_number, literal, t
from pantau_zi.paths import REAL_DIR

REPORTED_FILE = REAL_DIR / "ombudsman.csv"
# Ombudsman's own pages outrank news articles retelling them.
AUTHORITATIVE_HOST = "ombudsman.go.id"


def mark_preferred(table: pd.DataFrame) -> pd.DataFrame:
    """Choose one row per government and year and flag the years whose reports disagree."""
    rank = (table["publisher"].str.endswith(AUTHORITATIVE_HOST).astype(int) * 4
            + table["score"].notna().astype(int) * 2 + table["zone"].notna().astype(int))
    ordered = table.assign(_rank=rank).sort_values(["year", "level", "code", "_rank"], ascending=[True, True, True, False],
                                                   kind="stable")
    first = ~ordered.duplicated(["year", "level", "code"])
    views = ordered.groupby(["year", "level", "code"])
    distinct = views["score"].transform(lambda s: s.dropna().astype(float).nunique()) > 1
    distinct |= views["zone"].transform(lambda s: s.dropna().nunique()) > 1
    return ordered.assign(preferred=first, conflict=distinct).drop(columns="_rank").sort_index()


def load_reported(path=REPORTED_FILE) -> pd.DataFrame:
    """Every reported assessment, typed; `preferred` marks the row to show for each government and year."""
    return pd.read_csv(path, dtype={"code": "string", "level": "string", "zone": "string", "grade": "string"})


# Ombudsman changed its method three times; each era's note is i18n key ombudsman.method.<first year>. The years
# and what changed are from shared/domain/zona-integritas.md section 5; a correction is an edit here and there.
METHODS = (2013, 2021, 2022, 2025)
REPORT_COLUMNS = ("year", "level", "code", "published_name", "score", "zone", "grade", "rank", "rank_of", "note",
                  "source_url", "publisher", "conflict", "others")


def _plain(value):
    if pd.isna(value):
        return None
    return value.item() if hasattr(value, "item") else value


def shown(reported: pd.DataFrame) -> pd.DataFrame:
    """The preferred report of each government and year, with `others`: the other reports of that government and
    year as (publisher, source_url, score, zone) tuples, so a conflict can name and link every source."""
    keys = ["year", "level", "code"]
    others = {key: tuple(tuple(_plain(value) for value in report)
                         for report in zip(rows["publisher"], rows["source_url"], rows["score"], rows["zone"]))
              for key, rows in reported.loc[~reported["preferred"]].groupby(keys)}
    chosen = reported.loc[reported["preferred"]].reset_index(drop=True)
    return chosen.assign(others=[others.get(key, ()) for key in zip(*(chosen[k] for k in keys))])[list(REPORT_COLUMNS)]


def from_dataset(table: pd.DataFrame, regencies: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The dataset's real Ombudsman rows (a seed article's, an office's import) in the shape of `shown`: the source's
    publisher, and its reference as source_url where that is a public address; synthetic rows never."""
    real = table.loc[~table["synthetic"].astype(bool)]
    regions = regencies.set_index("code")[["kind", "name"]]
    cited = sources.set_index("source_id")[["publisher", "reference", "title"]]
    rows = real.join(regions, on="region_code").join(cited, on="source_id")
    public = rows["reference"].where(rows["reference"].fillna("").str.match(r"https?://"))
    return pd.DataFrame({
        "year": rows["year"].astype(int), "level": rows["kind"], "code": rows["region_code"].astype(object),
        "published_name": rows["name"], "score": rows["score"].astype(float), "zone": rows["zone"], "grade": None,
        "rank": None, "rank_of": None, "note": rows["title"], "source_url": public, "publisher": rows["publisher"],
        "conflict": False, "others": [()] * len(rows)}).reset_index(drop=True)


def with_dataset(reports: pd.DataFrame, own: pd.DataFrame) -> pd.DataFrame:
    """The reported layer plus the dataset's real rows for the governments and years it has no report of."""
    known = set(zip(reports["year"], reports["code"]))
    added = own.loc[[key not in known for key in zip(own["year"], own["code"])]]
    return pd.concat([reports, added], ignore_index=True) if not added.empty else reports


def method(year: int) -> int:
    """The first year of the method era a year's assessment belongs to (the key of its method note)."""
    return max((first for first in METHODS if first <= year), default=METHODS[0])


def _of(table: pd.DataFrame, codes) -> pd.DataFrame:
    return table if codes is None else table.loc[table["code"].isin(set(codes))]


def years_with_data(table: pd.DataFrame, codes=None) -> tuple[int, ...]:
    """The years, oldest first, in which any of the governments (all when codes is None) has a report."""
    return tuple(sorted(int(year) for year in _of(table, codes)["year"].unique()))


def year_with_data(table: pd.DataFrame, year: int, codes=None) -> int | None:
    """The latest year up to `year` in which any of the governments has a report, or None before the first."""
    return max((shown_year for shown_year in years_with_data(table, codes) if shown_year <= year), default=None)


def coverage(table: pd.DataFrame, year: int, codes) -> tuple[int, int]:
    """How many of the governments have a report in the year, and of how many."""
    wanted = set(codes)
    return len(wanted & set(table.loc[table["year"] == year, "code"])), len(wanted)


def latest_rows(table: pd.DataFrame, year: int) -> pd.DataFrame:
    """Each government's latest report up to `year`, one row per code (assessments skip years)."""
    own = table.loc[table["year"] <= year]
    return own.sort_values("year", kind="stable").drop_duplicates(["level", "code"], keep="last")


def latest_for(table: pd.DataFrame, code: str, year: int) -> dict | None:
    """A government's latest report up to `year` (assessments skip years): every column of `shown` as plain
    values (None where not reported) plus `method`, the first year of its method era; None without one."""
    own = latest_rows(table.loc[table["code"] == code], year)
    if own.empty:
        return None
    row = own.iloc[0]
    report = {column: _plain(row[column]) for column in REPORT_COLUMNS if column != "others"}
    for number in ("year", "rank", "rank_of"):
        report[number] = None if report[number] is None else int(report[number])
    report["score"] = None if report["score"] is None else float(report["score"])
    return {**report, "conflict": bool(row["conflict"]), "others": row["others"], "method": method(report["year"])}


def link(publisher: str, url: str) -> str:
    """A Markdown link to a report, its host as the text; brackets and spaces in the URL encoded."""
    return f"[{literal(publisher)}]({quote(url, safe=':/?&=%#+~,;@!')})"


def zone_text(report: dict, lang: str) -> str:
    """A report's zone in words ('Hijau'), or that it was reported without one."""
    return t(f"profile.zone.{report['zone']}", lang) if report["zone"] else t("map.ombudsman.no_zone", lang)


def _other_report(publisher: str, url: str, score: float | None, zone: str | None, lang: str) -> str:
    said = ([t(f"profile.zone.{zone}", lang)] if zone else []) + ([format_number(score, 2, lang)] if score else [])
    return link(publisher, url) + (f" ({', '.join(said)})" if said else "")


def card_lines(report: dict, year: int, lang: str) -> list[str]:
    """What a profile says under a report of latest_for (Markdown): grade and rank where given, the year shown
    when it is not the one chosen, its source linked, the other reports of that year (a conflict said so), and the
    note of its method."""
    facts = []
    if report["grade"]:
        facts.append(t("map.ombudsman.grade", lang, grade=report["grade"]))
    if report["rank"]:
        facts.append(t("map.ombudsman.rank", lang, rank=report["rank"]) if report["rank_of"] is None
                     else t("map.ombudsman.rank_of", lang, rank=report["rank"], of=report["rank_of"]))
    if report["year"] != year:
        facts.append(t("profile.ombudsman.earlier", lang, year=year, shown=report["year"]))
    said = " · ".join(facts)
    lines = [said[:1].upper() + said[1:]] if facts else []
    cited = (link(report["publisher"], report["source_url"]) if report["source_url"]
             else literal(f"{report['publisher']}, {report['note']}"))
    lines.append(t("profile.ombudsman.source", lang, link=cited))
    others = [_other_report(*other, lang) for other in report["others"]]
    if others:
        key = "profile.ombudsman.conflict" if report["conflict"] else "profile.ombudsman.also"
        lines.append(t(key, lang, others="; ".join(others), shown=literal(report["publisher"])))
    lines.append(t(f"ombudsman.method.{report['method']}", lang))
    return lines
