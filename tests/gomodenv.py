"""A Go module cache made offline for tests, laid out exactly as the go command lays it out.

``tests/testdata/gomod/deps/<name>@<version>/`` hold module sources.  ``make_proxy``
writes them as a GOPROXY directory (``<module>/@v/list``, ``.info``, ``.mod``,
``.zip``), and ``make_module_cache`` lets the real ``go mod download`` fill a fresh
GOMODCACHE from it over ``file://`` -- no network.  Builds then run with
``module_env`` (GOPROXY=off), so they can only use what is in the cache.
"""

from __future__ import annotations

import json
import os
import subprocess
import zipfile
from pathlib import Path

from tests.conftest import TESTDATA

GOMOD = TESTDATA / "gomod"
DEPS = GOMOD / "deps"


def go_binary() -> Path:
    from tinypy_go import goroot

    go = goroot.go_binary()
    assert go is not None, "the go command of the GOROOT is needed for module tests"
    return go


def module_path(src: Path) -> str:
    for line in (src / "go.mod").read_text().splitlines():
        if line.startswith("module "):
            return line.split()[1]
    raise ValueError(f"{src}/go.mod has no module line")


def make_proxy(proxy: Path, deps: Path = DEPS) -> list[str]:
    """Write every ``deps/<name>@<version>`` as a GOPROXY directory; returns ``module@version``s."""
    mods = []
    for src in sorted(p for p in deps.iterdir() if p.is_dir()):
        version = src.name.split("@", 1)[1]
        mod = module_path(src)
        d = proxy / mod / "@v"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"{version}.mod").write_bytes((src / "go.mod").read_bytes())
        (d / f"{version}.info").write_text(json.dumps({"Version": version, "Time": "2024-01-01T00:00:00Z"}))
        with zipfile.ZipFile(d / f"{version}.zip", "w") as z:
            for f in sorted(src.rglob("*")):
                if f.is_file():
                    z.write(f, f"{mod}@{version}/{f.relative_to(src).as_posix()}")
        with open(d / "list", "a") as f:
            f.write(version + "\n")
        mods.append(f"{mod}@{version}")
    return mods


def base_env(modcache: Path) -> dict[str, str]:
    """The environment every module test runs the go command and tinypy in."""
    return {"GOMODCACHE": str(modcache), "GOFLAGS": "-modcacherw", "GOSUMDB": "off",
            "GOTOOLCHAIN": "local", "GOWORK": "", "GONOSUMDB": "", "GOPRIVATE": "",
            "GOPATH": str(modcache.parent / "gopath"), "HOME": os.environ.get("HOME", "/tmp")}


def make_module_cache(root: Path) -> Path:
    """A GOMODCACHE below ``root`` holding every module of ``deps/`` (via ``go mod download``)."""
    proxy, cache = root / "proxy", root / "modcache"
    mods = make_proxy(proxy)
    env = {**os.environ, **base_env(cache), "GOPROXY": proxy.as_uri()}
    r = subprocess.run([str(go_binary()), "mod", "download", *mods], cwd=root, env=env,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return cache


def module_env(modcache: Path) -> dict[str, str]:
    """Build with only the cache: a GOPROXY that would fail loudly if tinypy did not turn it off."""
    return {**base_env(modcache), "GOPROXY": "http://127.0.0.1:9/unreachable"}
