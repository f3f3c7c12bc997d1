"""What a kabupaten/kota's one-page report card says, in one language: the profile's own figures (units, stages,
targets, rank in the province), KPK's SPI and the Ombudsman's assessment where real, the sources and notices.

Plain text and small tables, no layout (report_card_pdf sets them on the page); every figure comes from the
function the screens use, so the card and the profile cannot disagree. Pure pandas, no Streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from pantau_zi import measures, ombudsman, profile, provenance, spi, views
from pantau_zi.exports import column_label
from pantau_zi.figures import shortened
from pantau_zi.i18n import format_date, format_number, t
from pantau_zi.profile import RegionProfile
from pantau_zi.unit_table import year_end

NAME_CHARACTERS = 60  # a unit's name on the card; longer ones end in an ellipsis (a 5,000-character one did)
URL_START = ("http://", "https://")


@dataclass(frozen=True)
class Line:
    """One figure of the card: what it is, its value as written, and what it is made of or where it comes from."""

    label: str
    value: str
    detail: str = ""
    provenance: str = ""       # real, synthetic or mixed (provenance), in the language; empty without a value


@dataclass(frozen=True)
class ReportCard:
    """Everything one card shows, as text in its language; the tables have their headers in it too."""

    code: str
    year: int
    lang: str
    title: str
    subtitle: str
    as_of: str
    notices: tuple[str, ...]
    figures: tuple[Line, ...]
    targets: pd.DataFrame      # empty when no target is in force; `no_target` then says so
    no_target: str | None
    stages: str                # how many units stand at each stage
    units: pd.DataFrame
    sources: tuple[str, ...]
    footer: str


@dataclass(frozen=True)
class Inputs:
    """What a card is computed from: the region's profile and panel (under the filters), its province's panel,
    KPK's SPI table and the Ombudsman assessments shown per government and year."""

    view: RegionProfile
    panel: pd.DataFrame
    province_panel: pd.DataFrame
    spi_table: pd.DataFrame
    ombudsman: pd.DataFrame
    year: int
    data_until: date           # the latest event in the dataset
    made: date
    lang: str


def figure_table(card: ReportCard) -> pd.DataFrame:
    """The card's figures as a table: measure, value, detail, real or synthetic; headers in its language."""
    lang = card.lang
    return pd.DataFrame([(line.label, line.value, line.detail, line.provenance) for line in card.figures],
                        columns=[t("card.figure", lang), t("card.value", lang), t("card.detail", lang),
                                 t("card.provenance", lang)])


def origin(frames, lang: str) -> str:
    """Whether the rows a figure is counted from are real, synthetic or both; empty when there are none."""
    flags = [provenance.is_synthetic(frame) for frame in frames if len(frame)]
    if not flags:
        return ""
    synthetic = pd.concat(flags, ignore_index=True)
    kind = provenance.SYNTHETIC if synthetic.all() else provenance.MIXED if synthetic.any() else provenance.REAL
    return t(f"provenance.{kind}", lang)


def _counted_from(rows: dict[str, pd.DataFrame], metric: str) -> list[pd.DataFrame]:
    """The region's tables a headline metric is computed from: its units and events, and for an attainment its
    targets, for coverage its count of perangkat daerah."""
    frames = [rows["units"], rows["events"]]
    if metric.startswith("attainment_"):
        frames.append(rows["targets"])
    if metric == "coverage_pct":
        frames.append(rows["perangkat_daerah"])
    return frames


def headline_lines(inputs: Inputs) -> list[Line]:
    """The profile's big numbers (views.headline_figures of the same panel), then its ranks in the province."""
    lang, year, header, rows = inputs.lang, inputs.year, inputs.view.header, inputs.view.rows
    totals = views.scope_totals(inputs.panel)
    lines = [Line(t(f"metric.{figure.metric}", lang), figure.value_text(lang),
                  figure.detail_text(lang) or ("" if figure.value is not None else t("profile.no_data", lang)),
                  origin(_counted_from(rows, figure.metric), lang) if figure.value is not None else "")
             for figure in views.headline_figures(totals, year, profile.headline_metrics(inputs.panel, year))]
    for metric in profile.RANKED:
        rank = profile.province_rank(inputs.province_panel, header.code, year, metric, header.province)
        value = t("profile.rank.value", lang, position=rank.position, of=rank.of) if rank else t("profile.no_data", lang)
        lines.append(Line(t(f"profile.rank.{metric}", lang), value, header.province,
                          origin(_counted_from(rows, metric), lang) if rank else ""))
    return lines


