"""Who may import and restore: administrator passwords, where they are configured, and slowing down guessers.

Pure Python with the standard library only; the Streamlit side is pantau_zi/login.py.

A stored password is a line `scrypt$<n>$<r>$<p>$<salt, base64>$<key, base64>`, never the password itself.
`python -m pantau_zi.access hash` asks for a password and prints such a line.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import secrets as _random
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache
from getpass import getpass

LOG = logging.getLogger("pantau_zi.access")

SCHEME = "scrypt"
# n = 2**14, r = 8: 16 MiB and some 50 ms per check, within scrypt's default 32 MiB memory limit.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES, KEY_BYTES = 16, 32
# A stored value asking for more memory (128 * r * n bytes) or parallelism is refused rather than computed.
MAX_MEMORY, MAX_P = 64 * 2**20, 16

ADMINS_VARIABLE = "PANTAU_ZI_ADMINS"
ADMIN_EMAILS_VARIABLE = "PANTAU_ZI_ADMIN_EMAILS"
REQUIRE_LOGIN_VARIABLE = "PANTAU_ZI_REQUIRE_LOGIN"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """The line to store for a password: scrypt with a fresh random salt, its parameters written in."""
    salt = _random.token_bytes(SALT_BYTES)
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES)
    return f"{SCHEME}${n}${r}${p}${_b64(salt)}${_b64(key)}"


@dataclass(frozen=True)
class _Parsed:
    n: int
    r: int
    p: int
    salt: bytes
    key: bytes


def _parse(stored: object) -> _Parsed | None:
    """The parts of a stored hash, or None for anything else (a plain-text password included)."""
    if not isinstance(stored, str):
        return None
    parts = stored.strip().split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    try:
        n, r, p = (int(part, 10) for part in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return None
    power_of_two = n > 1 and n & (n - 1) == 0
    if not (power_of_two and 0 < r and 128 * r * n <= MAX_MEMORY and 0 < p <= MAX_P and salt and len(key) >= 16):
        return None
    return _Parsed(n, r, p, salt, key)


def is_password_hash(value: object) -> bool:
    """Whether a configured value is a well-formed stored hash (and so not a password written in plain text)."""
    return _parse(value) is not None


def verify_password(password: str, stored: str) -> bool:
    """Whether a password matches a stored hash; anything not a well-formed hash is refused, never compared."""
    parsed = _parse(stored)
    if parsed is None or not isinstance(password, str):
        return False
    try:
        key = hashlib.scrypt(password.encode("utf-8"), salt=parsed.salt, n=parsed.n, r=parsed.r, p=parsed.p,
                             dklen=len(parsed.key), maxmem=2 * MAX_MEMORY)
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(key, parsed.key)


@cache
def _decoy_hash() -> str:
    """A hash nobody knows the password of: checked for unknown names so that they take as long as known ones."""
    return hash_password(_random.token_urlsafe(16))


def parse_admin_list(value: str) -> dict[str, str]:
    """`PANTAU_ZI_ADMINS`: entries `username:hash` separated by commas or whitespace.

    A hash never holds a colon, a comma or whitespace, so the first colon of an entry ends the name.
    An entry without a colon is skipped (and logged, without its value).
    """
    admins: dict[str, str] = {}
    for entry in value.replace(",", " ").split():
        name, colon, stored = entry.partition(":")
        if colon and name:
            admins[name] = stored
        else:
            LOG.warning("%s: an entry without 'username:' was skipped", ADMINS_VARIABLE)
    return admins


def admins_from(secrets: Mapping, environ: Mapping) -> dict[str, str]:
    """The configured administrators, username -> stored hash.

    From the `[admins]` section of Streamlit's secrets (`username = "scrypt$..."`) and from the environment
    variable PANTAU_ZI_ADMINS (`username:scrypt$...`, comma-separated); the environment wins for a name in both.
    A value that is not a well-formed hash (a password written in plain text, say) is left out and logged
    by name, so it can never be compared against.
    """
    section = secrets.get("admins") if isinstance(secrets, Mapping) else None
    configured: dict[str, object] = {}
    if isinstance(section, Mapping):
        configured.update((str(name).strip(), stored) for name, stored in section.items())
    configured.update(parse_admin_list(str(environ.get(ADMINS_VARIABLE, ""))))
    admins = {}
    for name, stored in configured.items():
        if name and is_password_hash(stored):
            admins[name] = str(stored).strip()
        else:
            LOG.warning("administrator %r is not configured with a scrypt hash and is refused "
                        "(make one with: python -m pantau_zi.access hash)", name)
    return admins


def admin_emails_from(environ: Mapping) -> frozenset[str]:
    """PANTAU_ZI_ADMIN_EMAILS: the e-mail addresses (comma or space separated) whose OIDC login is an administrator."""
    value = str(environ.get(ADMIN_EMAILS_VARIABLE, ""))
    return frozenset(address.lower() for address in value.replace(",", " ").split())


def login_required(environ: Mapping) -> bool:
    """PANTAU_ZI_REQUIRE_LOGIN: whether viewing needs a login ("true", "1", "yes" or "ya"); off by default."""
    return str(environ.get(REQUIRE_LOGIN_VARIABLE, "")).strip().lower() in {"true", "1", "yes", "ya"}


# A client's failures make its next attempt wait up to 30 s; a user name's only up to 5 s, so that someone guessing
# the administrator's password from elsewhere slows the real administrator down a little, never locks them out.
CLIENT_CAP, USER_CAP = 30.0, 5.0
FORGET_AFTER = 900.0


def wait_after(key: str, failures: int) -> float:
    """The wait that `failures` failures in a row on a key impose: 0, 0, 1, 2, 4 ... up to the key's cap."""
    cap = USER_CAP if key.startswith("user:") else CLIENT_CAP
    return 0.0 if failures <= 1 else min(cap, 2.0 ** (failures - 2))


