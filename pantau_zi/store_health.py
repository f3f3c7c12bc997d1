"""What is wrong with a store that cannot be read (a damaged SQLite file, something else at its path, a database
that does not answer), said so that an administrator knows which store it is and what to do."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import sqlalchemy as sa

# What reading a store raises when the database itself fails (not the dataset in it: that is a DatasetError).
STORE_ERRORS = (sa.exc.DBAPIError, sqlite3.DatabaseError)


@dataclass(frozen=True)
class StoreProblem:
    where: str   # the SQLite file, or the database URL without its password
    kind: str    # "not_database", "damaged", "unreachable" or "unreadable"
    detail: str  # the database's own first line, for the log and the administrator


def store_name(url: str) -> str:
    """The store as an administrator finds it: the SQLite file's path, or the URL with the password hidden."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or url
    return parsed.render_as_string(hide_password=True)


def _kind(message: str) -> str:
    text = message.lower()
    if "file is not a database" in text:
        return "not_database"
    if "malformed" in text or "corrupt" in text:
        return "damaged"
    if any(words in text for words in ("unable to open", "could not connect", "connection refused", "timeout",
                                       "timed out", "does not exist", "authentication failed")):
        return "unreachable"
    return "unreadable"


def describe(url: str, error: BaseException) -> StoreProblem:
    """The problem a store error shows."""
    original = getattr(error, "orig", None) or error
    detail = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    return StoreProblem(store_name(url), _kind(detail), detail)
