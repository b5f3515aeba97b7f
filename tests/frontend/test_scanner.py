"""Scanner: literal forms, automatic semicolons, comments, positions, errors."""

from __future__ import annotations

import pytest

from tinypy_go.frontend.scanner import go_unicode, scan, scan_number
from tinypy_go.frontend.token import FileSet


def toks(src: str) -> list[tuple[str, str]]:
    t = scan(FileSet().add_file("x.go", src))
    return list(zip(t.kinds, t.lits, strict=True))


def kinds(src: str) -> list[str]:
    return [k for k, _ in toks(src)]


def errors(src: str) -> list[str]:
    fs = FileSet()
    t = scan(fs.add_file("x.go", src))
    return [f"{fs.position(p).line}:{fs.position(p).column}: {m}" for p, m in t.errors]


@pytest.mark.parametrize(
    "lit,kind",
    [
        ("0", "INT"), ("42", "INT"), ("1_000_000", "INT"), ("0x1F", "INT"), ("0X_1f", "INT"),
        ("0b1010", "INT"), ("0B_1", "INT"), ("0o17", "INT"), ("0O7_7", "INT"), ("0755", "INT"),
        ("1.5", "FLOAT"), ("1.", "FLOAT"), (".5", "FLOAT"), ("1e10", "FLOAT"), ("1E-3", "FLOAT"),
        ("6.02_214e+23", "FLOAT"), ("0x1p-2", "FLOAT"), ("0x1.8p3", "FLOAT"), ("0X.8P0", "FLOAT"),
        ("089.5", "FLOAT"), ("3i", "IMAG"), ("0i", "IMAG"), ("1.5e3i", "IMAG"), ("0x1p2i", "IMAG"),
        ("0123i", "IMAG"),
        ("'a'", "CHAR"), ("'\\n'", "CHAR"), ("'\\''", "CHAR"), ("'\\x41'", "CHAR"), ("'\\101'", "CHAR"),
        ("'\\u00e9'", "CHAR"), ("'\\U0001F600'", "CHAR"), ("'é'", "CHAR"), ("'\\\\'", "CHAR"),
        ('"abc"', "STRING"), ('""', "STRING"), ('"a\\tb\\"c\\\\"', "STRING"),
        ('"\\u00e9\\xff\\377"', "STRING"),
        ('"\\U0010FFFF"', "STRING"), ("`raw\\n`", "STRING"), ("`multi\nline`", "STRING"), ("``", "STRING"),
    ],
)
def test_literals(lit: str, kind: str) -> None:
    assert toks(lit)[0] == (kind, lit)
    assert errors(lit) == []


def test_operators_and_keywords() -> None:
    src = "a <<= b &^= c ... && || <- ++ -- == != <= >= := &^ ~ func chan map"
    assert kinds(src)[:-1] == [
        "NAME", "<<=", "NAME", "&^=", "NAME", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=",
        ":=", "&^", "~", "func", "chan", "map",
    ]


@pytest.mark.parametrize(
    "src,semi",
    [
        ("x\n", True), ("1\n", True), ("'a'\n", True), ('"s"\n', True), ("`r`\n", True), ("f()\n", True),
        ("a[1]\n", True), ("}\n", True), ("return\n", True), ("break\n", True), ("continue\n", True),
        ("fallthrough\n", True), ("x++\n", True), ("x--\n", True), ("x +\n", False), ("(\n", False),
        ("{\n", False), ("if\n", False), ("func\n", False), ("x,\n", False),
    ],
)
def test_semicolon_insertion(src: str, semi: bool) -> None:
    ks = toks(src)
    assert (("; ", "newline") in [(k + " ", lit) for k, lit in ks]) == semi


def test_semicolons_at_eof_and_comments() -> None:
    assert toks("x")[-2:] == [(";", "EOF"), ("EOF", "EOF")]
    assert toks("x;")[1] == (";", "semicolon")
    # a line comment ends with the newline, which becomes the semicolon
    assert kinds("x // c\ny") == ["NAME", ";", "NAME", ";", "EOF"]
    # a multi-line general comment acts like a newline ...
    assert kinds("x /* a\nb */ y") == ["NAME", ";", "NAME", ";", "EOF"]
    # ... a single-line one does not
    assert kinds("x /* a */ y") == ["NAME", "NAME", ";", "EOF"]


