package main

type Big []uint32 // little-endian base 1e9 limbs

const base = 1000000000

func FromInt(n uint64) Big {
	var b Big
	for n > 0 {
		b = append(b, uint32(n%base))
		n /= base
	}
	return b
}

func (a Big) Add(b Big) Big {
	var out Big
	var carry uint32
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i]
		}
		if i < len(b) {
			s += b[i]
		}
		out = append(out, s%base)
		carry = s / base
	}
	return out
}

func (a Big) MulSmall(k uint32) Big {
	var out Big
	var carry uint64
	for _, d := range a {
		p := uint64(d)*uint64(k) + carry
		out = append(out, uint32(p%base))
		carry = p / base
	}
	for carry > 0 {
		out = append(out, uint32(carry%base))
		carry /= base
	}
	return out
}

func (a Big) String() string {
	if len(a) == 0 {
		return "0"
	}
	s := utoa(uint64(a[len(a)-1]), 0)
	for i := len(a) - 2; i >= 0; i-- {
		s += utoa(uint64(a[i]), 9)
	}
	return s
}

func utoa(n uint64, width int) string {
	var d [20]byte
	i := len(d)
	for n > 0 || len(d)-i < width || i == len(d) {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		if n == 0 && len(d)-i >= width {
			break
		}
	}
	return string(d[i:])
}

func main() {
	a, b := FromInt(0), FromInt(1)
	for i := 0; i < 200; i++ {
		a, b = b, a.Add(b)
	}
	println("fib200 =", a.String())
	f := FromInt(1)
	for i := uint32(2); i <= 50; i++ {
		f = f.MulSmall(i)
	}
	println("50! =", f.String())
	println(FromInt(18446744073709551615).Add(FromInt(1)).String())
	println(FromInt(0).String(), FromInt(1000000000).String())
}
