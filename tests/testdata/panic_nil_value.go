//go:debug panicnil=0

package main

func main() {
	defer func() {
		r := recover()
		err, ok := r.(error)
		println(ok, err.Error())
		panic(nil)
	}()
	panic(nil)
}
