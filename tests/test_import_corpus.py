"""Every file of the hostile corpus reads as MANIFEST.csv says: refused ones with exactly the expected problem."""

import csv
from pathlib import Path

import pytest

from pantau_zi.importing.reading import read_upload
from pantau_zi.loading import load_reference
from tests.import_corpus.build import LIMITS

CORPUS = Path(__file__).parent / "import_corpus"
MANIFEST = list(csv.DictReader((CORPUS / "MANIFEST.csv").open(encoding="utf-8")))


@pytest.fixture(scope="module")
def regencies():
    return load_reference()[1]


@pytest.fixture(autouse=True)
def corpus_limits(monkeypatch):
    for name, value in LIMITS.items():
        monkeypatch.setenv(name, value)


def _read(entry: dict, regencies):
    return read_upload(entry["file"], (CORPUS / entry["file"]).read_bytes(), regencies)


def test_the_corpus_is_large_and_every_file_is_listed():
    files = {path.name for path in CORPUS.iterdir()} - {"build.py", "MANIFEST.csv", "__pycache__", "__init__.py"}
    assert files == {entry["file"] for entry in MANIFEST}
    assert len(files) >= 45
    assert {entry["outcome"] for entry in MANIFEST} == {"refused", "invalid", "accepted", "noticed"}


@pytest.mark.parametrize("entry", [e for e in MANIFEST if e["outcome"] == "refused"], ids=lambda e: e["file"])
def test_refused_files_report_the_expected_problem(entry, regencies):
    upload = _read(entry, regencies)
    found = {(p.reason, p.file, "" if p.row is None else str(p.row), p.column or "", p.value or "")
             for p in upload.problems}
    assert (entry["reason"], entry["where"], entry["row"], entry["column"], entry["value"]) in found, upload.problems


@pytest.mark.parametrize("entry", [e for e in MANIFEST if e["outcome"] != "refused"], ids=lambda e: e["file"])
def test_invalid_and_accepted_files_read_without_problems(entry, regencies):
    upload = _read(entry, regencies)
    assert upload.problems == []
    assert upload.tables and all(len(table) for table in upload.tables.values())


def notice_of(entry: dict) -> tuple:
    return entry["reason"], entry["where"], entry["row"]


@pytest.mark.parametrize("entry", [e for e in MANIFEST if e["outcome"] == "noticed"], ids=lambda e: e["file"])
def test_noticed_files_read_whole_and_say_what_the_reader_decided(entry, regencies):
    upload = _read(entry, regencies)
    assert upload.problems == []
    assert notice_of(entry) in {(n.reason, n.file, "" if n.row is None else str(n.row)) for n in upload.notices}
