package main

type MyErr struct {
	code int
	msg  string
}

func (e *MyErr) Error() string { return e.msg }

func find(n int) (int, error) {
	if n < 0 {
		return 0, &MyErr{404, "not found"}
	}
	return n * 2, nil
}

func main() {
	v, err := find(4)
	println(v, err == nil)
	_, err = find(-1)
	if err != nil {
		println("error:", err.Error())
		if me, ok := err.(*MyErr); ok {
			println("code", me.code)
		}
	}
	panic(err)
}
