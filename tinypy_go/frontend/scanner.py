"""Go lexical scanner.

The whole source is tokenized up front by one compiled regular expression
(``re.finditer`` over an alternation), which keeps the per-token Python work
small.  Well-formed literals are matched exactly by the fast pattern; anything
unusual (unterminated strings, bad escapes, invalid characters, odd numbers)
falls through to small Python routines that mirror cmd/compile's scanner so
the error messages and columns match the Go toolchain.

Tokens are stored in three parallel lists (``kinds``, ``lits``, ``poss``):

* ``kinds[i]`` is the token kind: the operator or keyword spelling (``"+"``,
  ``"func"``, ``";"`` ...), ``"NAME"`` for identifiers, ``"INT"``/``"FLOAT"``/
  ``"IMAG"``/``"CHAR"``/``"STRING"`` for literals, ``"EOF"`` at the end;
* ``lits[i]`` is the source text (for ``";"``: ``"semicolon"``,
  ``"newline"`` or ``"EOF"``, as cmd/compile names automatic semicolons);
* ``poss[i]`` is the absolute ``token.Pos``.
"""

from __future__ import annotations

import re
import unicodedata

from tinypy_go.frontend.token import File, Pos

NAME = "NAME"
INT = "INT"
FLOAT = "FLOAT"
IMAG = "IMAG"
CHAR = "CHAR"
STRING = "STRING"
EOF = "EOF"

LITERALS = frozenset((INT, FLOAT, IMAG, CHAR, STRING))

KEYWORDS = {
    k: k
    for k in (
        "break case chan const continue default defer else fallthrough for func go goto "
        "if import interface map package range return select struct switch type var"
    ).split()
}

# Tokens after which a newline (or EOF) becomes a semicolon.
_NLSEMI = frozenset(
    (NAME, INT, FLOAT, IMAG, CHAR, STRING, "break", "continue", "fallthrough", "return",
     "++", "--", ")", "]", "}")
)

_OPS = (
    "<<= >>= &^= ... && || <- ++ -- == != <= >= := &^ += -= *= /= %= &= |= ^= <<  >> "
    "+ - * / % & | ^ < > = ! ~ ( ) { } [ ] , ; : ."
).split()
OPERATORS = {o: o for o in _OPS}

_IDENT_START = r"[^\x00-\x40\x5b-\x5e\x60\x7b-\x7f]"
_IDENT_CONT = r"[^\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]"
_ESC_COMMON = r"[abfnrtv\\]|[0-3][0-7]{2}|x[0-9a-fA-F]{2}|u(?![dD][89abAB])[0-9a-fA-F]{4}"

# Alternatives are ordered by frequency; lookaheads keep "." before a digit
# (a number) and "/" before "/" or "*" (a comment) out of the operator group.
_TOKEN_RE = re.compile(
    r"[ \t\r]*(?:"
    # 1: ASCII identifier / keyword (the lookahead rejects any identifier
    # character, so a shorter match after backtracking is impossible)
    r"([A-Za-z_][A-Za-z0-9_]*)(?![^\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f])"
    r"|(<<=|>>=|&\^=|\.\.\.|&&|\|\||<-|==|!=|<=|>=|:=|&\^|<<|>>|[-+*/%&|^]="
    r"|[*%&|^<>=!~({\[,:]|\+(?!\+)|-(?!-)|\.(?![0-9])|/(?![/*]))"  # 2 operator
    r"|([)\]}]|\+\+|--)"  # 3 operator after which a newline is a semicolon
    r"|(\n[ \t\r\n]*)"  # 4 newline(s)
    r"|(//[^\n]*)"  # 5 line comment
    r"|((?:0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?|0[oObB][0-9_]*(?:\.[0-9_]*)?"
    r"|[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eEpP][+-]?[0-9_]*)?i?)"  # 6 number
    rf"|(\"(?:[^\"\\\n]|\\(?:{_ESC_COMMON}|\"))*\")"  # 7 valid interpreted string
    rf"|('(?:[^'\\\n]|\\(?:{_ESC_COMMON}|'))')"  # 8 valid rune
    r"|(`[^`]*`)"  # 9 raw string
    r"|(/\*.*?\*/|/\*.*)"  # 10 general comment (the second form is unterminated)
    r"|(;)"  # 11 explicit semicolon
    rf"|({_IDENT_START}{_IDENT_CONT}*)"  # 12 identifier with non-ASCII letters
    r"|(.)"  # 13 anything else: slow path
    r")",
    re.S,
)


