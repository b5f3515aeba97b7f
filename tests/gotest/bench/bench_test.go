package bench

import "testing"

func TestSum(t *testing.T) {
	if Sum([]int{1, 2, 3}) != 6 {
		t.Fatal("bad sum")
	}
}

func BenchmarkSum(b *testing.B) {
	xs := make([]int, 100)
	for b.Loop() {
		Sum(xs)
	}
}

func BenchmarkSumN(b *testing.B) {
	xs := make([]int, 10)
	for i := 0; i < b.N; i++ {
		Sum(xs)
	}
}
