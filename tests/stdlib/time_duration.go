// golden: GOARCH=386
// time.Duration: constants, String, arithmetic, Truncate/Round, ParseDuration, conversions.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 1500, time.Millisecond, 1500 * time.Millisecond, 90 * time.Second,
		2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -30 * time.Minute, 1<<63 - 1}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Seconds(), d.Minutes(), d.Milliseconds(), d.Microseconds())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Truncate(time.Hour), d.Round(time.Hour), d.Round(time.Minute), d.Truncate(-1))
	fmt.Println(d.Abs(), (-d).Abs(), d/2, d*2, d%time.Hour, time.Duration(2.5*float64(time.Second)))
	for _, s := range []string{"1h30m", "1.5h", "300ms", "-2m3.5s", "1us", "2µs", "3ns", "1d", "", "5"} {
		p, err := time.ParseDuration(s)
		fmt.Println(s, p, err)
	}
	fmt.Println(time.Duration(1234567).String(), time.Hour.Nanoseconds(), time.Second*time.Duration(60) == time.Minute)
	fmt.Printf("%v %d %s %.1f\n", time.Second, time.Second, 2*time.Minute, time.Minute.Minutes())
	total := time.Duration(0)
	for i := 1; i <= 10; i++ {
		total += time.Duration(i) * 100 * time.Millisecond
	}
	fmt.Println(total)
	a := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2021, 3, 1, 12, 0, 0, 0, time.UTC)
	diff := b.Sub(a)
	fmt.Println(diff, diff.Hours()/24)
	fmt.Println(time.Duration(-1<<63), time.Duration(1<<62).Round(time.Hour))
}
