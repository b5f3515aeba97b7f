package main

type Event struct {
	Kind    string
	Payload any
}

type Handler interface{ Handle(Event) bool }

type HandlerFunc func(Event) bool

func (f HandlerFunc) Handle(e Event) bool { return f(e) }

type Bus struct {
	subs    map[string][]Handler
	history []string
}

func (b *Bus) Subscribe(kind string, h Handler) func() {
	if b.subs == nil {
		b.subs = map[string][]Handler{}
	}
	b.subs[kind] = append(b.subs[kind], h)
	idx := len(b.subs[kind]) - 1
	return func() { b.subs[kind][idx] = nil }
}

func (b *Bus) Publish(e Event) int {
	n := 0
	for _, h := range b.subs[e.Kind] {
		if h == nil {
			continue
		}
		n++
		if !h.Handle(e) {
			b.history = append(b.history, "stop:"+e.Kind)
			break
		}
	}
	b.history = append(b.history, e.Kind)
	return n
}

type Counter struct{ counts map[string]int }

func (c *Counter) Handle(e Event) bool {
	c.counts[e.Kind]++
	return true
}

type Audit struct{ log []string }

func (a *Audit) Handle(e Event) bool {
	switch p := e.Payload.(type) {
	case string:
		a.log = append(a.log, e.Kind+"="+p)
	case int:
		a.log = append(a.log, e.Kind+"#"+string(rune('0'+p)))
	case nil:
		a.log = append(a.log, e.Kind+" (empty)")
	}
	return e.Kind != "halt"
}

func main() {
	bus := &Bus{}
	c := &Counter{counts: map[string]int{}}
	a := &Audit{}
	bus.Subscribe("login", c)
	unsub := bus.Subscribe("login", a)
	bus.Subscribe("halt", a)
	bus.Subscribe("halt", c)
	seen := 0
	bus.Subscribe("login", HandlerFunc(func(e Event) bool { seen++; return true }))
	println(bus.Publish(Event{"login", "alice"}))
	println(bus.Publish(Event{"login", 7}))
	unsub()
	println(bus.Publish(Event{"login", nil}))
	println(bus.Publish(Event{"halt", nil}))
	println(bus.Publish(Event{"unknown", 1}))
	println(c.counts["login"], c.counts["halt"], seen)
	for _, l := range a.log {
		println(l)
	}
	for _, h := range bus.history {
		print(h, " ")
	}
	println()
}
