"""Packages as the checker sees them."""

from __future__ import annotations

from tinypy_go.frontend.types.scope import Scope


class Package:
    __slots__ = ("path", "name", "scope", "imports", "complete", "fake", "go_version", "files")

    def __init__(self, path: str, name: str, scope: Scope | None = None, imports: list[Package] | None = None):
        from tinypy_go.frontend.types.universe import UNIVERSE

        self.path = path
        self.name = name
        self.scope = scope if scope is not None else Scope(UNIVERSE, comment=f"package {path}")
        self.imports = imports if imports is not None else []
        self.complete = False
        self.fake = False
        self.go_version = ""
        self.files: list = []

    def __repr__(self) -> str:
        return f"package {self.name} ({self.path!r})"
