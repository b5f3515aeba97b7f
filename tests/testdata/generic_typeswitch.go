package main

// Type switches and assertions inside instances: cases naming type parameters.

type Celsius float64

func Kind[T any](x any) string {
	switch v := x.(type) {
	case int:
		return "int"
	case T:
		var t T = v
		_ = t
		return "T"
	case *T:
		return "*T"
	case []T:
		return "[]T"
	}
	return "other"
}

func As[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func Count[T comparable](xs [4]any, want T) int {
	n := 0
	for _, x := range xs {
		if v, ok := x.(T); ok && v == want {
			n++
		}
	}
	return n
}

func main() {
	println(Kind[string]("s"), Kind[string](1), Kind[int](1), Kind[float64](2.5), Kind[Celsius](2.5))
	c := Celsius(1)
	println(Kind[Celsius](&c), Kind[Celsius](c), Kind[bool](nil))
	v, ok := As[Celsius](Celsius(3))
	w, ok2 := As[string](3)
	println(v, ok, w == "", ok2)
	println(Count([4]any{1, "1", 1, 1.0}, 1), Count([4]any{"a", "b", "a", nil}, "a"))
}
