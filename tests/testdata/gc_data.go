package main

import "runtime"

// Slices, maps and closures keep what they reference alive across
// collections; appends that grow a slice move its elements to new arrays.

type Rec struct {
	name string
	n    int
}

var digits = [10]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = digits[n%10] + s
		n /= 10
	}
	return s
}

func counter(start *Rec) func() int {
	c := 0
	return func() int {
		c += start.n
		return c
	}
}

func garbage(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		s := make([]int, 10+i%20)
		for j := range s {
			s[j] = j
		}
		t += len(s) + len(itoa(i))
	}
	return t
}

func main() {
	var recs []*Rec
	byName := map[string]*Rec{}
	f := counter(&Rec{"c", 3})
	var words []string
	for i := 0; i < 300; i++ {
		r := &Rec{"rec" + itoa(i), i}
		recs = append(recs, r)
		if i%3 == 0 {
			byName[r.name] = r
		}
		words = append(words, itoa(i*i))
		if i%50 == 0 {
			garbage(500)
			runtime.GC()
		}
	}
	garbage(2000)
	runtime.GC()
	ok := 0
	for i, r := range recs {
		if r.name == "rec"+itoa(i) && r.n == i {
			ok++
		}
	}
	found := 0
	for i := 0; i < 300; i += 3 {
		if r, present := byName["rec"+itoa(i)]; present && r.n == i {
			found++
		}
	}
	w := 0
	for i, s := range words {
		if s == itoa(i*i) {
			w++
		}
	}
	println(ok, found, w, f(), f(), len(byName))
}
