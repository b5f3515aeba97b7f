package main

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{val: v} }
func Err[T any](e error) Result[T]    { return Result[T]{err: e} }
func (r Result[T]) Unwrap() T {
	if r.err != nil {
		panic(r.err)
	}
	return r.val
}
func (r Result[T]) IsOk() bool { return r.err == nil }

func Then[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return f(r.val)
}

type strErr string

func (s strErr) Error() string { return string(s) }

func parseInt(s string) Result[int] {
	if s == "" {
		return Err[int](strErr("empty"))
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return Err[int](strErr("bad digit in " + s))
		}
		n = n*10 + int(c-'0')
	}
	return Ok(n)
}

func half(n int) Result[int] {
	if n%2 != 0 {
		return Err[int](strErr("odd"))
	}
	return Ok(n / 2)
}

func label(n int) Result[string] {
	return Ok(string(rune('a' + n%26)))
}

func main() {
	for _, in := range []string{"42", "7", "", "4x", "1000"} {
		r := Then(Then(parseInt(in), half), label)
		if r.IsOk() {
			println(in, "->", r.Unwrap())
		} else {
			println(in, "-> error:", r.err.Error())
		}
	}
	defer func() {
		r := recover()
		println("panicked with:", r.(error).Error())
	}()
	parseInt("zz").Unwrap()
}
