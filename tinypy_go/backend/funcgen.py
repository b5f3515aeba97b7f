"""Lowering of one SSA function to LLVM IR text.

Run-time checks that go/ssa leaves implicit (division by zero, bounds,
nil dereference, shift counts) are made explicit here, branching to a call
of the runtime's panic function for each failure.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from contextlib import contextmanager
from fractions import Fraction
from typing import Any

from tinypy_go.backend import closures, goroutines, maps, panics, reflectcall, slices, stdintrinsics, typefuncs
from tinypy_go.backend import llvmtypes as LT
from tinypy_go.backend.codegen import ModuleGen, symbol
from tinypy_go.backend.debuginfo import MARK
from tinypy_go.backend.gcroots import GCRoots, check_alloc, typed_alloc
from tinypy_go.errors import CompileError, Diagnostic, InternalCompilerError
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa

_INT_OPS = {"+": "add", "-": "sub", "*": "mul", "&": "and", "|": "or", "^": "xor"}
_FLOAT_OPS = {"+": "fadd", "-": "fsub", "*": "fmul", "/": "fdiv"}
_ICMP_SIGNED = {"==": "eq", "!=": "ne", "<": "slt", "<=": "sle", ">": "sgt", ">=": "sge"}
_ICMP_UNSIGNED = {"==": "eq", "!=": "ne", "<": "ult", "<=": "ule", ">": "ugt", ">=": "uge"}
# A load of an array or struct this large, stored right away, is a memmove (FuncGen.load).
BIG_COPY = 1 << 12
# A basic block is cut after about this many lines of IR (see FuncGen.split_block).
SPLIT_LINES = 256
SPLIT_FLAG = '@"tinypy.split"'
_NO_WRITES = (ssa.Alloc, ssa.FieldAddr, ssa.IndexAddr)
_FCMP = {"==": "oeq", "!=": "une", "<": "olt", "<=": "ole", ">": "ogt", ">=": "oge"}


def float_const(value: Any, llty: str) -> str:
    """LLVM's hexadecimal spelling of a float constant (exact for float too)."""
    f = float(value)
    if llty == "float":
        f = struct.unpack("<f", struct.pack("<f", f))[0]
    return "0x%016X" % struct.unpack("<Q", struct.pack("<d", f))[0]


