"""The package graph of a build: which packages, which files, in what order.

Resolution follows the go command in module mode:

* the main package comes from ``.go`` files (all in one directory), a
  directory (``.``, ``./cmd/x``) or an import path inside the main module;
* an import path under the main module's path (``go.mod``'s ``module``
  line) maps to a directory below the module root;
* a path whose first element has no dot is a standard package from
  ``GOROOT/src`` (std packages' ``golang.org/x/...`` imports resolve to
  ``GOROOT/src/vendor/...``), unless ``tinypy_go/runtime/<path>/`` holds
  ``.go`` files: that directory then *replaces* the GOROOT package (TinyGo's
  overrides of runtime, sync, ...);
* ``tinypy.dev/...`` paths are the packages shipped in ``tinypy_go/lib/``;
* anything else (required modules, replacements, vendor/, go.work modules)
  is resolved by the go command (``modload.go_list``), run at most once.

Each package records its language version (``go_version``): its module's
``go`` line, the toolchain's for files outside a module, "" (no limit) for
the standard library.

File selection is go/build's: no ``_test.go``, no names starting with
``_`` or ``.``, ``_GOOS``/``_GOARCH`` name suffixes and ``//go:build``
lines evaluated against the target's tags, cgo files excluded (CGO_ENABLED=0).
Packages come out in dependency order (every package after its imports).
The pseudo-package ``unsafe`` appears in ``imports`` but has no Package.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tinypy_go import buildcache, cache, modload
from tinypy_go import goroot as goroot_mod
from tinypy_go.errors import CompileError, Diagnostic
from tinypy_go.frontend.constraint import ConstraintError, header_constraint
from tinypy_go.frontend.token import Position
from tinypy_go.header import Header, HeaderError, ImportDecl, scan_header
from tinypy_go.target import KNOWN_ARCH, KNOWN_OS, UNIX_OS
from tinypy_go.unsupported import unsupported_message, unsupported_reason

RUNTIME_DIR = Path(__file__).resolve().parent / "runtime"
# Packages shipped with the compiler under an import path of their own
# (tinypy.dev/wasm/mem): found here before any module lookup, so they need no
# go.mod entry and no network.
LIB_DIR = Path(__file__).resolve().parent / "lib"
LIB_PREFIX = "tinypy.dev/"
COMMAND_LINE_PATH = "command-line-arguments"  # go's import path for a package given as files
# Packages in every build even when nothing imports them (the compiler calls into them);
# they come before every other package they do not depend on.
IMPLICIT_IMPORTS = ("runtime",)


class InputError(Exception):
    """A bad command-line input (missing file, mixed directories): exit status 2."""


@dataclass(slots=True)
class Package:
    path: str  # import path ("command-line-arguments" for files on the command line)
    name: str  # package clause name
    dir: Path
    files: list[Path]  # selected .go files, absolute, sorted by name
    imports: list[str]  # resolved import paths, sorted, unique (may include "unsafe")
    import_map: dict[str, str] = field(default_factory=dict)  # path as written -> resolved (vendor)
    import_positions: dict[str, list[Position]] = field(default_factory=dict)  # resolved path -> uses
    goroot: bool = False  # a standard package (from GOROOT or an override)
    override: bool = False  # from tinypy_go/runtime instead of GOROOT
    main: bool = False  # the package being built
    ignored_files: list[Path] = field(default_factory=list)  # excluded by name or constraint
    go_version: str = ""  # language version (-lang) of its files, e.g. "go1.21"; "" = no limit
    # selected file -> (text, SHA-256 of its bytes), as the loader read it (select_files)
    sources: dict[Path, tuple[str, str]] = field(default_factory=dict)

    def display_name(self, f: Path) -> str:
        return display_path(f)


@dataclass(slots=True)
class TestPackage:
    """A package of ``go test`` with its test files split as go does."""

    path: str
    name: str
    dir: Path
    test_files: list[Path]  # _test.go files of the package itself
    xtest_files: list[Path]  # _test.go files of package <name>_test
    package: Package | None = None  # the package with its internal test files
    xtest: Package | None = None  # the external test package "<path>_test"


@dataclass(slots=True)
class Program:
    packages: list[Package]  # dependency order: imports before importers; main last
    main: Package
    module_path: str | None = None
    module_dir: Path | None = None

    def package(self, path: str) -> Package:
        return self._by_path()[path]

    def _by_path(self) -> dict[str, Package]:
        return {p.path: p for p in self.packages}


def display_path(p: Path) -> str:
    """How diagnostics name a file: relative to the working directory when below it
    (Path.relative_to, by string: it is asked for every file of every build)."""
    s = str(p)
    cwd = os.getcwd()
    if s == cwd:
        return "."
    prefix = cwd if cwd.endswith("/") else cwd + "/"
    return s[len(prefix):] if s.startswith(prefix) else s


# ------------------------------------------------------------------ file selection


def good_os_arch_file(name: str, match: Callable[[str], bool]) -> bool:
    """go/build's goodOSArchFile: the ``_GOOS``/``_GOARCH`` suffix rule."""
    name = name.split(".", 1)[0]
    i = name.find("_")
    if i < 0:
        return True
    parts = name[i:].split("_")
    if parts and parts[-1] == "test":
        parts = parts[:-1]
    n = len(parts)
    if n >= 2 and parts[n - 2] in KNOWN_OS and parts[n - 1] in KNOWN_ARCH:
        return match(parts[n - 1]) and match(parts[n - 2])
    if n >= 1 and (parts[n - 1] in KNOWN_OS or parts[n - 1] in KNOWN_ARCH):
        return match(parts[n - 1])
    return True


