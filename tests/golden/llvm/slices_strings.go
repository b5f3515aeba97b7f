package main

func main() {
	xs := make([]int, 0, 4)
	for i := 0; i < 6; i++ {
		xs = append(xs, i*i)
	}
	ys := xs[1:4:5]
	n := copy(ys, []int{7, 8})
	s := "hello, " + "world"
	b := []byte(s)
	b[0] = 'H'
	r := []rune(s[7:])
	println(len(xs), cap(ys), n, string(b), len(r), s[3], xs[5])
	var arr [4]int
	p := &arr
	p[2] = 9
	println(arr[2], len(p))
}