class FuncGen:
    """Lowers one function (or, with fn None, a generated dispatcher whose failure
    path returns ``zero_return``) to LLVM IR lines; the backend's per-feature
    modules emit through its methods."""

    def __init__(self, mg: ModuleGen, fn: ssa.Function | None, zero_return: str = "unreachable"):
        self.mg = mg
        self.fn = fn
        self.zero_return = zero_return
        self.lines: list[str] = []
        self.entry_allocas: list[str] = []
        self.frame_bytes = 0  # bytes of the allocas that count them (goroutines.stack_check)
        self.uses_panic_exit = False  # a block branches to the panic exit (backend/panics.py)
        self.sized_allocas = 0
        self.values: dict[int, str] = {}
        self.tmp = 0
        self.label = ""
        self.block_start = 0  # index in lines where the current block begins (split_block)
        self.exit_label: dict[int, str] = {}
        self.phis: list[tuple[int, ssa.Phi]] = []
        self.pos = fn.pos if fn is not None else 0
        self.gc: GCRoots | None = None  # GC-frame bookkeeping (backend/gcroots.py)
        self.big_loads: dict[int, str] = {}  # id(load) -> its address, copied by the next Store
        self.compared_loads: dict[int, str] = {}  # id(load) -> its address, read by == / != (_only_compared)
        self.users: dict[int, list[ssa.Instruction]] | None = None

    # ------------------------------------------------------------ helpers

    def new_tmp(self, hint: str = "") -> str:
        self.tmp += 1
        return f"%.{hint}{self.tmp}"

    def new_label(self, hint: str) -> str:
        self.tmp += 1
        return f"{hint}.{self.tmp}"

    def emit(self, line: str) -> None:
        self.lines.append("  " + line)

    @contextmanager
    def emitting_into(self, lines: list[str]) -> Iterator[list[str]]:
        """Emit into lines instead of the body while the block runs (a trailer block)."""
        save, self.lines = self.lines, lines
        try:
            yield lines
        finally:
            self.lines = save

    def branch_to_panic_exit(self, flag: str | None = None, otherwise: str = "") -> None:
        """End the block with a branch to the panic exit (if i1 flag, else to label
        otherwise); the exit is then emitted (backend/panics.py)."""
        if flag is None:
            self.emit("br label %panic.exit")
        else:
            self.emit(f"br i1 {flag}, label %panic.exit, label %{otherwise}")
        self.uses_panic_exit = True

    def count_frame(self, nbytes: int) -> None:
        """An alloca of nbytes in the frame, for the stack check (goroutines.stack_check)."""
        self.frame_bytes += nbytes
        self.sized_allocas += 1

    def replace_body(self, lines: list[str], entry_allocas: list[str]) -> None:
        """The body and entry allocas rewritten by a pass over them (backend/gcroots.py)."""
        self.lines[:] = lines
        self.entry_allocas[:] = entry_allocas

    def start_block(self, label: str) -> None:
        self.lines.append(f"{label}:")
        self.label = label
        self.block_start = len(self.lines)

    def split_block(self) -> None:
        """End a long straight-line block with a branch LLVM cannot fold.

        LLVM's WebAssembly code generation is quadratic in the size of a basic
        block (RegStackify rematerializes a block's shared constants one use at a
        time, each time shrinking a live range with a use per site), so a body of
        thousands of defers or calls took minutes.  The branch tests a volatile
        flag that is always false: a load and a br_if per few hundred lines."""
        self.mg.decls[SPLIT_FLAG] = f"{SPLIT_FLAG} = internal global i1 false"
        c = self.new_tmp("split")
        cold = self.new_label("split.cold")
        nxt = self.new_label("split")
        self.emit(f"{c} = load volatile i1, ptr {SPLIT_FLAG}")
        self.emit(f"br i1 {c}, label %{cold}, label %{nxt}")
        self.start_block(cold)
        self.emit(f"store volatile i1 false, ptr {SPLIT_FLAG}")
        self.emit(f"br label %{nxt}")
        self.start_block(nxt)

    def error(self, message: str) -> CompileError:
        return CompileError([Diagnostic(self.mg.fset.position(self.pos), message)])

    def ice(self, message: str) -> InternalCompilerError:
        return InternalCompilerError(self.mg.position(self.pos), message)

    def lty(self, t: T.Type) -> str:
        memo = self.mg.lty_memo
        got = memo.get(id(t))
        if got is not None:
            return got[1]
        try:
            text = LT.llvm_type(t)
        except LT.UnsupportedType as e:
            raise self.error(f"not supported yet: {e}") from None
        memo[id(t)] = (t, text)
        return text

    def v(self, val: ssa.Value) -> str:
        """The operand text of an SSA value."""
        got = self.values.get(id(val))
        if got is not None:
            return got
        match val:
            case ssa.Const():
                return self.const(val.value, val.type)
            case ssa.Global():
                return self.mg.global_ref(val)
            case ssa.Function():
                return self.func_value(val)
        raise self.ice(f"value {val.ref()} used before its definition")

    def tv(self, val: ssa.Value) -> str:
        return f"{self.lty(val.type)} {self.v(val)}"

    def const(self, value: Any, t: T.Type) -> str:
        llty = self.lty(t)
        u = LT.underlying(t)
        if value is None:
            if llty == "ptr":
                return "null"
            return "zeroinitializer"
        if type(u) is T.Basic:
            info = u.info
            if info & T.IS_BOOLEAN:
                return "true" if value else "false"
            if info & T.IS_STRING:
                return self.mg.string_const(value)
            if info & T.IS_INTEGER:
                n = int(value)
                bits = LT.int_bits(t)
                n &= (1 << bits) - 1
                if n >= 1 << (bits - 1):
                    n -= 1 << bits
                return str(n)
            if info & T.IS_FLOAT:
                return float_const(_to_float(value), llty)
            if info & T.IS_COMPLEX:
                if hasattr(value, "re"):  # the checker's exact Complex(re, im)
                    c = complex(_to_float(value.re), _to_float(value.im))
                else:
                    c = complex(_to_float(value))
                part = "float" if llty.startswith("{float") else "double"
                return f"{{{part} {float_const(c.real, part)}, {part} {float_const(c.imag, part)}}}"
            if u.kind == T.UNSAFE_POINTER:
                return "null" if not value else f"inttoptr (i32 {int(value)} to ptr)"
        raise self.ice(f"constant {value!r} of type {t}")

    def func_value(self, fn: ssa.Function) -> str:
        return closures.static_funcval(self.mg, closures.code_ref(self.mg, fn))

    def runtime_call(self, name: str, args: list[str], ret: str = "void") -> str | None:
        check_alloc(self, name)
        fn = self.mg.runtime_func(name)
        ref = self.mg.func_ref(fn)
        call_args = ", ".join([*args, "ptr undef"])
        if ret == "void":
            self.emit(f"call void {ref}({call_args})")
            return None
        r = self.new_tmp()
        self.emit(f"{r} = call {ret} {ref}({call_args})")
        return r

    def check(self, fail_cond: str, on_fail: callable) -> None:
        """Branch to a block calling on_fail() when fail_cond (an i1) is true."""
        fail = self.new_label("panic")
        ok = self.new_label("ok")
        self.emit(f"br i1 {fail_cond}, label %{fail}, label %{ok}")
        self.start_block(fail)
        on_fail()
        panics.after_panic(self)
        self.start_block(ok)

    def nil_check(self, ptr: str) -> None:
        if ptr in ("null",):
            pass
        c = self.new_tmp()
        self.emit(f"{c} = icmp eq ptr {ptr}, null")
        self.check(c, lambda: self.runtime_call("runtime.panicNilDeref", []))

    # ------------------------------------------------------------ function

    def lower(self) -> str:
        fn = self.fn
        ret, params, takes_ctx = self.mg.signature_types(fn)
        plist = []
        for i, (p, t) in enumerate(zip(fn.params, params, strict=True)):
            name = f"%p{i}"
            self.values[id(p)] = name
            plist.append(f"{t} {name}")
        if takes_ctx:
            plist.append("ptr %context")
        closures.prologue(self)
        gc = self.gc = GCRoots.for_function(self)
        debug = self.mg.debug
        sp = debug.subprogram(fn.name, fn.pos) if debug is not None else None
        if sp is None:
            debug = None
        self.live = live = self.live_blocks()
        for b in fn.blocks:
            if b.index not in live:
                continue  # behind a constant `if recoverEnabled()`: never lowered, so never referenced
            self.start_block(f"b{b.index}")
            for instr in b.instrs:
                if debug is not None and instr.pos and instr.pos != self.pos:
                    self.lines.append(f"{MARK}{instr.pos}")  # debuginfo.attach: where the lines come from
                self.pos = instr.pos or self.pos
                handler = _HANDLERS.get(type(instr))
                if handler is None:
                    raise self.error(f"not supported yet: {type(instr).__name__} instructions")
                start = len(self.lines)
                try:
                    handler(self, instr)
                except (CompileError, InternalCompilerError, RecursionError):
                    raise
                except Exception as e:  # a backend bug: one line at the instruction's Go position
                    raise self.ice(f"lowering {type(instr).__name__} in {fn.name}: {type(e).__name__}: {e}") from e
                if gc is not None:
                    gc.record(instr, start, len(self.lines))
                if len(self.lines) - self.block_start > SPLIT_LINES and instr is not b.instrs[-1] \
                        and type(instr) is not ssa.Phi:  # phis stay at the head of their block
                    self.split_block()
            self.exit_label[b.index] = self.label
        for idx, phi in self.phis:
            edges = ", ".join(
                f"[{self.v(v)}, %{self.exit_label[p.index]}]"
                for p, v in zip(phi.block.preds, phi.edges, strict=True) if p.index in live
            )
            self.lines[idx] = f"  {self.values[id(phi)]} = phi {self.lty(phi.type)} {edges}"
        self.lines.extend(panics.exit_block(self))
        if gc is not None:
            gc.finish()
        linkage = "internal "
        noinline = " noinline" if fn.noinline else ""  # //go:noinline, as gc and TinyGo honour it
        head = (f"define {linkage}{ret} {symbol(self.mg.link_name(fn))}({', '.join(plist)})"
                f"{noinline} {self.mg.go_func_attrs()} {{")
        check = goroutines.stack_check(self) if self.mg.sched.on else []
        body = ["entry:", *self.entry_allocas, *(check or ["  br label %b0"]), *self.lines]
        if debug is not None and sp is not None:
            head = head[:-2] + f" !dbg !{sp} {{"
            body = debug.attach(sp, fn.pos, body)
        self.gc = None  # it refers back to this FuncGen: without the cycle, refcounting frees both
        return "\n".join([head, *body, "}"])

    def define(self, instr: ssa.ValueInstr, operand: str) -> None:
        self.values[id(instr)] = operand

    def reg(self, instr: ssa.ValueInstr) -> str:
        name = f"%{instr.name}"
        self.values[id(instr)] = name
        return name

    # ------------------------------------------------------------ memory

    def lower_alloc(self, a: ssa.Alloc) -> None:
        ty = self.lty(a.elem)
        size, align = LT.layout(a.elem)
        if a.heap:
            self.define(a, typed_alloc(self, a.elem, size))
            return
        name = self.reg(a)
        self.entry_allocas.append(f"  {name} = alloca {ty}, align {max(align, 1)}")
        self.count_frame(size)
        self.emit(f"store {ty} zeroinitializer, ptr {name}")

    def lower_store(self, s: ssa.Store) -> None:
        ptr = self.v(s.addr)
        if not _non_nil(s.addr):
            self.nil_check(ptr)
        src = self.big_loads.pop(id(s.val), None)
        if src is not None:  # a big value copied from memory to memory (see load)
            slices.memmove(self, ptr, src, str(LT.layout(s.val.type)[0]))
            return
        self.emit(f"store {self.tv(s.val)}, ptr {ptr}")

    def load(self, instr: ssa.UnOp) -> None:
        ptr = self.v(instr.x)
        if not _non_nil(instr.x):
            self.nil_check(ptr)
        if self._copied_by_next_store(instr):
            # ``b := a`` of a big array or struct: a memmove instead of a first-class
            # aggregate load and store (LLVM aborts on aggregates of 1 MiB and more,
            # and is slow well before)
            self.big_loads[id(instr)] = ptr
            if self.gc is not None:  # the source stays reachable until the store copies it
                self.gc.keep("ptr", ptr)
            self.define(instr, "undef")
            return
        if self._only_compared(instr):
            # ``s == t`` of big structs or arrays: the equality function reads both
            # operands where they are (a first-class load of thousands of fields makes
            # LLVM and wasm-opt crawl)
            self.compared_loads[id(instr)] = ptr
            if self.gc is not None:
                self.gc.keep("ptr", ptr)
            self.define(instr, "undef")
            return
        mark = self.mg.constfields.mark(instr.x) if type(instr.x) is ssa.FieldAddr else None
        if mark is not None:  # a bool field maybe never set (backend/constfields.py)
            self.emit(f"{self.reg(instr)} = load i1, ptr {ptr}{mark}")
            return
        self.emit(f"{self.reg(instr)} = load {self.lty(instr.type)}, ptr {ptr}")

    def _only_compared(self, instr: ssa.UnOp) -> bool:
        """Is a big load used only by == / != later in its block, with nothing between
        that writes memory (so the compare may read the loaded memory instead)?"""
        i = self._big_load_index(instr)
        if i < 0:
            return False
        b = instr.block
        uses = self._users().get(id(instr), [])
        if not uses or any(type(u) is not ssa.BinOp or u.op not in ("==", "!=") or u.block is not b
                           for u in uses):
            return False
        instrs = b.instrs
        pending = {id(u) for u in uses}
        for x in instrs[i + 1:]:
            pending.discard(id(x))
            if not pending:
                return True
            if type(x) in _NO_WRITES or type(x) is ssa.BinOp or (type(x) is ssa.UnOp and x.op == "*"):
                continue
            return False
        return False

    def _copied_by_next_store(self, instr: ssa.UnOp) -> bool:
        i = self._big_load_index(instr)
        if i < 0:
            return False
        instrs = instr.block.instrs
        i += 1
        while i < len(instrs) and type(instrs[i]) in _NO_WRITES:  # a new variable between: b := a
            i += 1
        if i >= len(instrs):
            return False
        nxt = instrs[i]
        if type(nxt) is not ssa.Store or nxt.val is not instr or nxt.addr is instr:
            return False
        return len(self._users().get(id(instr), ())) == 1

    def _big_load_index(self, instr: ssa.UnOp) -> int:
        """The index in its block of a load of a big array or struct (BIG_COPY bytes
        or more, which lowerings avoid materialising); -1 for any other load."""
        k = type(LT.underlying(instr.type))
        if (k is not T.Array and k is not T.Struct) or LT.layout(instr.type)[0] < BIG_COPY:
            return -1
        if instr.block is None:
            return -1
        return next((j for j, x in enumerate(instr.block.instrs) if x is instr), -1)

    def _users(self) -> dict[int, list[ssa.Instruction]]:
        """id(value) -> the instructions using it, once per operand (computed once per function)."""
        if self.users is None:
            users: dict[int, list[ssa.Instruction]] = {}
            for blk in self.fn.blocks:
                for x in blk.instrs:
                    for op in x.operands():
                        users.setdefault(id(op), []).append(x)
            self.users = users
        return self.users

    def lower_field_addr(self, instr: ssa.FieldAddr) -> None:
        base = self.v(instr.x)
        if not _non_nil(instr.x):
            self.nil_check(base)
        st = self.lty(LT.underlying(instr.x.type).elem)
        self.emit(f"{self.reg(instr)} = getelementptr inbounds {st}, ptr {base}, i32 0, i32 {instr.field}")
        self.mg.constfields.field_addr(instr, lambda: self._users().get(id(instr), []))

    def lower_field(self, instr: ssa.Field) -> None:
        self.emit(f"{self.reg(instr)} = extractvalue {self.tv(instr.x)}, {instr.field}")

    def bounds_check(self, index: ssa.Value, length: str) -> str:
        """Check 0 <= index < length; returns the index as i32."""
        return slices.check_index(self, index, length)  # Go's message for any index type

    def int_to_i32(self, val: ssa.Value) -> str:
        """An index operand as i32 (64-bit indexes that do not fit panic as out of range)."""
        llty = self.lty(val.type)
        x = self.v(val)
        if llty == "i32":
            return x
        r = self.new_tmp()
        if llty == "i64":
            self.emit(f"{r} = trunc i64 {x} to i32")  # out-of-range values fail the check anyway
            big = self.new_tmp()
            self.emit(f"{big} = icmp ugt i64 {x}, 2147483647")
            r2 = self.new_tmp()
            self.emit(f"{r2} = select i1 {big}, i32 -1, i32 {r}")
            return r2
        op = "sext" if LT.is_signed(val.type) else "zext"
        self.emit(f"{r} = {op} {llty} {x} to i32")
        return r

    def lower_index_addr(self, instr: ssa.IndexAddr) -> None:
        xt = LT.underlying(instr.x.type)
        if type(xt) is T.Pointer:  # pointer to array
            arr = LT.underlying(xt.elem)
            base = self.v(instr.x)
            if not _non_nil(instr.x):
                self.nil_check(base)
            idx = self.bounds_check(instr.index, str(arr.len))
            self.emit(f"{self.reg(instr)} = getelementptr inbounds {self.lty(arr)}, ptr {base}, i32 0, i32 {idx}")
            return
        if type(xt) is T.Slice:
            s = self.v(instr.x)
            ptr, length = self.new_tmp(), self.new_tmp()
            self.emit(f"{ptr} = extractvalue {LT.SLICE} {s}, 0")
            self.emit(f"{length} = extractvalue {LT.SLICE} {s}, 1")
            idx = self.bounds_check(instr.index, length)
            self.emit(f"{self.reg(instr)} = getelementptr inbounds {self.lty(xt.elem)}, ptr {ptr}, i32 {idx}")
            return
        raise self.error(f"not supported yet: indexing {instr.x.type}")

    def lower_index(self, instr: ssa.Index) -> None:
        xt = LT.underlying(instr.x.type)
        if type(xt) is T.Basic and xt.info & T.IS_STRING:
            s = self.v(instr.x)
            ptr, length = self.new_tmp(), self.new_tmp()
            self.emit(f"{ptr} = extractvalue {LT.STRING} {s}, 0")
            self.emit(f"{length} = extractvalue {LT.STRING} {s}, 1")
            idx = self.bounds_check(instr.index, length)
            addr = self.new_tmp()
            self.emit(f"{addr} = getelementptr inbounds i8, ptr {ptr}, i32 {idx}")
            self.emit(f"{self.reg(instr)} = load i8, ptr {addr}")
            return
        if type(xt) is T.Array:
            idx = self.bounds_check(instr.index, str(xt.len))
            tmp = self.new_tmp()
            aty = self.lty(xt)
            self.entry_allocas.append(f"  {tmp} = alloca {aty}")
            self.emit(f"store {aty} {self.v(instr.x)}, ptr {tmp}")
            addr = self.new_tmp()
            self.emit(f"{addr} = getelementptr inbounds {aty}, ptr {tmp}, i32 0, i32 {idx}")
            self.emit(f"{self.reg(instr)} = load {self.lty(instr.type)}, ptr {addr}")
            return
        raise self.error(f"not supported yet: indexing {instr.x.type}")

    # ------------------------------------------------------------ arithmetic

    def lower_binop(self, instr: ssa.BinOp) -> None:
        op = instr.op
        xt = instr.x.type
        info = LT.basic_info(xt)
        x, y = self.v(instr.x), self.v(instr.y)
        llty = self.lty(xt)
        if op in ("<<", ">>"):
            self.shift(instr, x, y)
            return
        if info & T.IS_STRING:
            self.string_binop(instr, x, y)
            return
        if type(LT.underlying(xt)) is T.Interface:
            from tinypy_go.backend.interfaces import interface_compare

            interface_compare(self, instr, x, y)
            return
        if op in _ICMP_SIGNED:
            self.compare(instr, op, x, y, llty, xt, info)
            return
        r = self.reg(instr)
        if info & T.IS_FLOAT:
            if op not in _FLOAT_OPS:
                raise self.ice(f"float operator {op}")
            self.emit(f"{r} = {_FLOAT_OPS[op]} {llty} {x}, {y}")
            return
        if info & T.IS_COMPLEX:
            self.complex_binop(instr, op, x, y, llty)
            return
        if op in _INT_OPS:
            self.emit(f"{r} = {_INT_OPS[op]} {llty} {x}, {y}")
            return
        if op == "&^":
            n = self.new_tmp()
            self.emit(f"{n} = xor {llty} {y}, -1")
            self.emit(f"{r} = and {llty} {x}, {n}")
            return
        if op in ("/", "%"):
            signed = not (info & T.IS_UNSIGNED)
            zero = self.new_tmp()
            self.emit(f"{zero} = icmp eq {llty} {y}, 0")
            self.check(zero, lambda: self.runtime_call("runtime.panicDivide", []))
            if signed:
                # MinInt / -1 overflows in hardware; Go defines it as MinInt (and % as 0).
                neg1 = self.new_tmp()
                self.emit(f"{neg1} = icmp eq {llty} {y}, -1")
                safe_y = self.new_tmp()
                self.emit(f"{safe_y} = select i1 {neg1}, {llty} 1, {llty} {y}")
                q = self.new_tmp()
                self.emit(f"{q} = {'sdiv' if op == '/' else 'srem'} {llty} {x}, {safe_y}")
                if op == "/":
                    negx = self.new_tmp()
                    self.emit(f"{negx} = sub {llty} 0, {x}")
                    self.emit(f"{r} = select i1 {neg1}, {llty} {negx}, {llty} {q}")
                else:
                    self.emit(f"{r} = select i1 {neg1}, {llty} 0, {llty} {q}")
            else:
                self.emit(f"{r} = {'udiv' if op == '/' else 'urem'} {llty} {x}, {y}")
            return
        if info & T.IS_BOOLEAN:
            raise self.ice(f"boolean operator {op}")
        raise self.error(f"not supported yet: operator {op} on {xt}")

    def complex_parts(self, x: str, llty: str) -> tuple[str, str]:
        re, im = self.new_tmp(), self.new_tmp()
        self.emit(f"{re} = extractvalue {llty} {x}, 0")
        self.emit(f"{im} = extractvalue {llty} {x}, 1")
        return re, im

    def make_complex(self, re: str, im: str, llty: str, part: str, result: str | None = None) -> str:
        a = self.new_tmp()
        self.emit(f"{a} = insertvalue {llty} undef, {part} {re}, 0")
        r = result or self.new_tmp()
        self.emit(f"{r} = insertvalue {llty} {a}, {part} {im}, 1")
        return r

    def complex_binop(self, instr: ssa.BinOp, op: str, x: str, y: str, llty: str) -> None:
        part = "float" if llty.startswith("{float") else "double"
        a, b = self.complex_parts(x, llty)
        c, d = self.complex_parts(y, llty)
        if op in ("+", "-"):
            fop = "fadd" if op == "+" else "fsub"
            re, im = self.new_tmp(), self.new_tmp()
            self.emit(f"{re} = {fop} {part} {a}, {c}")
            self.emit(f"{im} = {fop} {part} {b}, {d}")
        elif op == "*":
            ac, bd, ad, bc = (self.new_tmp() for _ in range(4))
            self.emit(f"{ac} = fmul {part} {a}, {c}")
            self.emit(f"{bd} = fmul {part} {b}, {d}")
            self.emit(f"{ad} = fmul {part} {a}, {d}")
            self.emit(f"{bc} = fmul {part} {b}, {c}")
            re, im = self.new_tmp(), self.new_tmp()
            self.emit(f"{re} = fsub {part} {ac}, {bd}")
            self.emit(f"{im} = fadd {part} {ad}, {bc}")
        elif op == "/":
            c128 = "{double, double}"
            if part == "float":  # complex64 divides in complex128 precision, as Go does
                parts = []
                for v in (a, b, c, d):
                    w = self.new_tmp()
                    self.emit(f"{w} = fpext float {v} to double")
                    parts.append(w)
                nx = self.make_complex(parts[0], parts[1], c128, "double")
                ny = self.make_complex(parts[2], parts[3], c128, "double")
            else:
                nx, ny = x, y
            q = self.runtime_call("runtime.complex128div", [f"{c128} {nx}", f"{c128} {ny}"], c128)
            if part == "double":
                self.define(instr, q)
                return
            qr, qi = self.complex_parts(q, c128)
            re, im = self.new_tmp(), self.new_tmp()
            self.emit(f"{re} = fptrunc double {qr} to float")
            self.emit(f"{im} = fptrunc double {qi} to float")
        else:
            raise self.ice(f"complex operator {op}")
        self.make_complex(re, im, llty, part, self.reg(instr))

    def compare(self, instr: ssa.BinOp, op: str, x: str, y: str, llty: str, xt: T.Type, info: int) -> None:
        u = LT.underlying(xt)
        if info & T.IS_COMPLEX:
            part = "float" if llty.startswith("{float") else "double"
            a, b = self.complex_parts(x, llty)
            c, d = self.complex_parts(y, llty)
            e1, e2 = self.new_tmp(), self.new_tmp()
            self.emit(f"{e1} = fcmp oeq {part} {a}, {c}")
            self.emit(f"{e2} = fcmp oeq {part} {b}, {d}")
            if op == "==":
                self.emit(f"{self.reg(instr)} = and i1 {e1}, {e2}")
            else:
                both = self.new_tmp()
                self.emit(f"{both} = and i1 {e1}, {e2}")
                self.emit(f"{self.reg(instr)} = xor i1 {both}, true")
            return
        r = self.reg(instr)
        if info & T.IS_FLOAT:
            self.emit(f"{r} = fcmp {_FCMP[op]} {llty} {x}, {y}")
        elif type(u) in (T.Struct, T.Array):
            typefuncs.lower_compare(self, instr, op, x, y)
        elif type(u) is T.Slice:
            slices.compare_slice_nil(self, instr, op, x, y)
        elif info & (T.IS_INTEGER | T.IS_BOOLEAN) or llty == "ptr":
            table = _ICMP_UNSIGNED if (info & T.IS_UNSIGNED or llty in ("ptr", "i1")) else _ICMP_SIGNED
            self.emit(f"{r} = icmp {table[op]} {llty} {x}, {y}")
        elif type(u) in (T.Signature, T.Slice):
            # only comparable with nil: compare the function / data pointer
            idx = 1 if type(u) is T.Signature else 0
            a, b = self.new_tmp(), self.new_tmp()
            self.emit(f"{a} = extractvalue {llty} {x}, {idx}")
            self.emit(f"{b} = extractvalue {llty} {y}, {idx}")
            self.emit(f"{r} = icmp {_ICMP_UNSIGNED[op]} ptr {a}, {b}")
        else:
            raise self.error(f"not supported yet: comparison of {u}")

    def string_binop(self, instr: ssa.BinOp, x: str, y: str) -> None:
        op = instr.op
        s = LT.STRING
        if op == "+":
            self.define(instr, self.runtime_call("runtime.stringConcat", [f"{s} {x}", f"{s} {y}"], s))
            return
        if op in ("==", "!="):
            eq = self.runtime_call("runtime.stringEqual", [f"{s} {x}", f"{s} {y}"], "i1")
            if op == "==":
                self.define(instr, eq)
            else:
                self.emit(f"{self.reg(instr)} = xor i1 {eq}, true")
            return
        # a < b, a > b = b < a, a <= b = !(b < a), a >= b = !(a < b)
        first, second = (x, y) if op in ("<", ">=") else (y, x)
        less = self.runtime_call("runtime.stringLess", [f"{s} {first}", f"{s} {second}"], "i1")
        if op in ("<", ">"):
            self.define(instr, less)
        else:
            self.emit(f"{self.reg(instr)} = xor i1 {less}, true")

    def shift(self, instr: ssa.BinOp, x: str, y: str) -> None:
        """Go shifts: counts >= width give 0 (or the sign for >>); negative counts panic."""
        xt, yt = instr.x.type, instr.y.type
        llty = self.lty(xt)
        bits = LT.int_bits(xt)
        yty = self.lty(yt)
        ybits = LT.int_bits(yt)
        if LT.is_signed(yt):
            neg = self.new_tmp()
            self.emit(f"{neg} = icmp slt {yty} {y}, 0")
            self.check(neg, lambda: self.runtime_call("runtime.panicShift", []))
        # bring the count to the operand's width, saturating
        if ybits > bits:
            big = self.new_tmp()
            self.emit(f"{big} = icmp uge {yty} {y}, {bits}")
            t = self.new_tmp()
            self.emit(f"{t} = trunc {yty} {y} to {llty}")
            cnt = self.new_tmp()
            self.emit(f"{cnt} = select i1 {big}, {llty} {bits}, {llty} {t}")
        elif ybits < bits:
            cnt = self.new_tmp()
            self.emit(f"{cnt} = zext {yty} {y} to {llty}")
        else:
            cnt = y
        over = self.new_tmp()
        self.emit(f"{over} = icmp uge {llty} {cnt}, {bits}")
        safe = self.new_tmp()
        self.emit(f"{safe} = select i1 {over}, {llty} {bits - 1}, {llty} {cnt}")
        res = self.new_tmp()
        r = self.reg(instr)
        if instr.op == "<<":
            self.emit(f"{res} = shl {llty} {x}, {safe}")
            self.emit(f"{r} = select i1 {over}, {llty} 0, {llty} {res}")
        elif LT.is_signed(xt):
            self.emit(f"{r} = ashr {llty} {x}, {safe}")  # shifting by width-1 gives the sign fill
        else:
            self.emit(f"{res} = lshr {llty} {x}, {safe}")
            self.emit(f"{r} = select i1 {over}, {llty} 0, {llty} {res}")

    def lower_unop(self, instr: ssa.UnOp) -> None:
        op = instr.op
        if op == "*":
            self.load(instr)
            return
        x = self.v(instr.x)
        llty = self.lty(instr.x.type)
        info = LT.basic_info(instr.x.type)
        r = self.reg(instr)
        if op == "!":
            self.emit(f"{r} = xor i1 {x}, true")
        elif op == "-":
            if info & T.IS_FLOAT:
                self.emit(f"{r} = fneg {llty} {x}")
            elif info & T.IS_INTEGER:
                self.emit(f"{r} = sub {llty} 0, {x}")
            elif info & T.IS_COMPLEX:
                part = "float" if llty.startswith("{float") else "double"
                a, b = self.complex_parts(x, llty)
                na, nb = self.new_tmp(), self.new_tmp()
                self.emit(f"{na} = fneg {part} {a}")
                self.emit(f"{nb} = fneg {part} {b}")
                self.make_complex(na, nb, llty, part, r)
            else:
                raise self.error(f"not supported yet: negation of {instr.x.type}")
        elif op == "^":
            self.emit(f"{r} = xor {llty} {x}, -1")
        else:
            raise self.error(f"not supported yet: unary {op}")

    def lower_convert(self, instr: ssa.Convert) -> None:
        if slices.lower_string_convert(self, instr):
            return
        src, dst = instr.x.type, instr.type
        sty, dty = self.lty(src), self.lty(dst)
        si, di = LT.basic_info(src), LT.basic_info(dst)
        x = self.v(instr.x)
        r = self.reg(instr)
        if si & T.IS_INTEGER and di & T.IS_INTEGER:
            sb, db = LT.int_bits(src), LT.int_bits(dst)
            if sb == db:
                self.define(instr, x)
            elif sb > db:
                self.emit(f"{r} = trunc {sty} {x} to {dty}")
            else:
                self.emit(f"{r} = {'sext' if LT.is_signed(src) else 'zext'} {sty} {x} to {dty}")
        elif si & T.IS_INTEGER and di & T.IS_FLOAT:
            self.emit(f"{r} = {'sitofp' if LT.is_signed(src) else 'uitofp'} {sty} {x} to {dty}")
        elif si & T.IS_FLOAT and di & T.IS_INTEGER:
            op = "fptosi" if LT.is_signed(dst) else "fptoui"
            self.emit(f"{r} = call {dty} @llvm.{op}.sat.{_sat(dty)}.{_sat(sty)}({sty} {x})")
            self.mg.decls[f"{op}.{dty}.{sty}"] = f"declare {dty} @llvm.{op}.sat.{_sat(dty)}.{_sat(sty)}({sty})"
        elif si & T.IS_FLOAT and di & T.IS_FLOAT:
            if sty == dty:
                self.define(instr, x)
            else:
                self.emit(f"{r} = {'fpext' if dty == 'double' else 'fptrunc'} {sty} {x} to {dty}")
        elif si & T.IS_COMPLEX and di & T.IS_COMPLEX:
            if sty == dty:
                self.define(instr, x)
                return
            sp, dp = ("float", "double") if dty.startswith("{double") else ("double", "float")
            op = "fpext" if dp == "double" else "fptrunc"
            parts = []
            for i in (0, 1):
                p, q = self.new_tmp(), self.new_tmp()
                self.emit(f"{p} = extractvalue {sty} {x}, {i}")
                self.emit(f"{q} = {op} {sp} {p} to {dp}")
                parts.append(q)
            a = self.new_tmp()
            self.emit(f"{a} = insertvalue {dty} undef, {dp} {parts[0]}, 0")
            self.emit(f"{r} = insertvalue {dty} {a}, {dp} {parts[1]}, 1")
        elif sty == "ptr" and dty == "ptr":
            self.mg.constfields.converted(dst, src)  # (*S)(unsafe.Pointer(p))
            self.define(instr, x)
        elif sty == "ptr" and di & T.IS_INTEGER:
            self.emit(f"{r} = ptrtoint ptr {x} to {dty}")
        elif si & T.IS_INTEGER and dty == "ptr":
            self.emit(f"{r} = inttoptr {sty} {x} to ptr")
        else:
            raise self.error(f"not supported yet: conversion from {src} to {dst}")

    def lower_change_type(self, instr: ssa.ChangeType) -> None:
        self.mg.constfields.converted(instr.type, instr.x.type)
        self.define(instr, self.v(instr.x))

    # ------------------------------------------------------------ calls

    def lower_call(self, instr: ssa.Call) -> None:
        call = instr.call
        callee = call.value
        if call.method is not None:
            from tinypy_go.backend.interfaces import lower_invoke

            lower_invoke(self, instr)
            panics.after_call(self, None)
            return
        if isinstance(callee, ssa.Builtin):
            from tinypy_go.backend.builtins import lower_builtin

            lower_builtin(self, instr)
            return
        ret = self.lty(instr.type) if not _is_empty_tuple(instr.type) else "void"
        args = [self.tv(a) for a in call.args]
        if isinstance(callee, ssa.Function):
            check_alloc(self, callee.name)
            if callee.name in ("runtime.efaceToAny", "runtime.anyToEface"):
                self.define(instr, self.v(call.args[0]))  # same {ptr, ptr} representation
                return
            if callee.name in ("runtime.memcpy", "runtime.memmove", "runtime.memzero", "runtime.wasmMemorySize",
                               "runtime.wasmMemoryGrow", "runtime.trap", "runtime.stackPointer"):
                self.intrinsic(instr, callee.name, [self.v(a) for a in call.args])
                return
            if callee.name in stdintrinsics.HANDLED and stdintrinsics.lower(self, instr, callee.name):
                return
            if stdintrinsics.is_noop(callee.name):
                return
            if callee.lazy_global is not None:  # kept only if the variable is used (backend/staticdata.py)
                self.emit(self.mg.lazy_inits.placeholder(callee))
                self.define(instr, "undef")
                return
            if callee.name == "runtime.goVersion":  # runtime.Version(): the GOROOT being compiled
                from tinypy_go.goroot import go_version

                self.define(instr, self.const(go_version(), instr.type))
                return
            if callee.name == "runtime.recoverEnabled":
                self.define(instr, "true" if self.mg.unwind else "false")
                return
            if callee.name == reflectcall.INTRINSIC:
                reflectcall.lower_table_call(self, instr)
                return
            if callee.name == "runtime.makeFuncTable":  # backend/makefunc.py
                from tinypy_go.backend import makefunc

                makefunc.lower_table_call(self, instr)
                return
            ref = self.mg.func_ref(callee)
            if callee.wasm_import is None:
                args.append("ptr undef")
        else:
            ref, ctx = closures.call_target(self, callee)
            args.append(ctx)
        if ret == "void":
            self.emit(f"call void {ref}({', '.join(args)})")
            self.define(instr, "undef")
        else:
            self.emit(f"{self.reg(instr)} = call {ret} {ref}({', '.join(args)})")
        panics.after_call(self, callee)

    def intrinsic(self, instr: ssa.Call, name: str, args: list[str]) -> None:
        decls = self.mg.decls
        if name == "runtime.memcpy":
            decls["llvm.memcpy"] = "declare void @llvm.memcpy.p0.p0.i32(ptr, ptr, i32, i1)"
            self.emit(f"call void @llvm.memcpy.p0.p0.i32(ptr {args[0]}, ptr {args[1]}, i32 {args[2]}, i1 false)")
        elif name == "runtime.memmove":
            slices.memmove(self, args[0], args[1], args[2])
        elif name == "runtime.memzero":
            decls["llvm.memset"] = "declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)"
            self.emit(f"call void @llvm.memset.p0.i32(ptr {args[0]}, i8 0, i32 {args[1]}, i1 false)")
        elif name == "runtime.wasmMemorySize":
            decls["llvm.wasm.memory.size"] = "declare i32 @llvm.wasm.memory.size.i32(i32)"
            self.emit(f"{self.reg(instr)} = call i32 @llvm.wasm.memory.size.i32(i32 0)")
            return
        elif name == "runtime.wasmMemoryGrow":
            decls["llvm.wasm.memory.grow"] = "declare i32 @llvm.wasm.memory.grow.i32(i32, i32)"
            self.emit(f"{self.reg(instr)} = call i32 @llvm.wasm.memory.grow.i32(i32 0, i32 {args[0]})")
            return
        elif name == "runtime.trap":
            decls["llvm.trap"] = "declare void @llvm.trap()"
            self.emit("call void @llvm.trap()")
        self.define(instr, "undef")

    def lower_extract(self, instr: ssa.Extract) -> None:
        self.emit(f"{self.reg(instr)} = extractvalue {self.tv(instr.tuple)}, {instr.index}")

    # ------------------------------------------------------------ control flow

    def lower_jump(self, instr: ssa.Jump) -> None:
        self.emit(f"br label %b{instr.block.succs[0].index}")

    def live_blocks(self) -> set[int]:
        """Indexes of the blocks reachable when `if recoverEnabled()` branches are
        folded (the runtime's unwinding code must vanish, even at -opt=0, for -gc=none)."""
        live: set[int] = set()
        stack = [self.fn.blocks[0]]
        while stack:
            b = stack.pop()
            if b.index in live:
                continue
            live.add(b.index)
            last = b.instrs[-1]
            taken = self.constant_branch(last) if isinstance(last, ssa.If) else None
            stack.extend(b.succs if taken is None else [taken])
        return live

    def constant_branch(self, instr: ssa.If) -> ssa.BasicBlock | None:
        cond = instr.cond
        if isinstance(cond, ssa.Call) and isinstance(cond.call.value, ssa.Function) \
                and cond.call.value.name == "runtime.recoverEnabled":
            t, f = instr.block.succs
            return t if self.mg.unwind else f
        return None

    def lower_if(self, instr: ssa.If) -> None:
        t, f = instr.block.succs
        taken = self.constant_branch(instr)
        if taken is not None:
            self.emit(f"br label %b{taken.index}")
            return
        self.emit(f"br i1 {self.v(instr.cond)}, label %b{t.index}, label %b{f.index}")

    def lower_return(self, instr: ssa.Return) -> None:
        results = instr.results
        if not results:
            self.emit("ret void")
        elif len(results) == 1:
            self.emit(f"ret {self.tv(results[0])}")
        else:
            rty = LT.tuple_type(self.fn.signature.results)
            agg = "undef"
            for i, r in enumerate(results):
                nxt = self.new_tmp()
                self.emit(f"{nxt} = insertvalue {rty} {agg}, {self.tv(r)}, {i}")
                agg = nxt
            self.emit(f"ret {rty} {agg}")

    def lower_phi(self, instr: ssa.Phi) -> None:
        self.reg(instr)
        self.phis.append((len(self.lines), instr))
        self.lines.append("")  # filled in once every predecessor's exit label is known

    def lower_panic(self, instr: ssa.Panic) -> None:
        from tinypy_go.backend.builtins import lower_panic

        if panics.lower_panic(self, instr):  # unwinding mode, panic(nil)
            return

        lower_panic(self, instr)
        self.emit("unreachable")

    def lower_unreachable(self, instr: ssa.Unreachable) -> None:
        self.emit("unreachable")