def tag_matcher(tags: Iterable[str], goos: str) -> Callable[[str], bool]:
    """go/build's matchTag for our context: compiler "gc" (as TinyGo's go list),
    cgo disabled, ``unix`` only for Unix GOOS values."""
    tagset = frozenset(tags)

    def match(name: str) -> bool:
        if name == "cgo":
            return False
        if name == "gc":
            return True
        if name == "unix":
            return goos in UNIX_OS
        return name in tagset

    return match


@dataclass(slots=True)
class _Selected:
    files: list[tuple[Path, str, Header]]
    ignored: list[Path]
    errors: list[Diagnostic]
    sources: dict[Path, tuple[str, str]] = field(default_factory=dict)  # kept file -> (text, sha256)


SELECT_FORMAT = "select/1"


def select_files(
    dir: Path, names: Iterable[str], match: Callable[[str], bool], explicit: bool = False,
    tests: bool = False, match_id: str | None = None,
) -> _Selected:
    """Apply go/build's rules to ``names`` in ``dir``; read the headers of the kept files
    (``_test.go`` files too when ``tests``: ``go test`` builds them).

    Every file the rules read is read once, here: its text and SHA-256 go to the parse
    stage and the cache keys (``Package.sources``).  With ``match_id`` (what ``match``
    decides by: target and tags), the constraint and header verdicts come from the
    build cache, keyed by the files' digests, when this directory was selected before:
    scanning the headers of a fmt program's 350 standard files was most of loading it."""
    sel = _Selected([], [], [])
    read: list[tuple[Path, str, str]] = []
    for name in sorted(names):
        path = dir / name
        if not name.endswith(".go"):
            continue
        if not explicit and (name.startswith(("_", ".")) or not path.is_file()):
            continue
        if (name.endswith("_test.go") and not tests) or not good_os_arch_file(name, match):
            sel.ignored.append(path)
            continue
        try:
            data = path.read_bytes()
        except OSError as e:
            sel.errors.append(Diagnostic(Position(display_path(path), 0, 0), f"cannot read file: {e}"))
            continue
        read.append((path, *_text_and_digest(data)))
    key = None
    if match_id is not None and read and buildcache.enabled():
        key = cache.cache_key(SELECT_FORMAT, buildcache.compiler_hash(), match_id, str(dir),
                              [f"{p.name}\0{digest}" for p, _, digest in read])
        verdicts = _cached_verdicts(key, len(read))
        if verdicts is not None:
            for (path, text, digest), header in zip(read, verdicts, strict=True):
                if header is None:
                    sel.ignored.append(path)
                else:
                    sel.files.append((path, text, header))
                    sel.sources[path] = (text, digest)
            return sel
    n_errors = len(sel.errors)
    verdicts: list[Header | None] = []
    for path, text, digest in read:
        header = _scan(path, text, match, sel)
        verdicts.append(header)
        if header is None:
            continue
        sel.files.append((path, text, header))
        sel.sources[path] = (text, digest)
    if key is not None and len(sel.errors) == n_errors:
        cache.put("select", key, json.dumps([None if h is None else _header_json(h) for h in verdicts]).encode())
    return sel


