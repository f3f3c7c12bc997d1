"""Versioned storage of imported datasets in a database: SQLite by default, any SQLAlchemy URL (PostgreSQL).

Every data row carries the `version_id` it belongs to, and a one-row `head` table names the current version, so an
import or a restore is plain INSERTs plus one pointer update inside a single transaction: readers see either the old
version or the whole new one, never a half-written one, and history is never rewritten.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from pantau_zi import settings
from pantau_zi.loading import Dataset, dataset_from_tables
from pantau_zi.schema import TABLES, table_schemas

SQLITE_FILE_NAME = "pantau_zi.sqlite"
BASE_WHO = "-"  # the author of the version holding the data shown before the first import
CHUNK_ROWS = 5_000
_ANY = object()
_CREATE_LOCK = 0x5A1_5707E  # any fixed number; names the advisory lock taken while creating tables


class StoreError(ValueError):
    """Raised when tables handed to the store do not fit the dataset's shape, or a version does not exist."""


class StaleVersion(RuntimeError):
    """Another import or restore changed the current version since the caller read it; nothing was stored."""

    def __init__(self, expected: int | None, current: int | None):
        super().__init__(f"current version is {current}, not {expected}: the data changed meanwhile")
        self.expected = expected
        self.current = current


@cache
def table_columns() -> dict[str, list[str]]:
    """The text columns of each dataset table (schema.TABLES), in the order the schemas declare them."""
    schemas = table_schemas(())
    return {name: list(schemas[name].columns) for name in TABLES}


def _metadata() -> sa.MetaData:
    """The store's tables: versions, raw_files, head, and data_<table> for each dataset table."""
    meta = sa.MetaData()
    sa.Table("versions", meta,
             sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
             sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
             sa.Column("who", sa.Text, nullable=False),
             sa.Column("file_name", sa.Text),
             sa.Column("file_sha256", sa.String(64)),
             sa.Column("row_counts", sa.Text, nullable=False),
             sa.Column("parent_id", sa.Integer, sa.ForeignKey("versions.id")),
             sa.Column("restored_from", sa.Integer, sa.ForeignKey("versions.id")),
             sa.Column("note", sa.Text))
    sa.Table("raw_files", meta,
             sa.Column("version_id", sa.Integer, sa.ForeignKey("versions.id"), primary_key=True),
             sa.Column("content", sa.LargeBinary, nullable=False))
    # A single row (id = 1) whose version_id is the current version; NULL while the store is empty.
    sa.Table("head", meta,
             sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
             sa.Column("version_id", sa.Integer, sa.ForeignKey("versions.id")))
    # Failed logins per key (a user name, a client address), shared by every replica: pantau_zi/attempts.py.
    sa.Table("login_attempts", meta,
             sa.Column("key", sa.Text, primary_key=True),
             sa.Column("failures", sa.Integer, nullable=False),
             sa.Column("last_failure", sa.Float, nullable=False))
    # Browsers logged in for viewing, by the SHA-256 of their cookie (pantau_zi/web.py); the cookie never is stored.
    sa.Table("logins", meta,
             sa.Column("token_sha256", sa.String(64), primary_key=True),
             sa.Column("who", sa.Text, nullable=False),
             sa.Column("expires_at", sa.Float, nullable=False))
    for name, columns in table_columns().items():
        sa.Table(f"data_{name}", meta,
                 sa.Column("version_id", sa.Integer, sa.ForeignKey("versions.id"), primary_key=True),
                 sa.Column("row_no", sa.Integer, primary_key=True, autoincrement=False),
                 *(sa.Column(column, sa.Text) for column in columns))
    return meta


@dataclass(frozen=True)
class Store:
    """An open store: the engine and the table definitions."""

    engine: Engine
    meta: sa.MetaData

    def table(self, name: str) -> sa.Table:
        return self.meta.tables[name]


def database_url(url_or_path: str | Path) -> str:
    """A SQLAlchemy URL as given, or a SQLite URL: a path with a suffix is the file, one without is its folder."""
    text = str(url_or_path)
    if "://" in text:
        return text
    path = Path(text)
    if path.is_dir() or not path.suffix:  # a folder, perhaps not made yet (var/ on a fresh checkout)
        path = path / SQLITE_FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path.resolve()}"


def _use_wal(cursor) -> None:
    """Switch the file to WAL (it stays so); retried, as the switch needs the file alone and can fail busy at once."""
    for _ in range(600):
        try:
            if cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal":
                return
        except sqlite3.OperationalError:
            pass
        time.sleep(0.05)
    raise StoreError("could not switch the SQLite file to WAL mode")


