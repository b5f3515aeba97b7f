"""Importer used by scripts/types_conformance.py: standard library packages
are type-checked from source by our own checker (errors in them ignored)."""

from __future__ import annotations

import json
import os
import subprocess

from tinypy_go.frontend.types.package import Package

_LIST_CACHE: dict[str, tuple[str, str, list[str]]] = {}
_PKG_CACHE: dict[str, Package] = {}


def _go_list(path: str):
    r = _LIST_CACHE.get(path)
    if r is None:
        env = {**os.environ, "CGO_ENABLED": "0", "GOOS": "linux", "GOARCH": "amd64", "GOFLAGS": "-mod=mod"}
        out = subprocess.run(["go", "list", "-json", path], capture_output=True, text=True, env=env)
        if out.returncode != 0:
            raise LookupError(f"cannot find package {path}")
        d = json.loads(out.stdout)
        r = (d.get("Name", ""), d["Dir"], d.get("GoFiles", []))
        _LIST_CACHE[path] = r
    return r


def make_importer(fset):
    def imp(path: str) -> Package:
        p = _PKG_CACHE.get(path)
        if p is not None:
            return p
        if os.environ.get("TYPES_CONFORMANCE_NO_IMPORTS"):
            raise LookupError(f"package {path} not available")
        name, d, gofiles = _go_list(path)
        from gobridge import parse_files

        from tinypy_go.errors import CompileError
        from tinypy_go.frontend.token import FileSet
        from tinypy_go.frontend.types import check_package
        from tinypy_go.frontend.types.sizes import Sizes

        pfset = FileSet()
        srcs = [(os.path.join(d, f), open(os.path.join(d, f), encoding="utf-8").read()) for f in gofiles]
        files = parse_files(pfset, srcs, [])
        pkg = Package(path, name)
        _PKG_CACHE[path] = pkg
        try:
            check_package(path, pfset, files, importer=imp, sizes=Sizes(8, 8), pkg=pkg)
        except CompileError:
            pass
        pkg.complete = True
        return pkg

    return imp
