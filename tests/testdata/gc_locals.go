package main

import "runtime"

// Pointers held only in local variables, parameters, phis and struct or
// array locals survive collections that happen in the middle of calls.

type Item struct {
	name  string
	value int
	next  *Item
}

type Pair struct {
	first, second *Item
	label         string
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

// churn allocates garbage and collects.
func churn(n int) {
	var keep *Item
	for i := 0; i < n; i++ {
		keep = &Item{name: "tmp" + itoa(i), value: i, next: keep}
		if i%50 == 49 {
			keep = nil
		}
	}
	runtime.GC()
}

func mk(name string, v int) *Item {
	it := &Item{name: name, value: v}
	churn(100) // name (a parameter) and it (a local) must survive
	it.next = &Item{name: name + "-next", value: v + 1}
	return it
}

func chainSum(it *Item) int {
	s := 0
	for ; it != nil; it = it.next {
		s += it.value
	}
	return s
}

func pick(flag bool, a, b *Item) *Item {
	var r *Item
	if flag {
		r = a
	} else {
		r = b
	}
	churn(100) // r is a phi of two parameters
	return r
}

func fill(p *Pair, n int) {
	p.first = mk("first"+itoa(n), n)
	p.second = mk("second"+itoa(n), 2*n)
}

func main() {
	a := mk("a", 1)
	b := mk("b", 10)
	var pair Pair // a struct local whose fields are set through its address
	fill(&pair, 7)
	pair.label = "pair" + itoa(77)
	var arr [4]*Item // an array local
	for i := 0; i < len(arr); i++ {
		arr[i] = mk("arr"+itoa(i), 100*i)
	}
	total := 0
	for round := 0; round < 20; round++ {
		x := pick(round%2 == 0, a, b)
		churn(200)
		total += chainSum(x) + chainSum(pair.first) + chainSum(pair.second)
		for i := 0; i < len(arr); i++ {
			total += chainSum(arr[i])
		}
	}
	println(total)
	println(a.name, a.next.name, b.next.name, pair.label, pair.first.next.name, pair.second.name, arr[3].next.name)
}
