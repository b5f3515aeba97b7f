"""The user cache: content-addressed blobs under ``$TINYPY_CACHE`` or ~/.cache/tinypy-go.

Keys are hashes of everything that determines a result (sources, compiler
version, build config), so a stale entry is never reused; entries are
written atomically so concurrent builds cannot read half a file.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

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


def get(kind: str, key: str) -> bytes | None:
    """The cached blob of ``kind`` (e.g. ``"obj"``) for ``key``, or None."""
    try:
        return _entry(kind, key).read_bytes()
    except OSError:
        return None


def put(kind: str, key: str, data: bytes) -> Path:
    """Store ``data`` atomically; returns its path. Cache write failures are not errors."""
    path = _entry(kind, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        pass
    return path
