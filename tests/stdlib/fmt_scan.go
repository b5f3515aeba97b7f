// golden: GOARCH=386
// Sscanf, Sscan, Sscanln and Fscan over a strings.Reader.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscanf("12 34 go 2.5", "%d %d %s %g", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	var x, y int
	n, err = fmt.Sscanf("point(3,-4)", "point(%d,%d)", &x, &y)
	fmt.Println(n, err, x, y)
	var h int
	var word string
	n, err = fmt.Sscanf("ff hello", "%x %s", &h, &word)
	fmt.Println(n, err, h, word)
	var c rune
	n, err = fmt.Sscanf("Z", "%c", &c)
	fmt.Println(n, err, string(c))
	var bv bool
	var q string
	n, err = fmt.Sscanf(`true "quoted str"`, "%t %q", &bv, &q)
	fmt.Println(n, err, bv, q)
	var i1, i2, i3 int
	n, err = fmt.Sscan("1\n2 3", &i1, &i2, &i3)
	fmt.Println(n, err, i1, i2, i3)
	n, err = fmt.Sscanln("5 6", &i1, &i2)
	fmt.Println(n, err, i1, i2)
	n, err = fmt.Sscan("7 notanumber", &i1, &i2)
	fmt.Println(n, err != nil, i1)
	n, err = fmt.Sscanf("10", "%d %d", &i1, &i2)
	fmt.Println(n, err)
	var u uint8
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err)
	r := strings.NewReader("alpha 1\nbeta 2\ngamma 3\n")
	for {
		var name string
		var v int
		_, err := fmt.Fscan(r, &name, &v)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Println(name, v)
	}
	var bs []byte
	fmt.Sscan("raw", &bs)
	fmt.Println(string(bs))
	var f32 float32
	var i64 int64
	fmt.Sscan("1e3 -9000000000", &f32, &i64)
	fmt.Println(f32, i64)
}