def go_quote_rune(c: str) -> str:
    """Format a character like Go's %q verb."""
    special = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v"}
    if c in special:
        return f"'{special[c]}'"
    if c == "'":
        return "'\\''"
    if c == "\\":
        return "'\\\\'"
    o = ord(c)
    if c.isprintable():
        return f"'{c}'"
    if o < 0x80:
        return f"'\\x{o:02x}'"
    if o < 0x10000:
        return f"'\\u{o:04x}'"
    return f"'\\U{o:08x}'"


def go_unicode(c: str | int) -> str:
    """Format a code point like Go's %#U verb: U+0023 '#'."""
    o = c if isinstance(c, int) else ord(c)
    s = f"U+{o:04X}"
    if 0 <= o <= 0x10FFFF and not 0xD800 <= o < 0xE000 and chr(o).isprintable():
        s += f" '{chr(o)}'"
    return s


class Tokens:
    """The scanned form of one file."""

    __slots__ = ("file", "kinds", "lits", "poss", "comments", "errors", "error_toks")

    def __init__(self, file: File) -> None:
        self.file = file
        self.kinds: list[str] = []
        self.lits: list[str] = []
        self.poss: list[Pos] = []
        # (pos, text, index of the next token)
        self.comments: list[tuple[Pos, str, int]] = []
        self.errors: list[tuple[Pos, str]] = []
        # for each error, the index of the token being scanned when cmd/compile
        # would report it (used to reproduce its report order)
        self.error_toks: list[int] = []


_NL_RE = re.compile("\n")


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend([m.end() for m in _NL_RE.finditer(text)])
    return starts