def _scan(path: Path, text: str, match: Callable[[str], bool], sel: _Selected) -> Header | None:
    """The file's header if its constraint keeps it, else None (ignored, or an error in ``sel``)."""
    if "\r" in text:  # headers are scanned with newlines as Python's text mode reads them
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        expr = header_constraint(text)
    except ConstraintError as e:
        sel.errors.append(Diagnostic(Position(display_path(path), 1, 1), f"invalid //go:build line: {e}"))
        return None
    if expr is not None and not expr.eval(match):
        sel.ignored.append(path)
        return None
    try:
        header = scan_header(text)
    except HeaderError as e:
        sel.errors.append(Diagnostic(Position(display_path(path), e.line, e.column), e.message))
        return None
    if header.uses_cgo:  # CGO_ENABLED=0: go/build treats these like a failed constraint
        sel.ignored.append(path)
        return None
    return header


def _header_json(h: Header) -> list:
    return [h.package, h.line, h.column, [[i.path, i.line, i.column, i.name] for i in h.imports]]


def _cached_verdicts(key: str, n: int) -> list[Header | None] | None:
    """The verdicts stored under ``key`` (None per ignored file), or None when there are
    none or they do not have the expected shape (a damaged entry is a miss)."""
    data = cache.get("select", key)
    if data is None:
        return None
    try:
        raw = json.loads(data)
        if not isinstance(raw, list) or len(raw) != n:
            return None
        out: list[Header | None] = []
        for v in raw:
            if v is None:
                out.append(None)
                continue
            package, line, column, imports = v
            if not (isinstance(package, str) and type(line) is int and type(column) is int):
                return None
            decls = []
            for path, iline, icol, name in imports:
                if not (isinstance(path, str) and type(iline) is int and type(icol) is int
                        and (name is None or isinstance(name, str))):
                    return None
                decls.append(ImportDecl(path, iline, icol, name))
            out.append(Header(package, line, column, decls))
        return out
    except (ValueError, TypeError):
        return None


# ------------------------------------------------------------------ modules


def find_module(start: Path) -> tuple[str, Path] | None:
    """The (module path, root) of the go.mod at or above ``start``."""
    mf = modload.find_gomod(start)
    if mf is None or not mf.path:
        return None
    return mf.path, mf.dir


# ------------------------------------------------------------------ the loader


