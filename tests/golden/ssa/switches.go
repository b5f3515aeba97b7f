package main

type shape interface{ area() int }

type square struct{ s int }
type rect struct{ w, h int }

func (q square) area() int { return q.s * q.s }
func (r *rect) area() int  { return r.w * r.h }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return "integer"
	case string:
		return "string " + x
	case shape:
		if x.area() > 10 {
			return "big shape"
		}
		return "shape"
	default:
		return "other"
	}
}

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		fallthrough
	case n >= 70:
		return "B or C"
	}
	switch n {
	case 1, 2, 3:
		return "tiny"
	}
	return "F"
}

func main() {
	println(describe(nil), describe(3), describe("s"), describe(square{4}), describe(&rect{1, 2}), describe(1.5))
	println(grade(95), grade(85), grade(2), grade(50))
}
