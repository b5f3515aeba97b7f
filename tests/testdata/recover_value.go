//go:debug panicnil=0

package main

type MyErr struct{ code int }

func (e MyErr) Error() string { return "myerr" }

func catch(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return "nothing"
}

func main() {
	r := catch(func() { panic("str") })
	if s, ok := r.(string); ok {
		println("string", s)
	}
	r = catch(func() { panic(42) })
	println(r.(int) + 1)
	r = catch(func() { panic(MyErr{7}) })
	if e, ok := r.(MyErr); ok {
		println("MyErr", e.code, e.Error())
	}
	r = catch(func() {})
	println(r == nil)
	r = catch(func() { panic(nil) })
	_, isErr := r.(interface{ Error() string })
	println(r != nil, isErr)
}
