package main

type Vec struct{ X, Y int }

type Particle struct {
	Pos, Vel Vec
	Tags     [2]string
	Mass     float32
}

func (v Vec) Add(o Vec) Vec      { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)       { v.X *= k; v.Y *= k }
func (p Particle) Moved() Particle { p.Pos = p.Pos.Add(p.Vel); return p }

type Celsius struct{ Deg float64 }
type Fahrenheit struct{ Deg float64 }

func main() {
	p := Particle{Pos: Vec{1, 2}, Vel: Vec{3, 4}, Tags: [2]string{"a", "b"}, Mass: 1.5}
	q := p.Moved()
	println(p.Pos.X, q.Pos.X, q.Pos.Y)
	arr := [3]Particle{p, q}
	arr2 := arr
	arr2[0].Tags[1] = "changed"
	println(arr[0].Tags[1], arr2[0].Tags[1], arr == arr2, arr[2].Mass)
	arr2[0].Tags[1] = "b"
	println(arr == arr2)
	ps := []Particle{p, q}
	for i := range ps {
		ps[i].Vel.Scale(2)
	}
	for _, x := range ps {
		x.Vel.Scale(100)
	}
	println(ps[0].Vel.X, ps[1].Vel.Y)
	pp := &ps[1]
	pp.Pos.Scale(-1)
	println(ps[1].Pos.X)
	c := Celsius{100}
	f := Fahrenheit(c)
	println(f.Deg)
	anon := struct {
		A int
		B string
	}{1, "x"}
	type named struct {
		A int
		B string
	}
	n := named(anon)
	println(n.A, n.B, anon == struct {
		A int
		B string
	}{1, "x"})
	var empty struct{}
	println(empty == struct{}{})
	m := map[string]Vec{"a": {1, 1}}
	v := m["a"]
	v.X = 50
	m["a"] = v
	println(m["a"].X)
}
