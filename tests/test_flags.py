"""Build flags shared by build, run and test: -ldflags, -C, and go's missing-main error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO, run_tinypy
from tinypy_go import ldflags

LIB = """package lib

var Version = "dev"
var Unset string
var Computed = compute()

func compute() string { return "computed" }
"""

MAIN = """package main

import (
	"fmt"

	"example.com/ld/lib"
)

var build string
var early = "x" + build

func main() {
	fmt.Println(build, early, lib.Version, lib.Unset, lib.Computed)
}
"""


@pytest.fixture
def module(tmp_path: Path) -> Path:
    (tmp_path / "go.mod").write_text("module example.com/ld\n\ngo 1.24\n")
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "lib.go").write_text(LIB)
    (tmp_path / "main.go").write_text(MAIN)
    return tmp_path


def test_ldflags_x_like_gc(module: Path) -> None:
    """Output of `go run -ldflags=...` with the same flags: b1 xb1 v2 a b c3."""
    fl = "-X main.build=b1 -X example.com/ld/lib.Version=v2 -X 'example.com/ld/lib.Unset=a b' " \
         "-X=example.com/ld/lib.Computed=c3 -X example.com/nothere.V=1 -s -w"
    r = run_tinypy("run", "-ldflags", fl, ".", cwd=module)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "b1 xb1 v2 a b c3\n"
    r = run_tinypy("run", "-C", str(module), ".", cwd=module.parent)  # -C, and no -X: the defaults
    assert r.returncode == 0, r.stderr
    assert r.stdout == " x dev  computed\n"


def test_ldflags_parse_errors() -> None:
    assert ldflags.parse("-X a.b=c -X=d.e=f=g").x == {"a.b": "c", "d.e": "f=g"}
    assert ldflags.parse("-w").strip_dwarf
    with pytest.raises(ldflags.LdflagsError, match="importpath.name=value"):
        ldflags.parse("-X novalue")
    with pytest.raises(ldflags.LdflagsError, match="not defined: -Q"):
        ldflags.parse("-Q")


def test_chdir_must_be_first(tmp_path: Path) -> None:
    r = run_tinypy("build", "-opt", "2", "-C", str(tmp_path), "x.go", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr == f'tinypy: invalid value "{tmp_path}" for flag -C: -C flag must be first flag on command line\n'
    r = run_tinypy("build", "-C", str(tmp_path / "nope"), "x.go", cwd=tmp_path)
    assert r.returncode == 2 and "chdir" in r.stderr and "no such file or directory" in r.stderr


def test_main_undeclared(tmp_path: Path) -> None:
    (tmp_path / "m.go").write_text("package main\n\nfunc helper() {}\n")
    r = run_tinypy("build", "m.go", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr == "runtime.main_main·f: function main is undeclared in the main package\n"


# ---------------------------------------------------------------- -size

def _sections(wasm: bytes) -> dict[int, list[bytes]]:
    """Section id -> payloads, parsed here independently of tinypy_go.backend.wasmbin."""
    def uleb(i: int) -> tuple[int, int]:
        n = shift = 0
        while True:
            b = wasm[i]
            i += 1
            n |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                return n, i
    assert wasm[:4] == b"\0asm"
    out: dict[int, list[bytes]] = {}
    i = 8
    while i < len(wasm):
        sid = wasm[i]
        size, j = uleb(i + 1)
        out.setdefault(sid, []).append(wasm[j:j + size])
        i = j + size
    return out


def _data_bytes(payload: bytes) -> int:
    """The initialised bytes of a data section's active segments (flags 0: i32.const offset)."""
    def uleb(i: int) -> tuple[int, int]:
        n = shift = 0
        while True:
            b = payload[i]
            i += 1
            n |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                return n, i
    count, i = uleb(0)
    total = 0
    for _ in range(count):
        flags, i = uleb(i)
        assert flags == 0, flags
        assert payload[i] == 0x41  # i32.const
        i += 1
        while payload[i] & 0x80:
            i += 1
        i += 1
        assert payload[i] == 0x0B  # end
        n, i = uleb(i + 1)
        total += n
        i += n
    return total


