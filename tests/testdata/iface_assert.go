package main

type Stringer interface{ String() string }

type name string

func (n name) String() string { return "name:" + string(n) }

type num int

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		if x > 10 {
			return "big int"
		}
		return "int"
	case string:
		return "string " + x
	case bool, float64:
		return "bool or float"
	case Stringer:
		return "stringer " + x.String()
	case num:
		return "num"
	default:
		return "other"
	}
}

func main() {
	println(kind(nil), kind(3), kind(42), kind("hi"), kind(true), kind(2.5))
	println(kind(name("bob")), kind(num(7)), kind(int8(1)))
	var v any = 12
	i, ok := v.(int)
	println(i, ok)
	s, ok := v.(string)
	println(s == "", ok)
	var st any = name("x")
	if str, ok := st.(Stringer); ok {
		println(str.String())
	}
	_, ok = v.(Stringer)
	println(ok)
	println(v.(int) + 1)
	var e any = 3.5
	var f any = 3.5
	println(e == f, e == v, v == 12, e != 3.5)
}
