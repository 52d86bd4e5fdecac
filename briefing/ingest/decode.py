"""Bytes to text: size limit, binary detection, encodings."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import IngestError

DEFAULT_MAX_SIZE = 20 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
# Bytes that never occur in text: controls other than \t \n \r \f and ESC.
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than 10 % control bytes in the first 8 KB, mean binary."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    return len(_BINARY_BYTES.findall(head)) > len(head) * 0.10


def decode(data: bytes, path: str | None = None) -> Decoded:
    """Decode article bytes.

    A BOM decides (UTF-8, UTF-16, UTF-32); otherwise UTF-8, then a charset named
    in an HTML `<meta>`, then Windows-1252 with a warning (it never fails, so it
    must come last and be said).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(path, f"invalid {encoding} text ({exc.reason})") from None
    if looks_binary(data):
        raise IngestError(path, "binary file, not an article")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            if codecs.lookup(name).name != "utf-8":
                return Decoded(data.decode(name), name)
        except (LookupError, UnicodeDecodeError):
            pass
    text = data.decode("cp1252", errors="replace")
    # cp1252 leaves five bytes undefined; latin-1 reads them, and sanitize() drops them.
    if "\ufffd" in text:
        text = data.decode("latin-1")
    where = f"{path}: " if path else ""
    return Decoded(text, "cp1252", f"{where}not valid UTF-8; read as Windows-1252 (Latin-1)")
