package main

func main() {
	xs := []int{3, 1, 4, 1, 5}
	sum := 0
	for i, x := range xs {
		if x == 1 {
			continue
		}
		sum += i * x
	}
	m := map[string]int{"a": 1}
	for k, v := range m {
		println(k, v)
	}
	for i, r := range "héllo" {
		println(i, r)
	}
	for i := range 3 {
		sum += i
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == i {
				continue outer
			}
			if i+j > 3 {
				break outer
			}
		}
	}
	println(sum)
}
