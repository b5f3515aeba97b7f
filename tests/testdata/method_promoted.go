package main

type Base struct{ id int }

func (b Base) ID() int       { return b.id }
func (b *Base) SetID(i int)  { b.id = i }
func (b Base) Describe() string {
	if b.id > 10 {
		return "big"
	}
	return "small"
}

type Mid struct {
	Base
	name string
}

func (m Mid) Name() string { return m.name }

type Top struct {
	*Mid
	extra int
}

type Deep struct {
	Top
}

func main() {
	m := Mid{Base{1}, "m"}
	println(m.ID(), m.Describe())
	m.SetID(20)
	println(m.ID(), m.Describe(), m.Base.id)
	t := Top{&m, 5}
	t.SetID(30)
	println(m.id, t.ID(), t.Name())
	d := Deep{t}
	d.SetID(7)
	println(d.ID(), m.ID(), d.Describe(), d.Name())
	pd := &d
	pd.SetID(12)
	println(pd.ID(), pd.Describe())
	f := d.SetID
	f(3)
	println(m.id)
}
