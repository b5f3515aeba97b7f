package main

func sieveCount(n int) int {
	var composite [100000]bool
	count := 0
	for i := 2; i < n; i++ {
		if !composite[i] {
			count++
			for j := i * 2; j < n; j += i {
				composite[j] = true
			}
		}
	}
	return count
}

type key struct {
	a [40]int32
	s string
}

type Frame struct {
	pixels [64][64]uint16
	id     int
}

func render(id int) Frame {
	var f Frame
	f.id = id
	for y := range f.pixels {
		for x := range f.pixels[y] {
			f.pixels[y][x] = uint16(x*y + id)
		}
	}
	return f
}

func checksum(f Frame) (s uint32) {
	for _, row := range f.pixels {
		for _, p := range row {
			s = s*31 + uint32(p)
		}
	}
	return
}

func main() {
	println(sieveCount(100000), sieveCount(100))
	m := map[key]int{}
	var k key
	k.a[39] = 5
	k.s = "x"
	m[k] = 1
	k2 := k
	m[k2]++
	k2.a[0] = 1
	m[k2] = 10
	println(m[k], len(m))
	total := uint32(0)
	for i := 0; i < 50; i++ {
		f := render(i)
		total += checksum(f)
	}
	println(total)
	var hist [1024]int
	for i := 0; i < 100000; i++ {
		hist[(i*i)%1024]++
	}
	nz := 0
	for _, h := range hist {
		if h > 0 {
			nz++
		}
	}
	println(nz, hist[0], hist[1])
}
