// Methods promoted through embedding and reached only through an interface,
// a method value or a goroutine get what a directly called method gets: a
// deferred recover recovers, a 100 KB local lives on the heap.
package main

import "fmt"

type Base struct{ n int }

func (b *Base) Do() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	panic(fmt.Sprint("boom ", b.n))
}

func (b Base) Big() int {
	var a [100000]byte
	a[b.n] = 7
	a[len(a)-1] = 1
	s := 0
	for _, v := range a {
		s += int(v)
	}
	return s
}

type Middle struct{ Base }

type Outer struct {
	*Middle
	name string
}

type Doer interface{ Do() error }
type Bigger interface{ Big() int }

func main() {
	var d Doer = &Middle{Base{1}}
	fmt.Println(d.Do())
	d = Outer{Middle: &Middle{Base{2}}}
	fmt.Println(d.Do())
	var b Bigger = Middle{Base{3}}
	fmt.Println(b.Big())
	b = Outer{Middle: &Middle{Base{4}}}
	fmt.Println(b.Big())
	f := b.Big
	fmt.Println(f())
	done := make(chan error)
	go func(d Doer) { done <- d.Do() }(&Middle{Base{5}})
	fmt.Println(<-done)
}
