"""``-size short|full``: TinyGo's table of code and data bytes per package.

TinyGo reads DWARF; builds here carry none, so the package of every byte comes
from names instead, which survive the post-link passes:

* code: each function body of the final module's code section (with its size
  prefix) belongs to the package of its name in the name section (Go qualified
  names: ``fmt.Fprintf``, ``(*os.File).Write``, ``type:main.T``...);
* data: wasm-ld's ``--Map`` gives each global's address range and output
  section (``.rodata``, ``.data``, ``.bss``); the bytes of the final data
  segments are attributed by address, so bytes binaryen dropped (zero runs)
  count as bss, as in TinyGo.

Whatever no name covers is ``(unknown)``, so every column's total is exactly
the file's: code = the code section's payload, rodata + data = the data
segments' bytes, bss = the rest of the static area up to the end of ``.bss``;
the shadow stack is the pseudo-package ``C stack`` (bss).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tinypy_go.backend import wasmbin

UNKNOWN = "(unknown)"
STACK = "C stack"

# compiler-made symbols with no package in their name -> a pseudo-package
_PSEUDO = [
    (re.compile(r"^\.L(?:\.typename\.|\.ifaceconst\.)"), "Go reflect data"),
    (re.compile(r"^tinypy\.(?:typelinks|maptype|makefunc|reflectcall)"), "Go reflect data"),
    (re.compile(r"^tinypy\.(?:equal|hash)\."), "Go type algorithms"),
    (re.compile(r"^tinypy\."), "Go runtime support"),
    (re.compile(r"^(?:invoke|missing):"), "Go interface method"),
    (re.compile(r"^asyncify_|^__asyncify"), "asyncify"),
    (re.compile(r"^(?:_start|_initialize|malloc|free|calloc|realloc|memcpy|memset|memmove|memcmp|"
                r"__wasm_call_ctors|__wasm_init_memory|__wasm_apply_data_relocs)$"), "runtime"),
]
_MERGED = re.compile(r"^byn\$mgfn-shared\$")
_UNIVERSE = frozenset("any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 "
                      "int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr".split())
_STRING = re.compile(r"^\.L(.+)\$string\.[0-9a-f]+$")  # codegen.string_data: "<package>$string.<id>"


def package_of(name: str) -> str:
    """The package a symbol belongs to, from its Go qualified name."""
    m = _STRING.match(name)
    if m:
        return m.group(1)
    name = _MERGED.sub("", name)  # binaryen's merged functions keep their first name
    for pattern, pkg in _PSEUDO:
        if pattern.search(name):
            return pkg
    s = name
    is_type = s.startswith("type:")
    if is_type:
        s = s.removeprefix("type:").lstrip("*")
        if not re.match(r"[\w./-]+\.\w", s):  # a type literal ([]int, func() string...)
            return "Go reflect data"
    s = s.removeprefix("go:").lstrip("(*")
    cut = min((i for i in (s.find("["), s.find("("), s.find(" ")) if i >= 0), default=len(s))
    head = s[:cut]
    slash = head.rfind("/")
    dot = head.find(".", slash + 1)
    if dot <= 0:
        return "Go reflect data" if is_type else UNKNOWN
    pkg = head[:dot]
    if pkg in _UNIVERSE or not re.fullmatch(r"[\w./-]+", pkg):
        return "Go reflect data" if is_type else UNKNOWN
    return pkg


def short_group(pkg: str) -> str:
    """-size short's grouping: the standard library by its top directory
    (``internal/abi`` -> ``internal``), other packages as they are."""
    if pkg.startswith(("(", "Go ", "C ")) or pkg in ("runtime", "main", "asyncify"):
        return pkg
    first = pkg.split("/", 1)[0]
    return pkg if "." in first else first  # a module path (example.com/x) stays whole


@dataclass(slots=True)
class PackageSize:
    code: int = 0
    rodata: int = 0
    data: int = 0
    bss: int = 0

    @property
    def flash(self) -> int:
        return self.code + self.rodata + self.data

    @property
    def ram(self) -> int:
        return self.data + self.bss

    def add(self, other: PackageSize) -> None:
        self.code += other.code
        self.rodata += other.rodata
        self.data += other.data
        self.bss += other.bss


@dataclass(slots=True)
class ProgramSize:
    packages: dict[str, PackageSize] = field(default_factory=dict)

    def pkg(self, name: str) -> PackageSize:
        p = self.packages.get(name)
        if p is None:
            p = self.packages[name] = PackageSize()
        return p

    @property
    def total(self) -> PackageSize:
        t = PackageSize()
        for p in self.packages.values():
            t.add(p)
        return t

    def grouped(self) -> ProgramSize:
        out = ProgramSize()
        for name, p in self.packages.items():
            out.pkg(short_group(name)).add(p)
        return out


@dataclass(slots=True)
class MapSymbol:
    section: str  # output section: .rodata, .data, .bss, ...
    addr: int
    size: int
    name: str


_FIELDS = re.compile(r"\s*(\S+)\s+(\S+)\s+(\S+) +(?=\S)")
_INPUT = re.compile(r":\((\.(?:rodata|data|bss|tdata|tbss)[^.]*)\.(.+)\)$")


def parse_map(text: str) -> tuple[list[MapSymbol], dict[str, tuple[int, int]]]:
    """wasm-ld's --Map: the data symbols (by input section) and the output
    sections' (address, size) of linear memory."""
    lines = text.splitlines()
    if not lines:
        return [], {}
    header = lines[0]
    in_col = header.find("In")
    sym_col = header.find("Symbol")
    symbols: list[MapSymbol] = []
    outputs: dict[str, tuple[int, int]] = {}
    current = ""
    for line in lines[1:]:
        m = _FIELDS.match(line)
        if m is None:
            continue
        addr_s, size_s, rest, col = m.group(1), m.group(3), line[m.end():], m.end()
        try:
            size = int(size_s, 16)
        except ValueError:
            continue
        if col < in_col:  # an output section
            current = rest.strip()
            if addr_s != "-":
                outputs[current] = (int(addr_s, 16), size)
            continue
        if col >= sym_col or addr_s == "-":
            continue
        m = _INPUT.search(rest.strip())
        if m:
            symbols.append(MapSymbol(current, int(addr_s, 16), size, m.group(2)))
    return symbols, outputs


