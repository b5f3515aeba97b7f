package main

type List[T any] struct{ xs []T }

func (l List[T]) Len() int         { return len(l.xs) }
func (l *List[T]) Append(v ...T)   { l.xs = append(l.xs, v...) }
func (l List[T]) At(i int) T       { return l.xs[i] }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Apply[T any](fs []func(T) T, x T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

type Shower interface{ Show() string }

type Num int

func (n Num) Show() string { return "N" + string(rune('0'+int(n))) }

func ShowAll[T Shower](xs ...T) string {
	s := ""
	for _, x := range xs {
		s += x.Show()
	}
	return s
}

func Ptr[T any](v T) *T { return &v }

func main() {
	toLen := Map[string, int]
	println(len(toLen([]string{"a", "bb"}, func(s string) int { return len(s) })))
	lenOf := List[int].Len
	appendTo := (*List[int]).Append
	var l List[int]
	appendTo(&l, 1, 2, 3)
	println(lenOf(l), l.At(2))
	at := l.At
	l.Append(4)
	println(at(0), l.Len())
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	println(Apply([]func(int) int{inc, dbl, inc}, 5))
	println(Apply([]func(string) string{func(s string) string { return s + "!" }}, "hi"))
	show := ShowAll[Num]
	println(show(1, 2, 3))
	p := Ptr(42)
	q := Ptr("s")
	*p++
	println(*p, *q)
	var sh Shower = Num(7)
	println(sh.Show(), ShowAll(Num(1)))
}