@dataclass
class _Record:
    failures: int = 0
    last_failure: float = 0.0


class Throttle:
    """Failed attempts per key kept in this process; the server keeps them in the store (pantau_zi/attempts.py).

    An attempt is counted as a failure when it starts (`reserve`) and forgotten on success, so two sessions
    trying at the same moment cannot both slip through one free slot. Failures are forgotten `forget_after`
    seconds after the last one. Thread-safe.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic, forget_after: float = FORGET_AFTER) -> None:
        self._clock = clock
        self._forget_after = forget_after
        self._records: dict[str, _Record] = {}
        self._lock = threading.Lock()

    def _wait(self, keys: tuple[str, ...], now: float) -> float:
        waits = [record.last_failure + wait_after(key, record.failures) - now for key in keys
                 if (record := self._records.get(key)) is not None and now - record.last_failure < self._forget_after]
        return max([0.0, *waits])

    def delay(self, *keys: str) -> float:
        """Seconds still to wait before an attempt on these keys may be checked (the longest of them)."""
        with self._lock:
            return self._wait(keys, self._clock())

    def reserve(self, *keys: str) -> float:
        """Start an attempt if none of its keys must wait (0, and the attempt counts as failed until `success`);
        else the seconds still to wait, nothing counted."""
        with self._lock:
            now = self._clock()
            wait = self._wait(keys, now)
            if wait > 0:
                return wait
            for key in keys:
                record = self._records.get(key)
                if record is None or now - record.last_failure >= self._forget_after:
                    record = self._records[key] = _Record()
                record.failures += 1
                record.last_failure = now
            return 0.0

    def success(self, *keys: str) -> None:
        """Forget the failures of these keys."""
        with self._lock:
            for key in keys:
                self._records.pop(key, None)


def throttle_keys(username: str, client: str | None) -> tuple[str, ...]:
    """The throttle keys of an attempt: its username, and its client address when known."""
    return (f"user:{username}",) + ((f"client:{client}",) if client else ())


def check_login(username: str, password: str, admins: Mapping[str, str], throttle: Throttle,
                client: str | None = None, sleep: Callable[[float], None] = time.sleep) -> bool:
    """Check one login attempt, slowed by the throttle; a failure is logged (name, client, time; no password).

    Any wait left from earlier failures is sat out first (another tab, another session); after a failure the
    new wait is sat out before answering. An unknown name costs the same scrypt check as a known one.
    """
    username = username.strip()
    keys = throttle_keys(username, client)
    while (wait := throttle.reserve(*keys)) > 0:
        sleep(wait)
    known = username in admins
    matches = verify_password(password, admins[username] if known else _decoy_hash())
    if known and matches:
        throttle.success(*keys)
        LOG.info("administrator %r logged in from %s", username, client or "an unknown client")
        return True
    wait = throttle.delay(*keys)
    LOG.warning("failed administrator login for %r from %s at %s (next attempt waits %.0f s)", username,
                client or "an unknown client", datetime.now(timezone.utc).isoformat(timespec="seconds"), wait)
    if wait > 0:
        sleep(wait)
    return False


def ask_and_hash() -> int:
    """Ask for a password twice and print its hash line, with where to put it; 0 on success, 1 otherwise."""
    password = getpass("Password / kata sandi: ")
    if not password:
        print("An empty password is not allowed. / Kata sandi tidak boleh kosong.", file=sys.stderr)
        return 1
    if getpass("Again / ulangi: ") != password:
        print("The two passwords differ. / Kedua kata sandi berbeda.", file=sys.stderr)
        return 1
    line = hash_password(password)
    print(line)
    print(f"Put it in .streamlit/secrets.toml under [admins] as  <username> = \"{line}\"\n"
          f"or in the environment as  {ADMINS_VARIABLE}='<username>:{line}'", file=sys.stderr)
    return 0


def main(argv: list[str]) -> int:
    """`python -m pantau_zi.access hash`, the same as `pantau-zi hash-password`."""
    if argv != ["hash"]:
        print("usage: python -m pantau_zi.access hash", file=sys.stderr)
        return 2
    return ask_and_hash()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
