package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func shadow() (x int) {
	x = 1
	{
		x := 2
		x++
	}
	return
}

func deferMod() (s string, n int) {
	defer func() {
		s += "!"
		n *= 2
	}()
	s, n = "hello", 21
	return s + " world", n
}

func earlyReturn(fail bool) (res []int, err error) {
	defer func() {
		if err != nil {
			res = nil
		}
	}()
	res = []int{1, 2, 3}
	if fail {
		return res, errBad
	}
	return
}

type strErr string

func (e strErr) Error() string { return string(e) }

var errBad error = strErr("bad")

func recovered() (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = strErr("recovered: " + r.(string))
			v = -1
		}
	}()
	v = 10
	panic("oops")
}

func main() {
	println(divmod(17, 5))
	println(divmod(-17, 5))
	println(shadow())
	println(deferMod())
	r, err := earlyReturn(false)
	println(len(r), err == nil)
	r, err = earlyReturn(true)
	println(r == nil, err.Error())
	v, err := recovered()
	println(v, err.Error())
}
