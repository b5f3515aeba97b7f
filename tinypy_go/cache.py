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
"""

from __future__ import annotations

import hashlib
import os
import pickle
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


_MAGIC = b"tinypy-cache-1\n"
_HEADER = len(_MAGIC) + 32


def get(kind: str, key: str) -> bytes | None:
    """The cached blob of ``kind`` (e.g. ``"obj"``) for ``key``, or None (also when
    the entry is damaged: it is removed so that the next build stores it anew)."""
    path = _entry(kind, key)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    payload = data[_HEADER:]
    if data[:len(_MAGIC)] != _MAGIC or hashlib.sha256(payload).digest() != data[len(_MAGIC):_HEADER]:
        try:
            path.unlink()
        except OSError:
            pass
        return None
    return payload


def put(kind: str, key: str, data: bytes) -> Path:
    """Store ``data`` atomically with its checksum; returns its path. Cache write
    failures are not errors."""
    path = _entry(kind, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(_MAGIC)
            f.write(hashlib.sha256(data).digest())
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        pass
    return path


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
        if (module, name) in _SAFE_GLOBALS or (module, name) in self.allowed:
            return super().find_class(module, name)
        if module.startswith("tinypy_go.") and "." not in name:
            obj = super().find_class(module, name)
            if isinstance(obj, type):
                return obj
        raise pickle.UnpicklingError(f"unexpected global {module}.{name} in a cache entry")


def safe_loads(data: bytes):
    import io

    return SafeUnpickler(io.BytesIO(data)).load()