def scan(file: File, stop_after_imports: bool = False) -> Tokens:
    """Tokenize ``file.text``.

    With ``stop_after_imports`` scanning ends at the first ``func``, ``type``,
    ``var`` or ``const`` keyword, which is enough to read the package clause
    and the imports.
    """
    text = file.text
    base = file.base
    file.line_starts = _line_starts(text)
    toks = Tokens(file)
    kinds = toks.kinds
    lits = toks.lits
    poss = toks.poss
    comments = toks.comments
    errors = toks.errors
    kadd = kinds.append
    ladd = lits.append
    padd = poss.append
    keywords = KEYWORDS
    nlsemi_set = _NLSEMI
    nlsemi = False
    n = len(text)
    start = 0
    if text.startswith("\ufeff"):
        start = 1
    if not text.isascii() or "\x00" in text:
        _check_encoding(text, base, errors)
        toks.error_toks.extend([-1] * len(errors))  # fixed up below
    stop_kw = ("func", "type", "var", "const") if stop_after_imports else ()
    stopped = False

    while True:
        resume = -1
        for m in _TOKEN_RE.finditer(text, start):
            g = m.lastindex
            if g == 1:
                s = m.group(1)
                kw = keywords.get(s)
                if kw is None:
                    kadd(NAME)
                    nlsemi = True
                else:
                    kadd(kw)
                    nlsemi = kw in nlsemi_set
                    if kw in stop_kw:
                        ladd(s)
                        padd(base + m.start(1))
                        stopped = True
                        break
                ladd(s)
                padd(base + m.start(1))
            elif g == 2:
                s = m.group(2)
                kadd(s)
                ladd(s)
                padd(base + m.start(2))
                nlsemi = False
            elif g == 4:
                if nlsemi:
                    kadd(";")
                    ladd("newline")
                    padd(base + m.start(4))
                    nlsemi = False
            elif g == 3:
                s = m.group(3)
                kadd(s)
                ladd(s)
                padd(base + m.start(3))
                nlsemi = True
            elif g == 5:
                comments.append((base + m.start(5), m.group(5), len(kinds)))
            elif g == 6:
                s = m.group(6)
                p = m.start(6)
                if s.isdigit() and (s[0] != "0" or len(s) == 1 or ("8" not in s and "9" not in s)):
                    kadd(INT)
                else:
                    kind, errs = scan_number(s)
                    kadd(kind)
                    for off, msg in errs:
                        errors.append((base + p + off, msg))
                        toks.error_toks.append(len(kinds) - 1)
                ladd(s)
                padd(base + p)
                nlsemi = True
            elif g == 7:
                kadd(STRING)
                ladd(m.group(7))
                padd(base + m.start(7))
                nlsemi = True
            elif g == 10:
                s = m.group(10)
                p = m.start(10)
                if len(s) < 4 or not s.endswith("*/"):
                    resume = p
                    break
                comments.append((base + p, s, len(kinds)))
                if nlsemi and "\n" in s:
                    kadd(";")
                    ladd("newline")
                    padd(base + p)
                    nlsemi = False
            elif g == 8:
                kadd(CHAR)
                ladd(m.group(8))
                padd(base + m.start(8))
                nlsemi = True
            elif g == 9:
                kadd(STRING)
                ladd(m.group(9))
                padd(base + m.start(9))
                nlsemi = True
            elif g == 11:
                kadd(";")
                ladd("semicolon")
                padd(base + m.start(11))
                nlsemi = False
            elif g == 12:
                s = m.group(12)
                p = m.start(12)
                _check_ident(s, base + p, errors)
                toks.error_toks.extend([len(kinds)] * (len(errors) - len(toks.error_toks)))
                kadd(NAME)
                ladd(s)
                padd(base + p)
                nlsemi = True
            else:
                resume = m.start(13)
                break
        if stopped or resume < 0:
            break
        # slow path for one token
        before = len(kinds)
        end, nlsemi = _slow_token(text, resume, base, toks, nlsemi)
        toks.error_toks.extend([before] * (len(errors) - len(toks.error_toks)))
        start = end

    eof = base + n
    if nlsemi and not stopped:
        kadd(";")
        ladd("EOF")
        padd(eof)
    kadd(EOF)
    ladd("EOF")
    padd(eof)
    if toks.error_toks and toks.error_toks[0] < 0:
        from bisect import bisect_left

        for k, (pos, _) in enumerate(errors):
            if toks.error_toks[k] < 0:
                toks.error_toks[k] = bisect_left(poss, pos)
    return toks


def _check_encoding(text: str, base: int, errors: list[tuple[Pos, str]]) -> None:
    for m in re.finditer("[\x00\ud800-\udfff\ufeff]", text):  # anywhere: in literals and comments too
        if m.group() == "\x00":
            errors.append((base + m.start(), "invalid NUL character"))
        elif m.group() == "\ufeff":
            if m.start() != 0:
                errors.append((base + m.start(), "invalid BOM in the middle of the file"))
        else:
            errors.append((base + m.start(), "invalid UTF-8 encoding"))


def _check_ident(s: str, pos: Pos, errors: list[tuple[Pos, str]]) -> None:
    for i, c in enumerate(s):
        if c < "\x80":
            continue
        cat = unicodedata.category(c)
        if cat[0] == "L":
            continue
        if cat == "Nd":
            if i == 0:
                errors.append((pos, f"identifier cannot begin with digit {go_unicode(c)}"))
            continue
        if 0xD800 <= ord(c) < 0xE000 or c == "\ufeff":
            continue  # reported as an encoding error
        errors.append((pos + i, f"invalid character {go_unicode(c)} in identifier"))


def _slow_token(text: str, i: int, base: int, toks: Tokens, nlsemi: bool) -> tuple[int, bool]:
    """Scan one unusual token at ``text[i]``; return (end, nlsemi)."""
    c = text[i]
    errors = toks.errors
    n = len(text)
    if c == '"':
        end = _scan_string(text, i, base, errors)
        _add(toks, STRING, text[i:end], base + i)
        return end, True
    if c == "'":
        end = _scan_rune(text, i, base, errors)
        _add(toks, CHAR, text[i:end], base + i)
        return end, True
    if c == "`":
        errors.append((base + i, "string not terminated"))
        _add(toks, STRING, text[i:], base + i)
        return n, True
    if c == "/" and text.startswith("/*", i):
        errors.append((base + i, "comment not terminated"))
        toks.comments.append((base + i, text[i:], len(toks.kinds)))
        if nlsemi and "\n" in text[i:]:
            _add(toks, ";", "newline", base + i)
        return n, False
    if c in "\x00\ufeff" or 0xD800 <= ord(c) < 0xE000:  # reported by _check_encoding
        return i + 1, nlsemi
    if c in " \t\r":  # whitespace the token pattern left: trailing blanks at the end of input
        return i + 1, nlsemi
    errors.append((base + i, f"invalid character {go_unicode(c)}"))
    return i + 1, nlsemi


