// golden: GOARCH=386
// fmt widths, precisions and the flags - + # 0 space on every kind of operand.
package main

import "fmt"

func main() {
	for _, v := range []int{0, 7, -7, 12345} {
		fmt.Printf("[%5d][%-5d][%05d][%+d][% d][%+05d][%x][%#x][%#o][%08X]\n", v, v, v, v, v, v, v, v, v, v)
	}
	for _, f := range []float64{0, 1.5, -2.25, 1234.5678, 1e-5} {
		fmt.Printf("[%8.2f][%-8.2f][%08.2f][%+.1f][% .1f][%+08.2f][%.0f][%#.0f][%#g]\n", f, f, f, f, f, f, f, f, f)
		fmt.Printf("[%10.3e][%-10.3e][%+e][%12g][%-12g][%012g]\n", f, f, f, f, f, f)
	}
	for _, s := range []string{"", "go", "héllo"} {
		fmt.Printf("[%6s][%-6s][%.1s][%6.2s][%q][%8q][%-8q][%x][% X][%#x]\n", s, s, s, s, s, s, s, s, s, s)
	}
	fmt.Printf("[%5t][%-6t]\n", true, false)
	fmt.Printf("[%3c][%-3c][%03c]\n", 'a', 'b', 'c')
	fmt.Printf("[%6v][%-6v][%06v]\n", []int{1, 2}, []int{3}, []int{4, 5})
	fmt.Printf("[%6.2v][%x][%X]\n", []float64{3.14159, 2.71828}, []string{"ab", "cd"}, []byte{1, 171})
	fmt.Printf("[% x][%#x][% #x]\n", []byte{1, 2, 255}, []byte{1, 2, 255}, []byte{1, 2, 255})
	fmt.Printf("[%10.4v][%-10v]\n", 3.14159265, "left")
	fmt.Printf("[%+v][%+d][%+q][%#v]\n", 5, uint(3), "ü", 'x')
	fmt.Printf("[%5.3d][%-5.3d][%.0d][%.0d]\n", 7, -7, 0, 1)
	fmt.Printf("[%*s][%-*s]\n", 6, "r", 6, "l")
	fmt.Printf("[%#v][%#v][%#v][%#v]\n", 1.0, 1e21, float32(2.5), -0.0)
	fmt.Printf("[%e][%.3e][%g][%G]\n", 0.0, 123456.0, 1e6, 1e-10)
	fmt.Printf("[%v][%.2v][%5.1v]\n", complex(1.5, 2), complex(1.234, -5.678), complex(1, 1))
	fmt.Printf("[%U][%#U][%08U]\n", 0x1F4A9, 0x263A, 'A')
	fmt.Printf("[%x][%X][% x]\n", "hello", []string{"a", "b"}, "abc")
	fmt.Printf("[%020.8f][%-20.8f]\n", 3.141592653589793, 2.718281828)
	var big uint64 = 18446744073709551615
	fmt.Printf("[%d][%x][%o][%b]\n", big, big, big, uint8(big))
	fmt.Printf("[%v][%v][%v]\n", int64(-9223372036854775808), int32(-2147483648), int16(-32768))
}