def spi_line(inputs: Inputs) -> Line:
    """KPK's SPI in the year, or the latest before it (named), with its zone and rank; 'none yet' without one."""
    lang, year, header = inputs.lang, inputs.year, inputs.view.header
    latest = spi.latest_value(inputs.spi_table, header.code, year)
    if latest is None:
        return Line(t("profile.spi.label", lang, year=year), t("profile.spi.none", lang),
                    t("profile.spi.none_detail", lang, year=year))
    shown = latest["year"]
    detail = spi.detail_text(inputs.spi_table, header.code, header.kind, header.province, year, lang)
    return Line(t("profile.spi.label", lang, year=shown), format_number(latest["index"], 2, lang), detail,
                t(f"provenance.{provenance.REAL}", lang))


def ombudsman_line(inputs: Inputs) -> Line:
    """The latest reported Ombudsman zone, score and grade up to the year; a sentence saying none was reported
    otherwise."""
    lang, year = inputs.lang, inputs.year
    report = ombudsman.latest_for(inputs.ombudsman, inputs.view.header.code, year)
    if report is None:
        return Line(t("profile.ombudsman.label", lang, year=year), t("profile.no_data", lang),
                    t("card.ombudsman.none", lang, year=year))
    zone = t(f"profile.zone.{report['zone']}", lang) if report["zone"] else t("profile.no_data", lang)
    detail = [t("profile.ombudsman.score", lang, score=format_number(report["score"], 2, lang))
              if report["score"] is not None else t("profile.ombudsman.no_score", lang)]
    if report["grade"]:
        detail.append(t("card.ombudsman.grade", lang, grade=report["grade"]))
    if report["conflict"]:
        detail.append(t("card.ombudsman.conflict", lang))
    return Line(t("profile.ombudsman.label", lang, year=report["year"]), zone, " \u00b7 ".join(detail),
                t(f"provenance.{provenance.REAL}", lang))


def target_table(inputs: Inputs) -> pd.DataFrame:
    """Each target in force (profile.target_progress): its kind, the target, the pemda units counted, the share
    attained and the deadline; headers in the language."""
    lang = inputs.lang
    rows = profile.target_progress(inputs.panel, inputs.year)
    table = pd.DataFrame({
        column_label("target_kind", lang): rows["goal"].map(lambda goal: t(f"target.kind.{goal}", lang)),
        column_label("target", lang): rows["target"].map(lambda value: format_number(value, 0, lang)),
        t("card.targets.achieved", lang): rows["current"].map(lambda value: format_number(value, 0, lang)),
        t("card.targets.share", lang): [f"{format_number(100 * current / target, 1, lang)}%" if target else "\u2013"
                                        for current, target in zip(rows["current"], rows["target"])],
        column_label("deadline_year", lang): rows["deadline_year"].astype(str)})
    return table


def unit_rows(inputs: Inputs) -> pd.DataFrame:
    """The profile's unit table (furthest along first): name (shortened), type, stage, since when, real or
    synthetic; headers in the language."""
    lang, units = inputs.lang, inputs.view.units_now
    names = units["unit_id"].map(inputs.view.labels).map(lambda name: shortened(name, NAME_CHARACTERS))
    since = units["since"].map(lambda day: format_date(day.date(), lang, short=True) if pd.notna(day) else "\u2013")
    kinds = provenance.is_synthetic(units).map({True: provenance.SYNTHETIC, False: provenance.REAL})
    origins = kinds.map(lambda kind: t(f"provenance.{kind}", lang))
    return pd.DataFrame({column_label("name", lang): names.to_numpy(),
                         column_label("unit_type", lang): units["unit_type"].to_numpy(),
                         column_label("stage", lang): units["stage"].map(lambda stage: t(f"stage.{stage}", lang)),
                         column_label("since", lang): since, t("card.provenance", lang): origins})