def _sat(llty: str) -> str:
    return {"i8": "i8", "i16": "i16", "i32": "i32", "i64": "i64", "float": "f32", "double": "f64"}[llty]


def _is_empty_tuple(t: Any) -> bool:
    return type(t) is T.Tuple and not t.vars


def _non_nil(v: ssa.Value) -> bool:
    """Addresses that can never be nil: locals, globals, fields and elements of those,
    captured variables' addresses (a thousand closures need no nil checks on them)."""
    return isinstance(v, (ssa.Alloc, ssa.Global, ssa.FieldAddr, ssa.IndexAddr)) or (type(v) is ssa.FreeVar and v.addr)


def _to_float(value: Any) -> float:
    if isinstance(value, Fraction):
        return value.numerator / value.denominator if value.denominator != 1 else float(value.numerator)
    return float(value)


_HANDLERS = {
    ssa.Alloc: FuncGen.lower_alloc,
    ssa.Store: FuncGen.lower_store,
    ssa.BinOp: FuncGen.lower_binop,
    ssa.UnOp: FuncGen.lower_unop,
    ssa.Convert: FuncGen.lower_convert,
    ssa.ChangeType: FuncGen.lower_change_type,
    ssa.Call: FuncGen.lower_call,
    ssa.Extract: FuncGen.lower_extract,
    ssa.FieldAddr: FuncGen.lower_field_addr,
    ssa.Field: FuncGen.lower_field,
    ssa.IndexAddr: FuncGen.lower_index_addr,
    ssa.Index: FuncGen.lower_index,
    ssa.Jump: FuncGen.lower_jump,
    ssa.If: FuncGen.lower_if,
    ssa.Return: FuncGen.lower_return,
    ssa.Phi: FuncGen.lower_phi,
    ssa.Panic: FuncGen.lower_panic,
    ssa.Unreachable: FuncGen.lower_unreachable,
    # slices and maps (backend/slices.py, backend/maps.py)
    ssa.Slice: slices.lower_slice,
    ssa.MakeSlice: slices.lower_make_slice,
    ssa.SliceToArrayPointer: slices.lower_slice_to_array_pointer,
    ssa.MakeMap: maps.lower_make_map,
    ssa.Lookup: maps.lower_lookup,
    ssa.MapUpdate: maps.lower_map_update,
    ssa.Range: maps.lower_range,
    ssa.Next: maps.lower_next,
}
closures.register(_HANDLERS)


def _register_interface_handlers() -> None:
    from tinypy_go.backend import interfaces

    _HANDLERS[ssa.MakeInterface] = interfaces.lower_make_interface
    _HANDLERS[ssa.TypeAssert] = interfaces.lower_type_assert


_register_interface_handlers()