def _prepare_sqlite(engine: Engine) -> None:
    """WAL (readers never wait for an import), foreign keys on, and writers that queue instead of failing."""

    @sa.event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event issue BEGIN itself, so writes can ask for BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout=30000")
        _use_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def on_begin(connection):
        # IMMEDIATE takes the write lock at once: two writers queue up rather than both reading the same head.
        immediate = connection.get_execution_options().get("write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def open_store(url_or_path: str | Path | None = None) -> Store:
    """Open (creating if needed) the store at a SQLAlchemy URL, a SQLite file or folder; None: PANTAU_ZI_DATABASE."""
    url = database_url(settings.database() if url_or_path is None else url_or_path)
    engine = sa.create_engine(url, connect_args={"timeout": 30} if url.startswith("sqlite") else {})
    if engine.dialect.name == "sqlite":
        _prepare_sqlite(engine)
    store = Store(engine, _metadata())
    with writing(store) as conn:
        if engine.dialect.name == "postgresql":
            # Two servers starting on a fresh database would otherwise both try to create the tables.
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CREATE_LOCK})
        store.meta.create_all(conn)
        if conn.execute(sa.select(sa.func.count()).select_from(store.table("head"))).scalar_one() == 0:
            conn.execute(store.table("head").insert().values(id=1, version_id=None))
    return store


@contextmanager
def writing(store: Store) -> Iterator[Connection]:
    """One write transaction: committed when the block ends, rolled back entirely on any exception."""
    with store.engine.connect() as conn:
        conn.execution_options(write=True)
        with conn.begin():
            yield conn


def _locked_head(conn: Connection, store: Store) -> int | None:
    """The current version id, with the head row locked until the transaction ends (PostgreSQL: FOR UPDATE)."""
    head = store.table("head")
    return conn.execute(sa.select(head.c.version_id).where(head.c.id == 1).with_for_update()).scalar_one()


def current_version(store: Store) -> int | None:
    """The id of the current version, None while nothing was imported."""
    head = store.table("head")
    with store.engine.connect() as conn:
        return conn.execute(sa.select(head.c.version_id).where(head.c.id == 1)).scalar_one_or_none()


def _cell(value: object) -> str | None:
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _records(frame: pd.DataFrame, columns: list[str], version_id: int) -> Iterator[dict]:
    """The rows of a table as insert parameters, empty cells as NULL, numbered to keep their order."""
    for row_no, values in enumerate(frame[columns].itertuples(index=False, name=None)):
        yield {"version_id": version_id, "row_no": row_no, **{c: _cell(v) for c, v in zip(columns, values)}}


def _insert_rows(conn: Connection, table: sa.Table, records: Iterator[dict]) -> None:
    """Insert in chunks, so a large table never sits in memory twice."""
    chunk: list[dict] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == CHUNK_ROWS:
            conn.execute(table.insert(), chunk)
            chunk = []
    if chunk:
        conn.execute(table.insert(), chunk)


