package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type buf struct{ data string }

func (b *buf) Read() string        { return b.data }
func (b *buf) Write(s string) int { b.data += s; return len(s) }

type counter int

func (c *counter) Write(s string) int { *c += counter(len(s)); return len(s) }

func use(rw ReadWriter) {
	rw.Write("abc")
	rw.Write("de")
	println(rw.Read())
	var w Writer = rw
	w.Write("!")
	var r Reader = rw
	println(r.Read())
}

func main() {
	use(&buf{})
	c := new(counter)
	var w Writer = c
	w.Write("hello")
	w.Write("go")
	println(*c)
	var any1 any = w
	if _, ok := any1.(Reader); !ok {
		println("counter is not a reader")
	}
}