def _table(text: str) -> tuple[dict[str, list[int]], list[int]]:
    rows: dict[str, list[int]] = {}
    total: list[int] = []
    for line in text.splitlines():
        if "|" not in line or line.lstrip().startswith(("code", "-")):
            continue
        nums, mid, name = (p.strip() for p in line.split("|"))
        vals = [int(x) for x in nums.split()] + [int(x) for x in mid.split()]
        if name == "total":
            total = vals
        else:
            rows[name] = vals
    return rows, total


SIZE_PROG = """package main

import (
	"fmt"
	"strings"
)

var greeting = []string{"hello", "sizes"}

func main() {
	fmt.Println(strings.Join(greeting, ", "))
}
"""


@pytest.mark.parametrize("level", ["short", "full"])
def test_size_table_totals_equal_the_file(tmp_path: Path, level: str) -> None:
    """TinyGo's table: per-package rows whose total is the module's code section and
    data segments (read here from the file itself), and columns that add up."""
    (tmp_path / "main.go").write_text(SIZE_PROG)
    out = tmp_path / "p.wasm"
    r = run_tinypy("build", f"-size={level}", "-o", str(out), str(tmp_path / "main.go"))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["code", "rodata", "data", "bss", "|", "flash", "ram", "|", "package"]
    rows, total = _table(r.stdout)
    assert total, r.stdout
    for col in range(4):
        assert sum(v[col] for v in rows.values()) == total[col]
    for v in [*rows.values(), total]:
        assert v[4] == v[0] + v[1] + v[2] and v[5] == v[2] + v[3]  # flash, ram
    secs = _sections(out.read_bytes())
    assert total[0] == len(secs[10][0])  # code: the code section's payload
    assert total[1] + total[2] == _data_bytes(secs[11][0])  # rodata + data: the data segments
    assert rows["C stack"][3] == 65536
    for pkg in ("main", "fmt", "runtime", "strings"):
        assert pkg in rows, rows.keys()
    assert rows["fmt"][0] > 1000 and rows["main"][1] > 0  # fmt's code; main's strings
    if level == "full":
        assert "internal/abi" in rows and "internal" not in rows
    else:
        assert "internal" in rows and not any(k.startswith("internal/") for k in rows)


def test_size_rejects_bad_level(tmp_path: Path) -> None:
    r = run_tinypy("build", "-size=huge", str(tmp_path / "x.go"))
    assert r.returncode == 2 and 'invalid value "huge" for -size' in r.stderr


def test_size_package_attribution() -> None:
    from tinypy_go.sizes import package_of, short_group

    assert package_of("fmt.Fprintf") == "fmt"
    assert package_of("(*internal/poll.FD).Write") == "internal/poll"
    assert package_of("internal/poll.(*FD).Write") == "internal/poll"
    assert package_of("type:*example.com/m/lib.T") == "example.com/m/lib"
    assert package_of("type:[]int") == "Go reflect data"
    assert package_of(".Lunicode/utf8$string.12") == "unicode/utf8"
    assert package_of(".Lunicode/utf8$string.0af4a71e61") == "unicode/utf8"
    assert package_of("strconv.bsearch[[]uint16,uint16]") == "strconv"
    assert package_of("byn$mgfn-shared$(reflect.Value).Int") == "reflect"
    assert short_group("internal/abi") == "internal" and short_group("example.com/m/lib") == "example.com/m/lib"


# ---------------------------------------------------------------- -print-allocs

ALLOCS = """package main

type big struct{ a [100]int }

var sink *int
var n = 3

func deref(x *int) int { return *x }

func keep(x *int) { sink = x }

func main() {
	a := 1
	deref(&a)
	b := 2 // OUT: escapes at line 16
	keep(&b)
	c := 3 // OUT: escapes at line 18
	sink = &c
	s := make([]int, n) // OUT: size is not constant
	big := &big{} // OUT: object size 400 exceeds maximum stack allocation size 256
	m := map[int]int{} // OUT: maps are always allocated on the heap
	helper()
	println(deref(&a), len(s), big.a[0], len(m))
}

func helper() {
	d := 4 // OUT(helper): escapes at line 28
	sink = &d
}
"""


