package main

// cmp.Ordered-style constraints written locally; < > on every ordered kind; min/max builtins.

type Integer interface {
	Signed | Unsigned
}

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type Float interface{ ~float32 | ~float64 }

type Ordered interface {
	Integer | Float | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func Clamp[T Ordered](x, lo, hi T) T { return Max(lo, Min(x, hi)) }

func MaxOf[T Ordered](xs [4]T) T {
	m := xs[0]
	for i := 1; i < len(xs); i++ {
		m = max(m, xs[i])
	}
	return m
}

func MinBuiltin[T Ordered](a, b, c T) T { return min(a, b, c) }

func Abs[T Signed | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

type Score int16

type Label string

func main() {
	println(Max(3, 7), Min(3, 7), Max("abc", "abd"), Min(2.5, -2.5))
	println(Max(Score(-3), Score(2)), Min(Label("zeta"), Label("alpha")))
	println(Clamp(15, 0, 10), Clamp(-5, 0, 10), Clamp(5, 0, 10), Clamp("m", "a", "k"))
	println(Max(uint8(250), 7), Min(uint64(1)<<63, 5), Max(int8(-128), -127))
	println(Max(float32(1.5), 2), Abs(-7), Abs(Score(-9)), Abs(-0.5))
	println(MinBuiltin(4, 2, 9), MinBuiltin("q", "b", "x"), MinBuiltin(1.5, 0.5, 2.5))
	println(MinBuiltin(Score(7), 3, 5), MinBuiltin[uint](7, 3, 5))
	println(MaxOf([4]int{3, 9, -2, 4}), MaxOf([4]Label{"b", "d", "a", "c"}), MaxOf([4]float64{-1, -0.5, -3, -2}))
}
