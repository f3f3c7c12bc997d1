"""The hostile corpus through the whole import, against a store holding the mini data (SQLite and PostgreSQL).

Refused and invalid files give their expected problem and leave every stored byte as it was; accepted files store
a new version in which the file's text (script and formula injections included) is kept literally, and the earlier
version stays exactly as it was.
"""

import hashlib
from datetime import date

import pytest
import sqlalchemy as sa

from pantau_zi import store
from pantau_zi.importing.plan import confirm, plan_import
from pantau_zi.loading import load_reference
from tests.import_corpus.build import LIMITS
from tests.test_import_corpus import CORPUS, MANIFEST, notice_of
from tests.test_store import mini_tables


@pytest.fixture(autouse=True)
def corpus_limits(monkeypatch):
    for name, value in LIMITS.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def stored(store_url):
    """A store whose current version is the mini data."""
    opened = store.open_store(store_url)
    store.commit_import(opened, mini_tables(), who="ani", file_name="mini", raw=b"mini", expected_current=None)
    yield opened
    opened.engine.dispose()


def fingerprint(opened: store.Store) -> str:
    """A hash of every row of every store table, in key order: equal only if nothing stored changed."""
    digest = hashlib.sha256()
    with opened.engine.connect() as conn:
        for table in opened.meta.sorted_tables:
            for row in conn.execute(sa.select(table).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def plan_for(entry: dict, opened: store.Store):
    current = store.current_version(opened)
    return plan_import(entry["file"], (CORPUS / entry["file"]).read_bytes(), store.load_version(opened, current),
                       current, f"v{current}", load_reference()[1], "ani", date(2026, 11, 23))


@pytest.mark.parametrize("entry", [e for e in MANIFEST if e["outcome"] in ("refused", "invalid")],
                         ids=lambda e: e["file"])
def test_a_refused_or_invalid_file_names_its_problem_and_changes_nothing_stored(entry, stored):
    before = fingerprint(stored)
    plan = plan_for(entry, stored)
    found = {(p.reason, p.file, "" if p.row is None else str(p.row), p.column or "", p.value or "")
             for p in plan.problems}
    # in the file's words: the header it used and the value as typed
    assert (entry["reason"], entry["where"], entry["row"], entry["column"], entry["value"]) in found, plan.problems
    with pytest.raises(ValueError):
        confirm(stored, plan, "ani")
    assert fingerprint(stored) == before


@pytest.mark.parametrize("entry", [e for e in MANIFEST if e["outcome"] == "accepted"], ids=lambda e: e["file"])
def test_an_accepted_file_becomes_a_new_version_with_its_text_kept_literally(entry, stored):
    earlier = store.current_version(stored)
    kept = store.load_version(stored, earlier)
    plan = plan_for(entry, stored)
    assert plan.ok, plan.problems
    version = confirm(stored, plan, "ani")
    loaded = store.load_version(stored, version)
    names = set(loaded["units"]["name"].dropna()) | set(loaded["events"]["note"].dropna())
    written = {value for table in ("units", "events") if table in plan.tables
               for column in ("name", "note") if column in plan.tables[table]
               for value in plan.tables[table][column].dropna()}
    assert written <= names
    assert store.load_dataset_version(stored, version) is not None
    again = store.load_version(stored, earlier)
    assert all(again[name].equals(kept[name]) for name in kept)


@pytest.mark.parametrize("entry", [e for e in MANIFEST if e["outcome"] == "noticed"], ids=lambda e: e["file"])
def test_a_noticed_file_previews_with_its_notice_and_stores_only_its_data_rows(entry, stored):
    plan = plan_for(entry, stored)
    assert plan.ok, plan.problems
    assert notice_of(entry) in {(n.reason, n.file, "" if n.row is None else str(n.row)) for n in plan.notices}
    version = confirm(stored, plan, "ani")
    units = store.load_version(stored, version)["units"]
    assert not units["unit_id"].str.contains("JUMLAH|REKAPITULASI|Bagian", regex=True).any()
    assert units["unit_id"].str.startswith("KOR-").sum() >= 1
