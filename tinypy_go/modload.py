"""Modules: go.mod and go.work files, language versions, and dependency packages.

The go command is the oracle for modules, so we ask it, as TinyGo does:
packages outside the standard library and the main module (``require``d
modules from the module cache, ``replace`` targets, ``vendor/``, the other
modules of a ``go.work``) come from one ``go list -e -deps -json`` run for
the target (GOOS=wasip1 GOARCH=wasm CGO_ENABLED=0, our build tags).  The
build never touches the network: GOPROXY=off, GOTOOLCHAIN=local and
GOSUMDB=off are forced, so a module that is not already in the module
cache fails with the go command's own message.  ``go list`` only runs when a
build imports such a package: a single-file build or a module using only
its own packages and the standard library does not pay for it.

The ``go`` line of a module's go.mod is the language version (``-lang``) of
that module's files; a go line newer than the toolchain is the go command's
``go.mod requires go >= ...`` error.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tinypy_go import goroot as goroot_mod

DEFAULT_GO_VERSION = "1.16"  # cmd/go's gover.DefaultGoModVersion: a go.mod without a go line


class GoCommandError(Exception):
    """An error the go command prints without a source position (exit status 1)."""


@dataclass(slots=True)
class ModFile:
    """The facts we need from one go.mod or go.work file."""

    file: Path
    path: str  # module path ("" for go.work)
    go: str | None  # the go line, e.g. "1.21" or "1.22.3"; None when absent

    @property
    def dir(self) -> Path:
        return self.file.parent

    @property
    def lang(self) -> str:
        """The language version its files are compiled with (``go1.21``)."""
        m = re.match(r"(\d+)\.(\d+)", self.go or DEFAULT_GO_VERSION)
        return f"go{m.group(1)}.{m.group(2)}" if m else ""


def _words(line: str) -> list[str]:
    return line.split("//", 1)[0].split()


def read_modfile(file: Path) -> ModFile:
    """Parse the ``module`` and ``go`` lines (all we need; go itself checks the rest)."""
    path, go = "", None
    for line in file.read_text(encoding="utf-8", errors="replace").splitlines():
        words = _words(line)
        if len(words) >= 2 and words[0] == "module":
            path = words[1].strip('"`')
        elif len(words) == 2 and words[0] == "go":
            go = words[1]
    return ModFile(file, path, go)


def find_gomod(start: Path) -> ModFile | None:
    """The go.mod at or above ``start`` (None when there is none or GO111MODULE=off)."""
    if os.environ.get("GO111MODULE") == "off":
        return None
    d = start.resolve()
    for cand in (d, *d.parents):
        if (cand / "go.mod").is_file():
            return read_modfile(cand / "go.mod")
    return None


def find_gowork(start: Path) -> ModFile | None:
    """The go.work in force: ``$GOWORK`` (``off`` disables it), else the first at or above ``start``."""
    env = os.environ.get("GOWORK", "")
    if env == "off":
        return None
    if env:
        p = Path(env)
        return read_modfile(p) if p.is_file() else None
    d = start.resolve()
    for cand in (d, *d.parents):
        if (cand / "go.work").is_file():
            return read_modfile(cand / "go.work")
    return None


def _gover_key(v: str) -> tuple[int, ...]:
    """cmd/go's gover order: 1.21 < 1.21rc1 < 1.21.0 < 1.21.1."""
    m = re.fullmatch(r"(\d+)(?:\.(\d+))?(?:\.(\d+)|(rc|beta)(\d+))?", v)
    if m is None:
        return (0,)
    major, minor = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) is not None:
        return (major, minor, 2, int(m.group(3)))
    if m.group(4):
        return (major, minor, 1, int(m.group(5)))
    return (major, minor, 0, 0)


def check_toolchain(mod: ModFile) -> None:
    """Go's error for a go.mod/go.work whose go line is newer than the toolchain."""
    running = goroot_mod.go_version().removeprefix("go")
    if mod.go and running != "unknown" and _gover_key(mod.go) > _gover_key(running):
        raise GoCommandError(f"go: {mod.file.name} requires go >= {mod.go} "
                             f"(running go {running}; GOTOOLCHAIN=local)")


# ------------------------------------------------------------------ go list


