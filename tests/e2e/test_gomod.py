"""Module dependencies, as ``go build`` resolves them, offline.

The module cache is made by the test from ``tests/testdata/gomod/deps`` (see
``tests/gomodenv.py``); every build runs with a GOPROXY that would fail if it
were used, so only tinypy's GOPROXY=off keeps the messages Go's.  Expected
program output (``expected.stderr``) comes from ``go run`` with the same cache;
expected errors come from the real ``go build``, run here.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import opt_levels, run_tinypy
from tests.gomodenv import GOMOD, base_env, go_binary, make_module_cache, module_env

APPS = ["require", "replace", "replacever", "vendor", "work/app", "loopvar121"]


@pytest.fixture(scope="module")
def modcache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_module_cache(tmp_path_factory.mktemp("gomod"))


def go_build_stderr(app: Path, env: dict[str, str]) -> tuple[int, str]:
    """What the real go command says when building ``app`` (GOPROXY=off, like tinypy)."""
    r = subprocess.run([str(go_binary()), "build", "-o", os.devnull, "."], cwd=app,
                       env={**os.environ, **env, "GOPROXY": "off"}, capture_output=True, text=True)
    return r.returncode, r.stderr


@pytest.mark.parametrize("name", APPS)
def test_module_program(name: str, modcache: Path, tmp_path: Path) -> None:
    app = GOMOD / name
    env = module_env(modcache)
    if name == "vendor":  # vendor/ alone must do: an empty module cache
        env = module_env(tmp_path / "empty-modcache")
    r = run_tinypy("run", f"-opt={opt_levels()[0]}", ".", cwd=app, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stderr == (app / "expected.stderr").read_text()


def test_go_line_too_new(modcache: Path) -> None:
    app = GOMOD / "toonew"
    code, want = go_build_stderr(app, base_env(modcache))
    r = run_tinypy("build", "-o", os.devnull, ".", cwd=app, env=module_env(modcache))
    assert (r.returncode, r.stderr) == (1, want)
    assert "go.mod requires go >= 1.99 (running go 1." in r.stderr


def test_network_module_fails_offline(modcache: Path) -> None:
    """A required module missing from the cache: go's GOPROXY=off message, no download."""
    app = GOMOD / "network"
    code, want = go_build_stderr(app, base_env(modcache))
    assert code == 1
    r = run_tinypy("build", "-o", os.devnull, ".", cwd=app, env=module_env(modcache))
    assert r.returncode == 1
    assert r.stderr == "main.go:3:8: module lookup disabled by GOPROXY=off\n"
    assert want.endswith(r.stderr)  # go build adds a "go: downloading" line before it


def _module(d: Path, gomod: str, main: str) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    (d / "go.mod").write_text(gomod)
    (d / "main.go").write_text(main)
    return d


def test_no_required_module(modcache: Path, tmp_path: Path) -> None:
    app = _module(tmp_path / "m", "module example.com/m\n\ngo 1.22\n",
                  'package main\n\nimport "example.com/nothere/sub"\n\nfunc main() { sub.F() }\n')
    code, want = go_build_stderr(app, base_env(modcache))
    r = run_tinypy("build", "-o", os.devnull, ".", cwd=app, env=module_env(modcache))
    assert (r.returncode, r.stderr) == (code, want) == (1, (
        "main.go:3:8: no required module provides package example.com/nothere/sub; to add it:\n"
        "\tgo get example.com/nothere/sub\n"))


def test_no_gomod(modcache: Path, tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text('package main\n\nimport "example.com/x"\n\nfunc main() { x.F() }\n')
    r = run_tinypy("build", "-o", os.devnull, "main.go", cwd=tmp_path, env=module_env(modcache))
    assert r.returncode == 1
    assert r.stderr == ("main.go:3:8: no required module provides package example.com/x: go.mod file not "
                        "found in current directory or any parent directory; see 'go help modules'\n")


def test_feature_newer_than_go_line(modcache: Path, tmp_path: Path) -> None:
    """cmd/compile's messages, without its ``# pkg`` header and ``./`` prefixes."""
    app = _module(tmp_path / "old", "module example.com/old\n\ngo 1.20\n",
                  "package main\n\nfunc main() {\n\tfor i := range 3 {\n\t\tprintln(i)\n\t}\n"
                  "\tprintln(min(1, 2))\n}\n")
    (app / "f.go").write_text("//go:build go1.21\n\npackage main\n\nfunc f() {\n\tfor range 3 {\n\t}\n}\n")
    code, want = go_build_stderr(app, base_env(modcache))
    want_lines = [ln.removeprefix("./") for ln in want.splitlines() if not ln.startswith("#")]
    r = run_tinypy("build", "-o", os.devnull, ".", cwd=app, env=module_env(modcache))
    assert (r.returncode, r.stderr.splitlines()) == (code, want_lines)
    assert "requires go1.22 or later (-lang was set to go1.20; check go.mod)" in r.stderr