def test_comments_recorded() -> None:
    t = scan(FileSet().add_file("x.go", "// a\nx /* b */\n"))
    assert [(c[1], c[2]) for c in t.comments] == [("// a", 0), ("/* b */", 1)]


def test_positions_are_byte_columns() -> None:
    fs = FileSet()
    t = scan(fs.add_file("x.go", 'a := "héllo" + b\n\tc'))
    cols = [(fs.position(p).line, fs.position(p).column) for p in t.poss]
    # "héllo" is 7 characters but 8 bytes
    assert cols[:5] == [(1, 1), (1, 3), (1, 6), (1, 15), (1, 17)]
    assert cols[6] == (2, 2)


def test_line_starts_filled() -> None:
    f = FileSet().add_file("x.go", "a\nbb\n\nc")
    scan(f)
    assert f.line_starts == [0, 2, 5, 6]


def test_unicode_identifiers() -> None:
    assert toks("héllo 世界 _x1 abcé")[:4] == [("NAME", "héllo"), ("NAME", "世界"), ("NAME", "_x1"),
                                            ("NAME", "abcé")]
    assert errors("héllo 世界") == []


@pytest.mark.parametrize(
    "src,msg",
    [
        ("#", "1:1: invalid character U+0023 '#'"),
        ("a @ b", "1:3: invalid character U+0040 '@'"),
        ('"abc', "1:1: string not terminated"),
        ('"abc\nx', "1:5: newline in string"),
        ("`abc", "1:1: string not terminated"),
        ("/* abc", "1:1: comment not terminated"),
        ("'ab'", "1:1: more than one character in rune literal"),
        ("''", "1:2: empty rune literal or unescaped '"),
        ("'a", "1:1: rune literal not terminated"),
        ("'a\n", "1:3: newline in rune literal"),
        ('"\\q"', "1:3: unknown escape"),
        ("'\\\"'", "1:3: unknown escape"),
        ('"\\x4g"', "1:5: invalid character 'g' in hexadecimal escape"),
        ('"\\400"', "1:6: octal escape value 256 > 255"),
        ('"\\uD800"', "1:8: escape is invalid Unicode code point U+D800"),
        ('"\\U00110000"', "1:12: escape is invalid Unicode code point U+110000"),
        ("08", "1:2: invalid digit '8' in octal literal"),
        ("0b102", "1:5: invalid digit '2' in binary literal"),
        ("0o8", "1:3: invalid digit '8' in octal literal"),
        ("1__0", "1:3: '_' must separate successive digits"),
        ("1_", "1:2: '_' must separate successive digits"),
        ("0x_", "1:4: hexadecimal literal has no digits"),
        ("0x", "1:3: hexadecimal literal has no digits"),
        ("0b", "1:3: binary literal has no digits"),
        ("1e", "1:3: exponent has no digits"),
        ("1e+", "1:4: exponent has no digits"),
        ("0x1.5", "1:6: hexadecimal mantissa requires a 'p' exponent"),
        ("0b1.0", "1:4: invalid radix point in binary literal"),
        ("0x1e3p", "1:7: exponent has no digits"),
        ("1p4", "1:2: 'p' exponent requires hexadecimal mantissa"),
        ("0o1e4", "1:4: 'e' exponent requires decimal mantissa"),
        ("a\x00b", "1:2: invalid NUL character"),
        ("x€", "1:2: invalid character U+20AC '€' in identifier"),
        ("١x", "1:1: identifier cannot begin with digit U+0661 '١'"),
    ],
)
def test_scanner_errors(src: str, msg: str) -> None:
    assert errors(src)[0] == msg


def test_scan_number_kinds() -> None:
    assert scan_number("0x1p-2") == ("FLOAT", [])
    assert scan_number("1_0i") == ("IMAG", [])
    assert scan_number("0b12")[1] == [(3, "invalid digit '2' in binary literal")]


def test_go_unicode_format() -> None:
    assert go_unicode("#") == "U+0023 '#'"
    assert go_unicode(0x7F) == "U+007F"


def test_imports_only_stops_early() -> None:
    t = scan(FileSet().add_file("x.go", 'package p\nimport "a"\nfunc f() { "unterminated }\n'),
             stop_after_imports=True)
    assert t.kinds[-2:] == ["func", "EOF"]
    assert t.errors == []