def _add(toks: Tokens, kind: str, lit: str, pos: Pos) -> None:
    toks.kinds.append(kind)
    toks.lits.append(lit)
    toks.poss.append(pos)


_HEX = "0123456789abcdefABCDEF"


def _escape(text: str, j: int, quote: str, base: int, errors: list[tuple[Pos, str]]) -> tuple[bool, int]:
    """Check the escape whose first character (after the backslash) is at j."""
    n = len(text)
    c = text[j] if j < n else ""
    if c == "":
        return True, j
    if c == quote or c in "abfnrtv\\":
        return True, j + 1
    if c in "01234567":
        cnt, b, mx = 3, 8, 255
    elif c == "x":
        j += 1
        cnt, b, mx = 2, 16, 255
    elif c == "u":
        j += 1
        cnt, b, mx = 4, 16, 0x10FFFF
    elif c == "U":
        j += 1
        cnt, b, mx = 8, 16, 0x10FFFF
    else:
        errors.append((base + j, "unknown escape"))
        return False, j
    x = 0
    for _ in range(cnt):
        if j >= n:
            return True, j
        ch = text[j]
        d = int(ch, 16) if ch in _HEX else b
        if d >= b:
            errors.append(
                (base + j, f"invalid character {go_quote_rune(ch)} in {_base_name(b)} escape")
            )
            return False, j
        x = x * b + d
        j += 1
    if x > mx and b == 8:
        errors.append((base + j, f"octal escape value {x} > 255"))
        return False, j
    if x > mx or 0xD800 <= x < 0xE000:
        errors.append((base + j, f"escape is invalid Unicode code point {go_unicode(x)}"))
        return False, j
    return True, j


def _scan_string(text: str, i: int, base: int, errors: list[tuple[Pos, str]]) -> int:
    j = i + 1
    n = len(text)
    while True:
        if j >= n:
            errors.append((base + i, "string not terminated"))
            return j
        c = text[j]
        if c == '"':
            return j + 1
        if c == "\\":
            _, j = _escape(text, j + 1, '"', base, errors)
            continue
        if c == "\n":
            errors.append((base + j, "newline in string"))
            return j
        j += 1


def _scan_rune(text: str, i: int, base: int, errors: list[tuple[Pos, str]]) -> int:
    j = i + 1
    n = len(text)
    ok = True
    count = 0
    while True:
        if j >= n:
            if ok:
                errors.append((base + i, "rune literal not terminated"))
            return j
        c = text[j]
        if c == "'":
            if ok:
                if count == 0:
                    errors.append((base + j, "empty rune literal or unescaped '"))
                elif count != 1:
                    errors.append((base + i, "more than one character in rune literal"))
            return j + 1
        if c == "\\":
            good, j = _escape(text, j + 1, "'", base, errors)
            if not good:
                ok = False
            count += 1
            continue
        if c == "\n":
            if ok:
                errors.append((base + j, "newline in rune literal"))
            return j
        j += 1
        count += 1


def _base_name(b: int) -> str:
    return {2: "binary", 8: "octal", 10: "decimal", 16: "hexadecimal"}[b]


def _lower(c: str) -> str:
    return c.lower() if c else c


