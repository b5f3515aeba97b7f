package main

func level3() {
	defer println("level3 defer")
	panic("deep")
}

func level2() {
	defer println("level2 defer")
	level3()
	println("level2 not reached")
}

func level1() (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			println("level1 recovered", r.(string))
			ok = true
		}
	}()
	level2()
	return false
}

func again() (n int) {
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if recover() != nil {
					n++
				}
			}()
			if i != 1 {
				panic(i)
			}
		}()
	}
	return n
}

func panicInDefer() (s string) {
	defer func() {
		r := recover()
		s = r.(string)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	println(level1())
	println(again())
	println(panicInDefer())
}
