package main

// Package-level uses of instances, range over integer type parameters, switches on
// type-parameter values, labeled loops and shadowing inside instances.

type Num interface{ ~int | ~int8 | ~uint16 }

func Max[T ~int | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

var maxInt = Max[int]
var biggest = Max("pear", "apple")
var total = SumTo(10)

func SumTo[T ~int](n T) T {
	var s T
	for i := range n {
		s += i
	}
	return s
}

func Classify[T ~int | ~float64](x T) string {
	switch {
	case x < 0:
		return "neg"
	case x == 0:
		return "zero"
	}
	switch x {
	case 1, 2, 3:
		return "small"
	case 42:
		return "answer"
	}
	return "big"
}

func FindPair[T comparable](grid [3][3]T, want T) (int, int) {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if grid[i][j] == want {
				return i, j
			}
			if j > i {
				continue outer
			}
		}
	}
	return -1, -1
}

// the type parameter shadows a package-level type named T
type T struct{ x int }

func Shadow[T any](v T) T {
	{
		v := v
		_ = v
	}
	return v
}

func UseT() T { return T{7} }

type Level int

func main() {
	println(maxInt(3, 9), biggest, total)
	println(SumTo(5), SumTo(Level(100)))
	println(Classify(-2), Classify(0.0), Classify(2), Classify(42.0), Classify(1000))
	g := [3][3]string{{"a", "b", "c"}, {"d", "e", "f"}, {"g", "h", "i"}}
	i, j := FindPair(g, "e")
	k, l := FindPair(g, "c")
	println(i, j, k, l)
	println(Shadow(5), Shadow("s"), UseT().x, Shadow(UseT()).x)
}
