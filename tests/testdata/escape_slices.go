// Escape analysis of slices of local arrays: which stay on the stack (reading,
// copy, append's spread argument, string conversion, callees that only read or
// return them) and which must still go to the heap (stored in a global,
// returned, captured by a goroutine, appended as an element, passed through an
// interface method of unknown type, kept by a loop's previous iteration).
// clobber() overwrites the stack after each call so a wrong stack allocation
// shows up as changed output.
package main

import (
	"fmt"
	"strings"
)

type Bytes []byte

var (
	global    []byte
	globalB   Bytes
	globalArr *[4]byte
	globalPtr []*int
	sink      []byte
)

//go:noinline
func clobber(n int) int {
	var a [64]byte
	for i := range a {
		a[i] = byte(n + i*3)
	}
	if n > 0 {
		return clobber(n-1) + int(a[n%64])
	}
	return int(a[7])
}

func sum(b []byte) int {
	t := 0
	for _, c := range b {
		t += int(c)
	}
	return t
}

func head(b []byte) []byte { return b[:2] } // leaks to its result

func putBE(b []byte, v uint32) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
}

func local() int { // everything stays on the stack
	var a [16]byte
	putBE(a[4:], 0x01020304)
	s := a[:]
	s = s[2:10]
	copy(s, "xy")
	var b [8]byte
	out := append(b[:0], s...)
	str := string(a[:8])
	h := head(a[:])
	clear(b[6:])
	return sum(out) + len(str) + int(h[1]) + sum(s) + int(str[4])
}

func storeGlobal() {
	var a [8]byte
	for i := range a {
		a[i] = byte(10 + i)
	}
	global = a[2:]
}

func storeNamed() {
	var a [4]byte
	a[0] = 42
	globalB = Bytes(a[:])
}

func storeArrayPointer() {
	var a [4]byte
	a[3] = 99
	s := a[:]
	globalArr = (*[4]byte)(s)
}

func returned() []byte {
	var a [6]byte
	a[1] = 77
	return a[1:3]
}

func viaHead() {
	var a [4]byte
	a[0], a[1] = 5, 6
	sink = head(a[:])
}

func viaAppendResult() {
	var a [8]byte
	a[0] = 1
	sink = append(a[:1], 2, 3)
}

func appendElement() {
	x := 123
	p := &x
	globalPtr = append(globalPtr, p)
}

type Writer interface{ Write(p []byte) (int, error) }

type keeper struct{ last []byte }

func (k *keeper) Write(p []byte) (int, error) { k.last = p; return len(p), nil }

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

var kept = &keeper{}

func pick(i int) Writer {
	if i == 0 {
		return kept
	}
	return &counter{}
}

func unknownInterface(i int) {
	var a [4]byte
	a[2] = 33
	pick(i).Write(a[:])
}

func goroutine(done chan int) {
	var a [4]byte
	a[0] = 11
	s := a[:]
	go func() { done <- int(s[0]) }()
}

func loopKeepsPrevious() string {
	var prev []byte
	var sb strings.Builder
	for i := 0; i < 4; i++ {
		var a [4]byte
		a[0] = byte('a' + i)
		if prev != nil {
			sb.WriteByte(prev[0])
		}
		prev = a[:]
	}
	sb.WriteByte(prev[0])
	return sb.String()
}

func main() {
	fmt.Println(local())
	storeGlobal()
	storeNamed()
	storeArrayPointer()
	r := returned()
	viaHead()
	clobber(20)
	fmt.Println(global, globalB, *globalArr, r, sink)
	viaAppendResult()
	appendElement()
	unknownInterface(0)
	unknownInterface(1)
	clobber(20)
	fmt.Println(sink, *globalPtr[0], kept.last)
	done := make(chan int)
	goroutine(done)
	clobber(20)
	fmt.Println(<-done)
	fmt.Println(loopKeepsPrevious())
}
