package main

type Number interface{ ~int | ~float64 | ~int8 }

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		if x < 0 {
			return "negative int"
		}
		return "int"
	case string:
		return "string of " + string(rune('0'+len(x)))
	case []T:
		return "slice of T"
	case interface{ Len() int }:
		return "has Len"
	case nil:
		return "nil"
	}
	return "other"
}

type myList []int

func (m myList) Len() int { return len(m) }

func Abs[T Number](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Convert[From, To Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](v T) bool { return v == Zero[T]() }

type Celsius float64

func main() {
	println(Describe(1), Describe(-1), Describe("abc"), Describe(myList{1}), Describe(2.5))
	var e error
	println(Describe(e))
	println(Abs(-3), Abs(Celsius(-2.5)), Abs(int8(-128)))
	fs := Convert[int, float64]([]int{1, 2, 3})
	is := Convert[float64, int8]([]float64{1.9, -1.9, 127})
	println(fs[2]/2, is[0], is[1], is[2])
	println(IsZero(0), IsZero(""), IsZero("x"), IsZero[*int](nil), IsZero(struct{ a int }{}))
	println(Zero[string]() == "", Zero[[2]int]()[1])
}
