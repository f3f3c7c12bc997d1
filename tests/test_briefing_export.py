"""The briefing as PowerPoint and PDF, and charts as PNG, each opened again as a reader would (no Streamlit).

Drawing charts needs Debian's Chromium; without it those tests are skipped loudly, or fail under CI=true.
"""

from __future__ import annotations

import io
import json
import os

import pandas as pd
import plotly.graph_objects as go
import pypdfium2 as pdfium
import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Inches

from pantau_zi import typeset
from pantau_zi.briefing import export
from pantau_zi.briefing.slide import Slide
from pantau_zi.figures import maps, static
from pantau_zi.mapping import Classed, fit_view

NAVY, TEAL = (0x25, 0x34, 0x94), (0x41, 0xB6, 0xC4)


def _square(code: str, west: float, south: float) -> dict:
    # clockwise, as Plotly's SVG map needs an outer ring (boundaries.geojson_for_plotly orients them so)
    ring = [[west, south], [west, south + 2], [west + 2, south + 2], [west + 2, south], [west, south]]
    return {"type": "Feature", "id": code, "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}


def _bar() -> go.Figure:
    return go.Figure(go.Bar(x=["Pencanangan", "Diusulkan", "WBK"], y=[12, 2, 5],
                            marker_color=["#999999", "#56B4E9", "#2c7fb8"]), layout={"height": 680})


def _map() -> go.Figure:
    geojson = {"type": "FeatureCollection",
               "features": [_square("A", 106, -7), _square("B", 108, -7), _square("C", 110, -7)]}
    frame = pd.DataFrame({"region_code": ["A", "B", "C"], "name": ["Kab. A", "Kab. B", "Kota C"],
                          "province": ["Contoh"] * 3, "klass": [0, 1, 2], "shown": ["0%", "30%", "80%"]})
    classed = Classed(frame, ("Tidak ada data", "0%", "> 0-50%", "> 50%"), ("#d4d4d4", "#ffffcc", "#41b6c4", "#253494"))
    return maps.choropleth(classed, geojson, "", fit_view((106, -7, 112, -5)), highlight="B", height=680)


SLIDES = [
    Slide("title", "Zona Integritas di Kabupaten Contoh", "30 Desember 2025",
          points=("Data per 30 Desember 2025", "Sebagian data sintetis \u2013 naik \u2197 \u2714")),
    Slide("stages", "Unit dan tahapnya", "19 unit sudah mencanangkan ZI; 5 memegang WBK.", chart=_bar()),
    Slide("map", "Cakupan perangkat daerah", "Peringkat 9 dari 27, 2025.", big_value="18%",
          big_label="perangkat daerah sudah mencanangkan", chart=_map()),
    Slide("next", "Unit yang harus bergerak berikutnya", "Yang paling dekat ke predikat WBK.", big_value="12",
          big_label="unit sedang menuju predikat",
          table=pd.DataFrame({"Nama": [f"Dinas Kesehatan Kabupaten Contoh {n}" for n in range(12)],
                              "Tahap": ["Evaluasi TPN"] * 12, "Sejak": ["21 Juni 2019"] * 12})),
]
TITLES = [slide.title for slide in SLIDES]


@pytest.fixture(scope="module")
def chromium() -> str:
    path = static.chromium_path()
    if path is None:
        message = f"Debian chromium not found at {static.CHROMIUM}: charts cannot be drawn (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip("SKIPPED LOUDLY: " + message)
    return path


@pytest.fixture(scope="module")
def images(chromium) -> list[bytes | None]:
    return export.chart_images(SLIDES)


def _colours(png: bytes) -> set[tuple[int, int, int]]:
    return {colour for _, colour in Image.open(io.BytesIO(png)).convert("RGB").getcolors(1 << 24)}


def test_every_text_and_table_stays_above_the_page_foot():
    for slide in SLIDES:
        page = export.page_layout(slide)
        assert all(box.y + box.h <= export.BODY_BOTTOM for box in (page.title, *page.texts)), slide.key
        if page.table is not None:
            assert page.table.y + sum(page.table.heights) <= export.BODY_BOTTOM


def test_a_table_too_long_for_its_box_keeps_a_readable_size_and_counts_the_rows_left_out():
    table = export.page_layout(SLIDES[3]).table
    assert table.size >= 20
    assert len(table.rows) < 12
    assert table.rows[-1][0] == f"\u2026 +{12 - len(table.rows) + 1}"


def test_pdf_text_uses_only_characters_its_font_has():
    covered = typeset.font_characters()
    assert all(ord(char) in covered for char in typeset.printable("naik \u2197 \u2714 \u2013 12% \u2192"))


def test_slides_without_charts_export_without_chromium(monkeypatch):
    monkeypatch.setattr(static, "chromium_path", lambda: None)
    plain = [SLIDES[0], SLIDES[3]]
    assert len(Presentation(io.BytesIO(export.to_pptx(plain))).slides) == 2
    assert len(pdfium.PdfDocument(export.to_pdf(plain))) == 2
    with pytest.raises(static.ChromiumMissing, match="apt-get install chromium"):
        export.to_pdf(SLIDES)


def test_render_page_loads_plotly_js_from_the_installed_package_and_no_mathjax():
    page = static.render_page().generate_index()
    assert static.PLOTLY_JS.as_uri() in page
    assert "http" not in page.lower() and "mathjax" not in page.lower()


def test_chart_png_has_the_asked_pixel_size_and_is_not_blank(chromium):
    png = static.chart_png(_bar(), 960, 540, scale=2)
    assert Image.open(io.BytesIO(png)).size == (1920, 1080)
    assert len(_colours(png)) > 20


def test_a_map_draws_its_regions_without_a_gpu(images):
    colours = _colours(images[2])
    assert NAVY in colours and TEAL in colours


def test_chart_drawing_sends_no_dns_query_and_opens_no_tcp_connection(chromium, tmp_path, monkeypatch):
    log = tmp_path / "netlog.json"
    monkeypatch.setattr(static, "OFFLINE_FLAGS", (*static.OFFLINE_FLAGS, f"--log-net-log={log}"))
    static.chart_png(_map(), 400, 300)  # a map, whose base map Plotly would fetch from its CDN
    netlog = json.loads(log.read_text())
    names = {number: name for name, number in netlog["constants"]["logEventTypes"].items()}
    seen = {names[event["type"]] for event in netlog["events"]}
    assert seen, "Chromium wrote an empty network log"
    assert not seen & {"DNS_TRANSACTION", "TCP_CONNECT", "QUIC_SESSION"}


def test_pptx_has_a_16_9_slide_per_briefing_slide_with_native_titles_in_order(images):
    deck = Presentation(io.BytesIO(export.to_pptx(SLIDES, images)))
    assert (deck.slide_width, deck.slide_height) == (Inches(export.SLIDE_W), Inches(export.SLIDE_H))
    assert [slide.shapes.title.text for slide in deck.slides] == TITLES


def test_pptx_shows_charts_as_pictures_and_tables_as_native_tables(images):
    deck = Presentation(io.BytesIO(export.to_pptx(SLIDES, images)))
    pictures = [sum(shape.shape_type == MSO_SHAPE_TYPE.PICTURE for shape in slide.shapes) for slide in deck.slides]
    tables = [[shape.table for shape in slide.shapes if shape.has_table] for slide in deck.slides]
    assert pictures == [0, 1, 1, 0]
    assert [len(found) for found in tables] == [0, 0, 0, 1]
    assert [cell.text for cell in tables[3][0].rows[0].cells] == ["Nama", "Tahap", "Sejak"]


def test_pdf_has_a_landscape_16_9_page_per_slide_with_the_titles_as_text(images):
    document = pdfium.PdfDocument(export.to_pdf(SLIDES, images))
    assert len(document) == len(SLIDES)
    for page, title in zip(document, TITLES):
        assert page.get_size() == pytest.approx((960, 540), abs=0.5)
        assert title in page.get_textpage().get_text_range().replace("\r\n", " ")


MARKUP_NAME = '<a href="https://evil.example/">X</a><b>y</b> &amp;'


def test_a_name_with_markup_reaches_pptx_and_pdf_as_literal_text(monkeypatch):
    # python-pptx writes a run's text as XML character data and the PDF draws strings on its canvas (no reportlab
    # Paragraph, which would read the tags): the name reads exactly as written, tags and all
    monkeypatch.setattr(static, "chromium_path", lambda: None)
    slides = [Slide("title", f"Briefing {MARKUP_NAME}", message=MARKUP_NAME,
                    table=pd.DataFrame({"Nama": [MARKUP_NAME], "Tahap": ["WBK"]}))]
    deck = Presentation(io.BytesIO(export.to_pptx(slides)))
    texts = [shape.text_frame.text for shape in deck.slides[0].shapes if shape.has_text_frame]
    cells = [cell.text for shape in deck.slides[0].shapes if shape.has_table for cell in shape.table.rows[1].cells]
    assert f"Briefing {MARKUP_NAME}" in texts and MARKUP_NAME in texts and cells[0] == MARKUP_NAME
    text = pdfium.PdfDocument(export.to_pdf(slides))[0].get_textpage().get_text_range()
    assert text.replace("\r\n", " ").count(MARKUP_NAME) == 3

