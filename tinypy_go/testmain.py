"""The test main package of ``tinypy test``, generated as cmd/go generates it.

``discover`` finds the tests, benchmarks, fuzz targets, examples and TestMain
of a package's ``_test.go`` files with cmd/go's rules (load/test.go: names by
``isTest``, signatures by ``checkTestFunc``, examples and their ``// Output:``
comments by go/doc), and ``generate`` writes the same ``main`` as cmd/go's
``testmainTmpl``: a ``testing.MainStart`` call with the lists.  The test
dependencies come from ``testing/internal/testdeps``, which tinypy replaces
(``runtime/testing/internal/testdeps``) by a version without the fuzzing
coordinator, profiles and coverage that wasip1 cannot have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tinypy_go.errors import CompileError, Diagnostic
from tinypy_go.frontend import ast
from tinypy_go.frontend import parser as goparser
from tinypy_go.frontend.token import FileSet


@dataclass(slots=True)
class TestFunc:
    package: str  # "_test" or "_xtest": the name the test main imports it as
    name: str
    output: str = ""  # examples: the expected output
    unordered: bool = False


@dataclass(slots=True)
class TestFuncs:
    """What cmd/go's testFuncs holds: the lists of the test main."""

    tests: list[TestFunc] = field(default_factory=list)
    benchmarks: list[TestFunc] = field(default_factory=list)
    fuzz_targets: list[TestFunc] = field(default_factory=list)
    examples: list[TestFunc] = field(default_factory=list)
    test_main: TestFunc | None = None
    import_test: bool = False  # the package has test files of its own
    need_test: bool = False  # ... that define something the main refers to
    import_xtest: bool = False
    need_xtest: bool = False

    def empty(self) -> bool:
        return not (self.tests or self.benchmarks or self.fuzz_targets or self.examples or self.test_main)


_OUTPUT_PREFIX = re.compile(r"(?i)^[ \t\n\r\f\v]*(unordered )?output:")


def is_test(name: str, prefix: str) -> bool:
    """cmd/go's isTest: ``prefix`` alone, or followed by a non-lowercase rune."""
    if not name.startswith(prefix):
        return False
    if len(name) == len(prefix):
        return True
    return not name[len(prefix)].islower()


def _is_test_func(fn: ast.FuncDecl, arg: str) -> bool:
    """One parameter of type ``*X.arg`` (or ``*arg``), no results, as cmd/go's isTestFunc."""
    ft = fn.type
    if ft.results is not None and ft.results.list:
        return False
    params = ft.params.list
    if len(params) != 1 or len(params[0].names) > 1:
        return False
    t = params[0].type
    if not isinstance(t, ast.StarExpr):
        return False
    x = t.x
    if isinstance(x, ast.Ident):
        return x.name == arg
    return isinstance(x, ast.SelectorExpr) and x.sel.name == arg


def comment_text(group: ast.CommentGroup) -> str:
    """go/ast's CommentGroup.Text: markers removed, directives dropped, blank lines squeezed."""
    lines: list[str] = []
    for c in group.list:
        text = c.text
        if text.startswith("//"):
            text = text[2:]
            if re.match(r"(line |extern |export |[a-z0-9]+:[a-z0-9])", text):
                continue  # a directive
            if text.startswith(" "):
                text = text[1:]
        else:
            text = text[2:-2]
        lines.extend(text.split("\n"))
    lines = [ln.rstrip() for ln in lines]
    out: list[str] = []
    for ln in lines:
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n" if out else ""


def example_output(fn: ast.FuncDecl, comments: list[ast.CommentGroup]) -> tuple[str, bool, bool]:
    """go/doc's exampleOutput: (output, unordered, has an output comment)."""
    body = fn.body
    if body is None:
        return "", False, False
    last = None
    for cg in comments:
        if cg.pos < body.pos:
            continue
        end = cg.list[-1].pos + len(cg.list[-1].text)
        if end > body.rbrace + 1:
            break
        last = cg
    if last is None:
        return "", False, False
    text = comment_text(last)
    m = _OUTPUT_PREFIX.match(text)
    if m is None:
        return "", False, False
    text = text[m.end():].lstrip(" ")
    if text.startswith("\n"):
        text = text[1:]
    return text, m.group(1) is not None, True


def discover(test_files: list[Path], xtest_files: list[Path]) -> TestFuncs:
    """The test functions of a package's test files, with cmd/go's checks and messages."""
    funcs = TestFuncs()
    funcs.import_test = bool(test_files)
    funcs.import_xtest = bool(xtest_files)
    errors: list[Diagnostic] = []
    fset = FileSet()
    for files, pkg in ((test_files, "_test"), (xtest_files, "_xtest")):
        for path in files:
            f = goparser.parse_file(fset, _display(path), path.read_text(encoding="utf-8"))
            seen = _load_file(funcs, f, fset, pkg, errors)
            if seen and pkg == "_test":
                funcs.need_test = True
            elif seen:
                funcs.need_xtest = True
    if errors:
        raise CompileError(errors)
    return funcs


