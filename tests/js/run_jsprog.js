// node run_jsprog.js GLUE MODULE: the host side of jsprog.go.
require(process.argv[2]);
const fs = require("fs");
globalThis.greeting = "hi from JS";
globalThis.double = (x) => x * 2;
globalThis.later = (v) => new Promise((res) => setTimeout(() => res(v), 10));
globalThis.throwing = () => { throw new Error("boom"); };
let go;
globalThis.ready = () => {
  setTimeout(() => {
    let sum = 0;
    let max = 0;
    for (let i = 0; i < 100000; i++) {
      sum += globalThis.goAdd(i, { x: 1 });
      if (i % 1000 === 0) max = Math.max(max, go.refTableSize());
    }
    console.log("sum", sum);
    console.log("max refs", max);
    console.log(globalThis.goSafe());
    console.log(globalThis.goSleepy());
  }, 0);
};
(async () => {
  go = new Go();
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(process.argv[3]), go.importObject);
  const code = await go.run(instance);
  console.log("fromGo", globalThis.fromGo, "exit", code);
})();
