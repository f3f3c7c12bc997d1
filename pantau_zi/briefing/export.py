"""A briefing's slides as a PowerPoint file and as a PDF: real text, charts as crisp images, one layout for both.

Text is measured with the PDF font (DejaVu Sans, else reportlab's own Vera; both wider than PowerPoint's
Calibri), so what fits a PDF page also fits the PowerPoint slide.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import reportlab
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Inches, Pt
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from pantau_zi.briefing.slide import Slide
from pantau_zi.figures import maps
from pantau_zi.figures.static import PngRequest, charts_png

SLIDE_W, SLIDE_H, MARGIN = 13.333, 7.5, 0.5  # inches, 16:9
CONTENT_W = SLIDE_W - 2 * MARGIN
BODY_BOTTOM = 6.9
SIDE_W, GAP = 3.5, 0.35
LEADING = 1.2          # line height as a multiple of the type size
POINTS_PER_INCH = 72
INK, ACCENT, MUTED, RULE, HEADER_FILL = "#111111", "#253494", "#333333", "#8c8c8c", "#e6e6e6"
TITLE_SIZES, LONG_TITLE_SIZES = (40, 38, 36), (36, 32, 28)  # one line, else two
MESSAGE_SIZES = (28, 26, 24, 22, 20)
POINT_SIZES = (28, 26, 24, 22, 20)
TABLE_SIZES = (24, 22, 20)
MAX_TABLE_ROWS = 8
BULLET = "\u2022"
CELL_PAD_X, CELL_PAD_Y = 0.1, 0.05
CHART_PPI = 200        # image pixels per inch of slide: sharp on a projector and in print
CHART_LAYOUT_PPI = 115  # 30 px type then prints at about 19 pt

FONT_FILES = (
    (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")),
    (Path(reportlab.__file__).parent / "fonts" / "Vera.ttf", Path(reportlab.__file__).parent / "fonts" / "VeraBd.ttf"),
)
REGULAR, BOLD = "PantauZI", "PantauZI-Bold"
# Used only where the PDF font lacks a character (Vera has no arrows or check marks).
SUBSTITUTES = {"\u2197": "^", "\u2198": "v", "\u2191": "^", "\u2193": "v", "\u2192": "->", "\u2190": "<-",
               "\u2714": "v", "\u2713": "v", "\u2716": "x", "\u2009": " ", "\u202f": " "}


@dataclass(frozen=True)
class TextBox:
    """Paragraphs of one size and weight in a box; positions in inches from the slide's top left."""

    x: float
    y: float
    w: float
    h: float
    paragraphs: tuple[str, ...]
    size: float
    bold: bool = False
    colour: str = INK
    bullets: bool = False


@dataclass(frozen=True)
class TableBox:
    """A table's cells as text, with its column widths and row heights (inches) at one type size."""

    x: float
    y: float
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    heights: tuple[float, ...]
    size: float


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


@lru_cache(maxsize=1)
def font_characters() -> frozenset[int]:
    """Register the first font pair found as REGULAR and BOLD; return the characters the regular one has."""
    regular, bold = next(pair for pair in FONT_FILES if all(path.is_file() for path in pair))
    font = TTFont(REGULAR, str(regular))
    pdfmetrics.registerFont(font)
    pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
    return frozenset(font.face.charToGlyph)


def printable(text: str) -> str:
    """The text with each character the PDF font lacks replaced by a plain look-alike (or '?')."""
    covered = font_characters()
    return "".join(char if ord(char) in covered else SUBSTITUTES.get(char, "?") for char in text)


def _width(text: str, size: float, bold: bool = False) -> float:
    """Width in inches."""
    return pdfmetrics.stringWidth(printable(text), BOLD if bold else REGULAR, size) / POINTS_PER_INCH


