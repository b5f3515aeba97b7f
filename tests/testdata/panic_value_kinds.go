package main

type MyBool bool
type U8 uint8
type F32 float32
type C complex128
type Ptr *int

func try(v any) {
	defer func() {
		recover()
	}()
	panic(v)
}

func main() {
	for _, v := range []any{MyBool(true), U8(200), F32(1.5), C(1 + 2i), int16(-3), uint(7), 2.5, "s", true} {
		try(v)
	}
	println("all recovered")
	defer func() {
		panic(U8(9))
	}()
	defer func() {
		panic(F32(-0.25))
	}()
	defer func() {
		panic(C(complex(0, -1)))
	}()
	panic(MyBool(false))
}
