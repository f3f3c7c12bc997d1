"""A briefing's slides as a PowerPoint file and as a PDF: real text, charts as crisp images, one layout for both.

Text is measured with the PDF font (pantau_zi.typeset), so what fits a PDF page also fits the PowerPoint slide.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Inches, Pt
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from pantau_zi.briefing.slide import Slide
from pantau_zi.figures.static import PngRequest, charts_png
from pantau_zi.typeset import (
    BULLET,
    CELL_PAD_X,
    CELL_PAD_Y,
    HEADER_FILL,
    POINTS_PER_INCH,
    TableBox,
    TextBox,
    bullet_indent,
    draw_table,
    draw_text,
    fitting_table,
    fitting_text,
    lines_height,
    space_after,
    text_width,
)

SLIDE_W, SLIDE_H, MARGIN = 13.333, 7.5, 0.5  # inches, 16:9
CONTENT_W = SLIDE_W - 2 * MARGIN
BODY_BOTTOM = 6.9
SIDE_W, GAP = 3.5, 0.35
ACCENT, MUTED = "#253494", "#333333"
TITLE_SIZES, LONG_TITLE_SIZES = (40, 38, 36), (36, 32, 28)  # one line, else two
MESSAGE_SIZES = (28, 26, 24, 22, 20)
POINT_SIZES = (28, 26, 24, 22, 20)
TABLE_SIZES = (24, 22, 20)
MAX_TABLE_ROWS = 8
CHART_PPI = 200        # image pixels per inch of slide: sharp on a projector and in print
CHART_LAYOUT_PPI = 115  # 30 px type then prints at about 19 pt


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Page:
    """Where everything of one slide goes."""

    title: TextBox
    texts: tuple[TextBox, ...]
    chart: Box | None
    table: TableBox | None


def _fitting_table(box: Box, table: pd.DataFrame) -> TableBox:
    return fitting_table(box.x, box.y, box.w, box.h, table, TABLE_SIZES, MAX_TABLE_ROWS)


def _side_texts(slide: Slide, x: float, top: float, w: float, bottom: float, alone: bool) -> list[TextBox]:
    """Big value, its label and the points, stacked from the top of a column (or of the whole body)."""
    texts, y = [], top
    if slide.big_value:
        sizes = (120, 100, 88, 72) if alone else (80, 72, 64, 56, 48)
        value = fitting_text(x, y, w, 2.4 if alone else 1.8, [slide.big_value], sizes, bold=True, colour=ACCENT)
        texts.append(value)
        y += value.h + 0.1
    if slide.big_label:
        label = fitting_text(x, y, w, 1.3, [slide.big_label], (32, 28, 26, 24) if alone else (26, 24, 22))
        texts.append(label)
        y += label.h + 0.35
    if slide.points:
        texts.append(fitting_text(x, y, w, bottom - y, slide.points, POINT_SIZES, bullets=True))
    return texts


def page_layout(slide: Slide) -> Page:
    """Title and message across the top; below, the chart or table, with value, label and points beside it."""
    title = fitting_text(MARGIN, 0.3, CONTENT_W, lines_height(1, TITLE_SIZES[0]), [slide.title], TITLE_SIZES, bold=True)
    if title.h > lines_height(1, TITLE_SIZES[0]):
        title = fitting_text(MARGIN, 0.3, CONTENT_W, lines_height(2, LONG_TITLE_SIZES[0]), [slide.title],
                             LONG_TITLE_SIZES, bold=True)
    top = title.y + title.h + 0.15
    texts = []
    if slide.message:
        message = fitting_text(MARGIN, top, CONTENT_W, 1.1, [slide.message], MESSAGE_SIZES, colour=MUTED)
        texts.append(message)
        top = message.y + message.h + 0.3
    has_body = slide.chart is not None or slide.table is not None
    has_side = bool(slide.big_value or slide.big_label or slide.points)
    body = Box(MARGIN, top, CONTENT_W, BODY_BOTTOM - top)
    if has_body and has_side:
        texts += _side_texts(slide, MARGIN, top, SIDE_W, BODY_BOTTOM, alone=False)
        body = Box(MARGIN + SIDE_W + GAP, top, CONTENT_W - SIDE_W - GAP, BODY_BOTTOM - top)
    elif has_side:
        texts += _side_texts(slide, MARGIN, top, CONTENT_W, BODY_BOTTOM, alone=True)
    if slide.chart is not None and slide.table is not None:
        half = (body.h - GAP) / 2
        chart, table_box = Box(body.x, body.y, body.w, half), Box(body.x, body.y + half + GAP, body.w, half)
    else:
        chart, table_box = (body if slide.chart is not None else None), body
    table = _fitting_table(table_box, slide.table) if slide.table is not None else None
    return Page(title, tuple(texts), chart, table)


def _png_request(figure: go.Figure, box: Box) -> PngRequest:
    """The figure in the box's shape, at most CHART_LAYOUT_PPI layout pixels per inch of box: type sized for a
    full screen then reads about as large on the page; a map fits the area it shows to whatever size it gets."""
    own = figure.layout.height
    height = round(box.h * CHART_LAYOUT_PPI) if own is None else min(own, round(box.h * CHART_LAYOUT_PPI))
    width = round(height * box.w / box.h)
    return PngRequest(figure, width, height, scale=box.w * CHART_PPI / width)


def chart_images(slides: Sequence[Slide]) -> list[bytes | None]:
    """Each slide's chart as PNG sized for its place on the page (None without a chart), from one Chromium start."""
    charted = [(slide.chart, page_layout(slide).chart) for slide in slides if slide.chart is not None]
    images = iter(charts_png([_png_request(figure, box) for figure, box in charted]))
    return [next(images) if slide.chart is not None else None for slide in slides]


