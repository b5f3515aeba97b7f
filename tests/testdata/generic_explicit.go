package main

// Explicit instantiation, partial type-argument lists and instances used as function values.

func Convert[To, From int | int8 | int16 | int32 | int64 | uint8 | float32 | float64](x From) To {
	return To(x)
}

func Zero[T any]() T {
	var z T
	return z
}

func Apply[T any](f func(T) T, x T) T { return f(x) }

func Inc[T int | float64](x T) T { return x + 1 }

func Pick[T any](i int, a, b, c T) T {
	switch i {
	case 0:
		return a
	case 1:
		return b
	}
	return c
}

func main() {
	println(Convert[int](3.99), Convert[float64](int8(-7)), Convert[uint8](300))
	println(Convert[int8, int](200), Convert[int64, float32](1e10))
	println(Zero[int](), Zero[string]() == "", Zero[float64](), Zero[bool]())
	inc := Inc[int]
	println(inc(41), Apply(Inc[float64], 1.5), Apply[int](Inc[int], 9))
	f := Pick[string]
	println(f(0, "a", "b", "c"), f(1, "a", "b", "c"), f(2, "a", "b", "c"))
	println(Pick[float64](1, 1, 2, 3))
}
