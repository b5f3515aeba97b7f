// golden: GOARCH=386
// fmt's interfaces: Stringer, error, Formatter, GoStringer, and precedence between them.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type Both struct{}

func (Both) String() string { return "stringer" }
func (Both) Error() string  { return "error wins" }

type Money struct {
	Cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		w, hasW := f.Width()
		s := fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100)
		if f.Flag('+') {
			s = "+" + s
		}
		if hasW && len(s) < w {
			s = strings.Repeat("*", w-len(s)) + s
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Code struct{ N int }

func (c Code) GoString() string { return fmt.Sprintf("Code(%d)", c.N) }

type Wrapper struct {
	C   Color
	T   Temp
	Err error
}

type PtrStringer struct{ v int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS<%d>", p.v) }

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type NilStr struct{}

func (*NilStr) String() string { return "nil-safe" }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	fmt.Printf("%v %s %.2f\n", Temp(36.6), Temp(-4), Temp(1.234))
	var err error = &MyErr{42}
	fmt.Println(err)
	fmt.Printf("%v %s %q\n", err, err, err)
	fmt.Println(Both{})
	fmt.Printf("%v|%+v|%6v|%d|%x\n", Money{12345}, Money{5}, Money{99}, Money{100}, Money{1})
	fmt.Println(Money{250})
	fmt.Printf("%#v %v %+v\n", Code{3}, Code{3}, Code{3})
	w := Wrapper{Blue, 20, errors.New("inner")}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println([]Color{Red, Green}, map[Color]int{Blue: 3, Red: 1})
	ps := &PtrStringer{5}
	fmt.Println(ps, *ps)
	fmt.Printf("%v %s\n", ps, []*PtrStringer{ps})
	fmt.Println(Panicky{})
	var ns *NilStr
	fmt.Println(ns)
	var nilErr *MyErr
	fmt.Printf("%v\n", nilErr == nil)
	fmt.Printf("[%10s][%-10v]\n", Red, Blue)
	fmt.Printf("%s\n", []error{errors.New("a"), &MyErr{1}})
	type local struct{ E error }
	fmt.Printf("%v %+v\n", local{err}, local{nil})
}
