package main

// Type-parameter values converted to interfaces inside instances; instantiated types in interfaces.

type Stringer interface{ String() string }

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return "box(" + describe(any(b.v)) + ")" }

type List[T any] struct {
	items [4]T
	n     int
}

func (l *List[T]) Add(v T) *List[T] {
	l.items[l.n] = v
	l.n++
	return l
}

func (l *List[T]) String() string {
	s := "["
	for i := 0; i < l.n; i++ {
		if i > 0 {
			s += " "
		}
		s += describe(l.items[i])
	}
	return s + "]"
}

type Celsius float64

func (c Celsius) String() string { return "C" }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		if v < 0 {
			return "negative int"
		}
		return "int"
	case string:
		return "string " + v
	case bool:
		return "bool"
	case Stringer:
		return "stringer " + v.String()
	}
	return "other"
}

func Describe[T any](x T) string { return describe(x) }

func ToAny[T any](x T) any { return x }

func IsString[T any](x T) bool {
	_, ok := any(x).(string)
	return ok
}

func Equal[T comparable](a, b T) bool { return any(a) == any(b) }

func Show[S Stringer](items [2]S) string {
	var out string
	for _, s := range items {
		var i Stringer = s
		out += i.String() + ";"
	}
	return out
}

func main() {
	println(Describe(1), Describe(-1), Describe("s"), Describe(true), Describe(2.5))
	println(Describe(Celsius(3)), Describe(Box[int]{7}), Describe(Box[string]{"x"}))
	l := &List[int]{}
	l.Add(1).Add(-2)
	println(Describe(l))
	var s Stringer = l
	println(s.String())
	ls := &List[Box[bool]]{}
	ls.Add(Box[bool]{true})
	println(ls.String(), Describe(ls))
	println(ToAny(5) == 5, ToAny("a") == "a", ToAny(Celsius(1)) == Celsius(1), ToAny(1) == ToAny(int8(1)))
	println(IsString("x"), IsString(1), IsString(Box[string]{}))
	println(Equal(1, 1), Equal("a", "b"), Equal(Celsius(2), 2))
	println(Show([2]Celsius{1, 2}), Show([2]Box[int]{{1}, {2}}))
	var sb Stringer = Box[Box[int]]{Box[int]{3}}
	println(sb.String())
	b, ok := sb.(Box[Box[int]])
	println(b.v.v, ok)
	_, ok = sb.(Box[int])
	println(ok)
}
