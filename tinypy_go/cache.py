"""The user cache: content-addressed blobs under ``$TINYPY_CACHE`` or ~/.cache/tinypy-go.

Keys are hashes of everything that determines a result (sources, compiler
version, build config), so a stale entry is never reused; entries are
written atomically so concurrent builds cannot read half a file.

The cache holds data, never code, and survives corruption: every entry
starts with a magic string and the SHA-256 of its payload, checked on each
read (a truncated, flipped or foreign file is deleted and reads as a miss,
so the result is rebuilt), and pickled entries are read with
``SafeUnpickler``, which only constructs the compiler's own classes and a
few plain containers: an entry cannot name a function to call.

The cache keeps itself under a size cap (``TINYPY_CACHE_MAX``, bytes with an
optional unit such as ``500MB`` or ``2GiB``; default 1 GiB; ``0`` or ``off``:
no cap), the way ``go`` trims its build cache: a read refreshes an entry's
mtime (at most once an hour, so reads stay cheap), and after a build
``trim()`` deletes the least recently used entries until the cache fits in
90% of the cap.  The scan runs at most once every ``TRIM_INTERVAL`` seconds,
recorded in the ``trim.txt`` marker file, unless the build just stored
enough to pass the cap.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tinypy_go import __version__


def cache_dir() -> Path:
    env = os.environ.get("TINYPY_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "tinypy-go"


def cache_key(*parts: str | bytes | Iterable[str | bytes]) -> str:
    """A hex digest over ``parts`` (strings, bytes or iterables of them), salted
    with the compiler version so a new compiler never reuses old results."""
    h = hashlib.sha256()
    h.update(f"tinypy-go {__version__}\0".encode())

    def feed(x: str | bytes) -> None:
        b = x.encode() if isinstance(x, str) else x
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)

    for p in parts:
        if isinstance(p, str | bytes):
            feed(p)
        else:
            for q in p:
                feed(q)
    return h.hexdigest()


def file_hash(path: str | os.PathLike[str]) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _entry(kind: str, key: str) -> Path:
    return cache_dir() / kind / key[:2] / key


_MAGIC = b"tinypy-cache-1\n"
_HEADER = len(_MAGIC) + 32


def get(kind: str, key: str) -> bytes | None:
    """The cached blob of ``kind`` (e.g. ``"obj"``) for ``key``, or None (also when
    the entry is damaged: it is removed so that the next build stores it anew)."""
    path = _entry(kind, key)
    try:
        with open(path, "rb") as f:
            head = f.read(_HEADER)
            payload = f.read()  # read apart: slicing it off the header copied 20 MB a build
    except OSError:
        return None
    if head[:len(_MAGIC)] != _MAGIC or hashlib.sha256(payload).digest() != head[len(_MAGIC):]:
        try:
            path.unlink()
        except OSError:
            pass
        return None
    _mark_used(path)
    return payload


_TOUCH_AFTER = 3600.0  # seconds: an entry's mtime is refreshed on use at most this often


def _mark_used(path: Path) -> None:
    """Refresh the mtime of a used entry (the LRU order trim() reads), cheaply."""
    try:
        now = time.time()
        if now - path.stat().st_mtime > _TOUCH_AFTER:
            os.utime(path, (now, now))
    except OSError:
        pass


def put(kind: str, key: str, data: bytes, digest: bytes | None = None) -> Path:
    """Store ``data`` atomically with its checksum (``digest``: its SHA-256, when the
    caller has it already); returns its path. Cache write failures are not errors."""
    path = _entry(kind, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(_MAGIC)
            f.write(digest or hashlib.sha256(data).digest())
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        pass
    global _stored
    _stored += len(data) + _HEADER
    return path


# ---------------------------------------------------------------- size cap

DEFAULT_MAX = 1 << 30
TRIM_INTERVAL = 600.0  # seconds between two scans of the cache (the marker file's age)
_TRIM_MARKER = "trim.txt"
_stored = 0  # bytes put() wrote in this process since the last trim


def max_size() -> int | None:
    """The cap in bytes from ``TINYPY_CACHE_MAX`` (None: no cap). A malformed value
    keeps the default, so a typo cannot make a build fail or empty the cache."""
    raw = os.environ.get("TINYPY_CACHE_MAX", "").strip()
    if not raw:
        return DEFAULT_MAX
    if raw.lower() in ("off", "none", "0"):
        return None
    got = parse_bytes(raw)
    return DEFAULT_MAX if got is None else got


_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "kib": 1024, "m": 1000**2, "mb": 1000**2, "mib": 1024**2,
          "g": 1000**3, "gb": 1000**3, "gib": 1024**3}


def parse_bytes(text: str) -> int | None:
    """``4096``, ``64KiB``, ``500MB``, ``2g`` -> bytes (None if malformed)."""
    m = re.fullmatch(r"\s*(\d+)\s*([a-zA-Z]*)\s*", text)
    unit = _UNITS.get(m.group(2).lower()) if m else None
    return None if m is None or unit is None else int(m.group(1)) * unit


def entries() -> list[tuple[Path, int, float]]:
    """(path, size, mtime) of every entry of the cache."""
    out = []
    root = cache_dir()
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            if name == _TRIM_MARKER or name.startswith(".tmp-"):
                continue
            p = Path(dirpath) / name
            try:
                st = p.stat()
            except OSError:
                continue
            out.append((p, st.st_size, st.st_mtime))
    return out


def trim(force: bool = False) -> int:
    """Drop least-recently-used entries while the cache is over its cap; returns the
    bytes freed.  Runs only when forced, when this process stored more than a tenth of
    the cap, or when the last scan (the marker's mtime) is TRIM_INTERVAL old."""
    global _stored
    cap = max_size()
    if cap is None:
        return 0
    marker = cache_dir() / _TRIM_MARKER
    if not force and _stored <= cap // 10:
        try:
            if time.time() - marker.stat().st_mtime < TRIM_INTERVAL:
                return 0
        except OSError:
            pass  # no marker: never trimmed
    _stored = 0
    items = entries()
    total = sum(n for _, n, _ in items)
    freed = 0
    if total > cap:
        goal = cap * 9 // 10  # as go: trim below the cap so the next builds do not trim again at once
        for p, n, _ in sorted(items, key=lambda e: e[2]):
            if total - freed <= goal:
                break
            try:
                p.unlink()
                freed += n
            except OSError:
                pass
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(f"{time.time():.0f}\n")
    except OSError:
        pass
    return freed


def clean() -> int:
    """Remove the whole cache (``tinypy clean -cache``); returns the bytes removed."""
    import shutil

    root = cache_dir()
    freed = sum(n for _, n, _ in entries())
    if root.exists():
        for child in root.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                try:
                    child.unlink()
                except OSError:
                    pass
    return freed


# Globals outside the compiler that a cached object graph may name.
_SAFE_GLOBALS = frozenset({("fractions", "Fraction"), ("copyreg", "__newobj__"), ("copyreg", "_reconstructor"),
                           ("builtins", "object"), ("builtins", "set"), ("builtins", "frozenset"),
                           ("builtins", "complex"), ("builtins", "slice"),
                           ("collections", "OrderedDict"), ("collections", "defaultdict")})


class SafeUnpickler(pickle.Unpickler):
    """Unpickles only data: classes of the compiler (never its functions but the
    reconstructors a cache names in ``allowed``) and the globals of
    ``_SAFE_GLOBALS``, so a planted entry cannot run code."""

    def __init__(self, f, allowed: frozenset[tuple[str, str]] = frozenset()):
        super().__init__(f)
        self.allowed = allowed

    def find_class(self, module: str, name: str):
        got = _CLASSES.get((module, name))  # a package-cache entry's function bodies name the same ~15
        if got is not None:
            return got
        if (module, name) in self.allowed:
            return super().find_class(module, name)
        if (module, name) in _SAFE_GLOBALS:
            obj = _CLASSES[module, name] = super().find_class(module, name)
            return obj
        if module.startswith("tinypy_go.") and "." not in name:
            obj = super().find_class(module, name)
            if isinstance(obj, type):
                _CLASSES[module, name] = obj
                return obj
        raise pickle.UnpicklingError(f"unexpected global {module}.{name} in a cache entry")


_CLASSES: dict[tuple[str, str], Any] = {}  # what find_class allowed, whoever asks


def safe_loads(data: bytes):
    import io

    return SafeUnpickler(io.BytesIO(data)).load()