class Loader:
    """Resolves imports and loads packages; one instance per build."""

    def __init__(self, tags: Iterable[str], goos: str = "wasip1", runtime_dir: Path = RUNTIME_DIR,
                 implicit: tuple[str, ...] = IMPLICIT_IMPORTS, print_commands: bool = False):
        # module-level caches of one build's objects; a module not imported yet has none
        # (a build whose IR comes from the cache never imports the type checker)
        for module, reset in (("tinypy_go.frontend.types.instantiate", "reset_cache"),
                              ("tinypy_go.ir.build_defer", "reset_cache"),
                              ("tinypy_go.frontend.types.sizes", "reset_caches"),
                              ("tinypy_go.backend.gcroots", "reset_cache")):
            if module in sys.modules:
                getattr(sys.modules[module], reset)()
        self.match = tag_matcher(tags, goos)
        self.match_id = f"{goos}\0{' '.join(sorted(set(tags)))}"  # what match decides by
        self.implicit = implicit
        self.goroot_src = goroot_mod.goroot_src()
        self.runtime_dir = runtime_dir
        self.module: tuple[str, Path] | None = None
        self.modfile: modload.ModFile | None = None  # the main module's go.mod
        self.workfile: modload.ModFile | None = None  # the go.work in force
        self.tags = frozenset(tags)
        self.goos = goos
        self._list_patterns: list[str] = []  # what `go list` is asked about (the main package)
        self._list_test = False  # go test: ask go list about the test files' imports too
        self._listed: dict[str, modload.ListedPackage] | None = None
        self.go_list_runs = 0
        self.print_commands = print_commands  # -x: show the go list command
        self.packages: dict[str, Package] = {}
        self.errors: list[Diagnostic] = []
        self._unsupported_seen: set[tuple[str, str]] = set()

    # -- entry points

    def load(self, args: list[str]) -> Program:
        """Load the main package named by the command-line ``args`` and everything it imports."""
        return self._complete(self._load_main(args))

    def load_test_package(self, arg: str) -> TestPackage:
        """Load the package ``go test`` names by ``arg`` (directory, main-module or standard
        import path) with its test files: the ``_test.go`` files of the package join it,
        those of package ``<name>_test`` form the external test package ``<path>_test``.
        Both replace any other version of their path in this build (as go test's
        recompiled dependencies do)."""
        d, path, goroot = self._test_package_dir(arg)
        sel = select_files(d, _listdir(d), self.match, tests=True, match_id=self.match_id)
        if sel.errors:
            raise CompileError(sel.errors)
        plain = [f for f in sel.files if not f[0].name.endswith("_test.go")]
        tests = [f for f in sel.files if f[0].name.endswith("_test.go")]
        if plain:
            name = plain[0][2].package
        elif tests:
            name = tests[0][2].package.removesuffix("_test")
        else:
            msg = f"build constraints exclude all Go files in {d}" if sel.ignored else f"no Go files in {d}"
            raise CompileError([Diagnostic(Position(display_path(d), 0, 0), msg)])
        internal = [f for f in tests if f[2].package == name]
        external = [f for f in tests if f[2].package == name + "_test"]
        for f in tests:
            if f[2].package not in (name, name + "_test"):
                other = plain[0][0].name if plain else tests[0][0].name
                raise CompileError([Diagnostic(Position(display_path(f[0]), 0, 0),
                                               f"found packages {name} ({other}) and {f[2].package} "
                                               f"({f[0].name}) in {d}")])
        lang = "" if goroot else (self.modfile.lang if self.modfile else goroot_mod.toolchain_lang())
        tp = TestPackage(path, name, d, [f[0] for f in internal], [f[0] for f in external])
        if plain or internal:
            pkg = self._make_package(path, d, _Selected(plain + internal, sel.ignored, [], sel.sources), None, None,
                                     goroot=goroot)
            if pkg is None:
                raise CompileError(self.errors)
            pkg.go_version = lang
            self.packages[path] = tp.package = pkg
        if external:
            xpkg = self._make_package(path + "_test", d, _Selected(external, [], [], sel.sources), None, None,
                                      goroot=goroot)
            if xpkg is None:
                raise CompileError(self.errors)
            xpkg.go_version = lang
            self.packages[xpkg.path] = tp.xtest = xpkg
        return tp

    def load_test_main(self, testmain: Path, tp: TestPackage) -> Program:
        """The test program: ``testmain`` (generated by testmain.py) as package main, the
        package under test and its external test package as loaded by load_test_package."""
        sel = select_files(testmain.parent, [testmain.name], self.match, explicit=True, match_id=self.match_id)
        main = self._make_package(tp.path + ".test", testmain.parent, sel, None, None)
        if main is None:
            raise CompileError(self.errors)
        main.go_version = tp.package.go_version if tp.package else ""
        main.main = True
        self.packages[main.path] = main
        return self._complete(main)

    def _test_package_dir(self, arg: str) -> tuple[Path, str, bool]:
        """(directory, import path, is standard) of a ``go test`` package argument."""
        d = Path(arg)
        if arg.startswith((".", "/")) or d.is_absolute():
            if not d.is_dir():
                raise InputError(f"directory {arg} does not exist" if not d.exists() else f"{arg} is not a directory")
            d = d.resolve()
            self.module = find_module(d)
            path = self._dir_import_path(d)
            goroot = False
            if path == COMMAND_LINE_PATH and d.is_relative_to(self.goroot_src):
                path, goroot = d.relative_to(self.goroot_src).as_posix(), True
        else:
            self.module = find_module(Path.cwd())
            mod = self.module
            goroot = False
            if mod and (arg == mod[0] or arg.startswith(mod[0] + "/")):
                d = mod[1] / arg[len(mod[0]) + 1:] if arg != mod[0] else mod[1]
                if not d.is_dir():
                    raise InputError(f"package {arg} is not in the main module (no directory {d})")
            elif "." not in arg.split("/", 1)[0] and (self.goroot_src / arg).is_dir():
                d, goroot = self.goroot_src / arg, True  # test files live in GOROOT, not in overrides
                self.module = None
            else:
                raise InputError(f"cannot find package {arg!r}: not a directory, main-module or standard package")
            path = arg
        self._init_modules(d, path, [])
        self._list_test = True
        return d, path, goroot

    def _complete(self, main: Package) -> Program:
        """Load everything ``main`` imports; the program in dependency order."""
        order: list[Package] = []
        state: dict[str, int] = {}  # 1 = on the DFS stack, 2 = done
        stack: list[str] = []

        def visit(pkg: Package) -> None:
            state[pkg.path] = 1
            stack.append(pkg.path)
            for imp in pkg.imports:
                if imp == "unsafe":
                    continue
                pos = pkg.import_positions[imp][0]
                if self._reject_unsupported(imp, pos, stack):
                    continue
                if state.get(imp) == 1:
                    cycle = stack[stack.index(imp):] + [imp]
                    msg = "import cycle not allowed: " + " imports ".join(cycle)
                    self.errors.append(Diagnostic(pos, msg))
                    continue
                if state.get(imp) == 2:
                    continue
                dep = self._import(imp, pkg, pos)
                if dep is None:
                    state[imp] = 2
                    continue
                visit(dep)
            stack.pop()
            state[pkg.path] = 2
            order.append(pkg)

        for path in self.implicit:  # every program links these, imported or not
            if state.get(path) is None:
                dep = self._import(path, main, Position("", 0, 0))
                if dep is not None:
                    visit(dep)
        visit(main)
        if self.errors:
            raise CompileError(self.errors)
        mod = self.module
        return Program(order, main, mod[0] if mod else None, mod[1] if mod else None)

    def _load_main(self, args: list[str]) -> Package:
        if not args:
            args = ["."]
        if all(a.endswith(".go") for a in args):
            files = [Path(a) for a in args]
            for f in files:
                if not f.is_file():
                    raise InputError(f"stat {f}: no such file or directory" if not f.exists()
                                     else f"{f} is not a file")
                if f.name.endswith("_test.go"):
                    raise InputError(f"cannot build test file {f}")
            dirs = {f.resolve().parent for f in files}
            if len(dirs) > 1:
                raise InputError("named files must all be in one directory; have "
                                 + " and ".join(sorted(str(d) for d in dirs)))
            d = dirs.pop()
            self.module = find_module(d)
            path = COMMAND_LINE_PATH
            sel = select_files(d, [f.name for f in files], self.match, explicit=True, match_id=self.match_id)
        else:
            if len(args) > 1:
                raise InputError("build of several packages is not supported; name one package")
            arg = args[0]
            d = Path(arg)
            if d.is_dir():
                d = d.resolve()
                self.module = find_module(d)
                path = self._dir_import_path(d)
            else:
                if arg.startswith((".", "/")) or os.sep in arg and not self._module_for_cwd():
                    raise InputError(f"directory {arg} does not exist")
                self.module = find_module(Path.cwd())
                mod = self.module
                if mod and (arg == mod[0] or arg.startswith(mod[0] + "/")):
                    d = mod[1] / arg[len(mod[0]) + 1:]
                    if not d.is_dir():
                        raise InputError(f"package {arg} is not in the main module (no directory {d})")
                    path = arg
                else:
                    raise InputError(f"cannot find package {arg!r}: "
                                     "not a file, directory or main-module package")
            sel = select_files(d, _listdir(d), self.match, match_id=self.match_id)
        self._init_modules(d, path, [f.resolve() for f in files] if path == COMMAND_LINE_PATH and
                           all(a.endswith(".go") for a in args) else [])
        pkg = self._make_package(path, d, sel, None, None)
        if pkg is None:
            raise CompileError(self.errors)
        pkg.go_version = self.modfile.lang if self.modfile else goroot_mod.toolchain_lang()
        if pkg.name != "main":
            raise InputError(f"package {display_path(d) if path == COMMAND_LINE_PATH else path} "
                             f"is not a main package (package {pkg.name})")
        pkg.main = True
        self.packages[pkg.path] = pkg
        return pkg

    def _init_modules(self, d: Path, path: str, files: list[Path]) -> None:
        """Read the main module's go.mod and the go.work in force; refuse go lines newer
        than the toolchain (go's own check); remember what to ask ``go list`` about."""
        mod = self.module
        self.modfile = modload.find_gomod(mod[1]) if mod else None
        if self.modfile is not None:
            modload.check_toolchain(self.modfile)
        start = Path.cwd() if mod is None or Path.cwd().resolve().is_relative_to(mod[1]) else mod[1]
        self.workfile = modload.find_gowork(start) if mod else None
        if self.workfile is not None:
            modload.check_toolchain(self.workfile)
        self._list_patterns = [str(f) for f in files] if files else [path if path != COMMAND_LINE_PATH else str(d)]

    def _go_list(self) -> dict[str, modload.ListedPackage]:
        """The go command's view of the non-standard packages (one run per build)."""
        if self._listed is None:
            mod = self.module
            assert mod is not None
            cwd = Path.cwd()
            if not cwd.resolve().is_relative_to(mod[1]):
                cwd = mod[1]
            self.go_list_runs += 1
            try:
                self._listed = modload.go_list(self._list_patterns, self.tags, cwd, self.goos,
                                               echo=self.print_commands, test=self._list_test)
            except modload.GoCommandError:
                self._listed = {}
                raise
        return self._listed

    def _find_module_package(self, path: str, importer: Package, pos: Position) -> Package | None:
        """A package of a required module, a replacement, vendor/ or another go.work
        module, as the go command resolves it; go's message when it cannot."""
        if self.module is None:
            self.errors.append(Diagnostic(pos, f"no required module provides package {path}: go.mod file not "
                                               "found in current directory or any parent directory; "
                                               "see 'go help modules'"))
            return None
        lp = self._go_list().get(path)
        if lp is None:
            self.errors.append(Diagnostic(pos, f"no required module provides package {path}; to add it:"
                                               f"\n\tgo get {path}"))
            return None
        if lp.error is not None or lp.dir is None:
            at = pos
            if lp.error_pos is not None:
                at = Position(display_path(Path(lp.error_pos[0])), lp.error_pos[1], lp.error_pos[2])
            self.errors.append(Diagnostic(at, lp.error or f"cannot find package {path}"))
            return None
        sel = select_files(lp.dir, lp.go_files, self.match, explicit=True, match_id=self.match_id)
        pkg = self._make_package(path, lp.dir, sel, importer, pos)
        if pkg is not None:
            pkg.go_version = lp.lang
        return pkg

    def _in_main_module(self, path: str) -> Path | None:
        """The directory of main-module package ``path`` (None: not in the main module,
        e.g. below a nested go.mod, or no such directory: the go command decides)."""
        mod = self.module
        if not mod or not (path == mod[0] or path.startswith(mod[0] + "/")):
            return None
        d = mod[1] / path[len(mod[0]) + 1:] if path != mod[0] else mod[1]
        if not d.is_dir():
            return None
        for cand in (d, *d.parents):
            if cand == mod[1]:
                return d
            if (cand / "go.mod").is_file():
                return None  # a nested module
        return None

    def _reject_unsupported(self, imp: str, pos: Position, stack: list[str]) -> bool:
        """True when ``imp`` is a standard package this target cannot support
        (``unsupported.py``); the error goes to the user's import that leads to it
        (once per such import), the innermost non-standard package on ``stack``."""
        mod = self.module
        if mod and (imp == mod[0] or imp.startswith(mod[0] + "/")) or unsupported_reason(imp, self.goos) is None:
            return False
        i = len(stack) - 1
        while i >= 0 and self.packages[stack[i]].goroot:
            i -= 1
        chain = stack[i + 1:] + [imp]
        at = pos if i < 0 or i == len(stack) - 1 else self.packages[stack[i]].import_positions[chain[0]][0]
        key = (stack[i] if i >= 0 else "", chain[0])
        if key not in self._unsupported_seen:
            self._unsupported_seen.add(key)
            self.errors.append(Diagnostic(at, unsupported_message(chain)))
        return True

    def _module_for_cwd(self) -> bool:
        return find_module(Path.cwd()) is not None

    def _dir_import_path(self, d: Path) -> str:
        mod = self.module
        if mod:
            rel = d.relative_to(mod[1]) if d.is_relative_to(mod[1]) else None
            if rel is not None:
                return mod[0] if str(rel) == "." else f"{mod[0]}/{rel.as_posix()}"
        return COMMAND_LINE_PATH

    # -- imports

    def resolve(self, path: str, importer: Package) -> str:
        """The package path an import of ``path`` in ``importer`` refers to (vendoring)."""
        first = path.split("/", 1)[0]
        if importer.goroot and "." in first:
            return "vendor/" + path
        return path

    def _import(self, path: str, importer: Package, pos: Position) -> Package | None:
        if path in self.packages:
            return self.packages[path]
        pkg = self._find(path, importer, pos)
        if pkg is not None:
            self.packages[path] = pkg
        return pkg

    def _find(self, path: str, importer: Package, pos: Position) -> Package | None:
        if path == "C":
            self.errors.append(Diagnostic(pos, "cgo is not supported"))
            return None
        if not _internal_ok(path, importer.path):
            self.errors.append(Diagnostic(pos, f"use of internal package {path} not allowed"))
            return None
        goroot = override = False
        main_dir = self._in_main_module(path)
        if main_dir is not None:
            d = main_dir
        elif path.startswith(LIB_PREFIX) and (LIB_DIR / path).is_dir():
            d = LIB_DIR / path
        elif "." in path.split("/", 1)[0] or (
                not importer.goroot and self.module is not None and self._std_dir(path) is None):
            return self._find_module_package(path, importer, pos)
        else:
            goroot = True
            found = self._std_dir(path)
            if found is None:
                self.errors.append(Diagnostic(pos, f"package {path} is not in std ({self.goroot_src / path})"))
                return None
            d, override = found
        sel = select_files(d, _listdir(d), self.match, match_id=self.match_id)
        pkg = self._make_package(path, d, sel, importer, pos, goroot=goroot, override=override)
        if pkg is not None and not goroot and self.modfile is not None:
            pkg.go_version = self.modfile.lang
        return pkg

    def _std_dir(self, path: str) -> tuple[Path, bool] | None:
        """(directory, is an override) of standard package ``path``; None when there is none."""
        d = self.runtime_dir / path
        if d.is_dir() and any(n.endswith(".go") for n in _listdir(d)):
            return d, True
        d = self.goroot_src / path
        return (d, False) if d.is_dir() else None

    def _make_package(
        self, path: str, d: Path, sel: _Selected, importer: Package | None, pos: Position | None,
        goroot: bool = False, override: bool = False,
    ) -> Package | None:
        if sel.errors:
            self.errors.extend(sel.errors)
            return None
        if not sel.files:
            msg = f"build constraints exclude all Go files in {d}" if sel.ignored else f"no Go files in {d}"
            self.errors.append(Diagnostic(pos or Position(display_path(d), 0, 0), msg))
            return None
        names: dict[str, Path] = {}
        for f, _src, h in sel.files:
            names.setdefault(h.package, f)
        if len(names) > 1:
            (a, fa), (b, fb) = list(names.items())[:2]
            self.errors.append(Diagnostic(pos or Position(display_path(fb), 0, 0),
                                          f"found packages {a} ({fa.name}) and {b} ({fb.name}) in {d}"))
            return None
        pkg = Package(path, next(iter(names)), d, [f for f, _, _ in sel.files], [],
                      goroot=goroot, override=override, ignored_files=sel.ignored,
                      sources={f: sel.sources[f] for f, _, _ in sel.files if f in sel.sources})
        for f, _src, h in sel.files:
            fname = display_path(f)
            for imp in h.imports:
                resolved = self.resolve(imp.path, pkg)
                pkg.import_map.setdefault(imp.path, resolved)
                pkg.import_positions.setdefault(resolved, []).append(h.import_position(fname, imp))
        pkg.imports = sorted(pkg.import_positions)
        return pkg


