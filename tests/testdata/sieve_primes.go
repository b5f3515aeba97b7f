package main

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

type Bitset []uint64

func NewBitset(n int) Bitset     { return make(Bitset, (n+63)/64) }
func (b Bitset) Set(i int)       { b[i/64] |= 1 << (uint(i) % 64) }
func (b Bitset) Get(i int) bool  { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b Bitset) Count() (n int) {
	for _, w := range b {
		for w != 0 {
			w &= w - 1
			n++
		}
	}
	return
}

func factor(n int) []int {
	var fs []int
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func main() {
	ps := sieve(1000)
	println(len(ps), ps[0], ps[len(ps)-1])
	bs := NewBitset(100000)
	for i := 2; i < 100000; i++ {
		bs.Set(i)
	}
	for i := 2; i*i < 100000; i++ {
		if bs.Get(i) {
			for j := i * i; j < 100000; j += i {
				b := bs[j/64] &^ (1 << (uint(j) % 64))
				bs[j/64] = b
			}
		}
	}
	println(bs.Count(), bs.Get(99991), bs.Get(99999))
	for _, n := range []int{1, 2, 12, 97, 360, 1001, 65536, 999983} {
		print(n, ":")
		for _, f := range factor(n) {
			print(" ", f)
		}
		println()
	}
	twin := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twin++
		}
	}
	println("twins", twin)
}
