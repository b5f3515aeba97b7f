// Formatting and parsing many small short-lived strings: the allocator and
// the collector's pacing dominate.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	sum := int64(0)
	total := 0
	for i := 0; i < 3000000; i++ {
		s := strconv.Itoa(i)
		t := s + "." + strconv.Itoa(i%97)
		f, err := strconv.ParseFloat(t, 64)
		if err != nil {
			panic(err)
		}
		n, _ := strconv.Atoi(s)
		sum += int64(n % 1000)
		total += len(strconv.FormatFloat(f*1.5, 'g', -1, 64))
	}
	fmt.Println(sum, total)
}