def data_segments(buf: bytes) -> list[tuple[int, int]]:
    """(address, length) of each active data segment of a module."""
    out = []
    for sid, start, _end in wasmbin.sections(buf):
        if sid != wasmbin.DATA:
            continue
        count, j = wasmbin.uleb(buf, start)
        for _ in range(count):
            flags, j = wasmbin.uleb(buf, j)
            addr = None
            if flags == 2:
                _, j = wasmbin.uleb(buf, j)  # memory index
            if flags in (0, 2):
                op = buf[j]
                addr, j = _sleb(buf, j + 1)
                if op != 0x41 or buf[j] != 0x0B:  # i32.const N end
                    raise ValueError("unsupported data segment offset expression")
                j += 1
            n, j = wasmbin.uleb(buf, j)
            if addr is not None:
                out.append((addr, n))
            j += n
    return out


def _sleb(buf: bytes, i: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            if b & 0x40:
                result -= 1 << shift
            return result, i


def code_bodies(buf: bytes) -> tuple[int, list[tuple[int, int]]]:
    """(code section payload size, [(function index, bytes incl. size prefix)])."""
    nimports = sum(1 for _m, _n, kind in wasmbin.imports(buf) if kind == 0)
    for sid, start, end in wasmbin.sections(buf):
        if sid != wasmbin.CODE:
            continue
        count, j = wasmbin.uleb(buf, start)
        bodies = []
        for i in range(count):
            n, k = wasmbin.uleb(buf, j)
            bodies.append((nimports + i, k + n - j))
            j = k + n
        return end - start, bodies
    return 0, []


def program_size(wasm: bytes, map_text: str, stack_size: int = 0) -> ProgramSize:
    """Per-package sizes of a linked module (see the module docstring)."""
    ps = ProgramSize()
    names = wasmbin.function_names(wasm)
    code_total, bodies = code_bodies(wasm)
    counted = 0
    for idx, n in bodies:
        ps.pkg(package_of(names[idx]) if idx in names else UNKNOWN).code += n
        counted += n
    if code_total - counted:
        ps.pkg(UNKNOWN).code += code_total - counted  # the function count
    symbols, outputs = parse_map(map_text)
    symbols.sort(key=lambda s: (s.addr, -s.size))
    segments = sorted(data_segments(wasm))
    readonly = [outputs[s] for s in outputs if s.startswith(".rodata")]

    def is_ro(addr: int) -> bool:
        return any(a <= addr < a + n for a, n in readonly)

    def attribute(lo: int, hi: int, kind: str) -> None:
        """Give the bytes [lo, hi) of kind (data or bss) to the symbols covering them."""
        pos = lo
        for s in symbols:
            if s.addr + s.size <= pos or s.size == 0:
                continue
            if s.addr >= hi:
                break
            if s.addr > pos:
                _add(ps.pkg(UNKNOWN), kind, pos, s.addr - pos, is_ro)
                pos = s.addr
            end = min(hi, s.addr + s.size)
            _add(ps.pkg(package_of(s.name)), kind, pos, end - pos, is_ro)
            pos = end
        if pos < hi:
            _add(ps.pkg(UNKNOWN), kind, pos, hi - pos, is_ro)

    static_lo = min([a for a, _ in outputs.values()] + [a for a, _ in segments], default=0)
    static_hi = max([a + n for a, n in outputs.values()] + [a + n for a, n in segments], default=0)
    pos = static_lo
    for addr, n in segments:
        if addr > pos:
            attribute(pos, addr, "bss")
        attribute(max(addr, pos), addr + n, "data")
        pos = max(pos, addr + n)
    if pos < static_hi:
        attribute(pos, static_hi, "bss")
    if stack_size:
        ps.pkg(STACK).bss += stack_size
    return ps


def _add(p: PackageSize, kind: str, addr: int, n: int, is_ro) -> None:
    if n <= 0:
        return
    if kind == "bss":
        p.bss += n
    elif is_ro(addr):
        p.rodata += n
    else:
        p.data += n


_RULE = "------------------------------- | --------------- | -------"


def format_table(ps: ProgramSize, level: str) -> str:
    """TinyGo's -size table: one row per package (grouped for ``short``) and the total."""
    table = ps.grouped() if level == "short" else ps
    lines = ["   code  rodata    data     bss |   flash     ram | package", _RULE]
    for name in sorted(table.packages):
        p = table.packages[name]
        if p.code or p.rodata or p.data or p.bss:
            lines.append(_row(p, name))
    lines.append(_RULE)
    lines.append(_row(ps.total, "total"))
    return "\n".join(lines)


def _row(p: PackageSize, label: str) -> str:
    return f"{p.code:7d} {p.rodata:7d} {p.data:7d} {p.bss:7d} | {p.flash:7d} {p.ram:7d} | {label}"
