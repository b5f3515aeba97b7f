package main

type Celsius float64

func (c Celsius) String() string {
	if c < 0 {
		return "freezing"
	}
	return "ok"
}

func (c *Celsius) Warm(d float64) { *c += Celsius(d) }

type Reading struct {
	Celsius
	Where string
}

type Names []string

func (n Names) First() string { return n[0] }

type Team struct {
	Names
	Lead string
}

type RW interface {
	Read() string
	Close() error
}

type RC interface {
	Read() string
	Close() error
}

type Both interface {
	RW
	RC
}

type file struct{ data string }

func (f *file) Read() string  { return f.data }
func (f *file) Close() error  { return nil }

func main() {
	r := Reading{-5, "north"}
	println(r.String(), r.Celsius)
	r.Warm(10)
	println(r.String(), r.Celsius, float64(r.Celsius))
	t := Team{Names{"ann", "bob"}, "ann"}
	println(t.First(), len(t.Names))
	var b Both = &file{"content"}
	println(b.Read(), b.Close() == nil)
	var rw RW = b
	println(rw.Read())
	type Stringer interface{ String() string }
	var s Stringer = r
	println(s.String())
	s = &r
	r.Warm(-100)
	println(s.String())
}
