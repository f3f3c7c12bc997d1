"""Refuse an upload before parsing it: empty, too big, not what its name says, macros, or a zip bomb."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import PurePath

from pantau_zi import settings
from pantau_zi.loading import Problem

WORKBOOK_SUFFIXES = (".xlsx",)
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
MAX_MEMBERS = 2_000
# Real workbooks rarely compress beyond 100:1; a bomb of zeros reaches about 1000:1.
MAX_RATIO = 400
_RATIO_FLOOR = 10_000_000  # small archives may compress as well as they like
_CHUNK = 1 << 20
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
# Magic numbers of formats people rename to .csv by mistake.
_BINARY_MAGIC = (_ZIP, b"PK\x05\x06", _OLE2, b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"7z\xbc\xaf",
                 b"Rar!", b"BM", b"MZ", b"\x7fELF")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_MACRO_TYPES = (b"macroenabled", b"vbaproject")


def suffix(file_name: str) -> str:
    return PurePath(file_name.strip()).suffix.lower()


def refusal(file_name: str, content: bytes) -> Problem | None:
    """Why the file cannot be read at all, or None when it may be parsed."""
    reason, params = _refusal_reason(file_name, content)
    return None if reason is None else Problem(file_name, None, None, None, reason, params)


def _refusal_reason(file_name: str, content: bytes) -> tuple[str | None, dict]:
    kind = suffix(file_name)
    if not content:
        return "empty_file", {}
    max_bytes = settings.import_max_bytes()
    if len(content) > max_bytes:
        return "file_too_large", {"limit": _megabytes(max_bytes)}
    if kind in (".xlsm", ".xltm", ".xlsb"):
        return "macro_workbook", {}
    if kind == ".xls" or content.startswith(_OLE2):
        return "old_excel", {}  # also password-protected .xlsx, which Excel wraps in the old container
    if kind in WORKBOOK_SUFFIXES:
        return _workbook_refusal(content)
    if kind in TEXT_SUFFIXES:
        return _text_refusal(content)
    return "unsupported_type", {}


def _text_refusal(content: bytes) -> tuple[str | None, dict]:
    if content.startswith(_UTF16_BOMS):
        return None, {}  # UTF-16 text is full of NUL bytes by design
    if content.startswith(_BINARY_MAGIC):
        return "not_text", {}
    if b"\x00" in content:
        return ("utf16_without_bom" if _looks_like_utf16(content) else "not_text"), {}
    return None, {}


def _looks_like_utf16(content: bytes) -> bool:
    """Text saved as UTF-16 without its byte-order mark: every other byte is NUL, the others hardly ever."""
    sample = content[:4096]
    even, odd = sample[0::2], sample[1::2]
    return any(half.count(0) > 0.4 * len(half) and other.count(0) <= 0.05 * len(other)
               for half, other in ((even, odd), (odd, even)))


def _workbook_refusal(content: bytes) -> tuple[str | None, dict]:
    if not content.startswith(_ZIP):
        return "not_xlsx", {}
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return "not_xlsx", {}
    if len(members) > MAX_MEMBERS:
        return "archive_too_large", {"limit": _megabytes(settings.import_max_expanded_bytes())}
    names = {member.filename.lower() for member in members}
    if any(name.endswith("vbaproject.bin") for name in names):
        return "macro_workbook", {}
    if not {"[content_types].xml", "xl/workbook.xml"} <= names:
        return "not_xlsx", {}
    try:
        content_types = _expand_all(archive, members, len(content))
    except _TooLarge:
        return "archive_too_large", {"limit": _megabytes(settings.import_max_expanded_bytes())}
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
        return "not_xlsx", {}  # truncated, corrupt or encrypted members
    if any(marker in content_types.lower() for marker in _MACRO_TYPES):
        return "macro_workbook", {}
    return None, {}


class _TooLarge(Exception):
    pass


def _expand_all(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], packed: int) -> bytes:
    """Decompress every member with a running cap (header sizes can lie); return [Content_Types].xml."""
    limit, total, content_types = settings.import_max_expanded_bytes(), 0, b""
    for member in members:
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                total += len(chunk)
                if total > limit or (total > _RATIO_FLOOR and total > MAX_RATIO * packed):
                    raise _TooLarge
                if member.filename.lower() == "[content_types].xml":
                    content_types += chunk
    return content_types


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:g}"