def _checked(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Every dataset table, absent ones empty; refuses unknown tables and missing columns."""
    columns = table_columns()
    unknown = sorted(set(tables) - set(columns))
    if unknown:
        raise StoreError(f"unknown table(s): {', '.join(unknown)}")
    out = {}
    for name, wanted in columns.items():
        frame = tables.get(name, pd.DataFrame(columns=wanted))
        missing = [column for column in wanted if column not in frame.columns]
        if missing:
            raise StoreError(f"table {name} lacks column(s): {', '.join(missing)}")
        out[name] = frame
    return out


def _new_version(conn: Connection, store: Store, **fields) -> int:
    values = {"created_at": datetime.now(timezone.utc), **fields}
    return conn.execute(store.table("versions").insert().values(**values)).inserted_primary_key[0]


def _move_head(conn: Connection, store: Store, version_id: int) -> None:
    conn.execute(store.table("head").update().where(store.table("head").c.id == 1).values(version_id=version_id))


def _insert_version(conn: Connection, store: Store, tables: dict[str, pd.DataFrame], parent: int | None,
                    **fields) -> int:
    counts = {name: len(frame) for name, frame in tables.items()}
    version_id = _new_version(conn, store, row_counts=json.dumps(counts), parent_id=parent, **fields)
    for name, frame in tables.items():
        _insert_rows(conn, store.table(f"data_{name}"), _records(frame, table_columns()[name], version_id))
    return version_id


def commit_import(store: Store, tables: Mapping[str, pd.DataFrame], *, who: str, file_name: str, raw: bytes,
                  expected_current: int | None, note: str | None = None,
                  base: Mapping[str, pd.DataFrame] | None = None) -> int:
    """Store validated tables as a new current version in one transaction; StaleVersion if the head moved.

    Into an empty store, `base` (the data shown before any import) is stored first, as a version to restore.
    """
    checked = _checked(tables)
    checked_base = _checked(base) if base is not None else None
    with writing(store) as conn:
        current = _locked_head(conn, store)
        if current != expected_current:
            raise StaleVersion(expected_current, current)
        if current is None and checked_base is not None:
            current = _insert_version(conn, store, checked_base, None, who=BASE_WHO, file_name=None,
                                      file_sha256=None, note=None)
        version_id = _insert_version(conn, store, checked, current, who=who, file_name=file_name,
                                     file_sha256=hashlib.sha256(raw).hexdigest(), note=note)
        conn.execute(store.table("raw_files").insert().values(version_id=version_id, content=raw))
        _move_head(conn, store, version_id)
    return version_id


def restore(store: Store, version_id: int, who: str, *, expected_current: int | None | object = _ANY) -> int:
    """Make a copy of an earlier version the new current version; earlier versions stay as they were."""
    versions_table = store.table("versions")
    with writing(store) as conn:
        current = _locked_head(conn, store)
        if expected_current is not _ANY and current != expected_current:
            raise StaleVersion(expected_current, current)
        old = conn.execute(sa.select(versions_table).where(versions_table.c.id == version_id)).mappings().first()
        if old is None:
            raise StoreError(f"no version {version_id}")
        new_id = _new_version(conn, store, who=who, file_name=old["file_name"], file_sha256=old["file_sha256"],
                              row_counts=old["row_counts"], parent_id=current, restored_from=version_id,
                              note=f"restore of version {version_id}")
        for name, columns in table_columns().items():
            data = store.table(f"data_{name}")
            copied = sa.select(sa.literal(new_id, sa.Integer), data.c.row_no, *(data.c[c] for c in columns))
            conn.execute(data.insert().from_select(["version_id", "row_no", *columns],
                                                   copied.where(data.c.version_id == version_id)))
        _move_head(conn, store, new_id)
    return new_id


def versions(store: Store) -> pd.DataFrame:
    """Every version, newest first, with row counts decoded and a flag on the current one."""
    table = store.table("versions")
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(table).order_by(table.c.id.desc())).mappings().all()
    frame = pd.DataFrame([dict(row) for row in rows], columns=[c.name for c in table.columns])
    frame["row_counts"] = frame["row_counts"].map(json.loads)
    # SQLite hands back naive datetimes; every stored time is UTC.
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True)
    frame["current"] = frame["id"] == current_version(store)
    return frame


def version_stamp(store: Store, version_id: int) -> str:
    """What names a version beyond its id: when it was made, from which file, with how many rows."""
    table = store.table("versions")
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(table.c.id, table.c.created_at, table.c.file_sha256, table.c.row_counts)
                           .where(table.c.id == version_id)).first()
    return repr(tuple(row) if row is not None else (version_id, None))


def raw_file(store: Store, version_id: int) -> bytes | None:
    """The uploaded file of an imported version (None for a restore)."""
    table = store.table("raw_files")
    with store.engine.connect() as conn:
        return conn.execute(sa.select(table.c.content).where(table.c.version_id == version_id)).scalar_one_or_none()


def load_version(store: Store, version_id: int) -> dict[str, pd.DataFrame]:
    """The tables of one version as text columns, empty cells missing, shaped like the CSV loader's tables."""
    out = {}
    with store.engine.connect() as conn:
        if conn.execute(sa.select(store.table("versions").c.id).where(
                store.table("versions").c.id == version_id)).first() is None:
            raise StoreError(f"no version {version_id}")
        for name, columns in table_columns().items():
            data = store.table(f"data_{name}")
            query = sa.select(*(data.c[c] for c in columns)).where(data.c.version_id == version_id)
            rows = conn.execute(query.order_by(data.c.row_no)).all()
            out[name] = pd.DataFrame(rows, columns=columns, dtype=str) if rows else \
                pd.DataFrame({c: pd.Series(dtype=str) for c in columns})
    return out



def load_dataset_version(store: Store, version_id: int) -> Dataset:
    """One version validated and typed like a dataset folder; DatasetError if it no longer validates.

    Problems name the table as `v<id>/<table>` and the row as the line it had under a one-line header.
    """
    tables = load_version(store, version_id)
    return dataset_from_tables({name: frame.assign(_file=f"v{version_id}/{name}", _row=range(2, len(frame) + 2))
                                for name, frame in tables.items()})