@pytest.mark.parametrize("pattern", ["main", "helper"])
def test_print_allocs(tmp_path: Path, pattern: str) -> None:
    """Heap sites of the matching functions with TinyGo's reasons, at their positions; the
    variables that do not escape (a) are not listed."""
    (tmp_path / "main.go").write_text(ALLOCS)
    r = run_tinypy("build", f"-print-allocs={pattern}", "-o", str(tmp_path / "a.wasm"), "main.go", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    got = [ln for ln in r.stderr.splitlines() if "object allocated on the heap" in ln]
    want = []
    for i, line in enumerate(ALLOCS.splitlines(), 1):
        if "// OUT" not in line:
            continue
        tag, _, reason = line.split("// OUT", 1)[1].partition(": ")
        if pattern == "helper" and tag != "(helper)":
            continue  # -print-allocs=main matches main.helper too (a search, as TinyGo's)
        want.append((i, reason))
    assert [(int(g.split(":")[1]), g.split("object allocated on the heap: ")[1]) for g in got] == want, r.stderr
    for g in got:
        file, line, col = g.split(":")[:3]
        assert file == "main.go" and int(col) >= 1
        assert ALLOCS.splitlines()[int(line) - 1].strip()  # a real source line


# ---------------------------------------------------------------- -work, -stack-size

def test_work_keeps_the_build_directory(tmp_path: Path) -> None:
    import shutil

    r = run_tinypy("build", "-work", "-o", str(tmp_path / "h.wasm"), str(REPO / "examples" / "hello"))
    assert r.returncode == 0, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("WORK=")]
    assert len(lines) == 1, r.stderr
    work = Path(lines[0].removeprefix("WORK="))
    try:
        assert work.is_dir() and (work / "obj0.o").read_bytes()[:4] == b"\0asm"
    finally:
        shutil.rmtree(work)


GOROUTINE_DEEP = """package main

func rec(n int) int {
	var buf [200]byte
	buf[n%200] = byte(n)
	if n == 0 {
		return int(buf[0])
	}
	return rec(n-1) + int(buf[n%200])
}

func main() {
	done := make(chan int)
	go func() { done <- rec(2000) }()
	println(<-done)
}
"""


def test_stack_size_gives_goroutines_bigger_stacks(tmp_path: Path) -> None:
    """2000 frames of 200+ bytes need ~450 KB: right with -stack-size=1MiB."""
    (tmp_path / "deep.go").write_text(GOROUTINE_DEEP)
    r = run_tinypy("run", "-stack-size=1MiB", str(tmp_path / "deep.go"))
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip() == str(sum(n % 256 for n in range(1, 2001)))
    r = run_tinypy("build", "-stack-size=12x", str(tmp_path / "deep.go"))
    assert r.returncode == 2 and "-stack-size" in r.stderr
    r = run_tinypy("build", "-stack-size=100", str(tmp_path / "deep.go"))
    assert r.returncode == 2 and "-stack-size" in r.stderr


def test_stack_size_sets_the_runtime_variable(tmp_path: Path) -> None:
    """-stack-size is runtime.taskStackSize's static value (the size of each goroutine's block)."""
    from tinypy_go.build import BuildConfig, build_result

    (tmp_path / "deep.go").write_text(GOROUTINE_DEEP)
    ir = {}
    for size in (None, 300000):
        cfg = BuildConfig(inputs=[str(tmp_path / "deep.go")], output=tmp_path / f"{size}.wasm", keep_ssa=True,
                          stack_size=size)
        ir[size] = next(ln for ln in build_result(cfg).context.compiled.llvm_ir.splitlines()
                        if ln.startswith('@"runtime.taskStackSize" ='))
    assert ir[300000].endswith(" 300000, align 4") or " 300000" in ir[300000], ir[300000]
    assert "300000" not in ir[None] and " 65536" in ir[None], ir[None]


