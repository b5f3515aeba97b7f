package main

func helper() any { return recover() }

func viaHelper() (res string) {
	defer func() {
		recover()
	}()
	defer func() {
		if helper() != nil {
			res = "helper recovered"
		} else {
			res = "helper got nil"
		}
	}()
	panic("p")
}

func namedDeferred() {
	if r := recover(); r != nil {
		println("named deferred recovered", r.(string))
	}
}

func useNamed() {
	defer namedDeferred()
	panic("q")
}

func main() {
	println(recover() == nil, helper() == nil)
	println(viaHelper())
	useNamed()
	println("after")
}
