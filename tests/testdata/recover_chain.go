package main

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr" }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return a / b, nil
}

func try(f func()) (msg string) {
	defer func() {
		r := recover()
		switch r := r.(type) {
		case nil:
			msg = "no panic"
		case string:
			msg = "string: " + r
		case error:
			msg = "error: " + r.Error()
		case int:
			msg = "int"
		default:
			msg = "other"
		}
	}()
	f()
	return "unreachable?"
}

func repanic() {
	defer func() {
		r := recover()
		panic(r.(string) + " again")
	}()
	panic("first")
}

func main() {
	q, err := safeDiv(7, 2)
	println(q, err == nil)
	q, err = safeDiv(7, 0)
	println(q, err.Error())
	println(try(func() {}))
	println(try(func() { panic("boom") }))
	println(try(func() { panic(&MyErr{3}) }))
	println(try(func() { panic(42) }))
	println(try(func() { panic(1.5) }))
	println(try(func() { var a []int; _ = a[3] }))
	println(try(func() { var p *MyErr; _ = p.code }))
	println(try(repanic))
	println(try(func() {
		defer func() { println("inner recover nil:", recover() == nil) }()
	}))
	var m map[string]int
	println(try(func() { m["a"] = 1 }))
	var e any = "str"
	println(try(func() { _ = e.(int) }))
}