@pytest.mark.parametrize("cmd", ["build", "run", "test"])
def test_build_flags_on_every_command(cmd: str) -> None:
    r = run_tinypy(cmd, "-h")
    assert r.returncode == 0
    for flag in ("-size", "-print-allocs", "-stack-size", "-ldflags", "-no-debug", "-tags", "-opt", "-work"):
        assert f"  {flag} " in r.stdout or f"  {flag}\n" in r.stdout, (cmd, flag)


def test_print_allocs_in_tests(tmp_path: Path) -> None:
    """`tinypy test -print-allocs`: functions only the test main reaches are reported too."""
    (tmp_path / "go.mod").write_text("module example.com/pa\n\ngo 1.22\n")
    (tmp_path / "a.go").write_text("package pa\n\nfunc Box(n int) *int {\n\treturn &n\n}\n")
    (tmp_path / "a_test.go").write_text('package pa\n\nimport "testing"\n\nfunc TestBox(t *testing.T) {\n'
                                        '\tif *Box(2) != 2 {\n\t\tt.Fatal("bad")\n\t}\n}\n')
    # -opt=0: what is reported does not depend on it, and a test binary's -Oz costs ~20 s
    r = run_tinypy("test", "-opt=0", "-print-allocs=pa.Box$", ".", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("ok  \texample.com/pa")
    assert [ln for ln in r.stderr.splitlines() if "heap" in ln] == [
        "a.go:3:10: object allocated on the heap: escapes at line 4"]


# ---------------------------------------------------------------- debug information

TRAP = """package main

import "os"

var table = []int{1, 2}

//go:noinline
func index(i int) int {
	if i > 100 {
		for j := 0; j < i; j++ {
			println(j)
		}
	}
	return table[i]
}

func main() {
	for k := 0; k < len(os.Args)+3; k++ {
		println(index(k))
	}
}
"""


def _custom_sections(wasm: bytes) -> set[str]:
    names = set()
    for payload in _sections(wasm).get(0, []):
        n = payload[0]  # names here are shorter than 128 bytes
        names.add(payload[1:1 + n].decode())
    return names


def test_dwarf_by_default_and_no_debug_strips_it(tmp_path: Path) -> None:
    """Line tables by default; -no-debug (and -ldflags=-w) drop them and keep the name section."""
    src = tmp_path / "trap.go"
    src.write_text(TRAP)
    sizes = {}
    for flags in ([], ["-no-debug"], ["-ldflags=-w"]):
        out = tmp_path / f"t{len(flags and flags[0])}.wasm"
        r = run_tinypy("build", *flags, "-o", str(out), str(src))
        assert r.returncode == 0, r.stderr
        secs = _custom_sections(out.read_bytes())
        assert "name" in secs
        assert (".debug_line" in secs) == (not flags), (flags, secs)
        assert ".debug_str" not in secs  # compile units only (backend/dwarfmin.py)
        sizes[" ".join(flags)] = out.stat().st_size
    assert sizes[""] > sizes["-no-debug"]


def test_trap_backtrace_shows_go_lines(tmp_path: Path) -> None:
    """wasmtime's backtrace (WASMTIME_BACKTRACE_DETAILS=1) names the Go file and line of the
    failing index expression and of the call in main (-opt=2: no binaryen pass rewrites the
    code; binaryen keeps only part of the line table through -opt=s/z)."""
    src = tmp_path / "trap.go"
    src.write_text(TRAP)
    r = run_tinypy("run", "-opt=2", "-panic=trap", str(src), env={"WASMTIME_BACKTRACE_DETAILS": "1"})
    assert r.returncode == 134, r.stderr
    assert f"{src}:14:" in r.stderr, r.stderr  # return table[i]
    assert f"{src}:19:" in r.stderr, r.stderr  # println(index(k))
    r = run_tinypy("run", "-opt=2", "-panic=trap", "-no-debug", str(src), env={"WASMTIME_BACKTRACE_DETAILS": "1"})
    assert r.returncode == 134 and "trap.go:" not in r.stderr
