"""A report card set on one A4 page as a PDF, offline (pantau_zi.typeset): heading, notes, figures, targets, units,
sources. Every part gets the room it needs from the top down; the unit table takes what is left above the sources
and shows as many rows as fit, the last saying how many are left out, so the card never runs onto a second page.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pantau_zi.i18n import t
from pantau_zi.report_card import ReportCard, figure_table
from pantau_zi.typeset import (
    POINTS_PER_INCH,
    TableBox,
    TextBox,
    draw_table,
    draw_text,
    fitting_table,
    fitting_text,
    lines_height,
)

PAGE_W, PAGE_H = (side / POINTS_PER_INCH for side in A4)  # inches, portrait
MARGIN = 0.6
CONTENT_W = PAGE_W - 2 * MARGIN
BOTTOM = PAGE_H - MARGIN
ACCENT, MUTED = "#253494", "#333333"
HEADING_SIZE, GAP = 11.5, 0.12
TABLE_SIZES = (9, 8.5, 8, 7.5)
SOURCE_SIZES = (7.5, 7, 6.5)
SOURCE_LINES = 8
NOTICE_HEIGHT, FIGURES_HEIGHT, SOURCE_HEIGHT = 1.3, 4.6, 1.7  # the figures are never cut: room for all
MAX_UNIT_ROWS = 40


def _heading(text: str, y: float) -> TextBox:
    return TextBox(MARGIN, y, CONTENT_W, lines_height(1, HEADING_SIZE), (text,), HEADING_SIZE, bold=True,
                   colour=ACCENT)


def _bottom(box: TextBox | TableBox) -> float:
    return box.y + (box.h if isinstance(box, TextBox) else sum(box.heights))


def _source_paragraphs(card: ReportCard) -> list[str]:
    """At most SOURCE_LINES sources; the rest counted."""
    lang = card.lang
    shown = list(card.sources[:SOURCE_LINES])
    if len(card.sources) > SOURCE_LINES:
        shown.append(t("briefing.sources.more", lang, count=len(card.sources) - SOURCE_LINES))
    return shown


def card_layout(card: ReportCard) -> list[TextBox | TableBox]:
    """Every text and table of the card with its place on the page, top to bottom."""
    lang, boxes = card.lang, []

    def add(box: TextBox | TableBox, space: float = GAP) -> float:
        boxes.append(box)
        return _bottom(box) + space

    y = add(fitting_text(MARGIN, MARGIN, CONTENT_W, lines_height(2, 18), [card.title], (20, 18, 16), bold=True), 0.04)
    y = add(fitting_text(MARGIN, y, CONTENT_W, 0.5, [card.subtitle], (10, 9), colour=MUTED), 0.02)
    y = add(fitting_text(MARGIN, y, CONTENT_W, 0.3, [card.as_of], (10,), bold=True), GAP)
    y = add(fitting_text(MARGIN, y, CONTENT_W, NOTICE_HEIGHT, card.notices, (8.5, 8, 7.5, 7), colour=MUTED,
                         bullets=True), GAP)
    y = add(_heading(t("card.figures", lang), y), 0.05)
    y = add(fitting_table(MARGIN, y, CONTENT_W, FIGURES_HEIGHT, figure_table(card), TABLE_SIZES, len(card.figures)))
    y = add(_heading(t("card.targets", lang), y), 0.05)
    if card.no_target:
        y = add(fitting_text(MARGIN, y, CONTENT_W, 0.4, [card.no_target], (9,)))
    else:
        y = add(fitting_table(MARGIN, y, CONTENT_W, 1.0, card.targets, TABLE_SIZES, 3))
    y = add(_heading(t("card.units", lang, year=card.year), y), 0.03)
    y = add(fitting_text(MARGIN, y, CONTENT_W, 0.5, [card.stages], (9, 8.5, 8)), 0.05)

    footer = fitting_text(MARGIN, BOTTOM - lines_height(1, 7), CONTENT_W, 0.2, [card.footer], (7,), colour=MUTED)
    sources = fitting_text(MARGIN, 0, CONTENT_W, SOURCE_HEIGHT, _source_paragraphs(card), SOURCE_SIZES,
                           colour=MUTED, bullets=True)
    sources_top = footer.y - GAP - sources.h
    heading = _heading(t("card.sources", lang), sources_top - lines_height(1, HEADING_SIZE) - 0.03)
    if len(card.units):
        room = heading.y - GAP - y
        add(fitting_table(MARGIN, y, CONTENT_W, room, card.units, TABLE_SIZES, MAX_UNIT_ROWS))
    boxes += [heading, TextBox(sources.x, sources_top, sources.w, sources.h, sources.paragraphs, sources.size,
                               colour=MUTED, bullets=True), footer]
    return boxes


def to_pdf(card: ReportCard) -> bytes:
    """The card as a one-page A4 PDF with real (searchable) text."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(PAGE_W * POINTS_PER_INCH, PAGE_H * POINTS_PER_INCH))
    pdf.setTitle(f"{card.title} \u2014 {card.subtitle}")
    for box in card_layout(card):
        if isinstance(box, TableBox):
            draw_table(pdf, PAGE_H, box)
        else:
            draw_text(pdf, PAGE_H, box)
    pdf.showPage()
    pdf.save()
    return out.getvalue()