def _internal_ok(path: str, importer: str) -> bool:
    """Go's rule: ``a/b/internal/c`` may only be imported from below ``a/b``."""
    parts = path.split("/")
    if "internal" not in parts:
        return True
    i = len(parts) - 1 - parts[::-1].index("internal")  # the last "internal" element
    parent = "/".join(parts[:i])
    if importer.endswith(".test") and path == "testing/internal/testdeps":
        return True  # a test main (testmain.py), as cmd/go allows it
    if importer == COMMAND_LINE_PATH:
        return False
    if importer.endswith("_test"):  # an external test package: its directory's rights
        importer = importer[:-len("_test")]
    if parent == "":
        # std internal: only std may import it (std paths have no dot in the first element)
        return "." not in importer.split("/", 1)[0] and importer != COMMAND_LINE_PATH
    if importer.startswith("vendor/") and not parent.startswith("vendor/"):
        importer = importer[len("vendor/"):]
    return importer == parent or importer.startswith(parent + "/")


def source(pkg: Package, path: Path) -> tuple[str, str]:
    """(text, SHA-256 hex of the bytes) of one of ``pkg``'s files: as the loader read it,
    else read now (packages made without select_files)."""
    got = pkg.sources.get(path)
    if got is None:
        got = pkg.sources[path] = _text_and_digest(path.read_bytes())
    return got


def _text_and_digest(data: bytes) -> tuple[str, str]:
    """A source file's text for the scanner and the SHA-256 hex of its bytes (cache keys).
    Invalid UTF-8 survives as surrogates: the scanner reports it at its position."""
    return data.decode("utf-8", "surrogateescape"), hashlib.sha256(data).hexdigest()


def _listdir(d: Path) -> list[str]:
    try:
        return os.listdir(d)
    except OSError:
        return []


def load(args: list[str], tags: Iterable[str], goos: str = "wasip1", print_commands: bool = False) -> Program:
    """Load the program named by ``args`` (files, a directory or a module package path)."""
    return Loader(tags, goos, print_commands=print_commands).load(args)
