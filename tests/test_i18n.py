import re
from pathlib import Path

from pantau_zi.i18n import CATALOGUE, LANGUAGES, t

PLACEHOLDER = re.compile(r"\{(\w+)")
REPO = Path(__file__).resolve().parent.parent


def test_every_entry_exists_in_both_languages_with_the_same_placeholders():
    for key, entry in CATALOGUE.items():
        assert set(entry) == set(LANGUAGES), key
        assert set(PLACEHOLDER.findall(entry["id"])) == set(PLACEHOLDER.findall(entry["en"])), key


def test_indonesian_is_the_default_and_params_are_filled():
    assert t("app.data_as_of", year=2021) == "Data per akhir tahun 2021"
    assert t("app.data_as_of", "en", year=2021) == "Data as of the end of 2021"


def test_unknown_key_shows_the_key_rather_than_failing():
    assert t("no.such.key") == "no.such.key"


def test_every_key_used_in_code_is_in_the_catalogue():
    used = set()
    for path in [REPO / "dashboard.py", *REPO.glob("pages/*.py"), *REPO.glob("pantau_zi/**/*.py")]:
        used |= set(re.findall(r"\bt\(\s*\"([a-z_]+\.[a-z_.]+)\"", path.read_text()))
    assert used and used <= set(CATALOGUE), used - set(CATALOGUE)


def test_numbers_follow_the_language():
    from pantau_zi.i18n import format_number

    assert format_number(1234567.25, 1, "id") == "1.234.567,2"
    assert format_number(1234567.25, 1, "en") == "1,234,567.2"
    assert format_number(5, 0) == "5"


def test_dates_are_written_out_in_the_language_and_shortened_to_three_letters():
    from datetime import date

    from pantau_zi.i18n import format_date

    assert format_date(date(2021, 8, 17)) == "17 Agustus 2021"
    assert format_date(date(2021, 8, 17), "en", short=True) == "17 Aug 2021"
    assert format_date(date(2021, 5, 1), short=True) == "1 Mei 2021"


def test_numbers_are_written_by_babel_from_the_decimal_written_not_the_binary_float():
    import numpy as np

    from pantau_zi.i18n import format_number

    # 2.675 is 2.67499999... as a float, so Python's "{:.2f}" wrote 2.67; Babel rounds the decimal 2.675 half to even.
    assert format_number(2.675, 2, "id") == "2,68"
    assert format_number(-1234.5, 0, "id") == "-1.234"
    assert format_number(np.int64(12000), 0, "id") == "12.000"
    assert format_number(np.float64(0.125), 2, "en") == "0.12"


def test_a_month_known_without_its_day_is_written_as_month_and_year():
    from datetime import date

    from pantau_zi.i18n import format_month

    assert format_month(date(2023, 12, 1)) == "Desember 2023"
    assert format_month(date(2023, 9, 1), "en") == "September 2023"


def test_literal_escapes_every_markdown_and_html_sign_so_data_shows_as_typed():
    from pantau_zi.i18n import literal

    assert literal("**x** <b>y</b> :red[z] $a$") == r"\*\*x\*\* \<b\>y\<\/b\> \:red\[z\] \$a\$"
    assert literal("Dinas Sosial") == "Dinas Sosial"