def _page_number(number: int, total: int) -> TextBox:
    """'3 / 7' at the bottom right."""
    text, size = f"{number} / {total}", 16
    width = text_width(text, size) + 0.05
    return TextBox(SLIDE_W - MARGIN - width, 7.0, width, lines_height(1, size), (text,), size, colour=MUTED)


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#"))


def _fill_text_frame(frame, box: TextBox) -> None:
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    indent = Inches(bullet_indent(box.size))
    for number, text in enumerate(box.paragraphs):
        paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
        paragraph.alignment = PP_ALIGN.LEFT
        paragraph.line_spacing = 1.0
        paragraph.space_after = Inches(space_after(box.size) if box.bullets else 0)
        if box.bullets:  # a hanging indent, so wrapped lines start under the text, not under the bullet
            properties = paragraph._p.get_or_add_pPr()
            properties.set("marL", str(indent))
            properties.set("indent", str(-indent))
        run = paragraph.add_run()
        run.text = f"{BULLET}\t{text}" if box.bullets else text
        run.font.size, run.font.bold, run.font.color.rgb = Pt(box.size), box.bold, _rgb(box.colour)


def _pptx_table(shapes, box: TableBox) -> None:
    rows = (box.header, *box.rows)
    table = shapes.add_table(len(rows), len(box.header), Inches(box.x), Inches(box.y), Inches(sum(box.widths)),
                             Inches(sum(box.heights))).table
    table.first_row, table.horz_banding = True, False
    for number, width in enumerate(box.widths):
        table.columns[number].width = Inches(width)
    for number, height in enumerate(box.heights):
        table.rows[number].height = Inches(height)
    for row_number, row in enumerate(rows):
        for column, text in enumerate(row):
            cell = table.cell(row_number, column)
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb(HEADER_FILL if row_number == 0 else "#ffffff")
            cell.margin_left = cell.margin_right = Inches(CELL_PAD_X)
            cell.margin_top = cell.margin_bottom = Inches(CELL_PAD_Y)
            _fill_text_frame(cell.text_frame, TextBox(0, 0, 0, 0, (text,), box.size, bold=row_number == 0))


def to_pptx(slides: Sequence[Slide], images: Sequence[bytes | None] | None = None) -> bytes:
    """The slides as a 16:9 PowerPoint file: native titles, text and tables; charts as pictures.

    `images` are the charts from chart_images(slides); drawn here when not given."""
    images = chart_images(slides) if images is None else images
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(SLIDE_W), Inches(SLIDE_H)
    title_only = deck.slide_layouts[5]
    for number, (slide, image) in enumerate(zip(slides, images), 1):
        page = page_layout(slide)
        shapes = deck.slides.add_slide(title_only).shapes
        title = page.title
        shapes.title.left, shapes.title.top = Inches(title.x), Inches(title.y)
        shapes.title.width, shapes.title.height = Inches(title.w), Inches(title.h)
        _fill_text_frame(shapes.title.text_frame, title)
        for box in (*page.texts, _page_number(number, len(slides))):
            _fill_text_frame(shapes.add_textbox(Inches(box.x), Inches(box.y), Inches(box.w),
                                                Inches(box.h)).text_frame, box)
        if image is not None and page.chart is not None:
            shapes.add_picture(io.BytesIO(image), Inches(page.chart.x), Inches(page.chart.y),
                               Inches(page.chart.w), Inches(page.chart.h))
        if page.table is not None:
            _pptx_table(shapes, page.table)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def to_pdf(slides: Sequence[Slide], images: Sequence[bytes | None] | None = None) -> bytes:
    """The slides as a 16:9 landscape PDF, one page each: real text, charts as images.

    `images` are the charts from chart_images(slides); drawn here when not given."""
    images = chart_images(slides) if images is None else images
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(SLIDE_W * POINTS_PER_INCH, SLIDE_H * POINTS_PER_INCH))
    pdf.setTitle(slides[0].title if slides else "")
    for number, (slide, image) in enumerate(zip(slides, images), 1):
        page = page_layout(slide)
        for box in (page.title, *page.texts, _page_number(number, len(slides))):
            draw_text(pdf, SLIDE_H, box)
        if image is not None and page.chart is not None:
            chart = page.chart
            pdf.drawImage(ImageReader(io.BytesIO(image)), chart.x * POINTS_PER_INCH,
                          (SLIDE_H - chart.y - chart.h) * POINTS_PER_INCH, chart.w * POINTS_PER_INCH,
                          chart.h * POINTS_PER_INCH)
        if page.table is not None:
            draw_table(pdf, SLIDE_H, page.table)
        pdf.showPage()
    pdf.save()
    return out.getvalue()
