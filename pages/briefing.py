"""Briefing: the chosen scope as full-screen slides for a coffee-morning projector, and the same slides to take away.

Without ?slide= the page shows the set-up; with it, one slide fills the screen and the app's chrome is hidden.
"""

import time
from datetime import date, timedelta
from functools import partial

import streamlit as st

from pantau_zi import ui
from pantau_zi.briefing import screen
from pantau_zi.briefing.slides import data_as_of
from pantau_zi.figures import static
from pantau_zi.i18n import format_date, t

SLIDE_PARAM, SHOWN_AT = "slide", "_briefing_shown_at"
PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
# Laid out at 1280x720 and drawn at 1.5x: 1920x1080 pixels with type sized as on the slide.
PNG_LAYOUT, PNG_SCALE = (1280, 720), 1.5
# Keys a presentation clicker sends; Left/Right are on the visible buttons.
EXTRA_KEYS = {"PageDown": 1, "Space": 1, "PageUp": -1}

lang = ui.current_language()
data = ui.shown_dataset(lang)
filters = ui.current_filters()
as_of = data_as_of(data)

settings = st.sidebar.container(border=True)
settings.subheader(t("page.briefing", lang))
on = settings.date_input(t("briefing.on", lang), value=as_of, min_value=date(2013, 1, 1), max_value=as_of,
                         key="tanggal", bind="query-params", format="DD/MM/YYYY")
since = settings.date_input(t("briefing.since", lang), value=on - timedelta(days=365), min_value=date(2013, 1, 1),
                            max_value=as_of, key="sejak", bind="query-params", format="DD/MM/YYYY")
advance = settings.number_input(t("briefing.advance", lang), 0, 300, 0, step=5, key="maju", bind="query-params")
if since >= on:
    st.error(t("briefing.since.after", lang, on=format_date(on, lang)))
    st.stop()

deck = ui.briefing_slides(ui.current_source(), filters, on, since, lang)


def within_deck(number: int) -> int:
    return min(max(number, 1), len(deck))


def show(number: int) -> None:
    st.query_params[SLIDE_PARAM] = str(within_deck(number))


def leave() -> None:
    st.query_params.pop(SLIDE_PARAM, None)


if SLIDE_PARAM not in st.query_params:
    st.title(t("page.briefing", lang))
    st.caption(t("briefing.caption", lang))
    ui.data_notice(lang)
    st.button(t("briefing.start", lang), type="primary", icon=":material/slideshow:", on_click=show, args=(1,),
              help=t("briefing.start.help", lang))
    st.subheader(t("briefing.preview", lang))
    st.markdown("\n".join(f"{number}. {slide.title}" for number, slide in enumerate(deck, 1)))
    st.subheader(t("briefing.download", lang))
    if not static.static_export_available():
        st.warning(t("briefing.download.no_chromium", lang))
        st.stop()
    name = f"pantau-zi-briefing-{filters.region or filters.province or 'indonesia'}-{on.isoformat()}"
    choice = (ui.current_source(), filters, on, since, lang)
    pptx, pdf = st.columns(2)
    pptx.download_button(t("briefing.download.pptx", lang), partial(ui.briefing_file, "pptx", *choice),
                         f"{name}.pptx", PPTX_TYPE, icon=":material/slideshow:", on_click="ignore")
    pdf.download_button(t("briefing.download.pdf", lang), partial(ui.briefing_file, "pdf", *choice), f"{name}.pdf",
                        "application/pdf", icon=":material/picture_as_pdf:", on_click="ignore")
    st.caption(t("briefing.download.png", lang))
    for number, slide in enumerate(deck, 1):
        if slide.chart is not None:
            st.download_button(f"PNG {number}. {slide.title}", partial(static.chart_png, slide.chart, *PNG_LAYOUT,
                                                                       scale=PNG_SCALE),
                               f"{name}-{number}-{slide.key}.png", "image/png", icon=":material/image:",
                               on_click="ignore", key=f"png-{slide.key}")
    st.stop()

try:
    current = within_deck(int(st.query_params[SLIDE_PARAM]))
except ValueError:
    current = 1
slide = deck[current - 1]
st.html(screen.PRESENTING_CSS)
st.html(screen.heading_html(slide))
body = slide.chart is not None or slide.table is not None
if body and screen.has_side(slide):
    side, main = st.columns([2, 5], gap="large")
else:
    side = main = st.container()
if screen.has_side(slide):
    side.html(screen.figure_html(slide))
if slide.chart is not None:
    # The box's height is the stylesheet's (the slide scaled to the screen); the chart stretches to it.
    main.container(height=screen.CHART_BOX_HEIGHT, border=False, key="briefing-body").plotly_chart(
        slide.chart, key=f"briefing-chart-{slide.key}", height="stretch",
        config={**ui.chart_config(lang), "displayModeBar": False})
if slide.table is not None:
    main.html(screen.table_html(slide.table))

back, counter, forward, leave_column = st.columns([2, 6, 2, 2], vertical_alignment="center")
back.button(t("briefing.previous_slide", lang), key="briefing-previous", on_click=show, args=(current - 1,),
            shortcut="Left", icon=":material/arrow_back:", disabled=current == 1, width="stretch")
counter.html(f'<div class="zi-footer">{t("briefing.counter", lang, current=current, total=len(deck))}'
             f" \u00b7 {format_date(on, lang)}</div>")
forward.button(t("briefing.next_slide", lang), key="briefing-next", on_click=show, args=(current + 1,),
               shortcut="Right", icon=":material/arrow_forward:", disabled=current == len(deck), width="stretch")
leave_column.button(t("briefing.exit", lang), key="briefing-exit", on_click=leave, shortcut="Esc", width="stretch")
for key, step in EXTRA_KEYS.items():
    st.button(key, key=f"briefing-hidden-{key}", on_click=show, args=(current + step,), shortcut=key)

if advance and current < len(deck):
    st.session_state[SHOWN_AT] = time.monotonic()

    @st.fragment(run_every=advance)
    def advance_when_due() -> None:
        """Runs with the page, then every `advance` seconds; moves on once the slide has been up that long."""
        if time.monotonic() - st.session_state[SHOWN_AT] >= advance - 0.5:
            show(current + 1)
            st.rerun()

    advance_when_due()
