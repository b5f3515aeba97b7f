package main

type Board uint64

func (b Board) Get(r, c int) bool { return b>>(uint(r*8+c))&1 == 1 }
func (b Board) Set(r, c int) Board { return b | 1<<(uint(r*8+c)) }

func (b Board) Count() int {
	n := 0
	for b != 0 {
		b &= b - 1
		n++
	}
	return n
}

const notA Board = 0xfefefefefefefefe
const notH Board = 0x7f7f7f7f7f7f7f7f

func (b Board) Neighbors() Board {
	return (b<<8 | b>>8 | (b<<1)&notA | (b>>1)&notH | (b<<9)&notA | (b<<7)&notH | (b>>7)&notA | (b>>9)&notH) &^ b
}

func knightMoves(b Board) Board {
	l1 := (b >> 1) & 0x7f7f7f7f7f7f7f7f
	l2 := (b >> 2) & 0x3f3f3f3f3f3f3f3f
	r1 := (b << 1) & 0xfefefefefefefefe
	r2 := (b << 2) & 0xfcfcfcfcfcfcfcfc
	h1 := l1 | r1
	h2 := l2 | r2
	return (h1 << 16) | (h1 >> 16) | (h2 << 8) | (h2 >> 8)
}

func (b Board) Print() {
	for r := 7; r >= 0; r-- {
		for c := 0; c < 8; c++ {
			if b.Get(r, c) {
				print("x")
			} else {
				print(".")
			}
		}
		println()
	}
}

func main() {
	var b Board
	b = b.Set(0, 0).Set(3, 3).Set(7, 7)
	println(b.Count(), uint64(b))
	b.Neighbors().Print()
	println(b.Neighbors().Count())
	k := knightMoves(Board(0).Set(3, 3))
	println(k.Count(), uint64(k))
	corner := knightMoves(Board(1))
	println(corner.Count(), corner.Get(1, 2), corner.Get(2, 1))
	all := ^Board(0)
	println(all.Count(), all.Neighbors() == 0)
}
