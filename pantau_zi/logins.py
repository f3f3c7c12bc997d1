"""Browsers logged in for viewing, so that routes outside the pages (downloads, data URLs) ask the same login.

The server gives every browser a random cookie (pantau_zi/web.py); a login in the page records that cookie's
SHA-256 here with who logged in, and a logout or the end of its lifetime forgets it. Kept in the store, so every
replica on one database agrees.
"""

from __future__ import annotations

import hashlib
import time

import sqlalchemy as sa

from pantau_zi.store import Store, writing

COOKIE = "pantau_zi_browser"
LIFETIME = 12 * 3600.0  # seconds a browser's login holds for the routes outside the pages


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def record(store: Store, token: str, who: str, now: float | None = None) -> None:
    """Remember that the browser holding `token` is logged in as `who`, for LIFETIME seconds from now."""
    now = time.time() if now is None else now
    table = store.table("logins")
    with writing(store) as conn:
        conn.execute(table.delete().where((table.c.token_sha256 == _digest(token)) | (table.c.expires_at < now)))
        conn.execute(table.insert().values(token_sha256=_digest(token), who=who, expires_at=now + LIFETIME))


def who(store: Store, token: str | None, now: float | None = None) -> str | None:
    """Who the browser holding `token` is logged in as, or None (no token, never logged in, expired)."""
    if not token:
        return None
    now = time.time() if now is None else now
    table = store.table("logins")
    with store.engine.connect() as conn:
        return conn.execute(sa.select(table.c.who).where(
            (table.c.token_sha256 == _digest(token)) & (table.c.expires_at > now))).scalar_one_or_none()


def forget(store: Store, token: str | None) -> None:
    """The browser holding `token` logged out."""
    if token:
        table = store.table("logins")
        with writing(store) as conn:
            conn.execute(table.delete().where(table.c.token_sha256 == _digest(token)))
