package main

func minmax(xs []int) struct{ Min, Max int } {
	r := struct{ Min, Max int }{xs[0], xs[0]}
	for _, x := range xs {
		r.Min = min(r.Min, x)
		r.Max = max(r.Max, x)
	}
	return r
}

func main() {
	r := minmax([]int{4, -2, 9, 0})
	println(r.Min, r.Max)
	tests := []struct {
		in   string
		want int
	}{
		{"a", 1},
		{"abc", 3},
		{"", 0},
		{"héllo", 6},
	}
	for _, tc := range tests {
		got := len(tc.in)
		println(tc.in, got == tc.want)
	}
	cfg := struct {
		Name  string
		Ports []int
		Meta  map[string]string
		Inner struct{ On bool }
	}{Name: "svc", Ports: []int{80, 443}, Meta: map[string]string{"env": "prod"}}
	cfg.Inner.On = true
	println(cfg.Name, len(cfg.Ports), cfg.Meta["env"], cfg.Inner.On)
	p := &struct{ X, Y float64 }{1.5, 2.5}
	p.X *= 2
	println(p.X + p.Y)
	pts := map[string]struct{ x, y int }{"o": {0, 0}, "a": {1, 2}}
	println(pts["a"].y, len(pts))
	var anyv any = struct{ A int }{7}
	if v, ok := anyv.(struct{ A int }); ok {
		println("anon assert", v.A)
	}
}
