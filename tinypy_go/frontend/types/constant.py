"""Exact constant values with go/constant semantics.

Representation (what Info.types[...].value holds):
  bool -> bool, string -> str, integer -> int, float -> fractions.Fraction,
  complex -> Complex(re, im) with Fraction parts, unknown -> None.
Typed float constants are already rounded to their type's precision.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from fractions import Fraction

Value = object  # bool | str | int | Fraction | Complex | None

UNKNOWN, BOOL, STRING, INT, FLOAT, COMPLEX = range(6)


@dataclass(slots=True, frozen=True)
class Complex:
    re: Fraction
    im: Fraction

    def __str__(self) -> str:
        return f"({to_string(self.re)} + {to_string(self.im)}i)"


def kind(v: Value) -> int:
    t = type(v)
    if t is int:
        return INT
    if t is bool:
        return BOOL
    if t is str:
        return STRING
    if t is Fraction:
        return FLOAT
    if t is Complex:
        return COMPLEX
    return UNKNOWN


# ---------------------------------------------------------------- literals

_ESC = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\",
        "'": "'", '"': '"'}


def _unquote_body(s: str, quote: str) -> str | None:
    """Interpret Go escapes; returns a str of code points where \\x and octal
    escapes (bytes) are represented as surrogate-escaped chars (U+DC80..)."""
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            return None
        c = s[i]
        if c in _ESC:
            if (c == "'" and quote != "'") or (c == '"' and quote != '"'):
                return None
            out.append(_ESC[c])
            i += 1
        elif c == "x":
            h = s[i + 1:i + 3]
            if len(h) != 2:
                return None
            out.append(_byte_char(int(h, 16)))
            i += 3
        elif c in "01234567":
            o = s[i:i + 3]
            if len(o) != 3:
                return None
            v = int(o, 8)
            if v > 255:
                return None
            out.append(_byte_char(v))
            i += 3
        elif c in "uU":
            k = 4 if c == "u" else 8
            h = s[i + 1:i + 1 + k]
            if len(h) != k:
                return None
            v = int(h, 16)
            if v > 0x10FFFF or 0xD800 <= v < 0xE000:
                return None
            out.append(chr(v))
            i += 1 + k
        else:
            return None
    return "".join(out)


def _byte_char(b: int) -> str:
    return chr(b) if b < 0x80 else chr(0xDC00 + b)


def go_bytes(s: str) -> bytes:
    """UTF-8 bytes of a Go string constant (raw bytes kept as escapes)."""
    return s.encode("utf-8", "surrogateescape")


def from_go_bytes(b: bytes) -> str:
    return b.decode("utf-8", "surrogateescape")


def string_len(s: str) -> int:
    return len(s) if s.isascii() else len(go_bytes(s))


def make_from_literal(kind_: str, lit: str) -> Value:
    """Value of a BasicLit; None if malformed."""
    try:
        if kind_ == "INT":
            return _int_lit(lit)
        if kind_ == "FLOAT":
            return _float_lit(lit)
        if kind_ == "IMAG":
            body = lit[:-1]
            v = _int_lit(body) if _looks_int(body) else _float_lit(body)
            if v is None:
                return None
            return Complex(Fraction(0), Fraction(v))
        if kind_ == "CHAR":
            if len(lit) < 3 or lit[0] != "'" or lit[-1] != "'":
                return None
            body = _unquote_body(lit[1:-1], "'")
            if body is None or len(body) != 1:
                return None
            c = ord(body)
            return c - 0xDC00 if 0xDC80 <= c <= 0xDCFF else c
        if kind_ == "STRING":
            if lit[0] == "`":
                return lit[1:-1].replace("\r", "")
            return _unquote_body(lit[1:-1], '"')
    except ValueError:
        return None
    return None


def _looks_int(s: str) -> bool:
    s2 = s.replace("_", "").lower()
    if s2.startswith("0x"):
        return "p" not in s2 and "." not in s2
    return not any(c in s2 for c in ".e")


def _int_lit(lit: str) -> int | None:
    s = lit.replace("_", "")
    sl = s.lower()
    if sl.startswith(("0x", "0b", "0o")):
        return int(s, 0)
    if len(s) > 1 and s[0] == "0":
        return int(s, 8)
    return int(s, 10)


def _float_lit(lit: str) -> Fraction | None:
    s = lit.replace("_", "").lower()
    if s.startswith("0x"):
        mant, _, exp = s[2:].partition("p")
        ip, _, fp = mant.partition(".")
        digits = ip + fp
        m = int(digits or "0", 16)
        e = int(exp or "0") - 4 * len(fp)
        if abs(e) > 400000 and m != 0:
            return None
        return Fraction(m) * (Fraction(2) ** e)
    mant, _, exp = s.partition("e")
    ip, _, fp = mant.partition(".")
    m = int((ip + fp) or "0")
    e = int(exp or "0") - len(fp)
    if abs(e) > 100000 and m != 0:
        return None  # beyond what exact arithmetic can handle in reasonable time
    if e >= 0:
        return Fraction(m * 10**e)
    return Fraction(m, 10**-e)


# ---------------------------------------------------------------- conversions


def to_int(v: Value) -> Value:
    """Int value if v is exactly integral, else None (Unknown)."""
    t = type(v)
    if t is int:
        return v
    if t is Fraction:
        return v.numerator if v.denominator == 1 else None
    if t is Complex:
        if v.im == 0 and v.re.denominator == 1:
            return v.re.numerator
    return None


def to_float(v: Value) -> Value:
    t = type(v)
    if t is int:
        return Fraction(v)
    if t is Fraction:
        return v
    if t is Complex and v.im == 0:
        return v.re
    return None


def to_complex(v: Value) -> Value:
    t = type(v)
    if t is int or t is Fraction:
        return Complex(Fraction(v), Fraction(0))
    if t is Complex:
        return v
    return None


def real(v: Value) -> Value:
    if type(v) is Complex:
        return v.re
    return to_float(v)


def imag(v: Value) -> Value:
    if type(v) is Complex:
        return v.im
    return Fraction(0) if type(v) in (int, Fraction) else None


def sign(v: Value) -> int:
    t = type(v)
    if t is int or t is Fraction:
        return (v > 0) - (v < 0)
    if t is Complex:
        return 0 if v.re == 0 and v.im == 0 else 1
    return 1


def bit_len(v: int) -> int:
    return abs(v).bit_length()


# ---------------------------------------------------------------- rounding


def round_float64(v: Fraction) -> Fraction | None:
    try:
        f = v.numerator / v.denominator
    except OverflowError:
        return None
    if math.isinf(f):
        return None
    return Fraction(f)


def round_float32(v: Fraction) -> Fraction | None:
    try:
        f = v.numerator / v.denominator
        f32 = struct.unpack("f", struct.pack("f", f))[0]
    except OverflowError:
        return None
    if math.isinf(f32):
        return None
    return Fraction(f32)


def float64_val(v: Value) -> float:
    f = to_float(v)
    if f is None:
        return math.nan
    try:
        return f.numerator / f.denominator
    except OverflowError:
        return math.inf if f > 0 else -math.inf


# ---------------------------------------------------------------- operations


def _match(x: Value, y: Value) -> tuple[Value, Value]:
    kx, ky = kind(x), kind(y)
    if kx == ky:
        return x, y
    k = max(kx, ky)
    if k == FLOAT:
        return to_float(x), to_float(y)
    if k == COMPLEX:
        return to_complex(x), to_complex(y)
    return x, y


def unary_op(op: str, v: Value, prec: int = 0) -> Value:
    """prec > 0: bit width of an unsigned type (for ^x)."""
    if v is None:
        return None
    t = type(v)
    if op == "+":
        return v
    if op == "-":
        if t is Complex:
            return Complex(-v.re, -v.im)
        return -v
    if op == "^":
        r = ~v
        if prec > 0:
            r &= (1 << prec) - 1
        return r
    if op == "!":
        return not v
    raise ValueError(op)


def binary_op(x: Value, op: str, y: Value) -> Value:
    """x op y; op "//" is Go integer division (truncating)."""
    if x is None or y is None:
        return None
    x, y = _match(x, y)
    t = type(x)
    if t is int:
        if op == "+":
            return x + y
        if op == "-":
            return x - y
        if op == "*":
            return x * y
        if op == "/":
            return Fraction(x, y)
        if op == "//":
            q = abs(x) // abs(y)
            return q if (x >= 0) == (y >= 0) else -q
        if op == "%":
            r = abs(x) % abs(y)
            return r if x >= 0 else -r
        if op == "&":
            return x & y
        if op == "|":
            return x | y
        if op == "^":
            return x ^ y
        if op == "&^":
            return x & ~y
    elif t is Fraction:
        if op == "+":
            return x + y
        if op == "-":
            return x - y
        if op == "*":
            return x * y
        if op in ("/", "//"):
            return x / y
    elif t is Complex:
        a, b, c, d = x.re, x.im, y.re, y.im
        if op == "+":
            return Complex(a + c, b + d)
        if op == "-":
            return Complex(a - c, b - d)
        if op == "*":
            return Complex(a * c - b * d, b * c + a * d)
        if op in ("/", "//"):
            s = c * c + d * d
            return Complex((a * c + b * d) / s, (b * c - a * d) / s)
    elif t is str:
        if op == "+":
            return x + y
    elif t is bool:
        if op == "&&":
            return x and y
        if op == "||":
            return x or y
    raise ValueError(f"invalid constant operation {op}")


def shift(x: Value, op: str, s: int) -> Value:
    if x is None:
        return None
    x = to_int(x)
    if x is None:
        return None
    return x << s if op == "<<" else x >> s


def compare(x: Value, op: str, y: Value) -> bool:
    x, y = _match(x, y)
    if op == "==":
        return x == y
    if op == "!=":
        return x != y
    if op == "<":
        return x < y
    if op == "<=":
        return x <= y
    if op == ">":
        return x > y
    if op == ">=":
        return x >= y
    raise ValueError(op)


# ---------------------------------------------------------------- printing


def _quote(s: str) -> str:
    out = ['"']
    for ch in s:
        c = ord(ch)
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif 0xDC80 <= c <= 0xDCFF:
            out.append(f"\\x{c - 0xDC00:02x}")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\a":
            out.append("\\a")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\f":
            out.append("\\f")
        elif ch == "\v":
            out.append("\\v")
        elif c < 0x20 or c == 0x7F:
            out.append(f"\\x{c:02x}")
        elif not ch.isprintable() and c > 0x7F:
            out.append(f"\\u{c:04x}" if c < 0x10000 else f"\\U{c:08x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_string(f: Fraction) -> str:
    try:
        x = f.numerator / f.denominator
    except OverflowError:
        x = math.inf
    if not math.isinf(x) and (f == 0) == (x == 0):
        s = "%.6g" % x
        if f.denominator != 1 and "." not in s and "e" not in s:
            s = "%r" % x
        return s
    # outside float64 range: mantissa and decimal exponent
    neg = f < 0
    a = abs(f)
    e = int(math.floor(math.log10(a.numerator) - math.log10(a.denominator)))
    m = a / (Fraction(10) ** e)
    while m >= 10:
        m /= 10
        e += 1
    while m < 1:
        m *= 10
        e -= 1
    ms = "%.6g" % float(m)
    return f"{'-' if neg else ''}{ms}e{'+' if e >= 0 else '-'}{abs(e):02d}"


def to_string(v: Value) -> str:
    """Short form, like constant.Value.String()."""
    t = type(v)
    if t is bool:
        return "true" if v else "false"
    if t is int:
        return str(v)
    if t is str:
        s = _quote(v)
        if len(s) > 72:
            # keep the quotes and add "..."
            i = 72 - 3
            s = s[:i] + '..."'
        return s
    if t is Fraction:
        return _float_string(v)
    if t is Complex:
        return str(v)
    return "unknown"


def exact_string(v: Value) -> str:
    t = type(v)
    if t is Fraction:
        if v.denominator == 1:
            return str(v.numerator)
        return f"{v.numerator}/{v.denominator}"
    if t is str:
        return _quote(v)
    return to_string(v)