def stage_text(inputs: Inputs) -> str:
    """How many units stand at each stage on 31 December (measures.standing_counts), stages with none left out."""
    lang, view = inputs.lang, inputs.view
    counts = measures.standing_counts(view.units["unit_id"], view.rows["events"], year_end(inputs.year))
    held = [f"{t(f'stage.{stage}', lang)} {format_number(count, 0, lang)}" for stage, count in counts.items() if count]
    unstarted = int(len(view.units) - counts.sum())
    if unstarted:
        held.append(f"{t('stage.belum', lang)} {format_number(unstarted, 0, lang)}")
    return " \u00b7 ".join(held) if held else t("card.units.none", lang)


def source_lines(inputs: Inputs) -> list[str]:
    """The sources of the region's rows (real articles first), then the SPI's and the Ombudsman's, each with its
    public address where it has one."""
    lang, year, code = inputs.lang, inputs.year, inputs.view.header.code
    lines = []
    for row in inputs.view.sources.itertuples(index=False):
        published = format_date(row.published.date(), lang) if pd.notna(row.published) else None
        reference = row.reference if str(row.reference).startswith(URL_START) else None
        lines.append(" \u2014 ".join(str(part) for part in (row.title, row.publisher, published, reference)
                                     if part is not None and pd.notna(part)))
    latest = spi.latest_value(inputs.spi_table, code, year)
    if latest is not None:
        own = inputs.spi_table[(inputs.spi_table["code"] == code) & (inputs.spi_table["year"] == latest["year"])]
        lines.append(t("card.source.spi", lang, year=latest["year"], source=own["source"].iloc[0]))
    report = ombudsman.latest_for(inputs.ombudsman, code, year)
    if report is not None:
        lines += [t("card.source.ombudsman", lang, year=report["year"], publisher=publisher, url=url)
                  for publisher, url in [(report["publisher"], report["source_url"]),
                                         *((other[0], other[1]) for other in report["others"])]]
    return lines


def notices(inputs: Inputs) -> list[str]:
    """What a reader must know before trusting a figure: synthetic rows, approximate dates, the Ombudsman method of
    the year shown, unknown history."""
    lang, view = inputs.lang, inputs.view
    said = [t("card.real_only", lang)]
    if profile.has_synthetic(view.rows):
        said.insert(0, t("card.synthetic", lang))
    events = view.rows["events"]
    events = events[events["date"] <= pd.Timestamp(year_end(inputs.year))]
    if (events["date_precision"] != "day").any():
        said.append(t("card.approximate", lang))
    report = ombudsman.latest_for(inputs.ombudsman, view.header.code, inputs.year)
    if report is not None:
        said.append(t(f"ombudsman.method.{report['method']}", lang))
    unrecorded = profile.unrecorded_history(view.events)
    if unrecorded:
        said.append(t("profile.earlier_unknown", lang, units=", ".join(shortened(name, NAME_CHARACTERS)
                                                                        for name in unrecorded)))
    return said


def as_of(inputs: Inputs) -> date:
    """The day the card's data stands on: the end of its year, or the dataset's latest event if earlier."""
    return min(year_end(inputs.year), inputs.data_until)


def report_card(inputs: Inputs) -> ReportCard:
    """The card of the profile's region in the inputs' year."""
    lang, header = inputs.lang, inputs.view.header
    subtitle = " \u00b7 ".join([t("card.title", lang, year=inputs.year), t(f"filter.kind.{header.kind}", lang),
                                header.province, t("profile.administrative" if header.administrative
                                                   else "profile.autonomous", lang)])
    targets = target_table(inputs)
    return ReportCard(
        code=header.code, year=inputs.year, lang=lang, title=header.name, subtitle=subtitle,
        as_of=t("briefing.title.as_of", lang, date=format_date(as_of(inputs), lang)), notices=tuple(notices(inputs)),
        figures=(*headline_lines(inputs), spi_line(inputs), ombudsman_line(inputs)), targets=targets,
        no_target=None if len(targets) else t("profile.target.none", lang, year=inputs.year),
        stages=stage_text(inputs), units=unit_rows(inputs), sources=tuple(source_lines(inputs)),
        footer=t("card.footer", lang, code=header.code, date=format_date(inputs.made, lang)))
