"""Streamlit's own words: the patterns the page script applies, checked here with Python's re (same syntax)."""

import re

from pantau_zi.chrome import word_patterns


def rewrite(text: str, lang: str) -> str:
    for pattern, replacement in word_patterns(lang):
        if re.match(pattern, text):
            return re.sub(pattern, replacement.replace("$1", r"\1").replace("$$", "$"), text)
    return text


def test_streamlit_english_becomes_indonesian_with_the_label_kept():
    assert rewrite("Help for Tahun", "id") == "Penjelasan Tahun"
    assert rewrite("Tahun \u2014 start", "id") == "Tahun \u2014 awal"
    assert rewrite("1 more", "id") == "1 lainnya"
    assert rewrite("Skip to main content", "id") == "Langsung ke isi utama"


def test_a_switch_back_to_english_undoes_the_indonesian():
    assert rewrite("Penjelasan Years", "en") == "Help for Years"
    assert rewrite("Bilah samping", "en") == "Sidebar"


def test_only_whole_strings_are_rewritten():
    assert rewrite("Open data", "id") == "Open data"
    assert rewrite("Kabupaten Sumedang", "id") == "Kabupaten Sumedang"
    assert rewrite("Sidebar", "en") == "Sidebar"
