// golden: GOARCH=386
// Basic fmt verbs on scalars: integers, floats, strings, runes, bools.
package main

import "fmt"

func main() {
	i := 42
	n := -7
	var u8 uint8 = 200
	var i64 int64 = -1 << 40
	var u64 uint64 = 1<<64 - 1
	fmt.Printf("%d %d %d %d %d\n", i, n, u8, i64, u64)
	fmt.Printf("%x %X %o %O %b\n", 255, 255, 8, 8, 5)
	fmt.Printf("%x %X\n", -255, u64)
	fmt.Printf("%c %c %U %#U %q\n", 'A', 0x4E16, 0x1F600, 'x', 'y')
	fmt.Printf("%v %t\n", true, false)
	f := 3.14159265
	fmt.Printf("%v %f %.2f %e %E %g %G\n", f, f, f, f, f, f, f)
	fmt.Printf("%g %g %g %g\n", 1e21, 1e-7, 100000.0, 0.000001)
	fmt.Printf("%v %v %v\n", float32(0.1), 0.1, 1.0)
	fmt.Printf("%x %X\n", 1.5, 1.0)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%v %v\n", complex(1, -2), complex64(complex(0.5, 0.25)))
	s := "héllo\n"
	fmt.Printf("%s|%v|%q|%x|%X|% x\n", s, s, s, s, s, "hi")
	fmt.Printf("%+q %#q %#q\n", "héllo", "back`tick", "plain")
	b := []byte("bytes")
	fmt.Printf("%s %v %x %q\n", b, b, b, b)
	fmt.Printf("%d %v\n", []int{1, 2, 3}, [2]bool{true, false})
	fmt.Printf("%x %X\n", []int{10, 11}, "z")
	fmt.Printf("%v %d\n", nil, []int(nil))
	fmt.Printf("%5.1f|%-8.3e|%08.3f\n", 2.25, 12345.678, -3.5)
	fmt.Printf("%%|%d%%\n", 50)
	// Errors in format strings.
	fmt.Printf("%d\n", "str")
	fmt.Printf("%z\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%.*d|%*d|%-*d|\n", 3, 7, 5, 42, 4, 1)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%v %v\n", int8(-128), uint16(65535))
	fmt.Printf("%t\n", 1)
	fmt.Printf("%s\n", 3.5)
	fmt.Println(1, "a", 2.5, true, 'x', nil)
	fmt.Print("a", "b", 1, 2, "c", 3.0, "\n")
	fmt.Print(1, 2, "\n")
	s2 := fmt.Sprint("x", 1, 2, "y")
	s3 := fmt.Sprintln("end", 9)
	fmt.Printf("%q %q\n", s2, s3)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%v %v %v\n", 1e100, 123456789.0, 1.0e-10)
	fmt.Printf("%.3g %.10g %g\n", 1234.5678, 1.0/3, float32(1)/3)
	fmt.Printf("%v %v\n", []float64{0.5, 2}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%08b %o %#o %#x %#X %#b\n", 5, 64, 64, 255, 255, 5)
}
