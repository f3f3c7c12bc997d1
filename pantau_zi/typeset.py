"""Text and tables set on a PDF page offline, with a font from the machine (no download): measuring, wrapping and
drawing, positions in inches from the page's top left. The briefing's slides and the report card share it.

The font is DejaVu Sans, else reportlab's own Vera; both are wider than PowerPoint's Calibri, so text measured
here also fits a PowerPoint slide.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
import reportlab
from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

LEADING = 1.2          # line height as a multiple of the type size
POINTS_PER_INCH = 72
INK, RULE, HEADER_FILL = "#111111", "#8c8c8c", "#e6e6e6"
BULLET = "\u2022"
CELL_PAD_X, CELL_PAD_Y = 0.1, 0.05

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
    """Paragraphs of one size and weight in a box; positions in inches from the page's top left."""

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


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in inches."""
    return pdfmetrics.stringWidth(printable(text), BOLD if bold else REGULAR, size) / POINTS_PER_INCH


def _split_word(word: str, size: float, bold: bool, width: float) -> list[str]:
    """A word too long for a line (a long name, a URL), cut into pieces that fit."""
    pieces, piece = [], ""
    for char in word:
        if piece and text_width(piece + char, size, bold) > width:
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
            if line and text_width(candidate, size, bold) > width:
                lines.append(line)
                candidate = piece
            line = candidate
    return [*lines, line]


def bullet_indent(size: float) -> float:
    return text_width(BULLET + " ", size)


def lines_height(lines: int, size: float) -> float:
    return lines * size * LEADING / POINTS_PER_INCH


def space_after(size: float) -> float:
    return 0.3 * size / POINTS_PER_INCH


def text_height(paragraphs: Sequence[str], size: float, width: float, bold: bool, bullets: bool) -> float:
    """Height of the wrapped paragraphs; bullet points get a little space after each."""
    usable = width - (bullet_indent(size) if bullets else 0)
    lines = sum(len(wrap(paragraph, size, usable, bold)) for paragraph in paragraphs)
    return lines_height(lines, size) + (space_after(size) * len(paragraphs) if bullets else 0)


def fitting_text(x: float, y: float, w: float, h: float, paragraphs: Sequence[str], sizes: Sequence[float],
                 bold: bool = False, colour: str = INK, bullets: bool = False) -> TextBox:
    """A text box at the largest of `sizes` whose wrapped lines fit in `h`, else the smallest; as tall as its lines."""
    size = next((size for size in sizes if text_height(paragraphs, size, w, bold, bullets) <= h), sizes[-1])
    return TextBox(x, y, w, text_height(paragraphs, size, w, bold, bullets), tuple(paragraphs), size, bold, colour,
                   bullets)


def cell_text(value) -> str:
    """A table cell as text: whole floats without decimals, missing values as a dash."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
        return "\u2013"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def column_widths(header, rows, size: float, width: float) -> tuple[float, ...] | None:
    """Column widths filling `width` in which no word breaks (long cells wrap), or None when the words alone
    are too wide."""
    columns = [[(header[column], True)] + [(row[column], False) for row in rows] for column in range(len(header))]
    least = [max(text_width(word, size, bold) for text, bold in cells for word in text.split() or [""])
             + 2 * CELL_PAD_X for cells in columns]
    most = [max(text_width(text, size, bold) for text, bold in cells) + 2 * CELL_PAD_X for cells in columns]
    spare, wanted = width - sum(least), sum(most) - sum(least)
    if spare < 0:
        return None
    if wanted <= spare:
        return tuple(value * width / sum(most) for value in most)
    return tuple(low + spare * (high - low) / wanted for low, high in zip(least, most))


def row_heights(header, rows, widths, size: float) -> tuple[float, ...]:
    """Each row's height with every cell wrapped in its column."""
    return tuple(lines_height(max(len(wrap(cell, size, width - 2 * CELL_PAD_X, bold))
                                  for cell, width in zip(row, widths)), size) + 2 * CELL_PAD_Y
                 for row, bold in [(header, True)] + [(row, False) for row in rows])


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


def fitting_table(x: float, y: float, w: float, h: float, table: pd.DataFrame, sizes: Sequence[float],
                  max_rows: int) -> TableBox:
    """The table at the largest of `sizes` that fits the box, at most `max_rows` rows; rows are left out only where
    no size fits them all, the last row shown then saying how many are left out."""
    header, rows = _table_cells(table)
    for shown in range(min(len(rows), max_rows), 0, -1):
        body = _first_rows(rows, shown)
        for size in sizes:
            widths = column_widths(header, body, size, w)
            heights = row_heights(header, body, widths, size) if widths else (math.inf,)
            if sum(heights) <= h:
                return TableBox(x, y, header, body, widths, heights, size)
    body, size, widths = _first_rows(rows, 1), sizes[-1], (w / len(header),) * len(header)
    return TableBox(x, y, header, body, widths, row_heights(header, body, widths, size), size)


def draw_lines(pdf: canvas.Canvas, page_h: float, lines: Sequence[str], x: float, top: float, size: float,
               bold: bool) -> float:
    """Draw lines from `top` (inches from the top of a page `page_h` inches tall); return the inch below the last."""
    pdf.setFont(BOLD if bold else REGULAR, size)
    for number, line in enumerate(lines):
        baseline = top + size * (0.93 + number * LEADING) / POINTS_PER_INCH
        pdf.drawString(x * POINTS_PER_INCH, (page_h - baseline) * POINTS_PER_INCH, printable(line))
    return top + lines_height(len(lines), size)


def draw_text(pdf: canvas.Canvas, page_h: float, box: TextBox) -> None:
    pdf.setFillColor(HexColor(box.colour))
    y, indent = box.y, bullet_indent(box.size) if box.bullets else 0
    for paragraph in box.paragraphs:
        if box.bullets:
            draw_lines(pdf, page_h, [BULLET], box.x, y, box.size, box.bold)
        y = draw_lines(pdf, page_h, wrap(paragraph, box.size, box.w - indent, box.bold), box.x + indent, y, box.size,
                       box.bold)
        y += space_after(box.size) if box.bullets else 0


def draw_table(pdf: canvas.Canvas, page_h: float, box: TableBox) -> None:
    """The table with its header row shaded and every cell ruled."""
    pdf.setStrokeColor(HexColor(RULE))
    y = box.y
    for row, bold, height in zip((box.header, *box.rows), [True] + [False] * len(box.rows), box.heights):
        wrapped = [wrap(cell, box.size, width - 2 * CELL_PAD_X, bold) for cell, width in zip(row, box.widths)]
        x = box.x
        for lines, width in zip(wrapped, box.widths):
            pdf.setFillColor(HexColor(HEADER_FILL if bold else "#ffffff"))
            pdf.rect(x * POINTS_PER_INCH, (page_h - y - height) * POINTS_PER_INCH, width * POINTS_PER_INCH,
                     height * POINTS_PER_INCH, stroke=1, fill=1)
            pdf.setFillColor(HexColor(INK))
            draw_lines(pdf, page_h, lines, x + CELL_PAD_X, y + CELL_PAD_Y, box.size, bold)
            x += width
        y += height
