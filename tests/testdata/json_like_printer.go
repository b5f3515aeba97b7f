package main

type Value interface{}

type Object struct {
	keys []string
	vals map[string]Value
}

func NewObject() *Object { return &Object{vals: map[string]Value{}} }

func (o *Object) Set(k string, v Value) *Object {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
	return o
}

type buf struct{ b []byte }

func (w *buf) str(s string) { w.b = append(w.b, s...) }

func (w *buf) quote(s string) {
	w.b = append(w.b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"', '\\':
			w.b = append(w.b, '\\', c)
		case '\n':
			w.str("\\n")
		default:
			w.b = append(w.b, c)
		}
	}
	w.b = append(w.b, '"')
}

func (w *buf) int(n int) {
	if n < 0 {
		w.b = append(w.b, '-')
		n = -n
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	w.b = append(w.b, d[i:]...)
}

func (w *buf) encode(v Value, indent string) {
	switch v := v.(type) {
	case nil:
		w.str("null")
	case bool:
		if v {
			w.str("true")
		} else {
			w.str("false")
		}
	case int:
		w.int(v)
	case string:
		w.quote(v)
	case []Value:
		if len(v) == 0 {
			w.str("[]")
			return
		}
		w.str("[")
		for i, x := range v {
			if i > 0 {
				w.str(", ")
			}
			w.encode(x, indent)
		}
		w.str("]")
	case *Object:
		w.str("{\n")
		for i, k := range v.keys {
			w.str(indent + "  ")
			w.quote(k)
			w.str(": ")
			w.encode(v.vals[k], indent+"  ")
			if i < len(v.keys)-1 {
				w.str(",")
			}
			w.str("\n")
		}
		w.str(indent + "}")
	default:
		w.str("?")
	}
}

func main() {
	doc := NewObject().
		Set("name", "tiny \"py\"").
		Set("version", 3).
		Set("tags", []Value{"go", "wasm", 42, nil, true}).
		Set("nested", NewObject().Set("ok", false).Set("neg", -17).Set("empty", []Value{})).
		Set("multi", "a\nb")
	doc.Set("version", 4)
	var w buf
	w.encode(doc, "")
	println(string(w.b))
	w.b = w.b[:0]
	w.encode(1.5, "")
	println(string(w.b))
}
