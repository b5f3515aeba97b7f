package main

type V struct{ x, y int }

func (v V) Dot(w V) int  { return v.x*w.x + v.y*w.y }
func (v *V) Scale(k int) { v.x *= k; v.y *= k }
func (v V) String() string {
	if v.x > v.y {
		return "wide"
	}
	return "tall"
}

type W struct {
	V
	z int
}

func main() {
	dot := V.Dot
	println(dot(V{1, 2}, V{3, 4}))
	pdot := (*V).Dot
	v := V{2, 5}
	println(pdot(&v, V{1, 1}))
	scale := (*V).Scale
	scale(&v, 3)
	println(v.x, v.y)
	str := V.String
	println(str(v), str(V{9, 1}))
	wd := W.Dot
	w := W{V{1, 1}, 7}
	println(wd(w, V{5, 6}))
	ws := (*W).Scale
	ws(&w, 4)
	println(w.x, w.y, w.z)
	fns := [2]func(V) string{V.String, func(v V) string { return "lit" }}
	println(fns[0](V{0, 1}), fns[1](v))
}