def scan_number(s: str) -> tuple[str, list[tuple[int, str]]]:
    """Classify the number literal ``s`` (as matched by the token pattern) and
    return its kind and any errors as (offset, message) pairs."""
    errs: list[tuple[int, str]] = []
    n = len(s)
    i = 0

    def ch() -> str:
        return s[i] if i < n else ""

    ok = True
    kind = INT
    base = 10
    prefix = ""
    digsep = 0
    invalid = -1

    def digits(b: int) -> int:
        nonlocal i, invalid
        ds_all = 0
        if b <= 10:
            mx = chr(ord("0") + b)
            while i < n and (s[i].isdigit() or s[i] == "_"):
                if s[i] == "_":
                    ds_all |= 2
                else:
                    ds_all |= 1
                    if s[i] >= mx and invalid < 0:
                        invalid = i
                i += 1
        else:
            while i < n and (s[i] in _HEX or s[i] == "_"):
                ds_all |= 2 if s[i] == "_" else 1
                i += 1
        return ds_all

    seen_point = s[0] == "."
    if not seen_point:
        if s[0] == "0":
            i = 1
            c = _lower(ch())
            if c == "x":
                i += 1
                base, prefix = 16, "x"
            elif c == "o":
                i += 1
                base, prefix = 8, "o"
            elif c == "b":
                i += 1
                base, prefix = 2, "b"
            else:
                base, prefix = 8, "0"
                digsep = 1
        digsep |= digits(base)
        if ch() == ".":
            if prefix in ("o", "b"):
                errs.append((i, f"invalid radix point in {_base_name(base)} literal"))
                ok = False
            i += 1
            seen_point = True
    else:
        i = 1
    if seen_point:
        kind = FLOAT
        digsep |= digits(base)
    if digsep & 1 == 0 and ok:
        errs.append((i, f"{_base_name(base)} literal has no digits"))
        ok = False
    e = _lower(ch())
    if e in ("e", "p"):
        if ok:
            if e == "e" and prefix not in ("", "0"):
                errs.append((i, f"{go_quote_rune(ch())} exponent requires decimal mantissa"))
                ok = False
            elif e == "p" and prefix != "x":
                errs.append((i, f"{go_quote_rune(ch())} exponent requires hexadecimal mantissa"))
                ok = False
        i += 1
        kind = FLOAT
        if ch() in ("+", "-"):
            i += 1
        saved_invalid = invalid
        ds = digits(10)
        invalid = saved_invalid
        digsep = ds | (digsep & 2)
        if ds & 1 == 0 and ok:
            errs.append((i, "exponent has no digits"))
            ok = False
    elif prefix == "x" and kind == FLOAT and ok:
        errs.append((i, "hexadecimal mantissa requires a 'p' exponent"))
        ok = False
    if ch() == "i":
        kind = IMAG
        i += 1
    if kind == INT and invalid >= 0 and ok:
        errs.append((invalid, f"invalid digit {go_quote_rune(s[invalid])} in {_base_name(base)} literal"))
        ok = False
    if digsep & 2 and ok:
        k = _invalid_sep(s)
        if k >= 0:
            errs.append((k, "'_' must separate successive digits"))
    return kind, errs


def _invalid_sep(x: str) -> int:
    x1 = " "
    d = "."
    i = 0
    if len(x) >= 2 and x[0] == "0":
        x1 = x[1].lower()
        if x1 in ("x", "o", "b"):
            d = "0"
            i = 2
    while i < len(x):
        p = d
        d = x[i]
        if d == "_":
            if p != "0":
                return i
        elif d.isdigit() or (x1 == "x" and d in _HEX):
            d = "0"
        else:
            if p == "_":
                return i - 1
            d = "."
        i += 1
    if d == "_":
        return len(x) - 1
    return -1


def parse_directive(text: str) -> tuple[str, str] | None:
    """Return (name, args) if the comment ``text`` is a ``//go:``, ``//export`` or
    ``//tinypy:`` directive (the last only has a meaning in the runtime's sources:
    ``ir/runtimehints.py``)."""
    if not (text.startswith("//go:") or text.startswith("//export") or text.startswith("//tinypy:")):
        return None
    body = text[2:].rstrip("\r")
    name, _, args = body.partition(" ")
    if "\t" in name:
        name, _, rest = name.partition("\t")
        args = rest + (" " + args if args else "")
    if name == "export" or (name.startswith("go:") and len(name) > 3) or (name.startswith("tinypy:") and len(name) > 7):
        return name, args.strip()
    return None
