// A page built from Go: run `tinypy build -target=wasm -o main.wasm .` here,
// copy $(tinypy env TINYPYROOT)/targets/wasm_exec.js next to index.html and
// serve the directory (python -m http.server).
package main

import (
	"fmt"
	"syscall/js"
)

func main() {
	doc := js.Global().Get("document")
	body := doc.Get("body")
	el := func(tag, id, text string) js.Value {
		e := doc.Call("createElement", tag)
		if id != "" {
			e.Set("id", id)
		}
		e.Set("textContent", text)
		return e
	}

	body.Call("appendChild", el("h1", "title", "Hello from Go"))
	list := el("ul", "items", "")
	for i := 1; i <= 3; i++ {
		list.Call("appendChild", el("li", "", fmt.Sprintf("item %d", i)))
	}
	body.Call("appendChild", list)
	out := el("p", "out", "not clicked")
	btn := el("button", "btn", "click me")
	clicks := 0
	btn.Call("addEventListener", "click", js.FuncOf(func(this js.Value, args []js.Value) any {
		clicks++
		out.Set("textContent", fmt.Sprintf("clicked %d time(s)", clicks))
		return nil
	}))
	body.Call("appendChild", btn)
	body.Call("appendChild", out)
	doc.Get("documentElement").Call("setAttribute", "data-go", "ready")
	fmt.Println("page built") // goes to the console
	select {}                 // keep handling events
}
