package main

import (
	"fmt"
	"syscall/js"
	"time"
)

func main() {
	g := js.Global()
	// read and write globals
	fmt.Println("greeting:", g.Get("greeting").String())
	g.Set("fromGo", 42)
	fmt.Println("double:", g.Call("double", 21).Int())
	obj := g.Get("Object").New()
	obj.Set("k", "v")
	fmt.Println("json:", g.Get("JSON").Call("stringify", obj).String())

	// await a Promise through a channel
	done := make(chan string)
	then := js.FuncOf(func(this js.Value, args []js.Value) any {
		done <- args[0].String()
		return nil
	})
	g.Call("later", "resolved!").Call("then", then)
	fmt.Println("promise:", <-done)
	then.Release()

	// a callback JS calls many times
	count := 0
	cb := js.FuncOf(func(this js.Value, args []js.Value) any {
		count++
		return args[0].Int() + args[1].Get("x").Int()
	})
	g.Set("goAdd", cb)

	// panics and recover inside a callback
	safe := js.FuncOf(func(this js.Value, args []js.Value) (r any) {
		defer func() {
			if e := recover(); e != nil {
				r = fmt.Sprint("recovered: ", e)
			}
		}()
		var m map[string]int
		m["x"] = 1
		return "not reached"
	})
	g.Set("goSafe", safe)

	// time.Sleep in a goroutine started by a callback
	slept := make(chan bool)
	sleepy := js.FuncOf(func(this js.Value, args []js.Value) any {
		go func() {
			t0 := time.Now()
			time.Sleep(20 * time.Millisecond)
			fmt.Println("slept >= 20ms:", time.Since(t0) >= 20*time.Millisecond)
			slept <- true
		}()
		return "started"
	})
	g.Set("goSleepy", sleepy)

	g.Call("ready")
	<-slept
	fmt.Println("count:", count)
	// a JS exception comes back as a panic with js.Error
	func() {
		defer func() { fmt.Println("js error:", recover()) }()
		g.Call("throwing")
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("bye")
}
