// node run_exports.js GLUE MODULE: call the exports of add.go / process.go from JS.
require(process.argv[2]);
const fs = require("fs");
(async () => {
  const go = new Go();
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(process.argv[3]), go.importObject);
  const code = await go.run(instance);
  console.log("exit", code);
  if (instance.exports.Add) console.log("Add", instance.exports.Add(2, 3), go.exports.Add(40, 2));
  if (go.exports.Process) {
    console.log(JSON.stringify(go.exports.Process("  héllo, wörld  ")));
    console.log(JSON.stringify(go.exports.Process("")));
    console.log("Sum", go.exports.Sum(new Uint8Array([1, 2, 3, 250])));
    let s = "";
    for (let i = 0; i < 20000; i++) s = go.exports.Process(" x" + i + " ");
    console.log(s);
  }
})().catch((err) => { console.log("error:", err.message); process.exit(1); });