def _split_word(word: str, size: float, bold: bool, width: float) -> list[str]:
    """A word too long for a line (a long name, a URL), cut into pieces that fit."""
    pieces, piece = [], ""
    for char in word:
        if piece and _width(piece + char, size, bold) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece]


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Greedy word wrap of one paragraph into lines no wider than `width` inches."""
    lines, line = [], ""
    for word in text.split():
        for piece in _split_word(word, size, bold, width):
            candidate = f"{line} {piece}" if line else piece
            if line and _width(candidate, size, bold) > width:
                lines.append(line)
                candidate = piece
            line = candidate
    return [*lines, line]


def _bullet_indent(size: float) -> float:
    return _width(BULLET + " ", size)


def _height(lines: int, size: float) -> float:
    return lines * size * LEADING / POINTS_PER_INCH


def _text_height(paragraphs: Sequence[str], size: float, width: float, bold: bool, bullets: bool) -> float:
    """Height of the wrapped paragraphs; bullet points get a little space after each."""
    usable = width - (_bullet_indent(size) if bullets else 0)
    lines = sum(len(wrap(paragraph, size, usable, bold)) for paragraph in paragraphs)
    return _height(lines, size) + (_space_after(size) * len(paragraphs) if bullets else 0)


def _space_after(size: float) -> float:
    return 0.3 * size / POINTS_PER_INCH


def _fitting_text(x: float, y: float, w: float, h: float, paragraphs: Sequence[str], sizes: Sequence[float],
                  bold: bool = False, colour: str = INK, bullets: bool = False) -> TextBox:
    """A text box at the largest of `sizes` whose wrapped lines fit in `h`, else the smallest; as tall as its lines."""
    size = next((size for size in sizes if _text_height(paragraphs, size, w, bold, bullets) <= h), sizes[-1])
    return TextBox(x, y, w, _text_height(paragraphs, size, w, bold, bullets), tuple(paragraphs), size, bold, colour,
                   bullets)


def cell_text(value) -> str:
    """A table cell as text: whole floats without decimals, missing values as a dash."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
        return "\u2013"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _table_cells(table: pd.DataFrame) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Header and rows as text."""
    return (tuple(str(column) for column in table.columns),
            tuple(tuple(cell_text(value) for value in row) for row in table.itertuples(index=False)))


def _first_rows(rows: tuple[tuple[str, ...], ...], shown: int) -> tuple[tuple[str, ...], ...]:
    """At most `shown` rows; when some are left out, the last one says how many."""
    if len(rows) <= shown:
        return rows
    hidden = len(rows) - shown + 1
    return rows[:shown - 1] + ((f"\u2026 +{hidden}",) + ("",) * (len(rows[0]) - 1),)


def _column_widths(header, rows, size: float, width: float) -> tuple[float, ...] | None:
    """Column widths filling `width` in which no word breaks (long cells wrap), or None when the words alone
    are too wide."""
    columns = [[(header[column], True)] + [(row[column], False) for row in rows] for column in range(len(header))]
    least = [max(_width(word, size, bold) for text, bold in cells for word in text.split() or [""]) + 2 * CELL_PAD_X
             for cells in columns]
    most = [max(_width(text, size, bold) for text, bold in cells) + 2 * CELL_PAD_X for cells in columns]
    spare, wanted = width - sum(least), sum(most) - sum(least)
    if spare < 0:
        return None
    if wanted <= spare:
        return tuple(value * width / sum(most) for value in most)
    return tuple(low + spare * (high - low) / wanted for low, high in zip(least, most))


def _row_heights(header, rows, widths, size: float) -> tuple[float, ...]:
    """Each row's height with every cell wrapped in its column."""
    return tuple(_height(max(len(wrap(cell, size, width - 2 * CELL_PAD_X, bold)) for cell, width in zip(row, widths)),
                         size) + 2 * CELL_PAD_Y
                 for row, bold in [(header, True)] + [(row, False) for row in rows])


def _fitting_table(box: Box, table: pd.DataFrame) -> TableBox:
    """The table at the largest of TABLE_SIZES that fits the box; rows are left out only where none does."""
    header, rows = _table_cells(table)
    for shown in range(min(len(rows), MAX_TABLE_ROWS), 0, -1):
        body = _first_rows(rows, shown)
        for size in TABLE_SIZES:
            widths = _column_widths(header, body, size, box.w)
            heights = _row_heights(header, body, widths, size) if widths else (math.inf,)
            if sum(heights) <= box.h:
                return TableBox(box.x, box.y, header, body, widths, heights, size)
    body, size, widths = _first_rows(rows, 1), TABLE_SIZES[-1], (box.w / len(header),) * len(header)
    return TableBox(box.x, box.y, header, body, widths, _row_heights(header, body, widths, size), size)


def _side_texts(slide: Slide, x: float, top: float, w: float, bottom: float, alone: bool) -> list[TextBox]:
    """Big value, its label and the points, stacked from the top of a column (or of the whole body)."""
    texts, y = [], top
    if slide.big_value:
        sizes = (120, 100, 88, 72) if alone else (80, 72, 64, 56, 48)
        value = _fitting_text(x, y, w, 2.4 if alone else 1.8, [slide.big_value], sizes, bold=True, colour=ACCENT)
        texts.append(value)
        y += value.h + 0.1
    if slide.big_label:
        label = _fitting_text(x, y, w, 1.3, [slide.big_label], (32, 28, 26, 24) if alone else (26, 24, 22))
        texts.append(label)
        y += label.h + 0.35
    if slide.points:
        texts.append(_fitting_text(x, y, w, bottom - y, slide.points, POINT_SIZES, bullets=True))
    return texts


