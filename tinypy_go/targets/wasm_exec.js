// JavaScript glue for modules built by tinypy-go with -target=wasm (GOOS=js).
//
// Usage (the API of Go's and TinyGo's wasm_exec.js):
//
//     const go = new Go();
//     const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
//     go.run(instance);                // a promise: settles when main returns or the program exits
//     instance.exports.Add(2, 3);      // //export functions with numeric parameters
//     go.exports.Process(" text ");    // string / Uint8Array parameters and results, copied
//
// Works as a classic <script>, imported from an ES module (it sets
// globalThis.Go), and under Node: `node wasm_exec.js main.wasm args...` runs a
// program and exits with its status.
//
// What the module imports: a few WASI preview 1 functions for the runtime
// (fd_write, clock_time_get, random_get, args/environ, proc_exit, poll_oneoff),
// the `gojs` functions of GOROOT's syscall/js (strings as (ptr, len), slices as
// (ptr, len, cap), a ref as an i64, several results through a pointer first),
// and two of the runtime's own (`gojs runtime.scheduleTimeout`,
// `runtime.mainReturned`). It exports `_start`, and when it runs goroutines
// `go_scheduler` (timers), `resume` (js.Func calls) and `go_deadlock`;
// `tinypy_js_info` names the glue ABI version it was built for.
"use strict";

