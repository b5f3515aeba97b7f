"""Shared helpers for checker tests: parse with the project parser, check."""

from __future__ import annotations

from tinypy_go.errors import CompileError, format_diagnostics
from tinypy_go.frontend.parser import parse_file
from tinypy_go.frontend.token import FileSet
from tinypy_go.frontend.types import Info, check_package
from tinypy_go.frontend.types.package import Package


def check(src: str, path: str = "main", importer=None, filename: str = "x.go") -> tuple[Package, Info, list]:
    fset = FileSet()
    f = parse_file(fset, filename, src)
    info = Info()
    pkg = check_package(path, fset, [f], importer, info=info)
    return pkg, info, [f]


def errors(src: str, importer=None) -> list[str]:
    fset = FileSet()
    f = parse_file(fset, "x.go", src)
    try:
        check_package("main", fset, [f], importer, info=Info())
    except CompileError as e:
        return format_diagnostics(e.diagnostics, 100)
    return []
