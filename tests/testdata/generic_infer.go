package main

// Inferred instantiation: each distinct type-argument list is one instance.

type MyInt int

type Celsius float64

func Identity[T any](x T) T { return x }

func Add[T int | int64 | float64 | string | MyInt | Celsius](a, b T) T { return a + b }

func Twice[T int | float64 | MyInt](x T) T { return Add(x, x) }

func First[A, B any](a A, b B) A { return a }

func Second[A, B any](a A, b B) B { return b }

func Choose[T any](c bool, a, b T) T {
	if c {
		return a
	}
	return b
}

func main() {
	println(Identity(7), Identity("seven"), Identity(7.5), Identity(true))
	println(Add(1, 2), Add("con", "cat"), Add(1.25, 2.5))
	var i64 int64 = 1 << 40
	println(Add(i64, i64))
	println(Add(MyInt(20), 22), Add(Celsius(-3.5), 1))
	println(Twice(21), Twice(0.25), Twice(MyInt(-4)))
	println(First(1, "one"), Second(1, "one"), First("a", 2.0), Second(true, MyInt(3)))
	println(Choose(true, "yes", "no"), Choose(false, 1, 2), Choose(3 > 2, 'a', 'b'))
	// the same instance used twice
	x := Identity(1) + Identity(2)
	println(x)
	var b byte = 200
	println(Identity(b), Identity(uint16(65535)), Identity(int8(-128)))
}