def page_layout(slide: Slide) -> Page:
    """Title and message across the top; below, the chart or table, with value, label and points beside it."""
    title = _fitting_text(MARGIN, 0.3, CONTENT_W, _height(1, TITLE_SIZES[0]), [slide.title], TITLE_SIZES, bold=True)
    if title.h > _height(1, TITLE_SIZES[0]):
        title = _fitting_text(MARGIN, 0.3, CONTENT_W, _height(2, LONG_TITLE_SIZES[0]), [slide.title], LONG_TITLE_SIZES,
                              bold=True)
    top = title.y + title.h + 0.15
    texts = []
    if slide.message:
        message = _fitting_text(MARGIN, top, CONTENT_W, 1.1, [slide.message], MESSAGE_SIZES, colour=MUTED)
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
    full screen then reads about as large on the page; maps keep the area they show."""
    own = figure.layout.height
    height = round(box.h * CHART_LAYOUT_PPI) if own is None else min(own, round(box.h * CHART_LAYOUT_PPI))
    width = round(height * box.w / box.h)
    shown = figure if own is None else maps.rezoomed(figure, height / own)
    return PngRequest(shown, width, height, scale=box.w * CHART_PPI / width)


def chart_images(slides: Sequence[Slide]) -> list[bytes | None]:
    """Each slide's chart as PNG sized for its place on the page (None without a chart), from one Chromium start."""
    charted = [(slide.chart, page_layout(slide).chart) for slide in slides if slide.chart is not None]
    images = iter(charts_png([_png_request(figure, box) for figure, box in charted]))
    return [next(images) if slide.chart is not None else None for slide in slides]


def _page_number(number: int, total: int) -> TextBox:
    """'3 / 7' at the bottom right."""
    text, size = f"{number} / {total}", 16
    width = _width(text, size) + 0.05
    return TextBox(SLIDE_W - MARGIN - width, 7.0, width, _height(1, size), (text,), size, colour=MUTED)


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#"))


def _fill_text_frame(frame, box: TextBox) -> None:
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    indent = Inches(_bullet_indent(box.size))
    for number, text in enumerate(box.paragraphs):
        paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
        paragraph.alignment = PP_ALIGN.LEFT
        paragraph.line_spacing = 1.0
        paragraph.space_after = Inches(_space_after(box.size) if box.bullets else 0)
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


def _draw_lines(pdf: canvas.Canvas, lines: Sequence[str], x: float, top: float, size: float, bold: bool) -> float:
    """Draw lines from `top` (inches from the page top); return the inch below the last."""
    pdf.setFont(BOLD if bold else REGULAR, size)
    for number, line in enumerate(lines):
        baseline = top + size * (0.93 + number * LEADING) / POINTS_PER_INCH
        pdf.drawString(x * POINTS_PER_INCH, (SLIDE_H - baseline) * POINTS_PER_INCH, printable(line))
    return top + _height(len(lines), size)


def _draw_text(pdf: canvas.Canvas, box: TextBox) -> None:
    pdf.setFillColor(HexColor(box.colour))
    y, indent = box.y, _bullet_indent(box.size) if box.bullets else 0
    for paragraph in box.paragraphs:
        if box.bullets:
            _draw_lines(pdf, [BULLET], box.x, y, box.size, box.bold)
        y = _draw_lines(pdf, wrap(paragraph, box.size, box.w - indent, box.bold), box.x + indent, y, box.size,
                        box.bold)
        y += _space_after(box.size) if box.bullets else 0


def _draw_table(pdf: canvas.Canvas, box: TableBox) -> None:
    pdf.setStrokeColor(HexColor(RULE))
    y = box.y
    for row, bold, height in zip((box.header, *box.rows), [True] + [False] * len(box.rows), box.heights):
        wrapped = [wrap(cell, box.size, width - 2 * CELL_PAD_X, bold) for cell, width in zip(row, box.widths)]
        x = box.x
        for lines, width in zip(wrapped, box.widths):
            pdf.setFillColor(HexColor(HEADER_FILL if bold else "#ffffff"))
            pdf.rect(x * POINTS_PER_INCH, (SLIDE_H - y - height) * POINTS_PER_INCH, width * POINTS_PER_INCH,
                     height * POINTS_PER_INCH, stroke=1, fill=1)
            pdf.setFillColor(HexColor(INK))
            _draw_lines(pdf, lines, x + CELL_PAD_X, y + CELL_PAD_Y, box.size, bold)
            x += width
        y += height


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
            _draw_text(pdf, box)
        if image is not None and page.chart is not None:
            chart = page.chart
            pdf.drawImage(ImageReader(io.BytesIO(image)), chart.x * POINTS_PER_INCH,
                          (SLIDE_H - chart.y - chart.h) * POINTS_PER_INCH, chart.w * POINTS_PER_INCH,
                          chart.h * POINTS_PER_INCH)
        if page.table is not None:
            _draw_table(pdf, page.table)
        pdf.showPage()
    pdf.save()
    return out.getvalue()
