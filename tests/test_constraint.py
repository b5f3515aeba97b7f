import pytest

from tinypy_go.frontend.constraint import (
    ConstraintError,
    header_constraint,
    is_go_build,
    parse,
    parse_plus_build,
)


def ev(expr: str, *tags: str) -> bool:
    return parse(expr).eval(lambda t: t in tags)


@pytest.mark.parametrize(
    ("expr", "tags", "want"),
    [
        ("linux", ("linux",), True),
        ("linux", ("wasip1",), False),
        ("!linux", ("wasip1",), True),
        ("linux || wasip1", ("wasip1",), True),
        ("linux && wasip1", ("wasip1",), False),
        ("wasip1 && wasm", ("wasip1", "wasm"), True),
        ("!(linux || darwin) && wasm", ("wasm",), True),
        ("!(linux || darwin) && wasm", ("wasm", "darwin"), False),
        ("a || b && c", ("a",), True),  # && binds tighter
        ("(a || b) && c", ("a",), False),
        ("!a && !b", (), True),
        ("go1.21 && !purego", ("go1.21", "purego"), False),
        ("tinygo.wasm", ("tinygo.wasm",), True),
        ("gc.conservative || gc.leaking", ("gc.leaking",), True),
    ],
)
def test_eval(expr, tags, want):
    assert ev(expr, *tags) is want
    assert ev(f"//go:build {expr}", *tags) is want


@pytest.mark.parametrize("bad", ["", "a &&", "(a", "a)", "a b", "a & b", "!!a", "a ||| b", "a, b"])
def test_syntax_errors(bad):
    with pytest.raises(ConstraintError):
        parse(bad)


def test_printing_round_trips():
    for s in ["a && (b || c)", "!a || b && c", "!(a && b)"]:
        assert str(parse(s)) == s


def test_plus_build():
    e = parse_plus_build("// +build linux,386 darwin,!cgo")
    assert e.eval(lambda t: t in {"linux", "386"})
    assert e.eval(lambda t: t == "darwin")
    assert not e.eval(lambda t: t in {"darwin", "cgo"})


def test_is_go_build():
    assert is_go_build("//go:build x")
    assert not is_go_build("//go:builder x")
    assert not is_go_build("// go:build x")


def test_header_constraint():
    src = "// Copyright\n\n//go:build wasip1 && !tinygo\n\npackage x\n"
    e = header_constraint(src)
    assert e is not None and e.eval(lambda t: t == "wasip1")
    assert not e.eval(lambda t: t in {"wasip1", "tinygo"})


def test_header_ignores_after_package_and_in_block_comments():
    assert header_constraint("package x\n//go:build ignore\n") is None
    assert header_constraint("/*\n//go:build ignore\n*/\npackage x\n") is None


def test_plus_build_needs_blank_line():
    assert header_constraint("// +build ignore\npackage x\n") is None
    e = header_constraint("// +build ignore\n\npackage x\n")
    assert e is not None and not e.eval(lambda t: False)


def test_go_build_wins_over_plus_build():
    e = header_constraint("//go:build a\n// +build b\n\npackage x\n")
    assert e is not None and e.eval(lambda t: t == "a") and not e.eval(lambda t: t == "b")


def test_multiple_go_build_is_error():
    with pytest.raises(ConstraintError):
        header_constraint("//go:build a\n//go:build b\n\npackage x\n")