@dataclass(slots=True)
class ListedPackage:
    """One non-standard package as ``go list`` reports it."""

    path: str
    dir: Path | None
    go_files: list[str]
    module_path: str
    module_dir: Path | None
    lang: str  # the module's language version (go1.N)
    error: str | None = None  # go list's Err text
    error_pos: tuple[str, int, int] | None = None  # absolute file, line, column
    imports: list[str] = field(default_factory=list)


# Tags go list derives itself (GOOS/GOARCH from the environment, go1.N and
# goexperiment.* from the toolchain) must not be passed with -tags.
def list_tags(tags: Iterable[str], goos: str, goarch: str) -> list[str]:
    return sorted(t for t in tags if t not in (goos, goarch) and not t.startswith(("go1.", "goexperiment.")))


def go_env(goos: str = "wasip1", goarch: str = "wasm") -> dict[str, str]:
    """The go command's environment for a build: the target, and no network ever."""
    env = dict(os.environ)
    env.update(GOOS=goos, GOARCH=goarch, CGO_ENABLED="0", GOPROXY="off", GOTOOLCHAIN="local",
               GOSUMDB="off", GOROOT=str(goroot_mod.goroot()))
    env.pop("GOEXPERIMENT", None)
    return env


def go_list(patterns: list[str], tags: Iterable[str], cwd: Path, goos: str = "wasip1",
            goarch: str = "wasm", echo: bool = False, test: bool = False) -> dict[str, ListedPackage]:
    """Run ``go list -e -deps -json`` on ``patterns``; the non-standard packages by import path.

    A failure of the go command itself (a bad go.mod, a dependency needing a newer
    go, inconsistent vendoring) is raised as GoCommandError with go's message."""
    go = goroot_mod.go_binary()
    if go is None:
        raise GoCommandError("go: the go command is missing from the GOROOT (needed for module dependencies)")
    fields = "ImportPath,Dir,GoFiles,Module,Standard,Error,Imports"
    cmd = [str(go), "list", "-e", "-deps", *(["-test"] if test else []), f"-json={fields}",
           "-tags", ",".join(list_tags(tags, goos, goarch)), "--", *patterns]
    if echo:  # -x
        print(f"cd {cwd}; GOOS={goos} GOARCH={goarch} CGO_ENABLED=0 GOPROXY=off GOTOOLCHAIN=local "
              + " ".join(cmd), file=sys.stderr)
    r = subprocess.run(cmd, cwd=cwd, env=go_env(goos, goarch), capture_output=True, text=True)
    if r.returncode != 0:
        msg = r.stderr.strip() or f"go list exited with status {r.returncode}"
        raise GoCommandError(msg)
    out: dict[str, ListedPackage] = {}
    dec = json.JSONDecoder()
    s, i = r.stdout, 0
    while True:
        while i < len(s) and s[i].isspace():
            i += 1
        if i >= len(s):
            break
        obj, i = dec.raw_decode(s, i)
        if obj.get("Standard"):
            continue
        if test:  # -test: "dep [pkg.test]" is dep recompiled for the test; pkg.test is the test main
            obj["ImportPath"] = obj["ImportPath"].split(" ", 1)[0]
            if obj["ImportPath"].endswith(".test") or obj["ImportPath"] in out:
                continue
        mod = obj.get("Module") or {}
        gover = mod.get("GoVersion") or DEFAULT_GO_VERSION
        lang = ModFile(Path(), "", gover).lang if mod else ""
        pkg = ListedPackage(
            obj["ImportPath"], Path(obj["Dir"]) if obj.get("Dir") else None, obj.get("GoFiles") or [],
            mod.get("Path", ""), Path(mod["Dir"]) if mod.get("Dir") else None, lang,
            imports=obj.get("Imports") or [])
        err = obj.get("Error")
        if err:
            pkg.error = err.get("Err", "")
            pkg.error_pos = _parse_pos(err.get("Pos", ""), cwd)
        out[pkg.path] = pkg
    return out


def _parse_pos(pos: str, cwd: Path) -> tuple[str, int, int] | None:
    """``main.go:4:2`` (relative to go's working directory) -> (absolute file, 4, 2)."""
    m = re.fullmatch(r"(.+?):(\d+)(?::(\d+))?", pos)
    if m is None:
        return None
    return str((cwd / m.group(1)).resolve()), int(m.group(2)), int(m.group(3) or 0)
