// Escape analysis through interface method calls whose dynamic type is known
// (h := newHasher(); h.Write(buf[:])): the concrete method is followed, so a
// buffer it only reads stays on the stack, while one it keeps must not.
// clobber() overwrites the stack so a wrong stack allocation changes the output.
package main

import (
	"crypto/sha256"
	"fmt"
)

type Hasher interface {
	Write(p []byte) (int, error)
	Sum(in []byte) []byte
}

type adder struct{ total int }

func (a *adder) Write(p []byte) (int, error) {
	for _, c := range p {
		a.total += int(c)
	}
	return len(p), nil
}

func (a *adder) Sum(in []byte) []byte { return append(in, byte(a.total)) }

func newAdder() Hasher {
	if false {
		return nil
	}
	return &adder{}
}

type hoarder struct{ bufs [][]byte }

func (h *hoarder) Write(p []byte) (int, error) { h.bufs = append(h.bufs, p); return len(p), nil }

func (h *hoarder) Sum(in []byte) []byte { return in }

var theHoarder = &hoarder{}

func newHoarder() Hasher { return theHoarder }

type twice struct{ inner Hasher }

func (t twice) Write(p []byte) (int, error) { return t.inner.Write(p) }

func (t twice) Sum(in []byte) []byte { return t.inner.Sum(in) }

func newTwice() Hasher { return twice{inner: newHoarder()} }

var saved []byte

// recovered's returns all box an adder, but after the panic it returns what
// the deferred call stored: the hoarder, which keeps the buffer.
func recovered(fail bool) (h Hasher) {
	defer func() {
		if recover() != nil {
			h = theHoarder
		}
	}()
	if fail {
		panic("no adder")
	}
	return &adder{}
}

func hoardRecovered(v byte) {
	h := recovered(true)
	var buf [4]byte
	buf[0] = v
	h.Write(buf[:])
}

//go:noinline
func clobber(n int) int {
	var a [64]byte
	for i := range a {
		a[i] = byte(n*7 + i)
	}
	if n > 0 {
		return clobber(n-1) + int(a[n%64])
	}
	return int(a[3])
}

func add() byte {
	h := newAdder()
	var buf [8]byte
	for i := range buf {
		buf[i] = byte(i)
	}
	h.Write(buf[:])
	var sum [4]byte
	out := h.Sum(sum[:0])
	return out[0]
}

func addSaved() {
	h := newAdder()
	var sum [4]byte
	saved = h.Sum(sum[:0]) // the result is sum's array: must stay on the heap
}

func hoard(v byte) {
	h := newHoarder()
	var buf [4]byte
	buf[0] = v
	h.Write(buf[:]) // kept by the hoarder
}

func hoardTwice(v byte) {
	h := newTwice()
	var buf [4]byte
	buf[0] = v
	h.Write(buf[:]) // twice.Write forwards to an interface of unknown type
}

func main() {
	fmt.Println(add())
	addSaved()
	hoard(7)
	hoardTwice(8)
	hoardRecovered(9)
	clobber(20)
	fmt.Println(saved, len(saved), cap(saved))
	for _, b := range theHoarder.bufs {
		fmt.Println(b)
	}
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))
	h := sha256.New()
	var msg [3]byte
	copy(msg[:], "abc")
	h.Write(msg[:])
	var out [sha256.Size]byte
	fmt.Printf("%x\n", h.Sum(out[:0]))
}
