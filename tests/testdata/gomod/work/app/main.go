// A go.work workspace: example.com/wlib is not required, the workspace provides it.
package main

import "example.com/wlib"

func main() {
	println(wlib.Name())
	println("wlib loops (go 1.21, shared):", wlib.Loops())
}
