"""The login throttle kept in the store, so every session and every replica on one database counts the same failures.

The policy (how long which failures make the next attempt wait) is access.wait_after; this module only keeps the
counts, one row per key in `login_attempts`, and changes them one attempt at a time across processes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from pantau_zi import access
from pantau_zi.store import Store, writing

_THROTTLE_LOCK = 0x10C_A77E  # names the PostgreSQL advisory lock that queues attempts (SQLite queues writers anyway)


class StoredThrottle:
    """access.Throttle's reserve / delay / success over the store's `login_attempts` table."""

    def __init__(self, store: Store, clock: Callable[[], float] = time.time,
                 forget_after: float = access.FORGET_AFTER) -> None:
        self._store = store
        self._table = store.table("login_attempts")
        self._clock = clock
        self._forget_after = forget_after

    def _records(self, conn: Connection, keys: tuple[str, ...], now: float) -> dict[str, tuple[int, float]]:
        """key -> (failures, last failure) of the keys failed within the last `forget_after` seconds."""
        rows = conn.execute(sa.select(self._table).where(self._table.c.key.in_(keys))).all()
        return {row.key: (row.failures, row.last_failure) for row in rows
                if now - row.last_failure < self._forget_after}

    @staticmethod
    def _wait(records: dict[str, tuple[int, float]], now: float) -> float:
        return max([0.0, *(last + access.wait_after(key, failures) - now
                           for key, (failures, last) in records.items())])

    def delay(self, *keys: str) -> float:
        """Seconds still to wait before an attempt on these keys may be checked (the longest of them)."""
        now = self._clock()
        with self._store.engine.connect() as conn:
            return self._wait(self._records(conn, keys, now), now)

    def reserve(self, *keys: str) -> float:
        """Start an attempt (0, counted as failed until `success`) unless a key must wait: then that wait."""
        with writing(self._store) as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _THROTTLE_LOCK})
            now = self._clock()
            records = self._records(conn, keys, now)
            wait = self._wait(records, now)
            if wait > 0:
                return wait
            conn.execute(self._table.delete().where(self._table.c.key.in_(keys)))
            conn.execute(self._table.insert(), [
                {"key": key, "failures": records.get(key, (0, 0.0))[0] + 1, "last_failure": now} for key in keys])
            return 0.0

    def success(self, *keys: str) -> None:
        """Forget the failures of these keys."""
        with writing(self._store) as conn:
            conn.execute(self._table.delete().where(self._table.c.key.in_(keys)))