(() => {
	const GLUE_ABI = 1;

	const isNode = typeof process === "object" && process !== null && typeof process.versions === "object" &&
		process.versions !== null && typeof process.versions.node === "string";
	const nodeRequire = isNode && typeof require === "function" ? require :
		(isNode && typeof process.getBuiltinModule === "function" ? (m) => process.getBuiltinModule(m) : null);

	const encoder = new TextEncoder();
	const decoder = new TextDecoder("utf-8");

	const enosys = (name) => {
		const err = new Error(name + " is not supported here");
		err.code = "ENOSYS";
		return err;
	};

	// syscall (GOOS=js) reads globalThis.fs and globalThis.process at start-up.
	// Node gets its own modules; elsewhere every file operation fails with
	// ENOSYS and writes to stdout/stderr go to the console.
	if (!globalThis.fs) {
		const realFS = nodeRequire ? nodeRequire("fs") : null;
		if (realFS) {
			globalThis.fs = realFS;
		} else {
			const failing = ["open", "close", "read", "fsync", "fstat", "stat", "lstat", "mkdir", "readdir",
				"unlink", "rmdir", "chmod", "fchmod", "chown", "fchown", "lchown", "utimes", "rename",
				"truncate", "ftruncate", "readlink", "link", "symlink"];
			const stub = {
				constants: { O_WRONLY: -1, O_RDWR: -1, O_CREAT: -1, O_TRUNC: -1, O_APPEND: -1, O_EXCL: -1,
					O_DIRECTORY: -1 },
				writeSync(fd, buf) {
					consoleWrite(fd, buf);
					return buf.length;
				},
				write(fd, buf, offset, length, position, callback) {
					if (offset !== 0 || length !== buf.length || position !== null) {
						callback(enosys("write at an offset"));
						return;
					}
					callback(null, stub.writeSync(fd, buf));
				},
			};
			for (const name of failing) {
				stub[name] = (...args) => args[args.length - 1](enosys(name));
			}
			globalThis.fs = stub;
		}
	}
	if (!globalThis.process) {
		const fail = (name) => () => { throw enosys(name); };
		globalThis.process = {
			pid: -1, ppid: -1,
			getuid: () => -1, getgid: () => -1, geteuid: () => -1, getegid: () => -1,
			getgroups: fail("getgroups"), umask: fail("umask"), cwd: fail("cwd"), chdir: fail("chdir"),
		};
	}
	if (!globalThis.path && nodeRequire) {
		globalThis.path = nodeRequire("path");
	}

	// Line-buffered console output, for hosts without file descriptors.
	const pending = { 1: "", 2: "" };
	function consoleWrite(fd, bytes) {
		const key = fd === 2 ? 2 : 1;
		let text = pending[key] + decoder.decode(bytes, { stream: false });
		const nl = text.lastIndexOf("\n");
		if (nl >= 0) {
			(key === 2 ? console.error : console.log)(text.slice(0, nl));
			text = text.slice(nl + 1);
		}
		pending[key] = text;
	}

	function hostWrite(fd, bytes) {
		if (isNode && globalThis.fs && globalThis.fs.writeSync && (fd === 1 || fd === 2)) {
			let off = 0;
			while (off < bytes.length) {
				try {
					off += globalThis.fs.writeSync(fd, bytes, off, bytes.length - off);
				} catch (e) {
					if (e.code !== "EAGAIN") throw e;
				}
			}
		} else {
			consoleWrite(fd, bytes);
		}
	}

	// Thrown through the wasm frames by proc_exit; caught where JS entered Go.
	class ExitSignal {
		constructor(code) { this.code = code; }
	}

	// A ref is an IEEE 754 double: a number itself, or a NaN whose low 32
	// bits index the value table and bits 32-34 give the kind (syscall/js).
	const NAN_HEAD = 0x7FF80000;
	const scratch = new DataView(new ArrayBuffer(8));

	class Go {
		constructor() {
			this.argv = ["js"];
			this.env = {};
			this.exited = false;
			this.exitCode = 0;
			this.exports = {};
			this._inst = null;
			this._pendingEvent = null;
			this._timer = null;
			this._depth = 0;
			this._mainDone = false;
			this._exitPromise = new Promise((resolve) => { this._resolveExit = resolve; });
			this._resetValues();
			this.exit = (code) => {
				if (code !== 0) console.warn("exit code:", code);
			};
			this.importObject = this._imports();
			this.importObject.go = this.importObject.gojs; // Go's own name for the module
		}

		_resetValues() {
			// ids 0-6 are syscall/js's predefined values; they are never freed
			this._values = [NaN, 0, null, true, false, globalThis, this];
			this._refCounts = new Array(this._values.length).fill(Infinity);
			this._ids = new Map([[0, 1], [null, 2], [true, 3], [false, 4], [globalThis, 5], [this, 6]]);
			this._freeIds = [];
		}

		// The number of JS values Go currently holds references to (besides the predefined ones).
		refTableSize() {
			return this._ids.size - 6;
		}

		_mem() {
			const buf = this._inst.exports.memory.buffer;
			if (this._view === undefined || this._view.buffer !== buf) {
				this._view = new DataView(buf);
				this._bytes = new Uint8Array(buf);
			}
			return this._view;
		}

		_u8() {
			this._mem();
			return this._bytes;
		}

		_string(ptr, len) {
			return decoder.decode(this._u8().subarray(ptr, ptr + len));
		}

		_box(v) {
			if (typeof v === "number" && v !== 0) {
				if (!isNaN(v)) {
					scratch.setFloat64(0, v, true);
					return scratch.getBigUint64(0, true);
				}
				return this._refBits(0, 0); // NaN
			}
			if (v === undefined) return 0n;
			let id = this._ids.get(v);
			if (id === undefined) {
				id = this._freeIds.length ? this._freeIds.pop() : this._values.length;
				this._values[id] = v;
				this._refCounts[id] = 0;
				this._ids.set(v, id);
			}
			this._refCounts[id]++;
			let kind = 0;
			switch (typeof v) {
				case "object": kind = v === null ? 0 : 1; break;
				case "string": kind = 2; break;
				case "symbol": kind = 3; break;
				case "function": kind = 4; break;
			}
			return this._refBits(kind, id);
		}

		_refBits(kind, id) {
			return (BigInt((NAN_HEAD | kind) >>> 0) << 32n) | BigInt(id >>> 0);
		}

		_unbox(ref) {
			scratch.setBigUint64(0, BigInt.asUintN(64, ref), true);
			const f = scratch.getFloat64(0, true);
			if (f === 0) return undefined;
			if (!isNaN(f)) return f;
			return this._values[scratch.getUint32(0, true)];
		}

		_release(ref) {
			scratch.setBigUint64(0, BigInt.asUintN(64, ref), true);
			const id = scratch.getUint32(0, true);
			if (--this._refCounts[id] === 0) {
				const v = this._values[id];
				this._values[id] = undefined;
				this._ids.delete(v);
				this._freeIds.push(id);
			}
		}

		_loadRefs(ptr, len) {
			const m = this._mem();
			const out = new Array(len);
			for (let i = 0; i < len; i++) out[i] = this._unbox(m.getBigUint64(ptr + i * 8, true));
			return out;
		}

		// Results of the calls returning (ref, bool): the ref at 0, the bool at 8.
		_storeResult(ret, value, ok) {
			const m = this._mem();
			m.setBigUint64(ret, this._box(value), true);
			m.setUint8(ret + 8, ok ? 1 : 0);
		}

		_imports() {
			const go = this;
			const m = () => go._mem();
			const wasi = {
				fd_write(fd, iovs, iovsLen, nwritten) {
					let n = 0;
					const u8 = go._u8();
					const view = m();
					for (let i = 0; i < iovsLen; i++) {
						const ptr = view.getUint32(iovs + i * 8, true);
						const len = view.getUint32(iovs + i * 8 + 4, true);
						hostWrite(fd, u8.slice(ptr, ptr + len));
						n += len;
					}
					m().setUint32(nwritten, n, true);
					return 0;
				},
				proc_exit(code) {
					go.exited = true;
					go.exitCode = code;
					go._finish();
					throw new ExitSignal(code);
				},
				clock_time_get(id, precision, out) {
					const ms = id === 0 ? performance.timeOrigin + performance.now() : performance.now();
					m().setBigUint64(out, BigInt(Math.round(ms * 1000)) * 1000n, true);
					return 0;
				},
				random_get(ptr, len) {
					const u8 = go._u8();
					for (let off = 0; off < len; off += 65536) {
						crypto.getRandomValues(u8.subarray(ptr + off, ptr + Math.min(len, off + 65536)));
					}
					return 0;
				},
				args_sizes_get(argc, size) {
					m().setUint32(argc, go.argv.length, true);
					m().setUint32(size, go._cstrings(go.argv).length, true);
					return 0;
				},
				args_get(argv, buf) {
					go._storeCStrings(go.argv, argv, buf);
					return 0;
				},
				environ_sizes_get(count, size) {
					const env = go._environ();
					m().setUint32(count, env.length, true);
					m().setUint32(size, go._cstrings(env).length, true);
					return 0;
				},
				environ_get(environ, buf) {
					go._storeCStrings(go._environ(), environ, buf);
					return 0;
				},
				// Only a clock subscription (time.Sleep outside a goroutine): waits here.
				poll_oneoff(subs, events, nsubs, nevents) {
					const timeout = Number(m().getBigUint64(subs + 24, true)) / 1e6;
					const until = performance.now() + timeout;
					if (typeof SharedArrayBuffer === "function" && typeof Atomics.wait === "function" && isNode) {
						Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, timeout);
					}
					while (performance.now() < until) { /* busy wait where Atomics.wait is not allowed */ }
					const view = m();
					view.setBigUint64(events, view.getBigUint64(subs, true), true);
					view.setUint16(events + 8, 0, true);
					view.setUint16(events + 10, 0, true);
					view.setUint32(nevents, 1, true);
					return 0;
				},
			};
			const gojs = {
				"runtime.scheduleTimeout"(ms) {
					if (go._timer !== null) clearTimeout(go._timer);
					go._timer = setTimeout(() => {
						go._timer = null;
						go._enter(() => go._inst.exports.go_scheduler());
					}, ms);
				},
				"runtime.mainReturned"() {
					go._mainDone = true;
					go._finish();
				},
				"syscall/js.finalizeRef"(ref) {
					go._release(ref);
				},
				"syscall/js.stringVal"(ptr, len) {
					return go._box(go._string(ptr, len));
				},
				"syscall/js.valueGet"(ref, ptr, len) {
					return go._box(Reflect.get(go._unbox(ref), go._string(ptr, len)));
				},
				"syscall/js.valueSet"(ref, ptr, len, x) {
					Reflect.set(go._unbox(ref), go._string(ptr, len), go._unbox(x));
				},
				"syscall/js.valueDelete"(ref, ptr, len) {
					Reflect.deleteProperty(go._unbox(ref), go._string(ptr, len));
				},
				"syscall/js.valueIndex"(ref, i) {
					return go._box(Reflect.get(go._unbox(ref), i));
				},
				"syscall/js.valueSetIndex"(ref, i, x) {
					Reflect.set(go._unbox(ref), i, go._unbox(x));
				},
				"syscall/js.valueCall"(ret, ref, mptr, mlen, aptr, alen) {
					const v = go._unbox(ref);
					const name = go._string(mptr, mlen);
					const args = go._loadRefs(aptr, alen);
					let result, ok = true;
					try {
						result = Reflect.apply(Reflect.get(v, name), v, args);
					} catch (err) {
						if (err instanceof ExitSignal) throw err;
						result = err;
						ok = false;
					}
					go._storeResult(ret, result, ok);
				},
				"syscall/js.valueInvoke"(ret, ref, aptr, alen) {
					const v = go._unbox(ref);
					const args = go._loadRefs(aptr, alen);
					let result, ok = true;
					try {
						result = Reflect.apply(v, undefined, args);
					} catch (err) {
						if (err instanceof ExitSignal) throw err;
						result = err;
						ok = false;
					}
					go._storeResult(ret, result, ok);
				},
				"syscall/js.valueNew"(ret, ref, aptr, alen) {
					const v = go._unbox(ref);
					const args = go._loadRefs(aptr, alen);
					let result, ok = true;
					try {
						result = Reflect.construct(v, args);
					} catch (err) {
						if (err instanceof ExitSignal) throw err;
						result = err;
						ok = false;
					}
					go._storeResult(ret, result, ok);
				},
				"syscall/js.valueLength"(ref) {
					return go._unbox(ref).length;
				},
				// (ref, int): the ref at 0, the length at 8
				"syscall/js.valuePrepareString"(ret, ref) {
					const bytes = encoder.encode(String(go._unbox(ref)));
					m().setBigUint64(ret, go._box(bytes), true);
					m().setInt32(ret + 8, bytes.length, true);
				},
				"syscall/js.valueLoadString"(ref, ptr, len) {
					go._u8().set(go._unbox(ref).subarray(0, len), ptr);
				},
				"syscall/js.valueInstanceOf"(ref, t) {
					return go._unbox(ref) instanceof go._unbox(t) ? 1 : 0;
				},
				// (int, bool): the count at 0, the bool at 4
				"syscall/js.copyBytesToGo"(ret, ptr, len, cap, src) {
					const from = go._unbox(src);
					const view = m();
					if (!(from instanceof Uint8Array || from instanceof Uint8ClampedArray)) {
						view.setUint8(ret + 4, 0);
						return;
					}
					const part = from.subarray(0, len);
					go._u8().set(part, ptr);
					view.setInt32(ret, part.length, true);
					view.setUint8(ret + 4, 1);
				},
				"syscall/js.copyBytesToJS"(ret, dst, ptr, len) {
					const to = go._unbox(dst);
					const view = m();
					if (!(to instanceof Uint8Array || to instanceof Uint8ClampedArray)) {
						view.setUint8(ret + 4, 0);
						return;
					}
					const part = go._u8().subarray(ptr, ptr + len).subarray(0, to.length);
					to.set(part);
					view.setInt32(ret, part.length, true);
					view.setUint8(ret + 4, 1);
				},
			};
			// Any other WASI function fails with ENOSYS (52) instead of failing instantiation.
			const wasiProxy = new Proxy(wasi, {
				get: (target, name) => (name in target ? target[name] : () => 52),
			});
			return { wasi_snapshot_preview1: wasiProxy, gojs };
		}

		_environ() {
			return Object.entries(this.env).map(([k, v]) => `${k}=${v}`);
		}

		_cstrings(list) {
			return encoder.encode(list.map((s) => s + "\0").join(""));
		}

		_storeCStrings(list, ptrs, buf) {
			const bytes = this._cstrings(list);
			this._u8().set(bytes, buf);
			const view = this._mem();
			let off = 0;
			list.forEach((s, i) => {
				view.setUint32(ptrs + i * 4, buf + off, true);
				off += encoder.encode(s).length + 1;
			});
		}

		_finish() {
			if (this._timer !== null) {
				clearTimeout(this._timer);
				this._timer = null;
			}
			this._resolveExit(this.exitCode);
			if (this.exited) this.exit(this.exitCode);
		}

		// Every call from JS into Go goes through here: an exit unwinds to the
		// outermost entry, and a program that exited cannot be entered again.
		_enter(fn) {
			if (this.exited) {
				throw new Error("Go program has already exited");
			}
			this._depth++;
			try {
				return fn();
			} catch (err) {
				if (err instanceof ExitSignal && this._depth === 1) return undefined;
				throw err;
			} finally {
				this._depth--;
			}
		}

		_makeFuncWrapper(id) {
			const go = this;
			return function (...args) {
				const event = { id: id, this: this, args: args };
				go._pendingEvent = event;
				go._resume();
				return event.result;
			};
		}

		_resume() {
			this._enter(() => this._inst.exports.resume());
		}

		async run(instance) {
			if (!(instance instanceof WebAssembly.Instance)) {
				throw new Error("Go.run: WebAssembly.Instance expected");
			}
			const info = instance.exports.tinypy_js_info;
			this._inst = instance;
			this._view = undefined;
			if (typeof info !== "function") {
				throw new Error("this module was not built by tinypy-go with -target=wasm (it has no tinypy_js_info " +
					"export); build it with `tinypy build -target=wasm`, or use the wasm_exec.js of the compiler that built it");
			}
			const p = info();
			const u8 = this._u8();
			const meta = JSON.parse(decoder.decode(u8.subarray(p, u8.indexOf(0, p))));
			if (meta.abi !== GLUE_ABI) {
				throw new Error(`this module was built for tinypy-go's glue ABI ${meta.abi}, but this wasm_exec.js ` +
					`implements ABI ${GLUE_ABI}: use the wasm_exec.js of the tinypy-go that built it ` +
					"(`tinypy env TINYPYROOT`/targets/wasm_exec.js)");
			}
			this._makeExports(meta.exports || {});
			this._enter(() => instance.exports._start());
			return this._exitPromise;
		}

		// go.exports: every //export function, with strings and byte slices
		// copied through memory from malloc (freed when the call returns).
		_makeExports(sigs) {
			const go = this;
			const ex = this._inst.exports;
			for (const [name, [params, results]] of Object.entries(sigs)) {
				const raw = ex[name];
				const simple = !params.some((k) => k === "string" || k === "bytes") &&
					!results.some((k) => k === "string" || k === "bytes");
				if (simple) {
					this.exports[name] = (...args) => go._enter(() => raw(...args));
					continue;
				}
				this.exports[name] = (...args) => go._enter(() => {
					const buffers = [];
					const flat = [];
					let ret = 0;
					try {
						if (results.length && (results[0] === "string" || results[0] === "bytes")) {
							ret = ex.malloc(12);
							buffers.push(ret);
							flat.push(ret);
						}
						params.forEach((kind, i) => {
							let arg = args[i];
							if (kind === "string" || kind === "bytes") {
								const bytes = kind === "string" ? encoder.encode(String(arg ?? "")) :
									(arg instanceof Uint8Array ? arg : new Uint8Array(arg ?? []));
								const ptr = bytes.length ? ex.malloc(bytes.length) : 0;
								if (ptr) {
									buffers.push(ptr);
									go._u8().set(bytes, ptr);
								}
								flat.push(ptr, bytes.length);
								if (kind === "bytes") flat.push(bytes.length);
							} else if (kind === "i64") {
								flat.push(BigInt(arg));
							} else {
								flat.push(arg);
							}
						});
						let r = raw(...flat);
						if (ret) {
							const view = go._mem();
							const ptr = view.getUint32(ret, true);
							const len = view.getUint32(ret + 4, true);
							r = results[0] === "string" ? go._string(ptr, len) : go._u8().slice(ptr, ptr + len);
						}
						return r;
					} finally {
						for (const p of buffers) ex.free(p);
					}
				});
			}
		}
	}

	globalThis.Go = Go;

	// `node wasm_exec.js main.wasm args...`: run a program as a command.
	if (isNode && typeof module === "object" && typeof require === "function" && require.main === module) {
		const argv = process.argv.slice(2);
		if (argv.length < 1) {
			console.error("usage: node wasm_exec.js main.wasm [args...]");
			process.exit(2);
		}
		const go = new Go();
		go.argv = argv;
		go.env = Object.assign({ TMPDIR: nodeRequire("os").tmpdir() }, process.env);
		go.exit = (code) => process.exit(code);
		process.on("beforeExit", () => {
			// the event loop is empty but main still waits: Go's deadlock error
			if (!go.exited && !go._mainDone && go._inst && go._inst.exports.go_deadlock) {
				go._enter(() => go._inst.exports.go_deadlock());
			}
		});
		WebAssembly.instantiate(globalThis.fs.readFileSync(argv[0]), go.importObject).then(({ instance }) => {
			return go.run(instance);
		}).then((code) => {
			process.exit(code);
		}).catch((err) => {
			console.error(err);
			// a trap (unreachable, out of bounds...) exits as `tinypy run` reports one for WASI
			process.exit(err instanceof WebAssembly.RuntimeError ? 134 : 1);
		});
	}
})();
