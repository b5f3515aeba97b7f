// new(expr) (go1.26): a pointer to a fresh variable initialized with the
// value of expr; each evaluation makes a new variable.
package main

type Config struct {
	Name    *string
	Retries *int
	Verbose *bool
}

type Point struct{ X, Y int }

func double(x int) int { return 2 * x }

func ptrs[T any](xs ...T) []*T {
	var out []*T
	for _, x := range xs {
		out = append(out, new(x))
	}
	return out
}

func main() {
	p := new(42)
	println(*p)
	*p++
	println(*p)
	c := Config{Name: new("svc"), Retries: new(double(3)), Verbose: new(true)}
	println(*c.Name, *c.Retries, *c.Verbose)
	x := 5
	q := new(x)
	*q = 6
	println(x, *q)
	pt := new(Point{1, 2})
	pt.Y = 20
	println(pt.X, pt.Y)
	var ps []*int
	for i := range 3 {
		ps = append(ps, new(i*i))
	}
	println(*ps[0], *ps[1], *ps[2], ps[0] != ps[1])
	ss := ptrs("a", "b")
	println(*ss[0], *ss[1])
	var f float64 = 1
	pf := new(f / 4)
	println(*pf == 0.25)
	var e any = new(int64(7))
	_, ok := e.(*int64)
	println(ok)
	n := new(new(3))
	println(**n)
}