def _load_file(funcs: TestFuncs, f: ast.File, fset: FileSet, pkg: str, errors: list[Diagnostic]) -> bool:
    seen = False
    for d in f.decls:
        if not isinstance(d, ast.FuncDecl) or d.recv is not None:
            continue
        name = d.name.name
        kind = None
        if name == "TestMain":
            if _is_test_func(d, "T"):
                funcs.tests.append(TestFunc(pkg, name))
                seen = True
                continue
            if not _check(d, "M", fset, errors):
                continue
            if funcs.test_main is not None:
                errors.append(Diagnostic(fset.position(d.pos), "multiple definitions of TestMain"))
                continue
            funcs.test_main = TestFunc(pkg, name)
            seen = True
        elif is_test(name, "Test"):
            kind = ("T", funcs.tests)
        elif is_test(name, "Benchmark"):
            kind = ("B", funcs.benchmarks)
        elif is_test(name, "Fuzz"):
            kind = ("F", funcs.fuzz_targets)
        if kind is not None and _check(d, kind[0], fset, errors):
            kind[1].append(TestFunc(pkg, name))
            seen = True
    for d in f.decls:  # go/doc's Examples, in file order
        if not isinstance(d, ast.FuncDecl) or d.recv is not None or not is_test(d.name.name, "Example"):
            continue
        ft = d.type
        if ft.params.list or (ft.results is not None and ft.results.list) or ft.type_params is not None:
            continue
        output, unordered, ok = example_output(d, f.comments)
        if not ok:
            continue  # examples without an output comment are compiled, not run
        funcs.examples.append(TestFunc(pkg, d.name.name, output, unordered))
        seen = True
    return seen


def _check(fn: ast.FuncDecl, arg: str, fset: FileSet, errors: list[Diagnostic]) -> bool:
    """cmd/go's checkTestFunc, reporting ``wrong signature for X, must be: ...``."""
    why = ""
    if not _is_test_func(fn, arg):
        why = f"must be: func {fn.name.name}({arg.lower()} *testing.{arg})"
    if fn.type.type_params is not None and fn.type.type_params.list:
        why = "test functions cannot have type parameters"
    if why:
        errors.append(Diagnostic(fset.position(fn.pos), f"wrong signature for {fn.name.name}, {why}"))
        return False
    return True


def _display(p: Path) -> str:
    from tinypy_go.loader import display_path

    return display_path(p)


def _q(s: str) -> str:
    """A Go string literal (printf %q for the strings we quote)."""
    out = ['"']
    for ch in s:
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def generate(funcs: TestFuncs, import_path: str, module_path: str) -> str:
    """The test main's source: cmd/go's testmainTmpl without coverage."""
    imp_path = "" if import_path == "command-line-arguments" else import_path
    lines = ["// Code generated by 'tinypy test'. DO NOT EDIT.", "", "package main", "", "import (", '\t"os"']
    if funcs.test_main:
        lines.append('\t"reflect"')
    lines += ['\t"testing"', '\t"testing/internal/testdeps"']
    if funcs.import_test:
        lines.append(f"\t{'_test' if funcs.need_test else '_'} {_q(import_path)}")
    if funcs.import_xtest:
        lines.append(f"\t{'_xtest' if funcs.need_xtest else '_'} {_q(import_path + '_test')}")
    lines += [")", ""]
    for var, typ, items in (("tests", "InternalTest", funcs.tests), ("benchmarks", "InternalBenchmark",
                            funcs.benchmarks), ("fuzzTargets", "InternalFuzzTarget", funcs.fuzz_targets)):
        lines.append(f"var {var} = []testing.{typ}{{")
        lines += [f'\t{{"{t.name}", {t.package}.{t.name}}},' for t in items]
        lines += ["}", ""]
    lines.append("var examples = []testing.InternalExample{")
    lines += [f'\t{{"{e.name}", {e.package}.{e.name}, {_q(e.output)}, {"true" if e.unordered else "false"}}},'
              for e in funcs.examples]
    lines += ["}", "", "func init() {", f"\ttestdeps.ModulePath = {_q(module_path)}",
              f"\ttestdeps.ImportPath = {_q(imp_path)}", "}", "", "func main() {",
              "\tm := testing.MainStart(testdeps.TestDeps{}, tests, benchmarks, fuzzTargets, examples)"]
    if funcs.test_main:
        tm = funcs.test_main
        lines += [f"\t{tm.package}.{tm.name}(m)",
                  '\tos.Exit(int(reflect.ValueOf(m).Elem().FieldByName("exitCode").Int()))']
    else:
        lines.append("\tos.Exit(m.Run())")
    lines += ["}", ""]
    return "\n".join(lines)
